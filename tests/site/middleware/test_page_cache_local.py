"""Pages read from the shared page cache are kept in the process too (a ``pages`` cache).

A hit then costs no round trip to the shared cache (Redis in production), and is exactly as
fresh: the key holds the content version read from the database on every request.
"""

import pytest
from django.core.cache import cache, caches

from resacoop.middleware import page_cache

from ..builders import make_standard_page

LOCMEM = "django.core.cache.backends.locmem.LocMemCache"


@pytest.fixture(autouse=True)
def two_caches(settings):
    settings.RESACOOP_PAGE_CACHE_TIMEOUT = 600
    settings.CACHES = {
        "default": {"BACKEND": LOCMEM, "LOCATION": "shared-pages-test"},
        "pages": {"BACKEND": LOCMEM, "LOCATION": "local-pages-test"},
    }
    yield
    caches["default"].clear()
    local = page_cache.local_cache()  # None when the test took it away
    if local is not None:
        local.clear()


class CountingCache:
    """The shared cache, counting the pages read from it."""

    def __init__(self, shared):
        self.shared = shared
        self.page_reads = 0

    def get(self, key, *args, **kwargs):
        if key.startswith("resacoop:page:") and not key.endswith(":rebuilding"):
            self.page_reads += 1
        return self.shared.get(key, *args, **kwargs)

    def __getattr__(self, name):
        return getattr(self.shared, name)


@pytest.fixture
def shared(monkeypatch):
    counting = CountingCache(cache)
    monkeypatch.setattr(page_cache, "cache", counting)
    return counting


def test_a_page_read_once_from_the_shared_cache_is_then_served_from_the_process(
    client, standard_page, shared, django_assert_num_queries
):
    built = client.get(standard_page.url)
    caches["pages"].clear()  # as in another process, which has not read it yet

    first_hit = client.get(standard_page.url)
    reads_after_first_hit = shared.page_reads
    with django_assert_num_queries(1):  # still the content version
        second_hit = client.get(standard_page.url)

    assert (first_hit["X-Page-Cache"], second_hit["X-Page-Cache"]) == ("hit", "hit")
    assert shared.page_reads == reads_after_first_hit
    assert first_hit.content == second_hit.content == built.content


def test_a_change_of_content_is_seen_at_once_despite_the_copy_in_the_process(
    client, standard_page, shared
):
    for _ in range(3):
        client.get(standard_page.url)
    standard_page.title = "Changé tout juste"
    standard_page.save_revision().publish()

    response = client.get(standard_page.url)

    assert response["X-Page-Cache"] == "miss"
    assert "Changé tout juste" in response.content.decode()


def test_the_copy_in_the_process_expires_with_the_shared_one(client, home_page, monkeypatch):
    page = make_standard_page(home_page, title="Brève")
    client.get("/fr/nulle-part/")  # a 404: kept a minute
    client.get("/fr/nulle-part/")  # now in the process too
    assert client.get("/fr/nulle-part/")["X-Page-Cache"] == "hit"
    now = page_cache.time.time()

    monkeypatch.setattr(page_cache.time, "time", lambda: now + page_cache.NOT_FOUND_TIMEOUT + 1)

    assert client.get("/fr/nulle-part/")["X-Page-Cache"] == "miss"
    assert client.get(page.url).status_code == 200


def test_without_a_pages_cache_every_hit_reads_the_shared_cache(
    client, standard_page, shared, settings
):
    settings.CACHES = {"default": settings.CACHES["default"]}
    for _ in range(3):
        client.get(standard_page.url)

    assert shared.page_reads == 3
