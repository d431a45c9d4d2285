"""What the design shows of the content: the network's logo or name in the header, the home
page's hero and title, the way back from a member, the offices in the footer (#17)."""

import pytest
from bs4 import BeautifulSoup
from django.db import connection, reset_queries
from django.test.utils import CaptureQueriesContext
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Site

from resacoop.pages.models import NetworkSettings, Office

from ..builders import (
    make_member,
    make_member_index,
    make_mission,
    make_mission_index,
    make_standard_page,
)

PURPOSE = {
    "fr": "Réseau régional de coopération internationale",
    "en": "Regional network for international cooperation",
    "es": "Red regional de cooperación internacional",
}


def soup_of(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def network_settings():
    return NetworkSettings.for_site(Site.objects.get(is_default_site=True))


# Header ------------------------------------------------------------------------------------


def test_header_shows_the_site_name_as_a_wordmark_without_a_logo(client, home_page):
    brand = soup_of(client, "/fr/").select_one("header a.brand")

    assert brand["href"] == "/fr/"
    assert brand.select_one(".brand__name").get_text() == "RESACOOP"
    assert brand.select_one(".brand__logo") is None
    # The emblem beside the name is decoration: the name is the link's name.
    assert brand.select_one("img.brand__emblem")["alt"] == ""


@pytest.mark.parametrize("language", ["fr", "en", "es"])
def test_header_shows_the_logo_setting_linked_to_the_home_page(client, home_page, language):
    client.get(f"/{language}/")  # cached without a logo first: the setting must show at once
    settings = network_settings()
    settings.logo = Image.objects.create(
        title="Logo", file=get_test_image_file(size=(600, 160), filename="logo.png")
    )
    settings.save()

    brand = soup_of(client, f"/{language}/").select_one("header a.brand")

    logo = brand.select_one("img.brand__logo")
    assert brand["href"] == f"/{language}/"
    assert logo["alt"] == "RESACOOP"  # the link's accessible name is the network's
    assert ".max-800x224." in logo["src"]
    assert (logo["width"], logo["height"]) == ("600", "160")
    assert brand.select_one(".brand__name") is None


def test_header_falls_back_to_the_wordmark_when_the_logo_file_is_missing(client, home_page):
    settings = network_settings()
    settings.logo = Image.objects.create(title="Logo", file=get_test_image_file())
    settings.save()
    settings.logo.file.storage.delete(settings.logo.file.name)

    brand = soup_of(client, "/fr/").select_one("header a.brand")

    assert brand.select_one(".brand__name").get_text() == "RESACOOP"


def test_menu_button_is_a_details_holding_menu_search_and_languages(client, standard_page):
    header = soup_of(client, "/fr/").select_one("header.site-header")

    menu = header.select_one("details.site-menu")
    panel = menu.select_one("#site-menu-panel")
    assert menu.select_one("summary")["aria-controls"] == "site-menu-panel"
    assert menu.get("open") is None  # closed on phones until the visitor opens it
    assert panel.select_one("nav.main-menu a").get_text() == "À propos du réseau"
    assert panel.select_one("form[role=search] input[type=search]")["name"] == "query"
    assert len(panel.select("nav.language-switcher a")) == 3


# Home page ---------------------------------------------------------------------------------


@pytest.mark.parametrize("language", ["fr", "en", "es"])
def test_home_title_says_the_site_name_once_with_its_purpose(client, home_page, language):
    soup = soup_of(client, f"/{language}/")

    title = soup.title.get_text()
    assert title == f"RESACOOP – {PURPOSE[language]}"
    assert title.count("RESACOOP") == 1
    heading = soup.select_one("h1.hero__title")
    assert heading.select_one(".hero__name").get_text() == "RESACOOP"
    assert heading.select_one(".hero__purpose").get_text() == PURPOSE[language]


def test_home_title_is_the_editors_own_when_given(client, home_page):
    home_page.seo_title = "RESACOOP, la coopération en Auvergne-Rhône-Alpes"
    home_page.save_revision().publish()

    assert soup_of(client, "/fr/").title.get_text() == home_page.seo_title


def test_other_pages_title_is_the_page_then_the_site(client, standard_page):
    assert soup_of(client, standard_page.url).title.get_text() == "À propos du réseau | RESACOOP"


@pytest.fixture
def network(home_page, map_page):
    """A directory of three members, two missions and two offices, shown in the menu."""
    directory = make_member_index(home_page, show_in_menus=True)
    for name in ["Ville de Grenoble", "AVSF", "CIEDEL"]:
        make_member(directory, title=name)
    missions = make_mission_index(home_page, show_in_menus=True)
    for order in [1, 2]:
        make_mission(missions, order)
    for city in ["Lyon", "Clermont-Ferrand"]:
        Office.objects.create(name=f"Bureau de {city}", city=city)
    map_page.show_in_menus = True
    map_page.save_revision().publish()
    return {"directory": directory, "missions": missions, "map": map_page}


def key_numbers(soup):
    """``{"members": "27", ...}``: each number of the hero by what it counts."""
    return {
        item["data-counts"]: item.select_one(".key-numbers__number").get_text()
        for item in soup.select(".hero .key-numbers li")
    }


def test_hero_leads_to_missions_members_and_map(client, network):
    actions = soup_of(client, "/fr/").select(".hero__actions a")

    assert [(a.get_text(), a["href"]) for a in actions] == [
        ("Nos missions", network["missions"].url),
        ("Nos membres", network["directory"].url),
        (network["map"].title, network["map"].url),
    ]


def test_hero_counts_members_missions_offices_and_departements(client, network):
    assert key_numbers(soup_of(client, "/fr/")) == {
        "members": "3",
        "missions": "2",
        "offices": "2",
        "departements": "12",  # Auvergne-Rhône-Alpes, the map's region
    }

    make_member(network["directory"], title="Institut Bioforce")
    Office.objects.filter(city="Lyon").delete()

    numbers = key_numbers(soup_of(client, "/fr/"))
    assert numbers["members"] == "4" and numbers["offices"] == "1"
    # Numbers are counted in the language of the page: nothing is translated yet.
    assert key_numbers(soup_of(client, "/en/")) == {"offices": "1"}


def test_hero_numbers_cost_no_query_once_cached(client, network, django_assert_num_queries):
    client.get("/fr/")
    reset_queries()  # the log of queries may be full after building the pages
    with CaptureQueriesContext(connection) as few:
        client.get("/fr/")
    budget = len(few)  # now: the next request empties the log it reads
    for number in range(10):
        make_member(network["directory"], title=f"Membre {number}")
    client.get("/fr/")  # counted again after the change

    with django_assert_num_queries(budget):
        response = client.get("/fr/")

    assert key_numbers(BeautifulSoup(response.content, "html.parser"))["members"] == "13"


# The way back from a member, its place -----------------------------------------------------


def test_member_page_leads_back_to_the_directory(client, home_page):
    directory = make_member_index(home_page)
    member = make_member(directory, title="Université Clermont Auvergne")

    crumbs = soup_of(client, member.url).select_one("nav.breadcrumbs")

    assert [(a.get_text(), a["href"]) for a in crumbs.select("a")] == [
        (home_page.title, "/fr/"),
        ("Nos membres", directory.url),
    ]
    assert crumbs.select_one("[aria-current=page]").get_text() == "Université Clermont Auvergne"


def test_sections_and_the_home_page_have_no_breadcrumbs(client, home_page):
    directory = make_member_index(home_page)

    assert soup_of(client, "/fr/").select_one("nav.breadcrumbs") is None
    assert soup_of(client, directory.url).select_one("nav.breadcrumbs") is None


def test_breadcrumbs_of_a_deeper_page_list_every_ancestor(client, standard_page):
    child = make_standard_page(standard_page, title="Gouvernance", slug="gouvernance")
    grandchild = make_standard_page(child, title="Le bureau", slug="bureau")

    crumbs = soup_of(client, grandchild.url).select("nav.breadcrumbs a")

    assert [a.get_text() for a in crumbs] == ["RESACOOP", "À propos du réseau", "Gouvernance"]


def test_member_header_shows_its_town_and_departement(client, home_page):
    directory = make_member_index(home_page)
    member = make_member(directory, title="Ville de Clermont-Ferrand")
    member.town, member.departement = "Clermont-Ferrand", "63"
    member.save_revision().publish()

    place = soup_of(client, member.url).select_one(".member-header .place")

    assert place.get_text() == "Clermont-Ferrand, Puy-de-Dôme (63)"


def test_member_header_shows_no_place_without_one(client, home_page):
    member = make_member(make_member_index(home_page), title="AVSF")

    assert soup_of(client, member.url).select_one(".member-header .place") is None


# Footer ------------------------------------------------------------------------------------


def test_footer_shows_the_offices_full_addresses_and_contacts(client, standard_page):
    Office.objects.create(
        name="Siège",
        address="14 rue Passet\nBâtiment B",
        postcode="69007",
        city="Lyon",
        phone="04 72 77 87 67",
        email="contact@example.org",
    )

    footer = soup_of(client, standard_page.url).select_one("footer.site-footer")

    address = footer.select_one(".site-footer__offices address")
    lines = [line.strip() for line in address.get_text("\n").splitlines() if line.strip()]
    assert lines[:4] == ["Siège", "14 rue Passet", "Bâtiment B", "69007 Lyon"]
    assert address.select_one('a[href^="tel:"]')["href"] == "tel:0472778767"
    assert address.select_one('a[href^="mailto:"]')["href"] == "mailto:contact@example.org"
    # The site's links: its menu and the search.
    links = [a.get_text() for a in footer.select("nav.site-footer__section a")]
    assert links == ["À propos du réseau", "Rechercher"]


def test_layout_brings_the_menu_script_and_stylesheet(client, home_page):
    soup = soup_of(client, "/fr/")

    assert soup.select_one('script[type=module][src$="resacoop/js/menu.js"]') is not None
    assert soup.select_one('link[rel=stylesheet][href$="resacoop/css/main.css"]') is not None


# SVG logos ---------------------------------------------------------------------------------

SVG = (
    b'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 300 80" width="300" height="80">'
    b'<rect width="300" height="80" fill="#0b5c6b"/></svg>'
)


def svg_image(title="Logo SVG"):
    from django.core.files.base import ContentFile

    return Image.objects.create(title=title, file=ContentFile(SVG, name="logo.svg"))


def test_image_uploads_accept_svg():
    from django.core.files.uploadedfile import SimpleUploadedFile
    from wagtail.images.fields import WagtailImageField

    uploaded = SimpleUploadedFile("logo.svg", SVG, content_type="image/svg+xml")

    assert WagtailImageField().clean(uploaded) is uploaded


def test_header_shows_an_svg_logo_as_svg(client, home_page):
    settings = network_settings()
    settings.logo = svg_image()
    settings.save()

    logo = soup_of(client, "/fr/").select_one("header a.brand img.brand__logo")

    assert logo["src"].endswith(".svg")  # still a drawing: sharp at any size
    assert (logo["width"], logo["height"]) == ("300", "80")  # whole pixels, as <img> wants
    assert logo["alt"] == "RESACOOP"


def test_an_svg_icon_leaves_the_sites_own_icons(client, home_page):
    # Browsers' PNG and ICO icons cannot be made from an SVG: the page keeps the defaults.
    settings = network_settings()
    settings.icon = settings.sharing_image = svg_image("Emblème")
    settings.save()

    soup = soup_of(client, "/fr/")

    assert soup.select_one('link[rel=icon][type="image/svg+xml"]')["href"].endswith("icon.svg")


def test_a_figure_block_shows_an_svg_image(home_page):
    from cms_blocks.blocks.media import FigureBlock

    block = FigureBlock()
    value = block.to_python({"image": {"image": svg_image().pk, "alt_text": "Carte"}})

    html = block.render(value)

    assert '.svg"' in html and 'alt="Carte"' in html


def test_a_mission_lists_the_missions_beside_it(client, home_page):
    missions = make_mission_index(home_page)
    pages = [make_mission(missions, order, title=f"Mission n° {order}") for order in [2, 1, 3]]

    nav = soup_of(client, pages[0].url).select_one("nav.section-nav")

    assert [a.get_text() for a in nav.select("a")] == [f"Mission n° {n}" for n in [1, 2, 3]]
    assert nav.select_one("[aria-current=page]").get_text() == "Mission n° 2"


def test_editors_choose_the_logo_in_the_identity_panel(admin_client, home_page):
    site = Site.objects.get(is_default_site=True)
    logo = svg_image()
    url = f"/admin/settings/pages/networksettings/{site.pk}/"

    form = BeautifulSoup(admin_client.get(url).content, "html.parser")

    chooser = form.select_one('input[name="logo"]')
    assert chooser is not None
    panel = chooser.find_parent("section")
    assert panel.select_one('input[name="icon"]') and panel.select_one(
        'input[name="sharing_image"]'
    )
    response = admin_client.post(url, {"logo": logo.pk, "social_links-count": 0})
    assert response.status_code == 302
    assert network_settings().logo == logo
