"""One version number for everything cached from the site's content.

Menus, footers and whole pages served to anonymous visitors are cached under the current
version; ``content_changed()`` (called when a page is published, unpublished, moved or
deleted, or an office, a document or the settings change, see ``signals``) starts a new
version, so every one of them is rebuilt on its next request. Clearing everything is coarse,
but exact: nothing that shows the change can be served stale, and editing is rare next to
reading.
"""

import uuid

from django.core.cache import cache

VERSION_KEY = "resacoop:content:version"


def content_version():
    return cache.get_or_set(VERSION_KEY, uuid.uuid4().hex, timeout=None)


def content_changed():
    cache.set(VERSION_KEY, uuid.uuid4().hex, timeout=None)
