import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.urls import reverse
from django.utils import translation

from resacoop.search.forms import MAX_QUERY_LENGTH

from ...html import injected_markup
from ..builders import make_standard_page, translation_of


def search_url(language):
    with translation.override(language):
        return reverse("search")


def test_search_urls_are_translated():
    assert search_url("fr") == "/fr/recherche/"
    assert search_url("en") == "/en/search/"
    assert search_url("es") == "/es/buscar/"


@pytest.fixture
def searchable_pages(standard_page):
    english = translation_of(standard_page, "en")
    english.title = "About the network"
    english.save_revision().publish()
    spanish = translation_of(standard_page, "es")
    spanish.title = "Acerca de la red"
    spanish.save_revision().publish()
    return standard_page, english


def test_search_finds_pages_of_the_visitor_language_only(client, searchable_pages):
    french, english = searchable_pages

    french_results = client.get(search_url("fr"), {"query": "réseau"})
    english_results = client.get(search_url("en"), {"query": "network"})
    english_for_french_word = client.get(search_url("en"), {"query": "réseau"})

    assert french.title in french_results.content.decode()
    assert "About the network" not in french_results.content.decode()
    assert english.url in english_results.content.decode()
    assert french.url not in english_results.content.decode()
    assert french.url not in english_for_french_word.content.decode()
    spanish_results = client.get(search_url("es"), {"query": "red"}).content.decode()
    assert translation_of(french, "es").url in spanish_results
    assert "About the network" not in spanish_results


def test_search_results_are_paginated(client, home_page):
    for number in range(12):
        make_standard_page(
            home_page, title=f"Coopération numéro {number}", slug=f"cooperation-{number}"
        )

    first = client.get(search_url("fr"), {"query": "coopération"}).content.decode()
    second = client.get(search_url("fr"), {"query": "coopération", "page": "2"}).content.decode()

    assert first.count("<li>\n                        <h2>") == 10
    assert second.count("<li>\n                        <h2>") == 2
    assert 'rel="next"' in first
    assert 'rel="prev"' in second


@pytest.mark.parametrize("page_number", ["abc", "-1", "0", "99999999999999999999", "1e9"])
def test_bad_page_numbers_show_a_page_of_results(client, home_page, page_number):
    make_standard_page(home_page, title="Coopération", slug="cooperation")

    response = client.get(search_url("fr"), {"query": "coopération", "page": page_number})

    assert response.status_code == 200
    assert "Coopération" in response.content.decode()


def test_empty_query_shows_the_form(client, home_page):
    response = client.get(search_url("fr"), {"query": ""})

    assert response.status_code == 200
    assert 'role="status"' not in response.content.decode()


def test_nul_byte_is_refused_with_a_message(client, home_page):
    response = client.get(search_url("en"), {"query": "coop\x00ération"})

    assert response.status_code == 400
    assert "Your search contains a character that is not allowed." in response.content.decode()


def test_very_long_query_is_refused_with_a_message(client, home_page):
    response = client.get(search_url("en"), {"query": "a" * 10_000})

    assert response.status_code == 400
    assert f"{MAX_QUERY_LENGTH} characters or fewer" in response.content.decode()


def test_hostile_query_is_shown_as_text(client, home_page, xss_payloads):
    for payload in xss_payloads:
        response = client.get(search_url("fr"), {"query": payload})

        assert response.status_code in (200, 400)
        assert injected_markup(response.content.decode()) == [], payload


@pytest.mark.skipif(
    connection.vendor != "postgresql", reason="stemming per language is PostgreSQL's (CI runs it)"
)
@pytest.mark.parametrize(
    ("language", "text", "query"),
    [
        # The French and Spanish pairs match only under their own language's rules.
        ("fr", "Des partenaires régionaux", "régional"),
        ("es", "Las asociaciones de la región", "asociación"),
        ("en", "Our partnerships abroad", "partnership"),
    ],
)
def test_search_stems_words_by_the_rules_of_their_language(
    client, standard_page, language, text, query
):
    page = translation_of(standard_page, language) if language != "fr" else standard_page
    page.title = text
    page.save_revision().publish()

    response = client.get(search_url(language), {"query": query})

    found = BeautifulSoup(response.content, "html.parser").select(".search-results a")
    assert [link["href"] for link in found] == [page.url]
