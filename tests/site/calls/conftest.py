import datetime

import pytest
from django.utils import timezone

from .builders import make_call_index


@pytest.fixture
def call_index(home_page):
    return make_call_index(home_page, introduction="Les financements ouverts aux projets.")


class Clock:
    """The time the site reads (``django.utils.timezone.now``) and the time the local-memory
    cache ages its entries by, moved together."""

    def __init__(self, monkeypatch):
        import django.core.cache.backends.locmem as locmem

        self.offset = datetime.timedelta(0)
        real_now = timezone.now
        real_time = locmem.time.time
        self.real_now = real_now

        class Time:
            @staticmethod
            def time():
                return real_time() + self.offset.total_seconds()

        monkeypatch.setattr(timezone, "now", lambda: real_now() + self.offset)
        monkeypatch.setattr(locmem, "time", Time)

    def now(self):
        return self.real_now() + self.offset

    def move_to(self, moment):
        self.offset = moment - self.real_now()


@pytest.fixture
def clock(monkeypatch):
    """Move the clock: ``clock.move_to(moment)``."""
    return Clock(monkeypatch)
