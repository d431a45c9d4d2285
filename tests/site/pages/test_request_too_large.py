"""The page shown when the web server refuses a request as too large (an upload over its
limit): said in the editor's language, with the limit and the way back."""

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail.users.models import UserProfile

pytestmark = pytest.mark.django_db

URL = reverse("request_too_large")


def editor(client, language):
    user = get_user_model().objects.create_superuser("redactrice", "r@example.org", "x")
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    client.force_login(user)


def test_the_refusal_says_what_happened_and_the_limit(client, home_page):
    response = client.get(URL, HTTP_ACCEPT_LANGUAGE="fr")

    assert response.status_code == 413
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.h1.get_text(strip=True) == "Fichier trop volumineux"
    assert "10,0\xa0Mo" in soup.main.get_text()
    assert "no-cache" in response["Cache-Control"]


def test_an_editor_reads_it_in_the_language_of_the_admin(client, home_page):
    editor(client, "en")

    response = client.get(URL, HTTP_ACCEPT_LANGUAGE="fr")

    assert (
        BeautifulSoup(response.content, "html.parser").h1.get_text(strip=True) == "File too large"
    )


def test_a_visitor_reads_it_in_the_language_of_the_browser(client, home_page):
    response = client.get(URL, HTTP_ACCEPT_LANGUAGE="es")

    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.h1.get_text(strip=True) == "Archivo demasiado grande"
    assert "10,0\xa0MB" in soup.main.get_text()


def test_the_way_back_is_the_form_the_file_was_sent_from(client, home_page):
    form = "/admin/images/multiple/add/"

    response = client.get(URL, HTTP_REFERER=f"http://testserver{form}")

    back = BeautifulSoup(response.content, "html.parser").main.find(
        "a", string="Revenir au formulaire"
    )
    assert back["href"] == f"http://testserver{form}"


@pytest.mark.parametrize(
    "referer",
    ["https://elsewhere.example/phishing", "javascript:alert(1)", '"><script>alert(1)</script>'],
)
def test_no_way_back_to_another_site_or_a_script(client, home_page, referer):
    response = client.get(URL, HTTP_REFERER=referer)

    assert response.status_code == 413
    soup = BeautifulSoup(response.content, "html.parser")
    assert not soup.main.find("a", string="Revenir au formulaire")
    assert "<script>alert(1)" not in response.content.decode()
