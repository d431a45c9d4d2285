from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from django.contrib.staticfiles import finders

from ..html import injected_markup
from ..testapp.builders import make_map, make_relay


def soup_of(client, url, **query):
    response = client.get(url, query)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def test_map_draws_every_departement_of_the_region_as_a_link(client, relays, map_page):
    soup = soup_of(client, map_page.url)

    links = soup.select("svg a[data-departement]")
    assert [link["data-departement"] for link in links] == [
        "01",
        "03",
        "07",
        "15",
        "26",
        "38",
        "42",
        "43",
        "63",
        "69",
        "73",
        "74",
    ]
    ardeche = soup.select_one('svg a[data-departement="07"]')
    assert ardeche["href"] == "?departement=07"
    assert ardeche["aria-label"] == "Ardèche : 1 relais"
    assert "network-map__departement--relays" in ardeche["class"]
    cantal = soup.select_one('svg a[data-departement="15"]')
    assert cantal["aria-label"] == "Cantal : 0 relais"
    assert "network-map__departement--relays" not in cantal["class"]


def test_choosing_a_departement_shows_its_relays(client, relays, map_page):
    soup = soup_of(client, map_page.url, departement="07")

    panel = soup.select_one(".network-map__panel")
    assert panel.h2.get_text() == "Relais en Ardèche"
    card = panel.select_one(".relay-card")
    assert card.h3.a.get_text() == "ADOS"
    assert card.h3.a["href"] == relays[0].url
    assert "Jeunes, Associations" in card.get_text()
    assert card.select_one('a[href="mailto:contact@ados.example"]')
    assert soup.select_one('svg a[data-departement="07"]')["aria-current"] == "true"


def test_departement_without_relay_says_so_and_points_to_the_contact(
    client, relays, map_page, contact_page
):
    soup = soup_of(client, map_page.url, departement="15")

    panel = soup.select_one(".network-map__panel")
    assert "Il n’y a pas encore de relais en Cantal." in panel.get_text()
    assert panel.select_one("a")["href"] == contact_page.url


def test_full_list_by_departement_is_always_in_the_page(client, relays, map_page):
    soup = soup_of(client, map_page.url)

    lists = soup.select_one(".network-map__list")
    headings = [h3.get_text() for h3 in lists.select("h3")]
    assert headings[2] == "Ardèche (07)"
    assert len(headings) == 12
    assert [a.get_text() for a in lists.select("ul a")] == ["ADOS", "ADOS", "Solicoop42"]


def test_filters_by_audience_and_tag(client, relays, map_page):
    by_audience = soup_of(client, map_page.url, audience="etablissements-scolaires")
    by_tag = soup_of(client, map_page.url, tag="jeunesse", departement="42")

    assert [a.get_text() for a in by_audience.select(".network-map__list ul a")] == ["Solicoop42"]
    assert (
        by_audience.select_one('svg a[data-departement="07"]')["aria-label"] == "Ardèche : 0 relais"
    )
    assert (
        "Il n’y a pas encore de relais en Loire."
        in by_tag.select_one(".network-map__panel").get_text()
    )
    # Links keep the filters, so the state of the map can be shared.
    assert (
        by_tag.select_one('svg a[data-departement="07"]')["href"] == "?departement=07&tag=jeunesse"
    )


@pytest.mark.parametrize(
    "query",
    [
        {"departement": "99"},
        {"departement": "75"},
        {"audience": "inconnu"},
        {"tag": "x<y"},
        {"departement": "\x00"},
    ],
)
def test_bad_filters_give_a_message_not_an_error(client, relays, map_page, query):
    soup = soup_of(client, map_page.url, **query)

    assert soup.select_one(".network-map__errors").get_text(strip=True)
    assert soup.select_one(".network-map__panel h2").get_text() == "Choisir un département"


def test_the_map_page_credits_the_outlines_and_offers_open_data(client, relays, map_page):
    soup = soup_of(client, map_page.url)

    credits = soup.select_one(".network-map__credits")
    assert "CC BY 4.0" in credits.get_text()
    assert [a["href"] for a in credits.select("a")] == [
        "https://creativecommons.org/licenses/by/4.0/",
        f"{map_page.url}relays.geojson",
        f"{map_page.url}relays.csv",
    ]


def test_each_map_page_shows_its_own_region(client, home_page):
    provence = make_map(home_page, title="Carte PACA", slug="paca", region="93")

    soup = soup_of(client, provence.url)

    assert [a["data-departement"] for a in soup.select("svg a")] == [
        "04",
        "05",
        "06",
        "13",
        "83",
        "84",
    ]


def test_overseas_region_lists_its_departement_without_a_drawing(client, home_page):
    guadeloupe = make_map(home_page, title="Guadeloupe", slug="guadeloupe", region="01")
    make_relay(guadeloupe, title="Relais des îles", departements="971", city="Pointe-à-Pitre")

    soup = soup_of(client, guadeloupe.url, departement="971")

    assert soup.select_one("svg") is None
    assert soup.select_one(".relay-card h3").get_text() == "Relais des îles"


def test_the_script_gets_the_map_alone_as_the_page_renders_it(client, relays, map_page):
    query = {"departement": "26", "tag": "jeunesse"}
    page = soup_of(client, map_page.url, **query)

    fragment = soup_of(client, map_page.url, fragment="map", **query)

    assert fragment.select_one("html, h1, .network-map__credits, script") is None
    for part in ["errors", "drawing", "panel", "list"]:
        selector = f'[data-map-part="{part}"]'
        assert fragment.select_one(selector) == page.select_one(selector), part
    assert [relay.get_text() for relay in fragment.select(".relay-card h3")] == ["ADOS"]
    assert fragment.select_one('input[name="departement"]')["value"] == "26"
    assert fragment.select_one("#network-map-tag option[selected]")["value"] == "jeunesse"


def test_filters_keep_the_departement_and_send_no_empty_one(client, relays, map_page):
    chosen = soup_of(client, map_page.url, departement="07")
    none = soup_of(client, map_page.url)

    assert not chosen.select_one('input[name="departement"]').has_attr("disabled")
    # A disabled field is not sent: the form then asks for ?audience=…&tag=… alone.
    assert none.select_one('input[name="departement"]').has_attr("disabled")


def test_hostile_relay_is_shown_as_text(client, map_page, xss_payloads):
    for number, payload in enumerate(xss_payloads):
        make_relay(
            map_page,
            title=payload,
            slug=f"relais-{number}",
            city=payload,
            summary=payload,
            phone=payload[:30],
            address=payload,
            departements="07",
        )

    html = client.get(map_page.url, {"departement": "07"}).content.decode()

    assert injected_markup(html) == []
    assert "&lt;script&gt;window.pwned=1&lt;/script&gt;" in html


# One test a size, every measure in it: making a hundred relays is most of its time.
@pytest.mark.parametrize("count", [1, 100])
def test_map_page_query_counts_do_not_grow(
    client, map_page, many_relays, count, django_assert_num_queries
):
    from cms_blocks.content_version import content_changed

    many_relays(count)
    client.get(map_page.url)  # the first visit builds and caches the relays

    # Wagtail's routing 5 (its view-restriction check answered from the cache), the contact
    # page in this language 1, the content version 1 (the relays come from the cache).
    with django_assert_num_queries(6 + 1):
        response = client.get(map_page.url, {"departement": "07"})
    # Every relay has its marker, drawn from the cached relays: no query of its own.
    assert response.content.count(b'class="network-map__marker"') == count

    # The map alone, as the page's script asks for it: the page's queries.
    with django_assert_num_queries(6 + 1):
        client.get(map_page.url, {"departement": "07", "fragment": "map"})

    content_changed()
    # Building the relays again: Wagtail's routing 5, the paths of restricted pages 1, the
    # contact page 1, the relays, their logos' renditions, audiences and tags 3; the content
    # version 1.
    with django_assert_num_queries(10 + 1):
        response = client.get(map_page.url, {"departement": "07"})
    assert response.content.count(b'class="network-map__marker"') == count


@pytest.fixture
def hundred_relays(map_page, image):
    for number in range(100):
        make_relay(
            map_page,
            title=f"Relais d’un département {number:03d}",
            departements="07 26",
            logo=image,
            audiences=["Jeunes", "Associations"],
            tags=["jeunesse"],
            latitude="44.7",
            longitude="4.6",
            email=f"relais{number}@example.org",
            phone="04 75 00 00 00",
            website="https://example.org/",
            city="Privas",
        )
    return map_page


def page_weight(client, url, **query):
    """Bytes of the page's HTML, and of each stylesheet and script it loads."""
    html = client.get(url, query).content
    soup = BeautifulSoup(html, "html.parser")
    assets = [link["href"] for link in soup.select('link[rel="stylesheet"]')]
    assets += [script["src"] for script in soup.select("script[src]")]
    sizes = {
        asset: len(Path(finders.find(asset.removeprefix("/static/"))).read_bytes())
        for asset in assets
    }
    return len(html), sizes


def test_map_page_weighs_under_150_kb_with_100_relays(client, hundred_relays):
    html, assets = page_weight(client, hundred_relays.url)

    assert html + sum(assets.values()) < 150_000, (html, assets)


def test_the_map_brings_its_stylesheet_and_script_into_the_hosts_layout(client, map_page, settings):
    # The test project's base template has only the block names of Wagtail's project
    # template: extra_css in the head, extra_js at the end of the body.
    soup = soup_of(client, map_page.url)

    stylesheet = soup.head.select_one('link[rel="stylesheet"][href$="network_map/css/map.css"]')
    script = soup.body.select_one('script[type="module"][src$="network_map/js/network-map.js"]')
    assert stylesheet is not None and script is not None
    for address in (stylesheet["href"], script["src"]):  # found by the host's collectstatic
        assert finders.find(address.removeprefix(settings.STATIC_URL)), address
