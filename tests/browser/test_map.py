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
    tab.locator('svg a[data-departement="26"]').click()

    assert tab.url.endswith("?departement=26")
    assert tab.locator(".network-map__panel .relay-card__name").all_inner_texts() == ["ADOS"]
    context.close()


@pytest.mark.parametrize("language", ["fr", "en"])
def test_map_page_has_no_accessibility_violation(page, audit, live_server, network_map, language):
    page.goto(live_server.url + translation_of(network_map, language).url + "?departement=07")

    assert audit() == []


def test_relay_page_has_no_accessibility_violation(page, audit, live_server, network_map):
    relay = network_map.get_children().get(slug="ados")
    page.goto(live_server.url + relay.url)

    assert audit() == []
