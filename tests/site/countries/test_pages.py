"""The partner countries page (the world map and its list) and the page of each country, in
French, English and Spanish; their head, sitemap and search; what bad addresses answer."""

import pytest
from bs4 import BeautifulSoup
from django.template import Context, Template
from django.utils import translation
from wagtail.models import Locale
from wagtail.test.utils import WagtailPageTestCase

from resacoop.countries.models import PartnerCountriesPage
from resacoop.countries.search import matching_countries
from resacoop.demo import site_setup
from resacoop.pages.models import HomePage, StandardPage

from ..builders import translation_of
from .builders import make_partner_countries_page

ROOT = "http://testserver"
pytestmark = pytest.mark.django_db

# Senegal and Mali in each language, as django-countries names them.
SENEGAL = {"fr": "Sénégal", "en": "Senegal", "es": "Senegal"}
MALI = {"fr": "Mali", "en": "Mali", "es": "Malí"}


def soup_of(response):
    assert response.status_code == 200, response.status_code
    return BeautifulSoup(response.content, "html.parser")


def page_url(world, language):
    return translation_of(world["countries"], language).url


class TestWhereThePageGoes(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = site_setup.setup_site()

    def test_one_partner_countries_page_per_language_under_the_home_page(self):
        self.assertAllowedParentPageTypes(PartnerCountriesPage, {HomePage})
        self.assertAllowedSubpageTypes(PartnerCountriesPage, set())
        self.assertCanNotCreateAt(StandardPage, PartnerCountriesPage)
        self.assertTrue(PartnerCountriesPage.can_create_at(self.home))
        make_partner_countries_page(self.home)
        self.assertFalse(PartnerCountriesPage.can_create_at(self.home))

    def test_no_partner_country_yet_says_so(self):
        page = make_partner_countries_page(self.home)

        soup = soup_of(self.client.get(page.url))

        self.assertFalse(soup.select("svg.world-map__svg"))
        self.assertTrue(soup.select_one("main p"))


# The world map and the list ------------------------------------------------------------


def test_every_partner_country_is_a_link_on_the_map_named_with_its_counts(client, world):
    soup = soup_of(client.get(page_url(world, "fr")))

    svg = soup.select_one("svg.world-map__svg")
    assert svg["role"] == "group" and svg.title.get_text()
    links = {a["href"]: a for a in svg.select("a.world-map__country")}
    base = page_url(world, "fr")
    assert set(links) == {f"{base}sn/", f"{base}ml/", f"{base}bf/"}
    senegal = links[f"{base}sn/"]
    # Its name says what the shade shows, for screen readers (and not by colour alone).
    assert senegal["aria-label"].startswith("Sénégal")
    assert "2" in senegal["aria-label"] and "1" in senegal["aria-label"]
    # The other countries are drawn, as one background shape that is not read out.
    land = svg.select_one("path.world-map__land")
    assert land["aria-hidden"] == "true" and len(land["d"]) > 20_000


def test_the_shade_of_a_country_follows_its_experiences_and_resources(client, world):
    soup = soup_of(client.get(page_url(world, "fr")))
    base = page_url(world, "fr")

    def shade(code):
        link = soup.select_one(f'svg a[href="{base}{code}/"]')
        return next(c for c in link["class"] if c.startswith("world-map__country--"))

    # Senegal: 2 experience sheets and a guide; Mali: a guide; Burkina Faso: an event only.
    assert shade("sn") == "world-map__country--some"
    assert shade("ml") == "world-map__country--few"
    assert shade("bf") == "world-map__country--none"
    legend = [item.get_text(" ", strip=True) for item in soup.select(".world-map__key-items li")]
    assert len(legend) == 5  # four shades and the other countries
    assert soup.select_one(".world-map__credits a[rel=license]")["href"].startswith(
        "https://creativecommons.org/licenses/by/4.0"
    )


@pytest.mark.parametrize("language", ["fr", "en", "es"])
def test_the_list_of_countries_is_in_the_visitors_language(client, world, language):
    soup = soup_of(client.get(page_url(world, language)))

    items = soup.select("#world-map-list li")
    names = [item.a.get_text() for item in items]
    base = page_url(world, language)
    if language == "fr":
        assert names == ["Burkina Faso", "Mali", "Sénégal"]
    else:
        # Burkina Faso is named by a French event only.
        assert names == [MALI[language], SENEGAL[language]]
    assert items[-1].a["href"] == f"{base}sn/"
    assert soup.select_one(".world-map__skip a")["href"] == "#world-map-list"
    assert soup.select_one("link[rel=stylesheet][href$='world-map.css']")


# A country's page --------------------------------------------------------------------------


@pytest.mark.parametrize("language", ["fr", "en", "es"])
def test_a_country_page_lists_what_the_site_has_about_the_country(client, world, language):
    soup = soup_of(client.get(page_url(world, language) + "sn/"))

    assert soup.h1.get_text() == SENEGAL[language]
    sections = {section.h2["id"]: section for section in soup.select("section.tagged-group")}
    assert list(sections) == [
        "country-experiences",
        "country-resources",
        "country-events",
        "country-members",
    ]
    titles = {key: [a.get_text() for a in s.select("li > a")] for key, s in sections.items()}
    assert titles["country-experiences"] == ["Fiche d'expérience 0", "Fiche d'expérience 1"]
    assert titles["country-resources"] == ["Guide 0"]
    assert titles["country-members"] == ["ADOS", "AVSF"]
    member = translation_of(world["members"][0], language)
    assert soup.select_one("#country-members").find_parent("section").select_one("a")["href"] == (
        member.url
    )


def test_a_country_page_has_its_translations_as_alternates(client, world):
    soup = soup_of(client.get(page_url(world, "en") + "sn/"))

    alternates = {link["hreflang"]: link["href"] for link in soup.select("link[rel=alternate]")}
    for language in ("fr", "en", "es"):
        assert alternates[language] == ROOT + page_url(world, language) + "sn/"
    assert soup.select_one("link[rel=canonical]")["href"] == ROOT + page_url(world, "en") + "sn/"
    switcher = {a["hreflang"]: a["href"] for a in soup.select(".language-switcher a")}
    assert switcher["es"] == page_url(world, "es") + "sn/"


def test_the_language_switcher_never_leads_to_a_missing_country_page(client, world):
    # Burkina Faso is a partner country in French only.
    soup = soup_of(client.get(page_url(world, "fr") + "bf/"))

    switcher = {a["hreflang"]: a["href"] for a in soup.select(".language-switcher a")}
    assert switcher["en"] == page_url(world, "en")
    assert client.get(switcher["en"]).status_code == 200
    alternates = {link["hreflang"] for link in soup.select("link[rel=alternate]")}
    assert "en" not in alternates


@pytest.mark.parametrize(
    "segment",
    [
        "zz",  # no such country
        "fr",  # a country no page names
        "xx1",
        "s",
        "sen",
        "%3Cscript%3E",
        "<script>",
        "%00",
        "é1",
        "sn%20",
    ],
)
def test_any_other_code_is_not_found(client, world, segment):
    response = client.get(page_url(world, "fr") + segment + "/")

    # 400 for a NUL character (refused before any view), 404 for the rest.
    assert response.status_code == (400 if segment == "%00" else 404)
    assert b"<script>" not in response.content.split(b"</head>")[-1].replace(b"<script type", b"")


def test_a_partner_country_of_another_language_only_is_not_found(client, world):
    assert client.get(page_url(world, "en") + "bf/").status_code == 404


def test_an_upper_case_code_leads_to_the_lower_case_address(client, world):
    response = client.get(page_url(world, "fr") + "SN/")

    assert response.status_code == 301
    assert response["Location"] == page_url(world, "fr") + "sn/"
    assert client.get(page_url(world, "fr") + "ZZ/").status_code == 404


# Members and events link to their countries ---------------------------------------------


@pytest.mark.parametrize("language", ["fr", "es"])
def test_a_member_page_links_to_its_countries(client, world, language):
    member = translation_of(world["members"][1], language)  # AVSF: Senegal and Mali

    soup = soup_of(client.get(member.url))

    links = {a.get_text(): a["href"] for a in soup.select(".facts dd a")}
    assert links[SENEGAL[language]] == page_url(world, language) + "sn/"
    assert links[MALI[language]] == page_url(world, language) + "ml/"


def test_an_event_page_links_to_its_countries(client, world):
    event = translation_of(world["events"][0], "en")

    soup = soup_of(client.get(event.url))

    links = {a.get_text(): a["href"] for a in soup.select(".facts dd a")}
    assert links["Senegal"] == page_url(world, "en") + "sn/"


def test_countries_are_the_same_in_every_language(world):
    member = world["members"][1]

    for language in ("en", "es"):
        assert translation_of(member, language).countries == member.countries


# Sitemap and search ----------------------------------------------------------------------


def test_country_pages_are_in_the_sitemap_with_their_translations(client, world):
    sitemap = client.get("/sitemap.xml").content.decode()

    for language in ("fr", "en", "es"):
        assert f"<loc>{ROOT}{page_url(world, language)}sn/</loc>" in sitemap
    assert f"<loc>{ROOT}{page_url(world, 'fr')}bf/</loc>" in sitemap
    assert f"<loc>{ROOT}{page_url(world, 'en')}bf/</loc>" not in sitemap
    # The French page of Senegal gives its English one as an alternate.
    assert f'hreflang="en" href="{ROOT}{page_url(world, "en")}sn/"' in sitemap


@pytest.mark.parametrize(
    ("language", "query", "found"),
    [
        ("fr", "sénégal", ["Sénégal"]),
        ("fr", "SENEGAL", ["Sénégal"]),
        ("fr", "burkina", ["Burkina Faso"]),
        ("fr", "projets au Mali", ["Mali"]),
        ("fr", "Somalie", []),  # a name within a word is not the country
        ("fr", "la Somalie et le Mali", ["Mali"]),
        ("en", "senegal", ["Senegal"]),
        ("en", "burkina", []),  # not a partner country in English
        ("es", "mali", ["Malí"]),
        ("fr", "ma", []),  # too short to mean anything
        ("fr", "France", []),  # not a partner country
    ],
)
def test_the_search_finds_a_country_page_by_its_name(world, language, query, found):
    with translation.override(language):
        results = matching_countries(query)

    assert [result["name"] for result in results] == found
    if found:
        assert results[0]["url"].startswith(page_url(world, language))


def test_the_search_results_template_links_to_the_country_page(world):
    template = Template("{% load countries_tags %}{% country_search_results query %}")

    with translation.override("es"):
        html = template.render(Context({"query": "Senegal"}))

    assert f'<a href="{page_url(world, "es")}sn/">Senegal</a>' in html


def test_hostile_text_in_a_query_is_not_echoed(world):
    template = Template("{% load countries_tags %}{% country_search_results query %}")

    with translation.override("fr"):
        html = template.render(Context({"query": "<script>alert(1)</script>"}))

    assert "<script>" not in html


def test_the_locales_of_the_test_site():
    # A guard for the tests above: the site has these three languages.
    assert {locale.language_code for locale in Locale.objects.all()} >= {"fr", "en", "es"}


@pytest.mark.parametrize(("language", "query"), [("fr", "Sénégal"), ("es", "senegal")])
def test_the_site_search_finds_a_country_page(client, world, language, query):
    soup = soup_of(client.get(f"/{language}/", follow=True))
    search = soup.select_one("form[role=search]")["action"]

    soup = soup_of(client.get(search, {"query": query}))

    links = [a["href"] for a in soup.select(".search-countries a")]
    assert links == [page_url(world, language) + "sn/"]
