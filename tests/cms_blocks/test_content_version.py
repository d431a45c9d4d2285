"""The content version: one per site, in the database, changed only by what cached pages show."""

import threading
from contextlib import contextmanager

import pytest
from django.contrib.auth import get_user_model
from django.core.cache import caches
from django.db import connection, connections, transaction
from wagtail.images import get_image_model
from wagtail.models import PageViewRestriction

import cms_blocks.content_version as versions
from cms_blocks.content_version import cached_until_changed, content_changed, content_version
from cms_blocks.models import ContentVersion, new_token


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


@pytest.fixture
def in_request():
    """A block of code run as a request is (between cms_blocks' receivers of Django's
    ``request_started`` and ``request_finished``)."""

    @contextmanager
    def request():
        versions.request_started()
        try:
            yield
        finally:
            versions.request_finished()

    yield request
    versions.forget_the_version_read()


@pytest.fixture
def clock(monkeypatch):
    """The clock the content version is remembered by, moved forward by the test."""
    now = [1000.0]
    monkeypatch.setattr(versions.time, "monotonic", lambda: now[0])
    return now


def changed_by_another_process():
    """Start a new version as another process of the site would: in the database only."""
    token = new_token()
    ContentVersion.objects.filter(pk=versions.ROW).update(token=token)
    return token


@pytest.mark.django_db
def test_by_default_each_request_reads_the_version(in_request, django_assert_num_queries):
    with in_request():
        content_version()
    changed = changed_by_another_process()

    with in_request(), django_assert_num_queries(1):
        assert content_version() == changed


# Outside a test's transaction: a version read in one is never reused.
@pytest.mark.django_db(transaction=True)
def test_a_process_may_reuse_the_version_it_read_for_the_seconds_the_setting_says(
    settings, in_request, clock, django_assert_num_queries
):
    settings.CMS_BLOCKS_CONTENT_VERSION_MAX_AGE = 1
    with in_request():
        first = content_version()
    changed = changed_by_another_process()

    clock[0] += 0.9
    with in_request(), django_assert_num_queries(0):
        assert content_version() == first
    clock[0] += 0.2
    with in_request(), django_assert_num_queries(1):
        assert content_version() == changed


# Outside a test's transaction: a version read in one is never reused.
@pytest.mark.django_db(transaction=True)
def test_a_change_made_in_this_process_is_seen_by_its_next_request_at_once(
    settings, in_request, clock
):
    settings.CMS_BLOCKS_CONTENT_VERSION_MAX_AGE = 60
    with in_request():
        first = content_version()

    with in_request():  # an editor publishes a page
        content_changed()

    with in_request():
        assert content_version() != first


@pytest.mark.django_db(transaction=True)
def test_a_version_read_by_another_thread_before_the_commit_is_not_reused(
    settings, in_request, clock
):
    if connection.vendor != "postgresql":
        pytest.skip("needs a database read by two threads during a write: CI runs on PostgreSQL")
    settings.CMS_BLOCKS_CONTENT_VERSION_MAX_AGE = 60
    read_meanwhile = []

    def another_request():
        with in_request():
            read_meanwhile.append(content_version())
        connections.close_all()

    with in_request():
        content_version()  # the site's version, committed

    with in_request(), transaction.atomic():  # an editor publishes a page
        content_changed()
        changed = content_version()
        reader = threading.Thread(target=another_request)
        reader.start()
        reader.join()

    with in_request():
        assert read_meanwhile != [changed]  # the other thread saw the committed version
        assert content_version() == changed
