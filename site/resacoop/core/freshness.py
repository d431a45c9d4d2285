"""How long caches keep a page that is true only until a known moment.

The coming events of the agenda are true until the soonest of them ends, the open calls for
projects until the soonest deadline. Such a page says so while it is made, and every cache
then keeps it no longer:

- the site's page cache (``resacoop.middleware.page_cache``), told by ``keep_for_at_most``;
- browsers and a CDN, told by ``max-age``, at most :data:`BROWSER_MAX_AGE`: unlike the page
  cache, they never hear that an editor has published something, so they keep the page a few
  minutes, as long as the moment allows. A copy served by the page cache says its ``Age``.
"""

import datetime

from django.utils import timezone
from django.utils.cache import patch_cache_control

from resacoop.middleware.page_cache import keep_for_at_most

#: The longest a page is said to stay true (a day), when nothing it shows ends.
LONGEST = 24 * 60 * 60
#: The longest a browser or a CDN keeps such a page on the strength of its ``max-age``.
BROWSER_MAX_AGE = 5 * 60


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
    """Keep ``response`` in every cache for ``fresh_for`` seconds at most (see the module).

    Called by the view that makes the response, while the page cache can still hear it.
    """
    keep_for_at_most(fresh_for)
    patch_cache_control(response, max_age=min(fresh_for, BROWSER_MAX_AGE))
    return response
