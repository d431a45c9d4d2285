"""The content version: one per site, in the database, changed only by what cached pages show."""

import pytest
from django.contrib.auth import get_user_model
from django.core.cache import caches
from django.db import connection, connections, transaction
from wagtail.images import get_image_model
from wagtail.models import PageViewRestriction

from cms_blocks.content_version import cached_until_changed, content_changed, content_version


@pytest.mark.django_db
def test_a_change_starts_a_new_version():
    before = content_version()

    content_changed()

    assert content_version() != before


@pytest.mark.django_db
def test_a_change_rolled_back_never_happened():
    before = content_version()

    with pytest.raises(RuntimeError), transaction.atomic():
        content_changed()
        raise RuntimeError("the publication fails")

    assert content_version() == before


@pytest.mark.django_db
def test_saving_what_no_page_shows_keeps_the_version():
    before = content_version()

    get_user_model().objects.create_user("visiteuse", "v@example.org", "x")

    assert content_version() == before


def test_wagtail_recording_an_image_size_keeps_the_version(image):
    image = get_image_model().objects.get(pk=image.pk)
    before = content_version()

    image.file_size = None
    image.get_file_size()  # Wagtail saves the size it has just measured

    assert content_version() == before
    image.title = "Nouveau titre"
    image.save()
    assert content_version() != before


def test_restricting_a_page_and_lifting_the_restriction_each_start_a_new_version(home_page):
    before = content_version()

    restriction = PageViewRestriction.objects.create(
        page=home_page, restriction_type=PageViewRestriction.LOGIN
    )
    restricted = content_version()
    restriction.delete()

    assert before != restricted != content_version() != before


@pytest.mark.django_db
def test_cached_until_changed_builds_once_a_version():
    builds = []

    def build():
        builds.append(content_version())
        return f"built {len(builds)}"

    assert cached_until_changed("test:thing", build) == "built 1"
    assert cached_until_changed("test:thing", build) == "built 1"
    content_changed()
    assert cached_until_changed("test:thing", build) == "built 2"
    assert len(set(builds)) == 2


@pytest.fixture
def kept_connection(monkeypatch):
    """The connection as a request finds it when kept from an earlier request, with Django's
    health checks on (``CONN_HEALTH_CHECKS``): open, not checked yet."""
    kept = connections["default"]  # the wrapper itself, not the proxy to it
    kept.ensure_connection()
    monkeypatch.setattr(kept, "health_check_enabled", True)
    monkeypatch.setattr(kept, "health_check_done", False)
    checks = []
    usable = kept.is_usable
    monkeypatch.setattr(kept, "is_usable", lambda: checks.append(1) or usable())
    return checks


@pytest.mark.django_db(transaction=True)
def test_reading_the_version_is_the_health_check_of_a_kept_connection(kept_connection):
    version = content_version()

    assert kept_connection == []  # no SELECT 1 before it: one round trip, not two
    assert connection.health_check_done
    with connection.cursor() as cursor:  # nor before the next query of the request
        cursor.execute("SELECT 1")
    assert kept_connection == []
    assert content_version() == version


@pytest.mark.django_db(transaction=True)
def test_a_connection_lost_since_the_last_request_is_replaced(kept_connection):
    if connection.vendor != "postgresql":
        pytest.skip("needs a server that can end the connection: CI runs it on PostgreSQL")
    version = content_version()
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        (lost,) = cursor.fetchone()
    other = connections.create_connection("default")
    with other.cursor() as cursor:  # as a restart of PostgreSQL would
        cursor.execute("SELECT pg_terminate_backend(%s)", [lost])
    other.close()
    connection.health_check_done = False  # a new request

    assert content_version() == version
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        assert cursor.fetchone()[0] != lost


@pytest.mark.django_db
def test_what_is_kept_until_the_content_changes_goes_to_the_cache_the_setting_names(settings):
    settings.CACHES = {
        **settings.CACHES,
        "kept": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "kept"},
    }
    settings.CMS_BLOCKS_CACHE = "kept"
    builds = []

    def build():
        builds.append(1)
        return "built"

    cached_until_changed("test:thing", build)
    caches["default"].clear()
    assert cached_until_changed("test:thing", build) == "built"
    assert len(builds) == 1
    caches["kept"].clear()
    cached_until_changed("test:thing", build)
    assert len(builds) == 2
