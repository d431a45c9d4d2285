"""Whole public pages served from the cache to visitors who are not signed in.

A response is kept only when it is the same for every anonymous visitor: a GET of the public
site (not the admin, documents or files), answered 200, that sets no cookie, uses no CSRF
token (no form that posts), does not ask for privacy (``Cache-Control: private`` or
``no-store``) and varies on no request header but ``Accept-Language`` (the language is in the
address, which entries are stored under). Signed-in people, previews (in the admin) and
conditional requests (answered by the view itself, with 304) always go to the view.

A page served from the cache has every header it was first served with
(``Content-Disposition`` of a download, CORS of open data, ``Vary``...), except ``Date``,
which belongs to one response only.

Entries are stored under the site's content version (``cms_blocks.content_version``):
publishing, unpublishing, moving or deleting a page, or changing a snippet, a document or the
settings, makes every stored page stale at once. If the cache cannot be reached, pages are
served uncached and a warning is logged.

A page that shows something true only until a known moment (the coming events of the
agenda, until the soonest one ends) says so while it renders, with :func:`keep_for_at_most`;
it is then kept no longer than that.

Setting (see ``resacoop.conf``): ``RESACOOP_PAGE_CACHE_TIMEOUT`` (seconds, default 3600; 0
turns the cache off).
"""

import hashlib
import logging
from contextvars import ContextVar

from django.core.cache import cache
from django.http import HttpResponse
from django.utils.cache import cc_delim_re

from cms_blocks.content_version import content_version

from ..conf import get_setting
from . import routing

logger = logging.getLogger(__name__)

NOT_CACHED_PREFIXES = ("/admin/", "/documents/", "/static/", "/media/", "/django-admin/")
# Headers that describe one response, never the page: not replayed from the cache. Cookies are
# not headers of Django's responses, and responses that set one are never stored.
UNCACHED_HEADERS = {"date", "x-page-cache"}
# The request headers a stored page may vary on: the language comes from the address.
VARY_COVERED_BY_KEY = {"accept-language"}


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
            return self.rebuild(stored)
        lifetimes = []
        token = _lifetimes.set(lifetimes)
        try:
            response = self.get_response(request)
        finally:
            _lifetimes.reset(token)
        if self.may_store(request, response):
            self.write(key, response, min([timeout(), *lifetimes]))
        response["X-Page-Cache"] = "miss"
        return response

    def process_view(self, request, view_func, view_args, view_kwargs):
        # Not a concern of the page cache, but every view of the site passes here.
        routing.remember_site(request)
        routing.route(request, view_func, view_args, view_kwargs)

    def may_serve_from_cache(self, request):
        return (
            request.method in ("GET", "HEAD")
            and not request.path.startswith(NOT_CACHED_PREFIXES)
            and "HTTP_IF_NONE_MATCH" not in request.META
            and "HTTP_IF_MODIFIED_SINCE" not in request.META
            and not request.user.is_authenticated
        )

    def may_store(self, request, response):
        cache_control = response.get("Cache-Control", "")
        return (
            response.status_code == 200
            and not response.streaming
            and not response.cookies
            and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
            and not request.META.get("CSRF_COOKIE_USED")
            and "private" not in cache_control
            and "no-store" not in cache_control
            and self.varies_only_on_address(response)
        )

    def varies_only_on_address(self, response):
        varies_on = {name.lower() for name in cc_delim_re.split(response.get("Vary", "")) if name}
        return varies_on <= VARY_COVERED_BY_KEY

    def key(self, request):
        address = f"{request.get_host()}{request.get_full_path()}"
        digest = hashlib.sha256(address.encode()).hexdigest()
        return f"resacoop:page:{self.version()}:{digest}"

    def version(self):
        try:
            return content_version()
        except Exception:  # noqa: BLE001 - an unreachable cache must not break the site
            return "unavailable"

    def read(self, key):
        try:
            return cache.get(key)
        except Exception:  # noqa: BLE001
            logger.warning("Page cache unreachable: serving %s uncached", key, exc_info=True)
            return None

    def write(self, key, response, lifetime):
        headers = {
            name: value
            for name, value in response.headers.items()
            if name.lower() not in UNCACHED_HEADERS
        }
        try:
            cache.set(key, (response.content, headers), lifetime)
        except Exception:  # noqa: BLE001
            logger.warning("Page cache unreachable: %s not stored", key, exc_info=True)

    def rebuild(self, stored):
        content, headers = stored
        response = HttpResponse(content, headers=headers)
        response["X-Page-Cache"] = "hit"
        return response
