"""Settings of the cms_blocks app, each with its default.

Read them through :func:`get_setting` when the code runs (never at import time), so that a
project's settings, ``override_settings`` and pytest-django's ``settings`` fixture all apply.

``CMS_BLOCKS_VIDEO_PROVIDERS``
    The video hosts an editor may embed, as a mapping of provider name to a dict with
    ``hosts`` (host names of the watch URLs), ``pattern`` (a regular expression that
    captures the video id as ``id`` from the whole URL) and ``embed_url`` (a format string
    with ``{id}``). Default: YouTube (privacy-enhanced ``youtube-nocookie.com``), Vimeo
    (``dnt=1``) and Dailymotion.
``CMS_BLOCKS_TABLE_MAX_ROWS``, ``CMS_BLOCKS_TABLE_MAX_COLUMNS``
    The largest table an editor may build. Default: 100 rows and 8 columns.
``CMS_BLOCKS_PAGE_LIST_MAX_ITEMS``
    The most pages a "page list" block may show. Default: 12.
``CMS_BLOCKS_EMBED_HOSTS``
    The host names whose pages an "embedded page" block may show in a frame (over https
    only). Default: OpenStreetMap's maps and uMap, pages made to be embedded, with no
    tracking of their own. A site's Content-Security-Policy must allow them in
    ``frame-src``.
``CMS_BLOCKS_CONTACT_PAGE_TYPES``
    The page types a contact card may point at, as ``"app_label.ModelName"`` strings; its
    e-mail, phone, website and address are read from fields of those names when the page
    has them. Default: ``[]``, any page.
``CMS_BLOCKS_RENDERING_CACHE_TIMEOUT``
    Seconds the HTML of a block of a page's stream is kept rendered, at most: a new content
    version makes it be rendered again anyway (see ``cms_blocks.rendering``). Default:
    ``3600``; 0 turns it off.
``CMS_BLOCKS_CACHE``
    The alias of the cache (in ``CACHES``) that keeps what is kept until the content
    changes: everything cached under the content version (``cms_blocks.content_version``),
    blocks kept rendered included. Its keys hold the version, read from the database on
    every request (see ``CMS_BLOCKS_CONTENT_VERSION_MAX_AGE``), so each process may keep its
    own copies (a local-memory cache) without serving a stale one. Default: ``"default"``.
``CMS_BLOCKS_CONTENT_VERSION_MAX_AGE``
    Seconds a process may reuse the content version it read for a request, in its next
    requests, instead of reading it again: a change made in another process reaches this
    one up to that much later (a change made in this process, at once). With everything
    cached under the version in each process's memory, a page served from a cache then
    costs no query. Default: ``0``, read on every request.
"""

from django.conf import settings

DEFAULTS = {
    "VIDEO_PROVIDERS": {
        "YouTube": {
            "hosts": ["youtube.com", "www.youtube.com", "m.youtube.com", "youtu.be"],
            "pattern": (
                r"^https://(?:(?:www\.|m\.)?youtube\.com/(?:watch\?(?:.*&)?v=|embed/|shorts/)"
                r"|youtu\.be/)(?P<id>[A-Za-z0-9_-]{11})(?:[?&#].*)?$"
            ),
            "embed_url": "https://www.youtube-nocookie.com/embed/{id}?autoplay=1",
        },
        "Vimeo": {
            "hosts": ["vimeo.com", "www.vimeo.com", "player.vimeo.com"],
            "pattern": (
                r"^https://(?:www\.|player\.)?vimeo\.com/(?:video/)?(?P<id>\d{6,12})(?:[/?#].*)?$"
            ),
            "embed_url": "https://player.vimeo.com/video/{id}?dnt=1&autoplay=1",
        },
        "Dailymotion": {
            "hosts": ["dailymotion.com", "www.dailymotion.com", "dai.ly"],
            "pattern": (
                r"^https://(?:(?:www\.)?dailymotion\.com/video/|dai\.ly/)"
                r"(?P<id>[A-Za-z0-9]{5,10})(?:[_?#].*)?$"
            ),
            "embed_url": "https://www.dailymotion.com/embed/video/{id}?autoplay=1",
        },
    },
    "TABLE_MAX_ROWS": 100,
    "TABLE_MAX_COLUMNS": 8,
    "PAGE_LIST_MAX_ITEMS": 12,
    "EMBED_HOSTS": ["www.openstreetmap.org", "umap.openstreetmap.fr"],
    "CONTACT_PAGE_TYPES": [],
    "RENDERING_CACHE_TIMEOUT": 3600,
    "CACHE": "default",
    "CONTENT_VERSION_MAX_AGE": 0,
}


def get_setting(name):
    """Return ``settings.CMS_BLOCKS_<name>``, or its default."""
    return getattr(settings, f"CMS_BLOCKS_{name}", DEFAULTS[name])
