"""The resource centre's listing: facets that combine and count, search, bad input."""

from urllib.parse import urlencode

import pytest
from bs4 import BeautifulSoup

from ...html import injected_markup
from .builders import make_resource


@pytest.fixture
def catalogue(resource_index):
    """Five resources: kinds, themes, countries, years and languages that overlap."""
    make_resource(
        resource_index,
        title="Guide de l'eau au Sénégal",
        kind="guide",
        year=2024,
        countries=["SN"],
        languages=["fr"],
        tags=["eau"],
    )
    make_resource(
        resource_index,
        title="Guide jeunesse",
        kind="guide",
        year=2025,
        countries=["SN", "BF"],
        languages=["fr", "en"],
        tags=["jeunesse"],
    )
    make_resource(
        resource_index,
        title="Étude des jumelages",
        kind="study",
        year=2024,
        countries=["MG"],
        languages=["fr"],
        tags=["jeunesse", "eau"],
    )
    make_resource(
        resource_index,
        title="Fiche d'expérience Haïti",
        kind="experience",
        year=2023,
        countries=["HT"],
        languages=["fr"],
    )
    make_resource(resource_index, title="Brouillon", kind="video", publish=False)
    return resource_index


def listed(client, url, **query):
    response = client.get(url, query)
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    titles = [a.get_text() for a in soup.select(".resource-card__title a")]
    return titles, soup


def options(soup, facet):
    """``{value: (count, query it submits or None)}`` of a facet's choices (None: it cannot
    be chosen)."""
    found = {}
    form = soup.select_one(f"#facet-{facet}").find_parent("form")
    kept = [(field["name"], field["value"]) for field in form.select("input[type=hidden]")]
    for item in form.select("li"):
        button = item.find("button")
        count = int(item.get_text(" ", strip=True).split("(")[-1].split(")")[0])
        query = None
        if button is not None:
            assert form["method"] == "get"
            pairs = kept + ([(button["name"], button["value"])] if button.get("name") else [])
            query = urlencode(pairs)
        found[item["data-value"]] = (count, query)
    return found


def test_every_live_resource_is_listed_newest_first(client, catalogue):
    titles, soup = listed(client, catalogue.url)

    assert titles == [
        "Guide jeunesse",
        "Guide de l'eau au Sénégal",
        "Étude des jumelages",
        "Fiche d'expérience Haïti",
    ]
    assert soup.select_one("meta[name=robots]") is None


def test_facets_combine_and_count_with_the_other_filters_kept(client, catalogue):
    titles, soup = listed(client, catalogue.url, kind="guide", country="SN")

    assert titles == ["Guide jeunesse", "Guide de l'eau au Sénégal"]
    # Each count keeps the other chosen filter: guides, per country; a choice that would
    # give nothing cannot be chosen; the others keep every filter, and the chosen one leads
    # back to the list without it.
    assert options(soup, "country") == {
        "BF": (1, "kind=guide&country=BF"),
        "HT": (0, None),
        "MG": (0, None),
        "SN": (2, "kind=guide"),
    }
    # Resources about Senegal, per kind.
    assert options(soup, "kind") == {
        "guide": (2, "country=SN"),
        "study": (0, None),
        "toolkit": (0, None),  # every kind is offered, those without resources as text
        "training": (0, None),
        "video": (0, None),
        "experience": (0, None),
    }
    assert soup.select_one("meta[name=robots]")["content"].startswith("noindex")


def test_theme_year_and_language_filters(client, catalogue):
    titles, soup = listed(client, catalogue.url, theme="eau", year="2024")
    assert titles == ["Guide de l'eau au Sénégal", "Étude des jumelages"]

    titles, soup = listed(client, catalogue.url, language="en")
    assert titles == ["Guide jeunesse"]
    # Country codes read in any case.
    titles, soup = listed(client, catalogue.url, country="mg")
    assert titles == ["Étude des jumelages"]


def test_search_within_the_resources_keeps_the_facets(client, catalogue):
    titles, soup = listed(client, catalogue.url, q="jumelages")
    assert titles == ["Étude des jumelages"]

    titles, soup = listed(client, catalogue.url, q="guide", country="BF")
    assert titles == ["Guide jeunesse"]
    form = soup.select_one("form.resource-search")
    assert form["method"] == "get"
    assert {field["name"]: field["value"] for field in form.select("input[type=hidden]")} == {
        "country": "BF"
    }
    assert form.select_one("input[name=q]")["value"] == "guide"
    # Facet choices keep the search.
    assert options(soup, "kind")["guide"] == (1, "country=BF&q=guide&kind=guide")


def test_a_search_keeps_every_choice_it_leaves_empty(client, catalogue):
    titles, soup = listed(client, catalogue.url, q="jumelages", kind="guide")

    assert titles == []
    # The guides stay chosen (no message), counted 0 with this search.
    assert soup.select_one("li[data-value=guide] button[aria-pressed=true]")
    assert options(soup, "kind")["guide"][0] == 0
    assert options(soup, "kind")["study"] == (1, "q=jumelages&kind=study")


def test_pagination_keeps_every_filter(client, resource_index):
    for number in range(14):
        make_resource(resource_index, title=f"Guide {number:02d}", countries=["SN"])

    titles, soup = listed(client, resource_index.url, kind="guide", country="SN")

    assert len(titles) == 12
    assert soup.select_one("a[rel=next]")["href"] == (
        f"{resource_index.url}?kind=guide&country=SN&page=2"
    )
    titles, soup = listed(client, resource_index.url, kind="guide", country="SN", page="2")
    assert len(titles) == 2


@pytest.mark.parametrize(
    ("parameter", "value"),
    [
        ("kind", "poeme"),
        ("country", "ZZ"),
        ("year", "1800"),
        ("theme", "inconnu"),
        ("language", "xx"),
    ],
)
def test_unknown_values_list_nothing_and_say_so(client, catalogue, parameter, value):
    titles, soup = listed(client, catalogue.url, **{parameter: value})

    assert titles == []
    status = soup.select_one(".directory-summary").get_text(" ", strip=True)
    assert value in status  # a plain slug or code may be repeated
    assert soup.select_one(".directory-summary a")["href"] == catalogue.url


@pytest.mark.parametrize("parameter", ["kind", "theme", "country", "year", "language", "q"])
def test_hostile_values_are_never_echoed(client, catalogue, xss_payloads, parameter):
    for payload in [*xss_payloads, "x" * 5000, "SN" * 60]:
        response = client.get(catalogue.url, {parameter: payload})

        assert response.status_code == 200, payload
        html = response.content.decode()
        assert injected_markup(html) == [], payload
        if "<" in payload or len(payload) > 200:
            assert payload not in BeautifulSoup(html, "html.parser").main.decode(), payload


def test_repeated_keys_and_bad_pages_never_fail(client, catalogue):
    response = client.get(f"{catalogue.url}?kind=guide&kind=study&country=SN&country=%00")
    assert response.status_code == 200
    for page in ["-1", "abc", "0", "999", "1.5", "9" * 5000, "\x00"]:
        titles, _soup = listed(client, catalogue.url, page=page)
        assert len(titles) == 4


def test_listing_links_to_the_open_data(client, catalogue):
    _titles, soup = listed(client, catalogue.url)

    links = [a["href"] for a in soup.select(".resource-data a")]
    assert links == [f"{catalogue.url}data/csv/", f"{catalogue.url}data/json/"]
