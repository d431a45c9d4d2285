"""What the page cache keeps, for how long, and what it does when many ask at once.

A missing page is kept a minute; a query string is kept only when the page reads it, and a
flood of them stops being stored; a copy says its age; a page being rebuilt is rebuilt
once while the others wait for it.
"""

import pytest
from django.core.cache import cache

from resacoop.middleware import page_cache

from ..builders import make_member, make_member_index


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    settings.RESACOOP_PAGE_CACHE_TIMEOUT = 600


@pytest.fixture
def stored_for(monkeypatch):
    """The lifetime of each page stored, in order."""
    lifetimes = []
    write = page_cache.AnonymousPageCacheMiddleware.write

    def spy(self, key, response, lifetime):
        lifetimes.append((response.status_code, lifetime))
        return write(self, key, response, lifetime)

    monkeypatch.setattr(page_cache.AnonymousPageCacheMiddleware, "write", spy)
    return lifetimes


def test_a_missing_page_is_kept_a_minute(client, home_page, stored_for):
    first = client.get("/fr/nulle-part/")
    second = client.get("/fr/nulle-part/")

    assert (first.status_code, second.status_code) == (404, 404)
    assert (first["X-Page-Cache"], second["X-Page-Cache"]) == ("miss", "hit")
    assert second.content == first.content
    assert stored_for == [(404, page_cache.NOT_FOUND_TIMEOUT)]


def test_a_query_string_the_page_reads_is_kept_in_any_order(client, home_page):
    directory = make_member_index(home_page)
    make_member(directory, title="Cités Unies", tags=["jeunesse"])

    first = client.get(directory.url, {"tag": "jeunesse", "page": "1"})
    reordered = client.get(f"{directory.url}?page=1&tag=jeunesse")

    assert (first["X-Page-Cache"], reordered["X-Page-Cache"]) == ("miss", "hit")
    assert reordered.content == first.content


def test_a_parameter_the_page_ignores_is_never_stored(client, home_page):
    directory = make_member_index(home_page)
    address = f"{directory.url}?inconnu=1"

    responses = [client.get(address) for _ in range(2)]

    assert [response["X-Page-Cache"] for response in responses] == ["miss", "miss"]


def test_a_link_from_a_newsletter_is_served_the_page_without_its_tracking(client, home_page):
    directory = make_member_index(home_page)
    client.get(directory.url)

    tracked = client.get(f"{directory.url}?utm_source=lettre&utm_medium=email&fbclid=abc")

    assert tracked["X-Page-Cache"] == "hit"


def test_a_page_that_repeats_its_tracking_is_not_stored(client, home_page):
    # A missing page's language links are its address in the other languages, query included.
    address = "/fr/nulle-part/?utm_source=lettre"
    responses = [client.get(address) for _ in range(2)]

    assert [response["X-Page-Cache"] for response in responses] == ["miss", "miss"]
    assert client.get("/fr/nulle-part/")["X-Page-Cache"] == "miss"


def test_tracking_parameters_a_page_reads_keep_it_out_of_the_cache(rf):
    query = page_cache.ReadParameters.of(rf.get("/fr/?utm_source=lettre&tag=a").GET)
    query.get("tag")
    assert query.all_read()
    query.get("utm_source")
    assert not query.all_read()


def test_a_flood_of_query_strings_stops_being_stored(client, home_page, monkeypatch):
    monkeypatch.setattr(page_cache, "MAX_VARIANTS", 3)
    directory = make_member_index(home_page)

    for number in range(5):
        client.get(directory.url, {"page": number})
    again = [client.get(directory.url, {"page": number})["X-Page-Cache"] for number in range(5)]

    assert again == ["hit", "hit", "hit", "miss", "miss"]
    # A page without a query string is not one of the variants.
    client.get(directory.url)
    assert client.get(directory.url)["X-Page-Cache"] == "hit"


def test_a_copy_says_how_long_it_has_been_kept(client, standard_page, monkeypatch):
    client.get(standard_page.url)
    now = page_cache.time.time()
    monkeypatch.setattr(page_cache.time, "time", lambda: now + 125)

    hit = client.get(standard_page.url)

    assert hit["X-Page-Cache"] == "hit"
    assert 125 <= int(hit["Age"]) <= 127


def stored_while_waiting(monkeypatch, store):
    """While the request waits, another one (``store``) does its work; returns the waits."""
    waits = []

    def sleep(seconds):
        waits.append(seconds)
        store()

    monkeypatch.setattr(page_cache.time, "sleep", sleep)
    return waits


def test_a_page_being_rebuilt_is_waited_for(
    client, rf, standard_page, monkeypatch, django_assert_num_queries
):
    # What the request that rebuilds the page stores under the current version.
    built = client.get(standard_page.url)
    request = rf.get(standard_page.url)
    key = page_cache.AnonymousPageCacheMiddleware(None).key(request)
    stored = cache.get(key)
    cache.delete(key)
    cache.add(f"{key}:rebuilding", 1)
    waits = stored_while_waiting(monkeypatch, lambda: cache.set(key, stored))

    with django_assert_num_queries(1):  # the content version: the page is not built again
        response = client.get(standard_page.url)

    assert response["X-Page-Cache"] == "hit" and len(waits) == 1
    assert response.content == built.content


def test_a_page_rebuilt_without_being_stored_is_not_waited_for(
    client, rf, standard_page, monkeypatch
):
    request = rf.get(standard_page.url)
    key = page_cache.AnonymousPageCacheMiddleware(None).key(request)
    cache.add(f"{key}:rebuilding", 1)
    # The other request is done but stored nothing (a page with a form, say).
    waits = stored_while_waiting(monkeypatch, lambda: cache.delete(f"{key}:rebuilding"))

    response = client.get(standard_page.url)

    assert response.status_code == 200 and response["X-Page-Cache"] == "miss"
    assert len(waits) == 1
