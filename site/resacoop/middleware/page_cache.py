"""Whole public pages served from the cache to visitors who are not signed in.

A response is kept only when it is the same for every anonymous visitor: a GET of the public
site (not the admin, documents or files), answered 200, that sets no cookie, uses no CSRF
token (no form that posts), does not ask for privacy (``Cache-Control: private`` or
``no-store``) and varies on no request header but ``Accept-Language`` (the language is in the
address, which entries are stored under) and ``Cookie`` (see below). Previews (in the admin)
and conditional requests (answered by the view itself, with 304) always go to the view.

Only visitors who carry neither a session nor messages get pages from the cache, or have
theirs stored: those are all alike, whatever other cookies they send. Signed-in people have a
session, as have visitors of a page behind a password, and a message waiting to be shown
(a form's confirmation) is in a cookie or the session. Knowing that from the cookies alone
lets the middleware sit near the top of ``MIDDLEWARE``, just below the security headers and
static files: a page served from the cache skips the session, the language, CSRF,
authentication and messages, which would cost more than serving it. Middleware above it
still adds its headers to every page; a page stored has the headers of the middleware below
it, and of the view.

A page served from the cache has every header it was first served with
(``Content-Disposition`` of a download, CORS of open data, ``Vary``...), except ``Date``,
which belongs to one response only.

Entries are stored under the site's content version (``cms_blocks.content_version``):
publishing, unpublishing, moving or deleting a page, or changing a snippet, a document or the
settings, makes every stored page stale at once. If the cache cannot be reached, pages are
served uncached and a warning is logged.

A page that shows something true only until a known moment (the coming events of the
agenda, until the soonest one ends) says so while it renders, with :func:`keep_for_at_most`;
it is then kept no longer than that. A copy served from the cache says how long it has been
kept (``Age``), so that a browser keeps it only for what is left of its ``max-age``.

Anonymous "not found" answers are kept too, for a minute at most: asking for pages that do
not exist is otherwise the cheapest way to load the site.

Query strings cannot fill the cache: an address with a query string is stored only if the
view read every one of its parameters (a listing's filters, a page number; anything else is
served uncached), under its parameters in order, and at most :data:`MAX_VARIANTS` variants
of one path are stored per content version. Tracking parameters (newsletters, ads) are left
out of the key, unless the page reads or repeats them.

Pages are stored compressed (gzip), once: a visitor whose browser accepts gzip (all of them)
gets the stored bytes as they are, with ``Content-Encoding: gzip``, which nginx passes on
without compressing the page again on every request; any other client gets them
decompressed. Both answers say ``Vary: Accept-Encoding``.

With a ``pages`` cache configured (production: each process's memory, see
``settings/production.py``), a page read from the shared cache is also kept there, until the
moment its shared copy expires at the latest: the next requests for it in that process cost
no round trip to Redis. The copy is exactly as fresh, since its key holds the content version
the process has read (``cms_blocks.content_version``; production reads it at most once a
second, so that a hit costs no query either).

When a popular page has just become stale (a new content version), one request rebuilds it
while the others ask for the same address wait for it a little (:data:`REBUILD_WAIT`),
rather than all building it at once; past that wait they build it themselves.

Setting (see ``resacoop.conf``): ``RESACOOP_PAGE_CACHE_TIMEOUT`` (seconds, default 3600; 0
turns the cache off).
"""

import gzip
import hashlib
import logging
import time
from contextvars import ContextVar
from urllib.parse import parse_qsl, urlencode

from django.conf import settings
from django.contrib.messages.storage.cookie import CookieStorage
from django.core.cache import cache, caches
from django.http import HttpResponse, QueryDict
from django.utils.cache import cc_delim_re, patch_vary_headers

from cms_blocks.content_version import content_version

from ..conf import get_setting

logger = logging.getLogger(__name__)

NOT_CACHED_PREFIXES = ("/admin/", "/documents/", "/static/", "/media/", "/django-admin/")
# Headers that describe one response, never the page: not replayed from the cache. Cookies are
# not headers of Django's responses, and responses that set one are never stored. The length
# and encoding are those of the body served, set when it is.
UNCACHED_HEADERS = {"date", "x-page-cache", "age", "content-length"}
# The request headers a stored page may vary on: the language comes from the address, and the
# cookies that make one visitor's page differ from another's are never there (see the module).
VARY_COVERED_BY_KEY = {"accept-language", "cookie"}
#: Parameters that links from newsletters, social networks and ads add to an address: a
#: page that does not read them is the page without them, and is served from its copy.
TRACKING_PARAMETERS = {"fbclid", "gclid", "msclkid", "mc_cid", "mc_eid"}
TRACKING_PREFIX = "utm_"
#: Seconds an anonymous "not found" answer is kept.
NOT_FOUND_TIMEOUT = 60
#: Query strings longer than this (characters) are never stored.
MAX_QUERY_LENGTH = 300
#: Addresses with a query string stored per path and content version, at most.
MAX_VARIANTS = 100
#: Seconds a request waits for another that is rebuilding the same page, at most; and how
#: long the other may take before its claim lapses.
REBUILD_WAIT = 2.0
REBUILD_CLAIM = 30
#: Bodies shorter than this (bytes) are stored as they are: gzip would save nothing (nginx
#: does not compress them either, gzip_min_length).
COMPRESS_MIN_LENGTH = 256
# Types worth compressing (those nginx compresses, deploy/nginx): text, not images or files.
COMPRESSIBLE_TYPES = (
    "text/",
    "application/json",
    "application/geo+json",
    "application/manifest+json",
    "application/javascript",
    "application/xml",
    "application/rss+xml",
    "application/atom+xml",
    "image/svg+xml",
)
# The form of what is stored under a key; part of the key, so that a copy stored by an
# earlier release (another form) is never read.
STORED_FORM = "gz2"
#: The cache of this process's own copies of pages read from the shared cache, if configured.
LOCAL_CACHE = "pages"


# The limits said by what the page being rendered shows (seconds); None outside a request
# the page cache may store. A list shared with the request's context, even a copied one.
_lifetimes = ContextVar("resacoop_page_lifetimes", default=None)


def timeout():
    return get_setting("PAGE_CACHE_TIMEOUT")


def keep_for_at_most(seconds):
    """Say that the page being rendered stays true for ``seconds`` more at most: the page
    cache then keeps it no longer. Does nothing outside a request it may store."""
    lifetimes = _lifetimes.get()
    if lifetimes is not None:
        lifetimes.append(max(1, int(seconds)))


class AnonymousPageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not timeout() or not self.may_serve_from_cache(request):
            return self.get_response(request)
        key = self.key(request)
        stored = self.read(key)
        if stored is not None:
            return self.rebuild(stored, request)
        claim = f"{key}:rebuilding"
        claimed = self.claim(claim)
        if not claimed:
            stored = self.wait_for(key, claim)
            if stored is not None:
                return self.rebuild(stored, request)
        request.GET = ReadParameters.of(request.GET)
        lifetimes = []
        token = _lifetimes.set(lifetimes)
        try:
            response = self.get_response(request)
        finally:
            _lifetimes.reset(token)
            if claimed:
                self.release(claim)
        if self.may_store(request, response):
            if response.status_code == 404:
                lifetimes.append(NOT_FOUND_TIMEOUT)
            if self.may_store_variant(request):
                self.write(key, response, min([timeout(), *lifetimes]))
            if should_compress(response):
                # Its copies are sent compressed or not, as the client asks.
                patch_vary_headers(response, ("Accept-Encoding",))
        response["X-Page-Cache"] = "miss"
        return response

    def may_serve_from_cache(self, request):
        return (
            request.method in ("GET", "HEAD")
            and not request.path.startswith(NOT_CACHED_PREFIXES)
            and "HTTP_IF_NONE_MATCH" not in request.META
            and "HTTP_IF_MODIFIED_SINCE" not in request.META
            and not carries_a_visitor_of_its_own(request)
        )

    def may_store(self, request, response):
        cache_control = response.get("Cache-Control", "")
        user = getattr(request, "user", None)
        return (
            response.status_code in (200, 404)
            and not (user is not None and user.is_authenticated)
            and not response.streaming
            and request.GET.all_read()
            and not response.cookies
            and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
            and not request.META.get("CSRF_COOKIE_USED")
            and "private" not in cache_control
            and "no-store" not in cache_control
            and self.varies_only_on_address(response)
            and not self.echoes_tracking(request, response)
        )

    def echoes_tracking(self, request, response):
        """Whether the page repeats a tracking parameter (links made from the full address,
        on error and search pages): it is then not the page without it."""
        names = {name for name in request.GET.keys() if is_tracking(name)}
        return any(name.encode() in response.content for name in names)

    def varies_only_on_address(self, response):
        varies_on = {name.lower() for name in cc_delim_re.split(response.get("Vary", "")) if name}
        return varies_on <= VARY_COVERED_BY_KEY

    def key(self, request):
        """The address, its query string's parameters in order (the order does not change
        the page), under the content version."""
        query = self.query(request)
        address = f"{request.get_host()}{request.path}?{query}"
        digest = hashlib.sha256(address.encode()).hexdigest()
        return f"resacoop:page:{STORED_FORM}:{self.version()}:{digest}"

    def query(self, request):
        """The query string as it may change the page: in order, without tracking."""
        parameters = parse_qsl(request.META.get("QUERY_STRING", ""), keep_blank_values=True)
        return urlencode(sorted((n, v) for n, v in parameters if not is_tracking(n)))

    def may_store_variant(self, request):
        """An address with a query string is one variant of its path: at most MAX_VARIANTS
        of them are stored per path, so that a flood of query strings cannot fill the
        cache."""
        query = self.query(request)
        if not query:
            return True
        if len(query) > MAX_QUERY_LENGTH:
            return False
        path = hashlib.sha256(f"{request.get_host()}{request.path}".encode()).hexdigest()
        counter = f"resacoop:page:{self.version()}:variants:{path}"
        try:
            cache.add(counter, 0, timeout())
            return cache.incr(counter) <= MAX_VARIANTS
        except Exception:  # noqa: BLE001 - the counter expired meanwhile, or no cache
            return False

    def claim(self, claim):
        """True when this request is the one that rebuilds the page (see the module)."""
        try:
            return cache.add(claim, 1, REBUILD_CLAIM)
        except Exception:  # noqa: BLE001
            return True

    def release(self, claim):
        try:
            cache.delete(claim)
        except Exception:  # noqa: BLE001
            logger.warning("Page cache unreachable: %s not released", claim, exc_info=True)

    def wait_for(self, key, claim):
        """The page another request is rebuilding, if it stores it within REBUILD_WAIT;
        None as soon as it is done without storing it (a page with a form, say)."""
        deadline = time.monotonic() + REBUILD_WAIT
        while time.monotonic() < deadline:
            time.sleep(0.02)
            stored = self.read(key)
            if stored is not None:
                return stored
            try:
                if cache.get(claim) is None:
                    return None
            except Exception:  # noqa: BLE001
                return None
        return None

    def version(self):
        try:
            return content_version()
        except Exception:  # noqa: BLE001 - an unreachable cache must not break the site
            return "unavailable"

    def read(self, key):
        local = local_cache()
        if local is not None:
            stored = local.get(key)
            if stored is not None and not expired(stored):
                return stored
        try:
            stored = cache.get(key)
        except Exception:  # noqa: BLE001
            logger.warning("Page cache unreachable: serving %s uncached", key, exc_info=True)
            return None
        if stored is not None and local is not None:
            keep_locally(local, key, stored)
        return stored

    def write(self, key, response, lifetime):
        headers = {
            name: value
            for name, value in response.headers.items()
            if name.lower() not in UNCACHED_HEADERS
        }
        content = response.content
        compressed = should_compress(response)
        if compressed:
            # Once per page and content version, so the smallest output is worth its time;
            # no timestamp in the header, so that one page always gives the same bytes.
            content = gzip.compress(content, compresslevel=9, mtime=0)
        now = time.time()
        stored = (content, compressed, headers, response.status_code, now, now + lifetime)
        try:
            cache.set(key, stored, lifetime)
        except Exception:  # noqa: BLE001
            logger.warning("Page cache unreachable: %s not stored", key, exc_info=True)

    def rebuild(self, stored, request):
        content, compressed, headers, status, stored_at, _expires_at = stored
        served_compressed = compressed and accepts_gzip(request.META.get("HTTP_ACCEPT_ENCODING"))
        if compressed and not served_compressed:
            content = gzip.decompress(content)
        response = HttpResponse(content, headers=headers, status=status)
        response["Content-Length"] = str(len(content))
        if compressed:
            patch_vary_headers(response, ("Accept-Encoding",))
        if served_compressed:
            response["Content-Encoding"] = "gzip"
            # The compressed bytes are not those the ETag was made from (RFC 9110, 8.8.3):
            # weak, as nginx and Django's GZipMiddleware make it.
            etag = response.get("ETag", "")
            if etag.startswith('"'):
                response["ETag"] = f"W/{etag}"
        # Browsers count the time the copy has been kept against its max-age.
        response["Age"] = str(max(0, int(time.time() - stored_at)))
        response["X-Page-Cache"] = "hit"
        return response


def carries_a_visitor_of_its_own(request):
    """Whether the request has a session or waiting messages: its pages may be its own."""
    return settings.SESSION_COOKIE_NAME in request.COOKIES or (
        CookieStorage.cookie_name in request.COOKIES
    )


def is_tracking(name):
    return name in TRACKING_PARAMETERS or name.startswith(TRACKING_PREFIX)


def local_cache():
    return caches[LOCAL_CACHE] if LOCAL_CACHE in settings.CACHES else None


def expired(stored):
    return stored[-1] <= time.time()


def keep_locally(local, key, stored):
    """Keep a page read from the shared cache in this process, no longer than its shared
    copy is kept (a 404 a minute, a page that said :func:`keep_for_at_most`...)."""
    remaining = int(stored[-1] - time.time())
    if remaining > 0:
        local.set(key, stored, remaining)


def should_compress(response):
    """Whether a page is stored compressed: a text type, long enough, not encoded already."""
    content_type = response.get("Content-Type", "").lower()
    return (
        content_type.startswith(COMPRESSIBLE_TYPES)
        and len(response.content) >= COMPRESS_MIN_LENGTH
        and not response.has_header("Content-Encoding")
    )


def accepts_gzip(accept_encoding):
    """Whether an ``Accept-Encoding`` header accepts gzip (RFC 9110, 12.5.3): named with a
    weight above 0, or left to ``*`` with a weight above 0."""
    weights = {}
    for item in (accept_encoding or "").split(","):
        coding, *parameters = (part.strip() for part in item.split(";"))
        weight = 1.0
        for parameter in parameters:
            name, _, value = parameter.partition("=")
            if name.strip().lower() == "q":
                try:
                    weight = float(value)
                except ValueError:
                    weight = 0.0
        if coding:
            weights[coding.lower()] = weight
    for coding in ("gzip", "x-gzip", "*"):
        if coding in weights:
            return weights[coding] > 0
    return False


class ReadParameters(QueryDict):
    """The request's query string, knowing which of its parameters the view read."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._read = set()
        self._read_all = False

    @classmethod
    def of(cls, query):
        recording = cls(mutable=True, encoding=query.encoding)
        for name, values in query.lists():
            recording.setlist(name, values)
        recording._mutable = False
        return recording

    def all_read(self):
        """Whether the page depends on nothing but what its key holds: every parameter
        read, except tracking ones, which the key leaves out and the page must not read."""
        tracking = {name for name in self.keys() if is_tracking(name)}
        if tracking and (self._read_all or tracking & self._read):
            return False
        return self._read_all or set(self.keys()) - tracking <= self._read

    def _reads(self, name):
        self._read.add(name)

    def __getitem__(self, key):
        self._reads(key)
        return super().__getitem__(key)

    def __contains__(self, key):
        self._reads(key)
        return super().__contains__(key)

    def get(self, key, default=None):
        self._reads(key)
        return super().get(key, default)

    def getlist(self, key, default=None):
        self._reads(key)
        return super().getlist(key, default)

    def _reads_everything(self):
        self._read_all = True

    # Whatever goes through every parameter (copies for links, forms, urlencode) may
    # depend on any of them.
    def items(self):
        self._reads_everything()
        return super().items()

    def lists(self):
        self._reads_everything()
        return super().lists()

    def values(self):
        self._reads_everything()
        return super().values()

    def dict(self):
        self._reads_everything()
        return super().dict()

    def copy(self):
        self._reads_everything()
        copy = QueryDict(mutable=True, encoding=self.encoding)
        for name, values in super().lists():
            copy.setlist(name, list(values))
        return copy

    def urlencode(self, safe=None):
        self._reads_everything()
        return super().urlencode(safe)

    def __iter__(self):
        self._reads_everything()
        return super().__iter__()
