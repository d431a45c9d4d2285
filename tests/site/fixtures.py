"""The reference site's pages, for its tests and the browser tests (imported by their
``conftest.py``)."""

import datetime
import time

import pytest
from django.utils import timezone

from resacoop.demo import site_setup

from .builders import make_standard_page


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Prepare the site once, after the migrations; each test then starts from it.

    Translating the member categories through wagtail-localize is the slow part of
    ``setup_site``; done here, tests that run in a transaction only find it done.
    """
    with django_db_blocker.unblock():
        site_setup.setup_site()


@pytest.fixture
def home_page(db, run_on_commit):
    """The French home page, with its English and Spanish translations, as setup_site makes it.

    Tests that cannot run in a transaction (browser tests) empty the database after them;
    ``setup_site`` then builds the site again.
    """
    return run_on_commit(site_setup.setup_site)


@pytest.fixture
def standard_page(home_page, locales, run_on_commit):
    """A published French standard page, shown in menus, translated into English and Spanish."""
    page = make_standard_page(home_page, title="À propos du réseau", slug="a-propos")
    run_on_commit(site_setup.ensure_translations, page, [locales["en"], locales["es"]])
    return page


@pytest.fixture
def missions_page(home_page):
    return make_standard_page(
        home_page, title="Nos missions", slug="missions", search_description="Cinq missions."
    )


@pytest.fixture
def contact_page(home_page):
    return make_standard_page(home_page, title="Contact", slug="contact")


class Clock:
    """The time the site reads (``django.utils.timezone.now``), the time the local-memory
    cache dates and ages its entries by and the time the page cache dates its copies by
    (``Age``), moved together."""

    def __init__(self, monkeypatch):
        import django.core.cache.backends.base as cache_base
        import django.core.cache.backends.locmem as locmem

        from resacoop.middleware import page_cache

        self.offset = datetime.timedelta(0)
        real_now = timezone.now
        real_time = locmem.time.time
        self.real_now = real_now

        class Time:
            monotonic = staticmethod(time.monotonic)
            sleep = staticmethod(time.sleep)

            @staticmethod
            def time():
                return real_time() + self.offset.total_seconds()

        monkeypatch.setattr(timezone, "now", lambda: real_now() + self.offset)
        monkeypatch.setattr(locmem, "time", Time)
        monkeypatch.setattr(cache_base, "time", Time)  # the expiry of what is stored
        monkeypatch.setattr(page_cache, "time", Time)

    def now(self):
        return self.real_now() + self.offset

    def move_to(self, moment):
        self.offset = moment - self.real_now()


@pytest.fixture
def clock(monkeypatch):
    """Move the clock: ``clock.move_to(moment)``."""
    return Clock(monkeypatch)
