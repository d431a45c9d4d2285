"""Coming events for the pages that show a few of them: the home page's block, the map and
each relay organisation's page (for their départements)."""

from django.utils import timezone

from cms_blocks.content_version import cached_until_changed
from cms_blocks.languages import active_language
from resacoop.core.freshness import seconds_until
from resacoop.middleware.page_cache import keep_for_at_most

from .models import AgendaIndexPage, EventPage, next_boundary


def upcoming_events(*, departements=None, limit=4, language=None, now=None):
    """``{"events", "agenda"}``: the first ``limit`` coming events in ``language`` (the
    active one by default), of ``departements`` (INSEE codes) if given, and the agenda page.

    Cached under the content version and the end of the soonest coming event: no query once
    cached, and never an event that is over. The page showing them is kept by the page cache
    until that end at most.
    """
    language = language or active_language()
    now = now or timezone.now()
    codes = sorted(set(departements)) if departements is not None else None

    def build():
        events = EventPage.objects.listed().filter(locale__language_code=language)
        if codes is not None:
            events = events.filter(departement__in=codes)
        agenda = AgendaIndexPage.objects.live().filter(locale__language_code=language).first()
        return {"events": list(events.upcoming(now)[:limit]), "agenda": agenda}

    where = ",".join(codes) if codes is not None else "all"
    boundary = next_boundary(language, now)
    keep_for_at_most(seconds_until(boundary, now))
    key = f"agenda:upcoming:{language}:{where}:{limit}:{boundary}"
    return cached_until_changed(key, build)
