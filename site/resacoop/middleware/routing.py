"""Routing of public pages without the queries that are the same for every request.

Before it reaches the page asked for, Wagtail looks up, on every request, the Site of the
address (a query), the Locale of the visitor's language (a query) and the home page of that
language as its own class (a query). These change only when the content does: here they are
kept in the cache under the content version (``cms_blocks.content_version``; sites, locales
and pages start a new one) and handed to Wagtail where it looks for them
(``request._wagtail_site``, ``request._wagtail_route_for_request``), so that routing costs
only the queries of the page itself.

:class:`RoutingMiddleware` does it for every view of the site.
"""

import hashlib

from django.http import Http404
from django.http.request import split_domain_port
from django.utils import translation

from cms_blocks.content_version import cached_until_changed, content_version, versioned_cache

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


class RoutingMiddleware:
    """Hands Wagtail the request's Site and, for a page, the pages on the way to it."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        remember_site(request)
        route(request, view_func, view_args, view_kwargs)


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
            route_from(request, localized_root(site), [part for part in path.split("/") if part])
            if site
            else None
        )
    except Http404:
        request._wagtail_route_for_request = None


# Pages are found by the slugs of their path, from the home page down: Wagtail asks the
# database for each page on the way (the child with that slug, then the child as its own
# class), two queries a level. Here the pages on the way to each page served are kept in
# the cache under the content version (a page published, moved, renamed or deleted starts a
# new one), so that finding a page costs one query, loading it as its own class, at any
# depth. Only pages that exist are kept: an address that leads nowhere adds nothing.

#: Deeper than any page tree: addresses with more parts are routed by Wagtail alone.
MAX_CACHED_DEPTH = 12


def route_from(request, root, components):
    """What ``root.route(request, components)`` returns, with fewer queries.

    A page whose ancestors would route the address elsewhere (a routable page whose own
    URLs match what follows it, a page type with a ``route`` of its own) is routed by
    Wagtail, page by page.
    """
    found = _known_pages_on_the_way(root, components)
    if found and not _routed_before(root, found, components):
        page = _as_specific(found[-1])
        if page is not None:
            result = page.route(request, components[len(found) :])
            if result.page.pk != page.pk:
                _remember_the_way(root, result.page, components)
            return result
    result = root.route(request, components)
    _remember_the_way(root, result.page, components)
    return result


def _way_key(root, components):
    digest = hashlib.sha1("/".join(components).encode(), usedforsecurity=False).hexdigest()
    return f"resacoop:routing:way:{root.pk}:{digest}:{content_version()}"


def _known_pages_on_the_way(root, components):
    """The pages (pk, content type id, live) on the way to the deepest page of
    ``components`` the cache knows, or None."""
    depths = range(min(len(components), MAX_CACHED_DEPTH), 0, -1)
    keys = {depth: _way_key(root, components[:depth]) for depth in depths}
    known = versioned_cache().get_many(keys.values()) if keys else {}
    return next((known[keys[depth]] for depth in depths if keys[depth] in known), None)


def _routed_before(root, found, components):
    """Whether a page on the way, above the last one, would route ``components`` itself."""
    from wagtail.contrib.routable_page.models import RoutablePageMixin
    from wagtail.models import Page

    on_the_way = [(type(root), root.live), *((_model(ct), live) for _, ct, live in found[:-1])]
    for consumed, (model, live) in enumerate(on_the_way):
        if model is None:
            return True
        if model.route is Page.route:
            continue
        if model.route is not RoutablePageMixin.route:
            return True
        rest = components[consumed:]
        try:
            if live and model.get_resolver().resolve("/" + "".join(f"{c}/" for c in rest)):
                return True
        except Http404:
            pass
    return False


def _model(content_type_id):
    from django.contrib.contenttypes.models import ContentType

    return ContentType.objects.get_for_id(content_type_id).model_class()


def _as_specific(known):
    pk, content_type_id, _ = known
    model = _model(content_type_id)
    return model._default_manager.filter(pk=pk).first() if model else None


def _remember_the_way(root, page, components):
    """Keep the pages from ``root`` down to ``page``, reached by ``components``."""
    from wagtail.models import Page

    levels = page.depth - root.depth
    if levels < 1 or levels > MAX_CACHED_DEPTH or not page.path.startswith(root.path):
        return
    steplen = Page.steplen
    paths = [page.path[: (root.depth + level) * steplen] for level in range(1, levels + 1)]
    on_the_way = list(
        Page.objects.filter(path__in=paths)
        .order_by("path")
        .values_list("slug", "pk", "content_type_id", "live")
    )
    if [slug for slug, *_ in on_the_way] != components[:levels]:
        return
    versioned_cache().set(
        _way_key(root, components[:levels]), tuple(tuple(level) for _, *level in on_the_way)
    )
