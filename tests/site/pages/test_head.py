"""The head of every public page, as search engines and social networks read it.

Description, robots, canonical address, hreflang alternates, Open Graph and Twitter card
tags, icons and valid ``<time datetime>``: on one live page of each type, in each language
(``resacoop.pages.metadata``).
"""

import pytest
from bs4 import BeautifulSoup
from defusedxml import ElementTree
from django.db import connection, reset_queries, transaction
from django.test import TestCase
from django.test.utils import CaptureQueriesContext
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Locale, Site

from cms_blocks.translation import ensure_translations
from network_map.models import Audience
from resacoop.demo import site_setup
from resacoop.members.models import MemberCategory
from resacoop.pages import metadata
from resacoop.pages.models import NetworkSettings
from resacoop.tags.models import TagLabel

from ...html import invalid_datetimes
from ..builders import (
    make_map,
    make_member,
    make_member_index,
    make_mission,
    make_mission_index,
    make_relay,
    make_standard_page,
    make_tag_index,
    translation_of,
)

# Each test runs in a savepoint of the module's transaction (see ``pages``).
pytestmark = pytest.mark.django_db

LANGUAGES = ["fr", "en", "es"]
HOME_PURPOSE = {
    "fr": "Réseau régional de coopération internationale",
    "en": "Regional network for international cooperation",
    "es": "Red regional de cooperación internacional",
}
OPEN_GRAPH_LOCALES = {"fr": "fr_FR", "en": "en_GB", "es": "es_ES"}
ROOT = "http://testserver"
# The page types of the site, by the key of ``pages`` below.
PAGE_TYPES = [
    "home",
    "standard",
    "missions",
    "mission",
    "directory",
    "member",
    "map",
    "relay",
    "tags",
]
# Pages that show a picture of their own: the logo of a member or relay, a mission's icon.
WITH_PICTURE = {"mission", "member", "relay"}


def translate_label(tag_name, texts):
    """Give a tag's label a translation in each language of ``texts`` ({code: text})."""
    source = TagLabel.objects.get(tag__name=tag_name, locale__language_code="fr")
    for code, text in texts.items():
        label = source.copy_for_translation(Locale.objects.get(language_code=code))
        label.name = text
        label.save()


@pytest.fixture(scope="module")
def pages(django_db_setup, django_db_blocker):
    """One live page of every public type, in French, English and Spanish, with tags.

    Built once for the module, in a transaction rolled back at its end; each test runs in a
    savepoint of it.
    """
    with django_db_blocker.unblock(), transaction.atomic():
        home = site_setup.setup_site()
        others = list(Locale.objects.exclude(language_code="fr"))
        logo = Image.objects.create(title="Logo de Ville de Lyon", file=get_test_image_file())
        found = {"home": home}
        for translation in home.get_translations(inclusive=True).specific():
            translation.introduction = f"Le réseau ({translation.locale.language_code})."
            translation.save_revision().publish()
        home.refresh_from_db()
        found["standard"] = make_standard_page(
            home,
            title="À propos",
            slug="a-propos",
            introduction="Qui nous sommes.",
            search_description="Le réseau régional, ses membres et ses missions.",
        )
        found["missions"] = make_mission_index(home, introduction="Cinq missions.")
        found["mission"] = make_mission(found["missions"], 1, icon=logo, tags=["jeunesse"])
        found["directory"] = make_member_index(home, introduction="Les membres du réseau.")
        found["member"] = make_member(
            found["directory"], title="Ville de Lyon", logo=logo, tags=["jeunesse"]
        )
        found["map"] = make_map(home, introduction="Trouvez le relais de votre département.")
        found["relay"] = make_relay(
            found["map"],
            title="ADOS",
            departements="07 26",
            logo=logo,
            audiences=["Jeunes"],
            tags=["jeunesse"],
            summary="Relais en Ardèche et dans la Drôme.",
        )
        found["tags"] = make_tag_index(home, introduction="Les pages, thème par thème.")
        with TestCase.captureOnCommitCallbacks(execute=True):
            for key in PAGE_TYPES[1:]:
                ensure_translations(found[key], others)
        translate_label("jeunesse", {"en": "youth", "es": "juventud"})
        # Tagged only in French: its page in English and Spanish lists nothing.
        make_member(found["directory"], title="Ville de Grenoble", tags=["urgence"])
        yield found
        transaction.set_rollback(True)


def url_of(pages, key, language):
    return translation_of(pages[key], language).url


def fresh(pages, key):
    """The page as the database has it now: a test's changes are rolled back after it, not
    those of the module's objects in memory."""
    return type(pages[key]).objects.get(pk=pages[key].pk)


def head_of(response):
    """What the head of a page says, read as a crawler reads it."""
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    head = soup.head

    def meta(attribute, name):
        tags = head.find_all("meta", attrs={attribute: name})
        assert len(tags) <= 1 or name == "og:locale:alternate", f"{name} given twice"
        return (
            [tag["content"] for tag in tags]
            if name == "og:locale:alternate"
            else (tags[0]["content"] if tags else None)
        )

    canonical = head.select("link[rel=canonical]")
    assert len(canonical) <= 1
    return {
        "soup": soup,
        "title": head.title.get_text(),
        "description": meta("name", "description"),
        "robots": meta("name", "robots"),
        "canonical": canonical[0]["href"] if canonical else None,
        "alternates": {
            link["hreflang"]: link["href"] for link in head.select("link[rel=alternate]")
        },
        "switcher": {a["hreflang"]: a["href"] for a in soup.select(".language-switcher a")},
        "og": {
            name: meta("property", f"og:{name}")
            for name in [
                "type",
                "site_name",
                "title",
                "description",
                "url",
                "locale",
                "locale:alternate",
                "image",
                "image:width",
                "image:height",
                "image:alt",
            ]
        },
        "twitter_card": meta("name", "twitter:card"),
        "icons": [
            (" ".join(link["rel"]), link.get("type"), link.get("sizes"), link["href"])
            for link in head.select("link[rel~=icon], link[rel=apple-touch-icon]")
        ],
    }


def expected_description(page):
    return page.search_description or getattr(page, "card_summary", "") or page.introduction


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("key", PAGE_TYPES)
def test_every_page_type_describes_itself_in_every_language(client, pages, key, language):
    page = translation_of(pages[key], language)

    head = head_of(client.get(page.url))

    assert head["description"] == expected_description(page) != ""
    assert head["robots"] is None
    assert head["canonical"] == f"{ROOT}{page.url}"
    assert head["alternates"] == {
        **{code: f"{ROOT}{url_of(pages, key, code)}" for code in LANGUAGES},
        "x-default": f"{ROOT}{url_of(pages, key, 'fr')}",
    }
    assert head["switcher"] == {code: url_of(pages, key, code) for code in LANGUAGES}
    og = head["og"]
    assert og["title"] == page.title
    # The home page says the site's name once, with its purpose (test_design_pages.py).
    assert head["title"] == (
        f"RESACOOP – {HOME_PURPOSE[language]}" if key == "home" else f"{page.title} | RESACOOP"
    )
    assert og["description"] == head["description"]
    assert og["url"] == head["canonical"]
    assert og["type"] == "website" and og["site_name"] == "RESACOOP"
    assert og["locale"] == OPEN_GRAPH_LOCALES[language]
    assert sorted(og["locale:alternate"]) == sorted(
        OPEN_GRAPH_LOCALES[code] for code in LANGUAGES if code != language
    )
    if key in WITH_PICTURE:
        # The logo or icon, whole (a 640 × 480 test image: renditions never enlarge).
        assert og["image"].startswith(f"{ROOT}/media/images/")
        assert ".max-1200x630." in og["image"]
        assert (og["image:width"], og["image:height"]) == ("640", "480")
        assert og["image:alt"] == "Logo de Ville de Lyon"
        assert head["twitter_card"] == "summary"
    else:
        # No default sharing image in the settings: no image rather than a wrong one.
        assert og["image"] is None
        assert head["twitter_card"] == "summary"
    assert ("icon", "image/svg+xml", None, "/static/resacoop/icons/icon.svg") in head["icons"]
    assert invalid_datetimes(head["soup"].decode()) == []


def test_description_is_escaped_collapsed_and_cut_near_160_characters(client, pages):
    page = fresh(pages, "standard")
    page.search_description = 'Un "réseau" <script>x</script>\n\n' + "coopération " * 30
    page.save_revision().publish()

    response = client.get(page.url)
    head = head_of(response)

    assert '<meta name="description" content="Un &quot;réseau&quot; &lt;script&gt;' in (
        response.content.decode()
    )
    assert "\n" not in head["description"]
    assert len(head["description"]) <= metadata.DESCRIPTION_LENGTH
    assert head["description"].endswith("coopération…")


def test_page_without_any_description_has_no_empty_description_tag(client, pages):
    page = fresh(pages, "standard")
    page.search_description = page.introduction = ""
    page.save_revision().publish()

    head = head_of(client.get(page.url))

    assert head["description"] is None and head["og"]["description"] is None


@pytest.fixture
def network_settings(pages):
    settings = NetworkSettings.for_site(Site.objects.get(is_default_site=True))
    settings.icon = Image.objects.create(title="Emblème du réseau", file=get_test_image_file())
    settings.sharing_image = Image.objects.create(
        title="Image de partage",
        description="Le réseau régional de coopération",
        file=get_test_image_file(size=(1600, 900)),
    )
    settings.save()
    return settings


@pytest.mark.parametrize("language", LANGUAGES)
def test_pages_without_a_picture_share_the_network_image(client, pages, network_settings, language):
    head = head_of(client.get(url_of(pages, "standard", language)))

    rendition = network_settings.sharing_image.get_rendition("fill-1200x630")
    assert head["og"]["image"] == f"{ROOT}{rendition.url}"
    assert (head["og"]["image:width"], head["og"]["image:height"]) == ("1200", "630")
    assert head["og"]["image:alt"] == "Le réseau régional de coopération"
    assert head["twitter_card"] == "summary_large_image"
    # A member shares its own logo still.
    member = head_of(client.get(url_of(pages, "member", language)))
    assert ".max-1200x630." in member["og"]["image"]


def test_network_icon_replaces_the_default_icons_and_favicon(client, pages, network_settings):
    head = head_of(client.get(pages["standard"].url))

    icon = network_settings.icon
    assert head["icons"] == [
        ("icon", "image/png", "32x32", icon.get_rendition("fill-32x32|format-png").url),
        ("apple-touch-icon", "image/png", None, icon.get_rendition("fill-180x180|format-png").url),
    ]
    favicon = client.get("/favicon.ico")
    assert favicon.status_code == 302
    assert favicon["Location"] == icon.get_rendition("fill-48x48|format-ico").url


def test_default_icons_and_favicon_are_served(client, pages):
    head = head_of(client.get(pages["standard"].url))

    assert head["icons"] == [
        ("icon", "image/svg+xml", None, "/static/resacoop/icons/icon.svg"),
        ("icon", "image/png", "32x32", "/static/resacoop/icons/icon-32.png"),
        ("apple-touch-icon", "image/png", None, "/static/resacoop/icons/apple-touch-icon.png"),
    ]
    for href in [icon[3] for icon in head["icons"]]:
        assert client.get(href).status_code == 200
    favicon = client.get("/favicon.ico")
    assert favicon.status_code == 302
    assert favicon["Location"] == "/static/resacoop/icons/favicon.ico"
    served = client.get(favicon["Location"])
    assert served.status_code == 200
    assert b"".join(served.streaming_content)[:4] == b"\x00\x00\x01\x00"  # an ICO file
    assert client.head("/favicon.ico").status_code == 302


def test_head_costs_no_query_once_the_settings_are_cached(client, pages, django_assert_num_queries):
    url = pages["standard"].url
    client.get(url)
    reset_queries()  # the log of queries is full after building the module's pages
    with CaptureQueriesContext(connection) as plain:
        client.get(url)
    without_identity = len(plain)  # now: the log is emptied by the next request
    settings = NetworkSettings.for_site(Site.objects.get(is_default_site=True))
    settings.icon = settings.sharing_image = Image.objects.create(
        title="Emblème", file=get_test_image_file()
    )
    settings.save()
    client.get(url)  # makes the renditions, and caches them with the settings

    # Icons and sharing image come from the cache, kept until the content changes.
    with django_assert_num_queries(without_identity):
        response = client.get(url)

    assert ".fill-1200x630." in response.content.decode()


# Search ------------------------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("query", ["", "?query=lyon", "?query=lyon&page=2"])
def test_search_pages_are_not_indexed_but_their_links_are_followed(client, pages, language, query):
    path = {"fr": "/fr/recherche/", "en": "/en/search/", "es": "/es/buscar/"}[language]

    head = head_of(client.get(f"{path}{query}"))

    assert head["robots"] == "noindex, follow"
    assert head["canonical"] is None and head["alternates"] == {}
    assert head["og"]["url"] == f"{ROOT}{path}{query}"
    assert head["og"]["locale"] == OPEN_GRAPH_LOCALES[language]
    # Robots may read them, to see the tag (robots.txt would hide it).
    robots = client.get("/robots.txt").content.decode()
    assert path not in robots and "Disallow: /admin/" in robots


# Tags --------------------------------------------------------------------------------------

TAG_SLUGS = {"fr": "jeunesse", "en": "youth", "es": "juventud"}
DESCRIPTIONS = {
    "fr": "3 pages avec le mot-clé « jeunesse » : membres, missions, organisations relais.",
    "en": "3 pages tagged “youth”: members, missions, relay organisations.",
    "es": "3 páginas con la etiqueta «juventud»: miembros, misiones, organizaciones relevo.",
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_tag_page_is_its_own_page_in_every_language(client, pages, language):
    urls = {code: f"{url_of(pages, 'tags', code)}{TAG_SLUGS[code]}/" for code in LANGUAGES}

    head = head_of(client.get(urls[language]))

    assert head["canonical"] == head["og"]["url"] == f"{ROOT}{urls[language]}"
    assert head["robots"] is None
    assert head["alternates"] == {
        **{code: f"{ROOT}{url}" for code, url in urls.items()},
        "x-default": f"{ROOT}{urls['fr']}",
    }
    assert head["switcher"] == urls
    title = {"fr": "Mot-clé « jeunesse »", "en": "Tagged “youth”", "es": "Etiqueta «juventud»"}
    assert head["og"]["title"] == title[language]
    assert head["title"] == f"{title[language]} | RESACOOP"
    assert head["soup"].h1.get_text() == title[language]
    # Its own description (the index's introduction says what the index is).
    assert head["description"] == head["og"]["description"] == DESCRIPTIONS[language]


def test_tag_page_reached_by_the_tag_own_slug_names_the_label_slug_as_canonical(client, pages):
    english = url_of(pages, "tags", "en")

    head = head_of(client.get(f"{english}jeunesse/"))

    assert head["canonical"] == f"{ROOT}{english}youth/"


def test_tag_used_in_one_language_only_is_indexed_there_only(client, pages):
    french = f"{url_of(pages, 'tags', 'fr')}urgence/"
    english = f"{url_of(pages, 'tags', 'en')}urgence/"

    head = head_of(client.get(french))
    assert head["robots"] is None
    assert head["alternates"] == {"fr": f"{ROOT}{french}", "x-default": f"{ROOT}{french}"}
    # The switcher still leads to the same tag, whose page says nothing is tagged there yet.
    assert head["switcher"]["en"] == english

    assert head["description"] == "1 page avec le mot-clé « urgence » : membres."
    empty = head_of(client.get(english))
    assert empty["robots"] == "noindex, follow"
    assert empty["description"] is None
    assert empty["canonical"] is None and empty["alternates"] == {}
    assert "Nothing is tagged with this yet" in empty["soup"].main.get_text()


def test_sitemap_lists_each_tag_page_with_its_translations(client, pages):
    entries = sitemap(client)

    tag_urls = {code: f"{ROOT}{url_of(pages, 'tags', code)}" for code in LANGUAGES}
    for code in LANGUAGES:
        assert entries[f"{tag_urls[code]}{TAG_SLUGS[code]}/"] == {
            **{other: f"{tag_urls[other]}{TAG_SLUGS[other]}/" for other in LANGUAGES},
            "x-default": f"{tag_urls['fr']}jeunesse/",
        }
    # Tagged in French only: listed in French only.
    assert entries[f"{tag_urls['fr']}urgence/"] == {
        "fr": f"{tag_urls['fr']}urgence/",
        "x-default": f"{tag_urls['fr']}urgence/",
    }
    assert not any("urgence" in url for url in entries if not url.startswith(tag_urls["fr"]))
    # Every page of the module is there, with its translations.
    for key in PAGE_TYPES:
        for code in LANGUAGES:
            assert f"{ROOT}{url_of(pages, key, code)}" in entries


def test_a_page_hidden_from_search_engines_is_noindex_and_not_in_the_sitemap(client, pages):
    page = fresh(pages, "standard")
    page.hidden_from_search_engines = True
    page.save_revision().publish()

    head = head_of(client.get(page.url))

    assert head["robots"] == "noindex, follow"
    assert head["canonical"] is None and head["alternates"] == {}
    assert head["title"] and "Qui nous sommes." in head["soup"].main.get_text()
    assert f"{ROOT}{page.url}" not in sitemap(client)
    # The other pages are still listed.
    assert f"{ROOT}{url_of(pages, 'member', 'fr')}" in sitemap(client)


def sitemap(client):
    """``{address: {hreflang: alternate address}}`` of the sitemap."""
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    root = ElementTree.fromstring(response.content)
    return {
        url.find("sm:loc", XML).text: {
            link.get("hreflang"): link.get("href") for link in url.findall("xhtml:link", XML)
        }
        for url in root.findall("sm:url", XML)
    }


XML = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9", "xhtml": "http://www.w3.org/1999/xhtml"}


# Filtered listings ---------------------------------------------------------------------------


def term_slug(model, french_name, language):
    """The slug of a member category or an audience in ``language``."""
    term = model.objects.get(name=french_name, locale__language_code="fr")
    return model.objects.get(
        translation_key=term.translation_key, locale__language_code=language
    ).slug


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize(
    ("key", "parameter", "value"),
    [
        ("directory", "category", lambda code: term_slug(MemberCategory, "Villes", code)),
        ("directory", "tag", lambda code: TAG_SLUGS[code]),
        ("directory", "category", lambda code: "inconnue"),
        ("map", "departement", lambda code: "07"),
        ("map", "audience", lambda code: term_slug(Audience, "Jeunes", code)),
        ("map", "tag", lambda code: "jeunesse"),
        ("map", "departement", lambda code: "99"),
    ],
)
def test_filtered_listings_are_not_indexed(client, pages, key, parameter, value, language):
    url = url_of(pages, key, language)
    query = f"?{parameter}={value(language)}"

    response = client.get(f"{url}{query}")
    head = head_of(response)

    assert head["robots"] == "noindex, follow"
    assert head["canonical"] is None and head["alternates"] == {}
    assert head["og"]["url"] == f"{ROOT}{url}{query}"
    if value(language) not in {"inconnue", "99"}:
        # A real filter, which the page shows as chosen (not a message about a wrong value).
        chosen = head["soup"].select(f'[name="{parameter}"] [selected], [checked]')
        assert chosen or parameter == "departement", head["soup"].main
        assert "not valid" not in head["soup"].main.get_text()


@pytest.mark.parametrize(
    ("key", "query"),
    [
        ("directory", "?utm_source=lettre"),
        ("directory", "?category=&tag="),
        ("directory", "?page=1"),
        ("directory", "?page=abc"),
        ("map", "?departement=&audience=&tag="),
        ("map", "?utm_source=lettre"),
    ],
)
def test_listings_showing_everything_point_at_their_own_address(client, pages, key, query):
    url = url_of(pages, key, "en")

    head = head_of(client.get(f"{url}{query}"))

    assert head["robots"] is None
    assert head["canonical"] == head["og"]["url"] == f"{ROOT}{url}"
    assert set(head["alternates"]) == {*LANGUAGES, "x-default"}


def test_directory_pages_past_the_first_are_their_own_canonical_pages(client, pages):
    directory = fresh(pages, "directory")
    for number in range(50):
        make_member(directory, title=f"Membre {number:02d}")

    second = head_of(client.get(f"{directory.url}?page=2&utm_source=lettre"))
    first = head_of(client.get(directory.url))

    assert second["robots"] is None
    assert second["canonical"] == second["og"]["url"] == f"{ROOT}{directory.url}?page=2"
    # Hreflang pairs whole pages; the English directory's second page is another list.
    assert second["alternates"] == {}
    assert first["canonical"] == f"{ROOT}{directory.url}"


# A forged Host header ------------------------------------------------------------------------


def test_forged_host_never_reaches_addresses_given_to_robots_and_networks(
    client, pages, network_settings
):
    """The Site record gives every absolute address; the Host header gives none.

    Tests allow any host (``ALLOWED_HOSTS = ["*"]``), as a misconfigured server would:
    the Site record alone keeps the addresses right.
    """
    forged = {"HTTP_HOST": "evil.example"}
    urls = [url_of(pages, key, "fr") for key in PAGE_TYPES]
    urls += [f"{url_of(pages, 'tags', 'en')}youth/", "/fr/recherche/?query=lyon"]

    for url in urls:
        response = client.get(url, **forged)
        assert response.status_code == 200, url
        assert "evil.example" not in response.content.decode(), url
        head = head_of(response)
        addresses = [head["canonical"], head["og"]["url"], head["og"]["image"]]
        addresses += list(head["alternates"].values())
        assert all(a.startswith(f"{ROOT}/") for a in addresses if a is not None), url
    for url in ["/sitemap.xml", "/robots.txt"]:
        response = client.get(url, **forged)
        assert response.status_code == 200
        assert "evil.example" not in response.content.decode()
        assert ROOT in response.content.decode()


def test_hosts_outside_allowed_hosts_are_refused(client, pages, settings):
    settings.ALLOWED_HOSTS = ["testserver"]

    for url in [pages["standard"].url, "/sitemap.xml", "/robots.txt", "/favicon.ico"]:
        assert client.get(url, HTTP_HOST="evil.example").status_code == 400
