"""Routing of public pages without the queries that are the same for every request.

Before it reaches the page asked for, Wagtail looks up, on every request, the Site of the
address (a query), the Locale of the visitor's language (a query) and the home page of that
language as its own class (a query). These change only when the content does: here they are
kept in the cache under the content version (``cms_blocks.content_version``; sites, locales
and pages start a new one) and handed to Wagtail where it looks for them
(``request._wagtail_site``, ``request._wagtail_route_for_request``), so that routing costs
only the queries of the page itself.

Called by :class:`~resacoop.middleware.page_cache.AnonymousPageCacheMiddleware`, which every
request of the site goes through.
"""

from django.http import Http404
from django.http.request import split_domain_port
from django.utils import translation

from cms_blocks.content_version import cached_until_changed

# Wagtail's models and views are imported when first used: this module is imported by the
# page cache, which models import (``keep_for_at_most``) before the app registry is ready.


def all_sites():
    """Every Site with its root page: a handful of rows, whatever the address asked for."""
    from wagtail.models import Site

    return cached_until_changed(
        "resacoop:routing:sites", lambda: list(Site.objects.select_related("root_page"))
    )


def site_with_id(site_id):
    """The Site ``site_id`` (as ``Page.get_url_parts`` names it) without a query."""
    return next((site for site in all_sites() if site.pk == site_id), None)


def site_for(hostname, port, sites):
    """The Site Wagtail's ``get_site_for_hostname`` chooses, chosen among ``sites``.

    Exact hostname and port first, then the hostname of the default site, then the default
    site, unless a single other site has the hostname.
    """

    def rank(site):
        if site.hostname == hostname:
            if site.port == port:
                return 0
            return 1 if site.is_default_site else 3
        return 2 if site.is_default_site else None

    ranked = sorted(
        ((rank(site), site) for site in sites if rank(site) is not None), key=lambda x: x[0]
    )
    if not ranked:
        return None
    if len(ranked) == 1 or ranked[0][0] in (0, 1):
        return ranked[0][1]
    if ranked[0][0] == 2:
        return ranked[len(ranked) == 2][1]
    return None


def remember_site(request):
    """Give Wagtail the request's Site (``Site.find_for_request``) without a query."""
    if hasattr(request, "_wagtail_site"):
        return
    hostname = split_domain_port(request._get_raw_host())[0]
    try:
        port = int(request.get_port())
    except ValueError:
        port = None
    request._wagtail_site = site_for(hostname, port, all_sites())


def localized_root(site):
    """The site's home page in the active language, as its own class."""
    language = translation.get_language()
    return cached_until_changed(
        f"resacoop:routing:root:{site.pk}:{language}",
        lambda: site.root_page.localized.specific,
    )


def route(request, view_func, view_args, view_kwargs):
    """Route a page of Wagtail's ``serve`` view from the cached home page, as
    ``Page.route_for_request`` would from the home page it looks up."""
    from wagtail import views as wagtail_views
    from wagtail.models import Site

    if view_func is not wagtail_views.serve or hasattr(request, "_wagtail_route_for_request"):
        return
    path = view_kwargs.get("path", view_args[0] if view_args else "")
    site = Site.find_for_request(request)
    try:
        request._wagtail_route_for_request = (
            localized_root(site).route(request, [part for part in path.split("/") if part])
            if site
            else None
        )
    except Http404:
        request._wagtail_route_for_request = None
