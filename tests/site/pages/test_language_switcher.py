"""The language switcher, hreflang and canonical links: real translations only, never a 404."""

from urllib.parse import urlsplit

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from cms_blocks.content_version import content_changed
from resacoop.pages import navigation

from ..builders import make_standard_page, translation_of


def parse(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def switcher_links(soup):
    return {a["hreflang"]: a["href"] for a in soup.select(".language-switcher a")}


def alternates(soup):
    return {link["hreflang"]: link["href"] for link in soup.select("link[rel=alternate]")}


def test_switcher_leads_to_each_translation(client, standard_page):
    links = switcher_links(parse(client.get(standard_page.url)))

    assert set(links) == {"fr", "en", "es"}
    for language, url in links.items():
        assert url == translation_of(standard_page, language).url
        assert parse(client.get(url)).html["lang"] == language


def test_untranslated_page_leads_to_the_home_page_with_a_notice(client, home_page, locales):
    page = make_standard_page(home_page, title="Seulement en français", slug="seulement")

    links = switcher_links(parse(client.get(page.url)))

    assert links["fr"] == page.url
    for language in ["en", "es"]:
        assert links[language] == f"/{language}/?untranslated=1"
        soup = parse(client.get(links[language]))
        assert soup.html["lang"] == language
        assert soup.select_one(".notice--untranslated[role=status]")
    with translation.override("en"):
        notice = parse(client.get(links["en"])).select_one(".notice--untranslated").get_text()
    assert "not available in this language yet" in notice


def test_alias_is_not_presented_as_a_translation(client, home_page, locales):
    page = make_standard_page(home_page, title="Agenda", slug="agenda")
    alias = page.copy_for_translation(locales["en"], alias=True)

    soup = parse(client.get(page.url))

    assert switcher_links(soup)["en"] == "/en/?untranslated=1"
    assert "en" not in alternates(soup)
    assert alias.url not in str(soup)


def test_hreflang_lists_live_translations_and_french_as_default(client, standard_page):
    spanish = translation_of(standard_page, "es")
    spanish.unpublish()

    soup = parse(client.get(translation_of(standard_page, "en").url))

    assert alternates(soup) == {
        "fr": f"http://testserver{standard_page.url}",
        "en": f"http://testserver{translation_of(standard_page, 'en').url}",
        "x-default": f"http://testserver{standard_page.url}",
    }


@pytest.mark.parametrize("language", ["fr", "en", "es"])
def test_each_translation_is_its_own_canonical_page(client, standard_page, language):
    page = translation_of(standard_page, language)

    soup = parse(client.get(page.url, {"utm_source": "lettre"}))

    assert soup.select_one("link[rel=canonical]")["href"] == f"http://testserver{page.url}"


@pytest.mark.parametrize("target", ["//evil.example", "https://evil.example/", "/\\evil.example"])
def test_language_links_never_leave_the_site(client, standard_page, target):
    for path in ["/", "/fr/", standard_page.url]:
        response = client.get(path, {"next": target})
        location = urlsplit(response.get("Location", ""))
        assert location.scheme == location.netloc == ""
        assert not location.path.startswith("//")
        if response.status_code == 200:
            links = switcher_links(parse(response))
            assert all(url.startswith("/") and not url.startswith("//") for url in links.values())
            assert "evil.example" not in response.content.decode()


def test_switcher_and_alternates_cost_at_most_three_queries(rf, standard_page, settings):
    # The Site, the content version (read once by every request) and the translations,
    # whatever the number of languages; then they are cached until the content changes.
    def queries_for(languages):
        settings.LANGUAGES = settings.WAGTAIL_CONTENT_LANGUAGES = languages
        content_changed()  # nothing cached: the translations are looked up
        request = RequestFactory().get(standard_page.url)
        with CaptureQueriesContext(connection) as queries:
            navigation.language_links(request, standard_page)
        return len(queries)

    three = queries_for([("fr", "Français"), ("en", "English"), ("es", "Español")])
    two = queries_for([("fr", "Français"), ("en", "English")])

    assert three == two
    assert three <= 3


def test_a_translation_published_later_is_offered_at_once(client, home_page, locales):
    # The language links are cached until the content changes: publishing the translation
    # is such a change.
    page = make_standard_page(home_page, title="Bientôt traduite", slug="bientot")
    assert switcher_links(parse(client.get(page.url)))["en"] == "/en/?untranslated=1"

    english = page.copy_for_translation(locales["en"])
    english.save_revision().publish()

    assert switcher_links(parse(client.get(page.url)))["en"] == english.url
