import pytest
from django.test import RequestFactory
from django.utils import translation
from django.views.defaults import server_error


@pytest.mark.parametrize(
    ("accept_language", "expected"),
    [
        ("es-ES,es;q=0.9,en;q=0.5", "/es/"),
        ("en-GB,en;q=0.8", "/en/"),
        ("fr-FR", "/fr/"),
        ("de-DE,de;q=0.9", "/fr/"),  # not published in German: the source language
        ("", "/fr/"),
    ],
)
def test_root_redirects_to_visitor_language(client, home_page, accept_language, expected):
    response = client.get("/", headers={"accept-language": accept_language})

    assert response.status_code == 302
    assert response["Location"] == expected
    # Caches must keep one redirect per language.
    assert "Accept-Language" in response["Vary"]


def test_malformed_accept_language_falls_back_to_french(client, home_page):
    response = client.get("/", headers={"accept-language": ";;q=abc,,*;q=x" + "x" * 600})

    assert response.status_code == 302
    assert response["Location"] == "/fr/"


@pytest.mark.parametrize("path", ["/de/", "/de/a-propos/", "/it/", "/zh-hans/"])
def test_unpublished_language_prefix_is_not_found(client, home_page, path):
    response = client.get(path)

    assert response.status_code == 404


def test_unknown_prefix_ends_in_not_found(client, home_page):
    response = client.get("/xx/", follow=True)

    assert response.status_code == 404


@pytest.mark.parametrize(
    ("language", "title"),
    [("fr", "Page introuvable"), ("en", "Page not found"), ("es", "Página no encontrada")],
)
def test_not_found_page_is_translated(client, home_page, language, title):
    response = client.get(f"/{language}/cette-page-n-existe-pas/")

    assert response.status_code == 404
    html = response.content.decode()
    assert f'<html lang="{language}"' in html
    assert f"<h1>{title}</h1>" in html
    # It offers the way back home, in the same language.
    assert f'href="/{language}/"' in html


@pytest.mark.parametrize(
    ("language", "title"),
    [("fr", "Erreur du serveur"), ("en", "Server error"), ("es", "Error del servidor")],
)
def test_server_error_page_is_translated(db, language, title):
    request = RequestFactory().get(f"/{language}/")

    with translation.override(language):
        response = server_error(request)

    assert response.status_code == 500
    html = response.content.decode()
    assert f'<html lang="{language}"' in html
    assert f"<h1>{title}</h1>" in html
