"""A translation made in the admin is a draft until a translator publishes it.

Checked the way visitors and search engines see the site: the page's own URL, the hreflang
alternates, the language switcher, the sitemap and the public search.
"""

import pytest
from bs4 import BeautifulSoup
from defusedxml import ElementTree
from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse
from django.utils import translation

from ..builders import make_standard_page, translation_of

SITEMAP_NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9"}


@pytest.fixture
def translator(db):
    user = get_user_model().objects.create_superuser("traductrice", "t@example.org", "x")
    admin = Client()
    admin.force_login(user)
    return admin


@pytest.fixture
def french_page(home_page, locales):
    return make_standard_page(home_page, title="Jumelage avec Zanzibar", slug="jumelage-zanzibar")


def where_the_english_page_shows(client, french_page, english_url):
    """The public places that list the English page (a set of names)."""
    shown = set()
    if client.get(english_url).status_code == 200:
        shown.add("page")
    soup = BeautifulSoup(client.get(french_page.url).content, "html.parser")
    alternates = {link["hreflang"]: link["href"] for link in soup.select("link[rel=alternate]")}
    if alternates.get("en") == f"http://testserver{english_url}":
        shown.add("hreflang")
    switcher = {a["hreflang"]: a["href"] for a in soup.select(".language-switcher a")}
    if switcher.get("en") == english_url:
        shown.add("switcher")
    sitemap = ElementTree.fromstring(client.get("/sitemap.xml").content)
    locations = [loc.text for loc in sitemap.findall("sm:url/sm:loc", SITEMAP_NS)]
    if f"http://testserver{english_url}" in locations:
        shown.add("sitemap")
    with translation.override("en"):
        search_url = reverse("search")
    results = client.get(search_url, {"query": "Zanzibar"}).content.decode()
    if f'href="{english_url}"' in results:
        shown.add("search")
    return shown


def test_translate_makes_a_draft_that_shows_once_published(
    client, translator, french_page, locales, run_on_commit
):
    response = run_on_commit(
        translator.post,
        reverse("wagtail_localize:submit_page_translation", args=[french_page.pk]),
        {"locales": [locales["en"].pk]},
    )
    assert response.status_code == 302
    english = translation_of(french_page, "en")
    english_url = english.get_url()

    assert not english.live
    assert where_the_english_page_shows(client, french_page, english_url) == set()

    # The translator publishes from wagtail-localize's editor.
    response = run_on_commit(
        translator.post,
        reverse("wagtailadmin_pages:edit", args=[english.pk]),
        {"action": "publish"},
    )
    assert response.status_code == 302
    assert translation_of(french_page, "en").live
    assert where_the_english_page_shows(client, french_page, english_url) == {
        "page",
        "hreflang",
        "switcher",
        "sitemap",
        "search",
    }
