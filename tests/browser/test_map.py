import pytest
from playwright.sync_api import expect

from resacoop.demo import site_setup

from ..site.builders import make_map, make_relay, make_standard_page, translation_of

pytestmark = pytest.mark.browser

HOSTILE = "<img src=x onerror=window.pwned=1>"


@pytest.fixture
def network_map(media_files, home_page, image, locales, run_on_commit):
    contact = make_standard_page(home_page, title="Contact", slug="contact")
    map_page = make_map(home_page, contact_page=contact, introduction="Trouvez votre relais.")
    relays = [
        make_relay(
            map_page,
            title="ADOS",
            departements="07 26",
            audiences=["Jeunes"],
            tags=["jeunesse"],
            latitude="44.735",
            longitude="4.599",
            logo=image,
            email="contact@ados.example",
            website="https://ados.example/",
        ),
        make_relay(
            map_page,
            title="Solicoop42",
            departements="42",
            city="Saint-Étienne",
            audiences=["Établissements scolaires"],
        ),
        make_relay(map_page, title=HOSTILE, slug="hostile", departements="43", city=HOSTILE),
    ]
    for page in [contact, map_page, *relays]:
        run_on_commit(site_setup.ensure_translations, page, [locales["en"]])
    return map_page


def panel_names(page):
    return page.locator(".network-map__panel .relay-card__name").all_inner_texts()


def settled(page):
    """Wait until the map shows what the server sent (it is aria-busy until then)."""
    expect(page.locator("network-map[aria-busy]")).to_have_count(0)


def test_map_draws_the_region_and_shows_relays_on_click(page, live_server, network_map):
    page.goto(live_server.url + network_map.url)

    departements = page.locator("svg a[data-departement]")
    assert departements.count() == 12
    page.locator('svg a[data-departement="07"]').click()
    settled(page)

    assert panel_names(page) == ["ADOS"]
    assert page.url.endswith("?departement=07")
    assert page.evaluate("document.activeElement.id") == "network-map-panel-title"
    assert page.locator(".network-map__panel h2").inner_text() == "Relais en Ardèche"
    assert page.locator(".network-map__marker").count() == 1


def test_enter_on_a_departement_shows_its_relays(page, live_server, network_map):
    page.goto(live_server.url + network_map.url)

    page.locator('svg a[data-departement="42"]').focus()
    page.keyboard.press("Enter")
    settled(page)

    assert panel_names(page) == ["Solicoop42"]
    assert page.url.endswith("?departement=42")


def test_departement_without_relay_points_to_the_contact(page, live_server, network_map):
    page.goto(live_server.url + network_map.url)

    page.locator('svg a[data-departement="15"]').click()
    settled(page)

    panel = page.locator(".network-map__panel")
    assert "Il n’y a pas encore de relais en Cantal." in panel.inner_text()
    assert (
        panel.get_by_role("link", name="Contacter le réseau").get_attribute("href")
        == "/fr/contact/"
    )


def test_filter_updates_the_address_and_back_returns(page, live_server, network_map):
    page.goto(live_server.url + network_map.url + "?departement=42")

    page.get_by_label("Travaille avec").select_option("jeunes")
    settled(page)

    assert "audience=jeunes" in page.url and "departement=42" in page.url
    assert panel_names(page) == []
    assert (
        page.locator('svg a[data-departement="42"]').get_attribute("aria-label")
        == "Loire : 0 relais"
    )
    page.go_back()
    expect(page.locator(".network-map__panel .relay-card__name")).to_have_text(["Solicoop42"])
    settled(page)
    assert page.url.endswith("?departement=42")
    assert panel_names(page) == ["Solicoop42"]
    assert page.get_by_label("Travaille avec").input_value() == ""


def test_hostile_relay_name_is_shown_as_text(page, live_server, network_map):
    page.goto(live_server.url + network_map.url)

    page.locator('svg a[data-departement="43"]').click()
    settled(page)

    assert panel_names(page) == [HOSTILE]
    assert page.locator(".network-map__panel img").count() == 0
    assert page.evaluate("typeof window.pwned") == "undefined"


def test_map_works_without_javascript(browser, live_server, network_map):
    context = browser.new_context(java_script_enabled=False)
    tab = context.new_page()
    tab.goto(live_server.url + network_map.url)

    assert tab.locator(".network-map__list a[href$='/ados/']").count() == 2  # Ardèche and Drôme
    with tab.expect_navigation():
        tab.locator('svg a[data-departement="26"]').click()

    assert tab.url.endswith("?departement=26")
    expect(tab.locator(".network-map__panel .relay-card__name")).to_have_text(["ADOS"])
    context.close()


@pytest.mark.parametrize("language", ["fr", "en"])
def test_map_page_has_no_accessibility_violation(page, audit, live_server, network_map, language):
    page.goto(live_server.url + translation_of(network_map, language).url + "?departement=07")

    assert audit() == []


def test_relay_page_has_no_accessibility_violation(page, audit, live_server, network_map):
    relay = network_map.get_children().get(slug="ados")
    page.goto(live_server.url + relay.url)

    assert audit() == []


# The map reads on its own (#17, item 3)


def name_shown(page, code):
    return page.locator(f"#network-map-name-{code}").is_visible()


def test_names_show_on_hover_and_on_focus(page, live_server, network_map):
    page.goto(live_server.url + network_map.url)
    assert not name_shown(page, "63")

    page.locator('svg a[data-departement="63"]').hover()
    assert name_shown(page, "63")
    page.locator('svg a[data-departement="01"]').hover()
    assert not name_shown(page, "63") and name_shown(page, "01")

    page.mouse.move(0, 0)
    page.locator('svg a[data-departement="38"]').focus()
    assert name_shown(page, "38") and not name_shown(page, "01")
    page.keyboard.press("Tab")  # to the next département
    assert not name_shown(page, "38") and name_shown(page, "42")

    # A marker shows its relay's name in the same way.
    page.locator("svg a.network-map__marker").focus()
    assert page.locator(".network-map__name--relay").is_visible()
    assert page.locator(".network-map__name--relay").text_content() == "ADOS"


def test_the_chosen_departements_name_stays_after_a_choice(page, live_server, network_map):
    page.goto(live_server.url + network_map.url)

    page.locator('svg a[data-departement="26"]').click()
    settled(page)
    page.mouse.move(0, 0)

    assert name_shown(page, "26")
    assert page.locator(".network-map__name:visible").all_text_contents() == ["Drôme"]


def presses_until(page, selector, limit=80):
    """How many presses of Tab, from where the focus is, until it is in ``selector``."""
    for count in range(1, limit + 1):
        page.keyboard.press("Tab")
        if page.evaluate("(s) => document.activeElement.matches(s)", selector):
            return count
    raise AssertionError(f"{selector} not reached in {limit} presses of Tab")


def test_tab_reaches_the_map_the_filters_and_the_list_quickly(page, live_server, network_map):
    page.goto(live_server.url + network_map.url)
    to_shortcut = presses_until(page, ".network-map__shortcuts a")
    page.goto(live_server.url + network_map.url)
    to_map = presses_until(page, "svg a[data-departement]")

    # The site's header comes first (its own skip link, logo, menu, languages, search: 8
    # stops here); then the map's two shortcuts; then the map. Before #17 the three filters
    # came first: the first département was then the 12th stop here, the 16th in the demo.
    assert (to_shortcut, to_map) == (9, 11)

    # The first shortcut, then one Tab: the list of every relay.
    page.goto(live_server.url + network_map.url)
    presses_until(page, ".network-map__shortcuts a")
    page.keyboard.press("Enter")
    assert presses_until(page, ".network-map__list a", limit=1) == 1

    # The second: the filters.
    page.goto(live_server.url + network_map.url)
    presses_until(page, ".network-map__shortcuts li:nth-child(2) a")
    page.keyboard.press("Enter")
    assert presses_until(page, "#network-map-audience", limit=1) == 1

    # Through the map: its 12 départements, its one marker, then the filters.
    page.goto(live_server.url + network_map.url)
    presses_until(page, "svg a[data-departement]")
    assert presses_until(page, "#network-map-audience") == 12 + 1


def test_map_reads_on_its_own_without_javascript(browser, live_server, network_map):
    context = browser.new_context(java_script_enabled=False)
    tab = context.new_page()
    tab.goto(live_server.url + network_map.url + "?departement=07")

    assert tab.locator(".network-map__key").is_visible()
    assert tab.locator("svg.network-map__inset").is_visible()
    assert tab.locator(".network-map__name:visible").all_text_contents() == ["Ardèche"]
    marker = tab.locator("svg a.network-map__marker")
    assert marker.count() == 1
    marker.click()
    assert tab.url.endswith("/ados/")
    context.close()


@pytest.mark.parametrize("width", [390, 1280])
def test_map_page_has_no_horizontal_overflow(page, live_server, network_map, width):
    page.set_viewport_size({"width": width, "height": 900})
    page.goto(live_server.url + network_map.url + "?departement=07")

    overflow = page.evaluate(
        "document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )
    assert overflow == 0
    box = page.locator("svg.network-map__svg").bounding_box()
    assert 0 <= box["x"] and box["x"] + box["width"] <= width


def test_map_page_has_no_accessibility_violation_while_pointing(
    page, audit, live_server, network_map
):
    page.goto(live_server.url + network_map.url)
    page.locator('svg a[data-departement="63"]').hover()
    page.locator("svg a.network-map__marker").focus()

    assert audit() == []
