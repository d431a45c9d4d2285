"""How long a list of coming events stays true, and telling caches so.

A list of coming events is true until the soonest of them ends (``models.next_boundary``):
values the agenda caches itself are stored under that moment. Whole responses are kept by the
site's page cache (``resacoop.middleware.page_cache``) for ``RESACOOP_PAGE_CACHE_TIMEOUT``
seconds, whatever they say: a response that would be stale sooner is marked ``private``, so
that neither the page cache nor a CDN keeps it, and only the browser does, until the event
ends (``max-age``).
"""

import datetime

from django.utils import timezone
from django.utils.cache import patch_cache_control

from resacoop.conf import get_setting

#: The longest a list of coming events is said to stay true (a day), without any event.
LONGEST = 24 * 60 * 60


def seconds_until(moment, now=None):
    """Seconds from ``now`` until ``moment`` (a datetime, an ISO 8601 string or "none"),
    at least 1 and at most ``LONGEST``."""
    if moment in (None, "none"):
        return LONGEST
    if isinstance(moment, str):
        moment = datetime.datetime.fromisoformat(moment)
    seconds = int((moment - (now or timezone.now())).total_seconds())
    return max(1, min(seconds, LONGEST))


def limit_caching(response, fresh_for):
    """Keep ``response`` in caches for ``fresh_for`` seconds at most (see the module)."""
    if fresh_for < get_setting("PAGE_CACHE_TIMEOUT"):
        patch_cache_control(response, private=True, max_age=fresh_for)
    else:
        patch_cache_control(response, max_age=fresh_for)
    return response
