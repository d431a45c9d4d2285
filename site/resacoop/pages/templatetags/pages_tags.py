from django import template
from django.conf import settings
from django.utils import translation
from wagtail.models import Site

from cms_blocks.content_version import content_version
from resacoop.pages import metadata, navigation

register = template.Library()


@register.simple_tag(takes_context=True)
def language_links(context):
    """Links to the current page in every enabled language (see ``navigation``)."""
    return navigation.language_links(
        context["request"], context.get("page"), context.get("subpage")
    )


@register.simple_tag(takes_context=True)
def rendered_until_changed(context):
    """What a fragment that is the same on every page of a site and language is kept under
    (Django's ``{% cache %}``): the request's Site and the content version."""
    site = Site.find_for_request(context["request"])
    return f"{site.pk if site else ''}:{content_version()}"


@register.simple_tag(takes_context=True)
def header_kept_under(context):
    """What the header of a page is kept under (Django's ``{% cache %}``), or ``""`` where it
    is not kept.

    The header shows the menu with the page's section, and links to the page's translations:
    the same for every visitor of one address in one language, until the content changes. It
    is kept for pages only: a view without a page (the search, a 404) links to the address
    asked for, query string included, which a visitor can make up. Never in a preview.
    """
    request = context["request"]
    page = context.get("page")
    if getattr(page, "pk", None) is None or getattr(request, "is_preview", False):
        return ""
    language = translation.get_language()
    return f"{rendered_until_changed(context)}:{language}:{request.path}"


@register.simple_tag(takes_context=True)
def page_head(context):
    """What the head says of the page: description, robots, canonical, sharing, icons
    (see ``metadata``)."""
    return metadata.page_head(context)


@register.simple_tag(takes_context=True)
def home_page(context):
    return navigation.current_home_page(context["request"])


@register.inclusion_tag("includes/main_menu.html", takes_context=True)
def main_menu(context):
    request = context["request"]
    current = context.get("page")
    items = [
        {
            "page": item,
            "url": item.get_url(request),
            "is_current": current is not None and current.pk == item.pk,
            "is_ancestor": current is not None
            and current.path.startswith(item.path)
            and current.pk != item.pk,
        }
        for item in navigation.menu_pages(request)
    ]
    return {"items": items, "home": navigation.current_home_page(request), "request": request}


@register.simple_tag(takes_context=True)
def site_name(context):
    """The name of the Wagtail site serving the request, e.g. "RESACOOP"."""
    site = Site.find_for_request(context["request"])
    return (site and site.site_name) or settings.WAGTAIL_SITE_NAME


@register.simple_tag(takes_context=True)
def footer_content(context):
    """Offices and links of the footer, in the visitor's language (see ``navigation``)."""
    return navigation.footer(context["request"])


@register.inclusion_tag("includes/breadcrumbs.html", takes_context=True)
def breadcrumbs(context):
    """The way back from the page to the home page (see ``navigation.breadcrumbs``)."""
    request = context["request"]
    return {
        "crumbs": navigation.breadcrumbs(request, context.get("page"), context.get("subpage")),
        "current": context.get("page_title") or getattr(context.get("page"), "title", ""),
    }


@register.simple_tag(takes_context=True)
def site_header(context):
    """The network's logo, if it has one (see ``navigation.header``)."""
    return navigation.header(context["request"])


@register.simple_tag(takes_context=True)
def home_highlights(context):
    """Sections and key numbers for the hero of the home page (see ``navigation``)."""
    return navigation.home_highlights(context["request"], context["page"])


@register.simple_tag(takes_context=True)
def menu_links(context):
    """The main menu's pages as ``(title, url)``, for the footer (cached, see ``navigation``)."""
    request = context["request"]
    return [(item.title, item.get_url(request)) for item in navigation.menu_pages(request)]


@register.simple_tag
def sibling_pages(page, ordering="path"):
    """The live pages of ``page``'s type beside it (itself included), in ``ordering``: the
    other missions beside a mission. One query."""
    return list(
        type(page).objects.live().public().sibling_of(page, inclusive=True).order_by(ordering)
    )
