"""Public pages served to anonymous visitors from the cache, and rebuilt after any change."""

import logging
import uuid

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.core.cache import cache
from redis import Redis
from redis.exceptions import ConnectionError as RedisConnectionError

from network_map.models import RelayOrganisationPage

from ..builders import (
    make_map,
    make_member,
    make_member_index,
    make_relay,
    make_standard_page,
    make_tag_index,
    translation_of,
)


@pytest.fixture(autouse=True)
def page_cache(settings):
    settings.RESACOOP_PAGE_CACHE_TIMEOUT = 600


def get(client, url, **extra):
    response = client.get(url, **extra)
    assert response.status_code == 200, url
    return response


def text(response):
    return BeautifulSoup(response.content, "html.parser").get_text(" ")


def shown(response):
    """What a visitor reads: the text of a page, or the whole of a data file."""
    if response["Content-Type"].startswith("text/html"):
        return text(response)
    return response.content.decode()


def test_second_anonymous_visit_is_served_from_the_cache(
    client, standard_page, django_assert_num_queries
):
    first = get(client, standard_page.url)

    # Only the content version, which the key of the stored page holds.
    with django_assert_num_queries(1):
        second = get(client, standard_page.url)

    assert first["X-Page-Cache"] == "miss" and second["X-Page-Cache"] == "hit"
    assert second.content == first.content
    assert second["Content-Type"] == first["Content-Type"]
    assert second["X-Frame-Options"] == "DENY"  # headers of the outer middleware still apply


# Outside a test's transaction: a version read in one is never reused.
@pytest.mark.django_db(transaction=True)
def test_with_the_production_setting_a_page_served_from_the_cache_costs_no_query(
    client, standard_page, settings, django_assert_num_queries
):
    settings.CMS_BLOCKS_CONTENT_VERSION_MAX_AGE = 1  # as settings/production.py

    get(client, standard_page.url)
    with django_assert_num_queries(0):
        second = get(client, standard_page.url)

    assert second["X-Page-Cache"] == "hit"


def test_signed_in_people_never_get_cached_pages(client, standard_page):
    get(client, standard_page.url)
    user = get_user_model().objects.create_user("redactrice", "r@example.org", "x")
    client.force_login(user)

    response = get(client, standard_page.url)

    assert "X-Page-Cache" not in response


def test_visitors_with_a_session_or_messages_get_their_own_page(client, standard_page):
    get(client, standard_page.url)
    stored = get(client, standard_page.url)
    assert stored["X-Page-Cache"] == "hit"

    for cookie in ["sessionid", "messages"]:
        client.cookies.clear()
        client.cookies[cookie] = "a value of theirs"
        response = get(client, standard_page.url)
        assert "X-Page-Cache" not in response, cookie
        assert text(response) == text(stored)

    # Other cookies (the CSRF token of a form seen earlier, a host's own) change nothing.
    client.cookies.clear()
    client.cookies["csrftoken"] = "x" * 32
    client.cookies["preferences"] = "dark"
    assert get(client, standard_page.url)["X-Page-Cache"] == "hit"


def test_preview_conditional_and_admin_requests_are_not_cached(client, standard_page):
    get(client, standard_page.url)

    conditional = client.get(standard_page.url, HTTP_IF_NONE_MATCH='"x"')
    admin = client.get("/admin/login/")

    assert "X-Page-Cache" not in conditional
    assert "X-Page-Cache" not in admin


def test_responses_with_cookies_or_csrf_tokens_are_not_stored(rf, settings):
    from django.http import HttpResponse
    from django.middleware.csrf import get_token

    from resacoop.middleware.page_cache import AnonymousPageCacheMiddleware

    def with_cookie(request):
        response = HttpResponse("bonjour")
        response.set_cookie("choix", "1")
        return response

    def with_form(request):
        return HttpResponse(f'<input name="csrfmiddlewaretoken" value="{get_token(request)}">')

    def private(request):
        response = HttpResponse("à vous seul")
        response["Cache-Control"] = "private"
        return response

    for view in (with_cookie, with_form, private):
        middleware = AnonymousPageCacheMiddleware(view)
        for _ in range(2):
            request = rf.get(f"/fr/{view.__name__}/")
            request.user = type("Anonymous", (), {"is_authenticated": False})()
            response = middleware(request)
        assert response["X-Page-Cache"] == "miss", view.__name__


def test_publishing_updates_the_page_in_every_language_and_the_menu_everywhere(
    client, standard_page, home_page
):
    other = make_standard_page(home_page, title="Agenda", slug="agenda", show_in_menus=False)
    english = translation_of(standard_page, "en")
    for url in [standard_page.url, english.url, other.url]:
        get(client, url)

    standard_page.title = "Qui sommes-nous"
    standard_page.save_revision().publish()
    english.title = "Who we are"
    english.save_revision().publish()

    assert "Qui sommes-nous" in text(get(client, standard_page.url))
    assert "Who we are" in text(get(client, english.url))
    assert "Qui sommes-nous" in text(get(client, other.url))  # the menu of another page


def test_unpublishing_moving_and_deleting_reach_cached_pages(client, standard_page, home_page):
    section = make_standard_page(home_page, title="Section", slug="section")
    child = make_standard_page(section, title="Fiche", slug="fiche")
    get(client, child.url)
    get(client, standard_page.url)

    child.move(standard_page, "last-child")
    moved = client.get("/fr/section/fiche/")  # Wagtail redirects the old address
    assert (moved.status_code, moved["Location"]) == (301, "/fr/a-propos/fiche/")
    assert get(client, "/fr/a-propos/fiche/")

    standard_page.unpublish()
    assert client.get(standard_page.url).status_code == 404

    home_url = home_page.url
    get(client, home_url)
    section.delete()
    assert "Section" not in text(get(client, home_url))


def test_member_change_reaches_directory_tag_page_and_blocks_listing_it(client, home_page, image):
    directory = make_member_index(home_page)
    tags = make_tag_index(home_page)
    member = make_member(directory, title="Ancien nom", tags=["jeunesse"], logo=image)
    home_page.body = [
        ("members", {"title": "Membres", "category": None, "members": [member]}),
    ]
    home_page.save_revision().publish()
    urls = [directory.url, f"{tags.url}jeunesse/", home_page.url, member.url]
    for url in urls:
        assert "Ancien nom" in text(get(client, url))

    member.title = "Nouveau nom"
    member.save_revision().publish()

    for url in urls:
        page = text(get(client, url))
        assert "Nouveau nom" in page and "Ancien nom" not in page, url


def test_relay_change_reaches_map_page_and_open_data(client, home_page):
    contact = make_standard_page(home_page, title="Contact", slug="contact")
    map_page = make_map(home_page, contact_page=contact)
    relay = make_relay(map_page, title="Relais d'hier", departements="42")
    urls = [map_page.url, f"{map_page.url}relays.geojson", f"{map_page.url}relays.csv"]
    for url in urls:
        assert "Relais d'hier" in shown(get(client, url))

    relay = RelayOrganisationPage.objects.get(pk=relay.pk)
    relay.title = "Relais d'aujourd'hui"
    relay.save_revision().publish()

    for url in urls:
        assert "Relais d'aujourd'hui" in shown(get(client, url)), url


def test_snippet_change_reaches_cached_pages(client, standard_page):
    from resacoop.pages.models import Office

    get(client, standard_page.url)

    Office.objects.create(name="Antenne", city="Clermont-Ferrand")

    assert "Clermont-Ferrand" in text(get(client, standard_page.url))


def test_site_answers_uncached_when_redis_is_down(client, standard_page, settings, caplog):
    settings.CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",  # nothing listens there
            "OPTIONS": {"IGNORE_EXCEPTIONS": True, "SOCKET_CONNECT_TIMEOUT": 0.2},
        }
    }

    with caplog.at_level(logging.ERROR, logger="django_redis.cache"):
        responses = [client.get(standard_page.url) for _ in range(2)]

    assert [response.status_code for response in responses] == [200, 200]
    assert all(response["X-Page-Cache"] == "miss" for response in responses)
    assert any("Connection" in record.getMessage() or record.exc_info for record in caplog.records)


def redis_available():
    try:
        return Redis(host="127.0.0.1", port=6379, socket_connect_timeout=0.5).ping()
    except RedisConnectionError:
        return False


@pytest.mark.skipif(not redis_available(), reason="needs Redis on 127.0.0.1:6379 (CI has it)")
def test_pages_are_cached_in_redis_and_rebuilt_after_publishing(client, standard_page, settings):
    settings.CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": "redis://127.0.0.1:6379/15",
            "KEY_PREFIX": f"test-{uuid.uuid4().hex}",
            "OPTIONS": {"IGNORE_EXCEPTIONS": True},
        }
    }

    assert get(client, standard_page.url)["X-Page-Cache"] == "miss"
    assert get(client, standard_page.url)["X-Page-Cache"] == "hit"
    standard_page.title = "Publié à l'instant"
    standard_page.save_revision().publish()
    response = get(client, standard_page.url)

    assert response["X-Page-Cache"] == "miss"
    assert "Publié à l'instant" in text(response)
    cache.clear()
