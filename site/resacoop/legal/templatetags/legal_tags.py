"""The footer's links to the obligation pages of the visitor's language (resacoop.legal)."""

from django import template
from django.db.models import F, OuterRef, Subquery
from wagtail.models import Page

from cms_blocks.content_version import cached_until_changed
from resacoop.pages import navigation

from ..models import AccessibilityStatementPage, ConformanceStatus

register = template.Library()

#: The obligation page types, in the footer's order.
KINDS = ["accessibilitystatementpage", "legalnoticepage", "personaldatapage", "siteplanpage"]


@register.simple_tag(takes_context=True)
def legal_links(context):
    """``{kind: {"url", "title", "status"}}`` for the live obligation pages under the home
    page of the visitor's language; ``status`` is the statement's ``ConformanceStatus``.

    One query, kept in the cache per home page until the content changes, and on the
    request (the footer of a page asks once).
    """
    request = context.get("request")
    if request is None:
        return {}
    if not hasattr(request, "_resacoop_legal_links"):
        home = navigation.current_home_page(request)
        request._resacoop_legal_links = (
            cached_until_changed(f"resacoop:legal-links:{home.pk}", lambda: _links(home, request))
            if home is not None
            else {}
        )
    links = request._resacoop_legal_links
    statement = links.get("accessibilitystatementpage")
    if statement is not None:
        statement = {**statement, "status_label": ConformanceStatus(statement["status"]).label}
        links = {**links, "accessibilitystatementpage": statement}
    return links


def _links(home, request):
    status = AccessibilityStatementPage.objects.filter(pk=OuterRef("pk")).values("status")[:1]
    pages = (
        Page.objects.child_of(home)
        .live()
        .filter(
            content_type__app_label="legal",
            content_type__model__in=KINDS,
            view_restrictions__isnull=True,
        )
        .annotate(kind=F("content_type__model"), status=Subquery(status))
        .order_by("path")
    )
    links = {}
    for page in pages:
        links.setdefault(
            page.kind, {"url": page.get_url(request), "title": page.title, "status": page.status}
        )
    return {kind: links[kind] for kind in KINDS if kind in links}
