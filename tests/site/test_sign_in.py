"""Signing in: lock-out after repeated failures (django-axes), and where people land."""

from datetime import timedelta

import pytest
from axes.models import AccessAttempt
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.db.models import F

PASSWORD = "un mot de passe bien long"
WRONG = "pas le bon"
LOCKED_OUT = "Too many failed sign-in attempts. Try again in 15 minutes."


@pytest.fixture(autouse=True)
def axes_on(settings):
    settings.AXES_ENABLED = True


@pytest.fixture
def editor(db):
    return get_user_model().objects.create_superuser(
        "redactrice", "redactrice@example.org", PASSWORD
    )


def sign_in(client, password, username="redactrice", **headers):
    return client.post(
        "/admin/login/",
        {"username": username, "password": password},
        headers={"accept-language": "en", **headers},
    )


def signed_in(client):
    return client.get("/admin/").status_code == 200


def errors(response):
    page = BeautifulSoup(response.content, "html.parser")
    return [item.get_text(" ", strip=True) for item in page.select(".error, form p")]


def test_right_password_is_refused_after_twenty_wrong_ones(client, editor):
    for _ in range(20):
        sign_in(client, WRONG)

    response = sign_in(client, PASSWORD)

    assert response.status_code == 429
    assert LOCKED_OUT in errors(response)  # on the login page, not a bare error page
    assert 'name="password"' in response.content.decode()
    assert not signed_in(client)


def test_lock_out_comes_with_the_fifth_failure(client, editor):
    answers = [sign_in(client, WRONG) for _ in range(5)]

    assert [answer.status_code for answer in answers] == [200, 200, 200, 200, 429]
    assert LOCKED_OUT not in errors(answers[3])
    assert LOCKED_OUT in errors(answers[4])


def test_message_is_in_the_visitor_language(client, editor):
    for _ in range(5):
        response = sign_in(client, WRONG, **{"accept-language": "fr"})

    assert "Trop de tentatives de connexion infructueuses. Réessayez dans 15 minutes." in errors(
        response
    )


def test_signing_in_works_again_after_the_cool_off(client, editor):
    for _ in range(20):
        sign_in(client, WRONG)
    assert sign_in(client, PASSWORD).status_code == 429

    # Sixteen minutes later.
    AccessAttempt.objects.update(attempt_time=F("attempt_time") - timedelta(minutes=16))
    response = sign_in(client, PASSWORD)

    assert response.status_code == 302
    assert signed_in(client)


def test_successful_sign_in_clears_the_failures(client, editor):
    for _ in range(4):
        sign_in(client, WRONG)
    assert sign_in(client, PASSWORD).status_code == 302
    client.logout()

    for _ in range(4):
        sign_in(client, WRONG)

    assert sign_in(client, PASSWORD).status_code == 302


def test_lock_out_is_per_account_and_address(client, editor):
    for _ in range(5):
        sign_in(client, WRONG)

    # The owner, elsewhere, still signs in; the locked-out address can try other accounts.
    assert sign_in(client, PASSWORD, **{"x-forwarded-for": "203.0.113.9"}).status_code == 429
    assert sign_in(client, WRONG, username="autre").status_code == 200
    response = client.post(
        "/admin/login/",
        {"username": "redactrice", "password": PASSWORD},
        REMOTE_ADDR="198.51.100.7",
    )
    assert response.status_code == 302


def test_behind_a_proxy_the_forwarded_address_counts(client, editor, settings):
    settings.RESACOOP_TRUSTED_PROXY_COUNT = 1
    behind_proxy = {"x-forwarded-for": "spoofed, 203.0.113.9"}
    for _ in range(5):
        sign_in(client, WRONG, **behind_proxy)

    assert sign_in(client, PASSWORD, **behind_proxy).status_code == 429
    assert sign_in(client, PASSWORD, **{"x-forwarded-for": "198.51.100.7"}).status_code == 302


def test_public_login_of_private_pages_locks_out_too(client, editor, home_page):
    for _ in range(5):
        response = client.post("/en/_util/login/", {"username": "redactrice", "password": WRONG})

    assert response.status_code == 429
    page = BeautifulSoup(response.content, "html.parser")
    assert [item.get_text(strip=True) for item in page.select("main .errorlist li")] == [LOCKED_OUT]
    assert "didn't match" not in page.get_text()  # the password was never checked
    assert page.select_one("main form input[name=password]")


def test_public_login_without_a_page_to_return_to_goes_home(client, editor, home_page):
    response = client.post(
        "/fr/_util/login/", {"username": "redactrice", "password": PASSWORD}, follow=True
    )

    assert response.status_code == 200
    assert response.redirect_chain[0][0] == "/"
    assert response.redirect_chain[-1][0] == home_page.url
