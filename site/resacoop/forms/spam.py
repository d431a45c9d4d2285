"""Protection of the public forms from robots, without a third-party service.

Two checks, both invisible to people:

- a honeypot: a text field that people never see nor reach (hidden by the stylesheet, in a
  container hidden from assistive technologies, out of the tab order) and robots fill in. A
  submission that fills it is answered as if it had succeeded, and neither stored nor sent.
- a limit per client address: each address may post a limited number of times in a period
  (counted in the cache, under a hash of the address); past it, the form is shown again with
  its text and a message, answered 429.

Setting (read when the code runs):

``RESACOOP_FORM_SUBMISSION_LIMIT``
    ``(count, seconds)``: how many posts of the site's forms an IP address may make in a
    period. Default: ``(5, 600)``, five in ten minutes.
"""

import hashlib

from django.conf import settings
from django.core.cache import cache

from resacoop.sign_in import client_ip

DEFAULT_LIMIT = (5, 600)
#: The honeypot's name: one that robots like to fill in, and that no label of an editor's
#: field turns into (labels become lower_snake_case, which never ends in a hyphen part).
HONEYPOT_NAME = "website-url"


def limit():
    return getattr(settings, "RESACOOP_FORM_SUBMISSION_LIMIT", DEFAULT_LIMIT)


def _key(request):
    address = client_ip(request) or "unknown"
    digest = hashlib.sha256(address.encode()).hexdigest()[:32]
    return f"resacoop:form-posts:{digest}"


def count_post(request):
    """Count one post from the request's address; True when it goes over the limit.

    The count starts with the address's first post and lasts ``seconds`` from there.
    """
    count, seconds = limit()
    key = _key(request)
    try:
        if cache.add(key, 1, timeout=seconds):
            posts = 1
        else:
            try:
                posts = cache.incr(key)
            except ValueError:  # expired between the two calls
                cache.add(key, 1, timeout=seconds)
                posts = 1
    except Exception:  # noqa: BLE001 - an unreachable cache must not lose a message
        return False
    return posts > count
