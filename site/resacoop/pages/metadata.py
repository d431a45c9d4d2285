"""What the head of a public page tells search engines and social networks about it.

One place decides, for every page type and listing: the description, whether the page is
indexed, its canonical address and hreflang alternates, its Open Graph and Twitter card tags,
and the site's icons. ``base.html`` shows what :func:`page_head` returns.

Absolute addresses start with the root URL of the Wagtail site serving the request (its
``Site`` record, which ``setup_site`` keeps on the public address), never with the request's
``Host`` header: a forged header must not reach a canonical link, a shared address or the
sitemap, even where ``ALLOWED_HOSTS`` lets it through.
"""

from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.conf import settings
from django.templatetags.static import static
from django.utils.translation import to_locale
from wagtail.images.exceptions import InvalidFilterSpecError
from wagtail.images.models import SourceImageIOError
from wagtail.models import Site

from cms_blocks.content_version import cached_until_changed
from cms_blocks.languages import active_language
from cms_blocks.prefetch import prefetch_renditions
from network_map.models import NetworkMapPage
from resacoop.members.models import MemberIndexPage
from resacoop.tags.models import TagIndexPage

from . import navigation

#: Search engines show about this many characters of a description.
DESCRIPTION_LENGTH = 160
NOINDEX = "noindex, follow"
#: The network's sharing image fills the frame social networks show (1.91:1).
SHARING_IMAGE_FILTER = "fill-1200x630"
#: A page's own picture is a logo or a pictogram: shown whole, never cropped.
PAGE_PICTURE_FILTER = "max-1200x630"
ICON_FILTERS = {"png": "fill-32x32|format-png", "apple": "fill-180x180|format-png"}
FAVICON_FILTER = "fill-48x48|format-ico"


@dataclass(frozen=True)
class SharingImage:
    url: str  # absolute
    width: int
    height: int
    alt: str

    @property
    def is_wide(self):
        """Twitter shows a wide image as a large card, a square one (a logo) as a thumbnail."""
        return self.width >= 1.5 * self.height


@dataclass(frozen=True)
class Icon:
    rel: str
    url: str
    type: str
    sizes: str = ""


@dataclass
class Head:
    title: str = ""
    description: str = ""
    #: The robots meta tag's content; empty when the page is indexed as usual.
    robots: str = ""
    #: Absolute; None when the view is not indexed (its address is not a canonical one).
    canonical: str | None = None
    #: ``[(hreflang, absolute URL)]``, x-default last; empty unless the view is indexed.
    alternates: list = field(default_factory=list)
    #: og:url: the canonical address, else the view's own address; None without a view
    #: to share (error pages).
    url: str | None = None
    locale: str = ""
    locale_alternates: list = field(default_factory=list)
    image: SharingImage | None = None
    site_name: str = ""
    #: Open Graph's type of a page that is not an article with an author and a date (none
    #: of the site's page types has both).
    type: str = "website"
    icons: list = field(default_factory=list)

    @property
    def twitter_card(self):
        return "summary_large_image" if self.image and self.image.is_wide else "summary"


def page_head(context):
    """The ``Head`` of the page or view a template renders, from its context.

    Reads ``request`` and, where given: ``page``; ``page_title`` and ``page_description``
    (a view's own: a tag, the search); ``subpage`` (a view of a routable page, see
    ``resacoop.core.pages``); ``noindex`` (a view that is never indexed; a page type says
    so with ``indexed_by_search_engines``); and the listings'
    own state (``directory``, ``filters``).
    """
    request = context["request"]
    page = context.get("page")
    site = Site.find_for_request(request)
    root = site.root_url if site else ""
    identity = site_identity(site)
    head = Head(site_name=(site and site.site_name) or settings.WAGTAIL_SITE_NAME)
    head.icons = [Icon(**icon) for icon in identity["icons"]]
    head.title = context.get("page_title") or (page and (page.seo_title or page.title)) or ""
    if page is None and not context.get("page_title"):
        return head  # an error page: nothing to describe or share

    query = _canonical_query(context, page)
    indexed = getattr(page, "indexed_by_search_engines", True)
    if context.get("noindex") or query is None or not indexed:
        head.robots = NOINDEX
        head.url = _absolute(root, request.get_full_path())
    elif page is not None:
        head.canonical = _absolute(root, _view_path(page, context, request) + query)
        head.url = head.canonical
    else:
        head.url = _absolute(root, request.path)

    language = active_language()
    head.locale = open_graph_locale(language)
    links = navigation.language_links(request, page, context.get("subpage"))
    # Alternates are for an indexed view whose translations are the same content: not for
    # the later pages of a listing (the other languages' pages would not match).
    if head.canonical and not query and _is_translated_here(links, language):
        translations = [link for link in links if link.is_translation]
        head.alternates = [(link.code, _absolute(root, link.url)) for link in translations]
        default = next((link for link in translations if link.is_default), None)
        if default is not None:
            head.alternates.append(("x-default", _absolute(root, default.url)))
        head.locale_alternates = [
            open_graph_locale(link.code) for link in translations if link.code != language
        ]

    if "page_description" in context:
        head.description = shorten(context["page_description"])
    elif page is not None and context.get("subpage") is None:
        # Not a subpage's: a tag's page is not described by its index's introduction.
        head.description = describe(page)
    if page is not None:
        head.image = _page_picture(page, root)
    if head.image is None:
        head.image = _sharing_image(identity["sharing_image"], root)
    return head


def _absolute(root, url):
    """``url`` on the site's root URL, unless it is already absolute (a page of another
    Wagtail site). Joined, not resolved: a path starting "//" stays on this site."""
    if url.startswith(("http://", "https://")):
        return url
    return f"{root}/{url.lstrip('/')}"


def _canonical_query(context, page):
    """The query string the canonical address keeps ("" or "?page=2"), or None when this view
    is not indexed. Decided listing by listing; any other parameter (``utm_source``...)
    changes nothing shown, so the canonical address leaves it out."""
    directory = context.get("directory")
    if isinstance(page, MemberIndexPage) and directory is not None:
        # A category or a tag shows part of the directory, and an unknown value a message
        # and no member: another content than the directory's, not to be indexed, but its
        # links are followed to the members (all of whom the whole directory lists). The
        # pages of the whole directory are its content, so each is its own canonical page.
        if directory.category or directory.tag or directory.messages:
            return None
        number = directory.page.number
        return f"?{urlencode({'page': number})}" if number > 1 else ""
    filters = context.get("filters")
    if isinstance(page, NetworkMapPage) and filters is not None:
        # A département opens its panel, an audience or a tag keeps some relays, an unknown
        # value shows a message: another content than the whole map, not indexed (its
        # links are followed to the relays, all of which the whole map lists). Empty values
        # (``?departement=``) show the whole map: it is the canonical page.
        if filters.as_query() or filters.errors:
            return None
        return ""
    subpage = context.get("subpage")
    if isinstance(page, TagIndexPage) and subpage is not None:
        # A tag's page is indexed in the languages where it lists pages; elsewhere it only
        # says that nothing is tagged yet.
        return "" if active_language() in subpage.translated else None
    return ""


def _view_path(page, context, request):
    """The path of the view of ``page`` being shown: the page's, or its subpage's."""
    path = page.get_url(request) or ""
    subpage = context.get("subpage")
    if subpage is not None:
        path += subpage.paths.get(active_language(), "")
    return path


def _is_translated_here(links, language):
    # A view is in its own hreflang set only if it is a translation in its language too.
    return any(link.code == language and link.is_translation for link in links)


def describe(page):
    """The page's description: its search description, else its summary or introduction.

    Whitespace is collapsed and the text cut at a word near ``DESCRIPTION_LENGTH``
    characters. Empty when the page has none of them.
    """
    return shorten(
        page.search_description
        or getattr(page, "card_summary", "")
        or getattr(page, "introduction", "")
        or ""
    )


def shorten(text):
    """``text`` on one line, cut at a word before ``DESCRIPTION_LENGTH`` characters."""
    text = " ".join(str(text).split())
    if len(text) > DESCRIPTION_LENGTH:
        text = text[: DESCRIPTION_LENGTH - 1].rsplit(" ", 1)[0].rstrip(" ,;:.") + "…"
    return text


def open_graph_locale(language_code):
    """The Open Graph locale of a language: ``fr_FR``, from ``RESACOOP_OPEN_GRAPH_LOCALES``."""
    locales = getattr(settings, "RESACOOP_OPEN_GRAPH_LOCALES", {})
    return locales.get(language_code) or to_locale(language_code)


def _page_picture(page, root):
    """The page's own picture (the logo of a member or relay, a mission's pictogram) as a
    sharing image: the image its cards show (``card_image_field``)."""
    image_field = getattr(page, "card_image_field", None)
    image = image_field and getattr(page, image_field, None)
    if image is None:
        return None
    # The page's template shows other renditions of the same image: one query for them all.
    prefetch_renditions([image])
    rendition = _rendition(image, PAGE_PICTURE_FILTER)
    return _sharing_image(rendition, root)


def _sharing_image(rendition, root):
    """A rendition (see ``_rendition``) as a ``SharingImage``, at an absolute address: media
    may be served from the site or from another host (a CDN)."""
    if rendition is None:
        return None
    return SharingImage(**{**rendition, "url": _absolute(root, rendition["url"])})


def _rendition(image, filter_spec):
    try:
        rendition = image.get_rendition(filter_spec)
    except SourceImageIOError:
        return None  # the file is missing: no image rather than a broken page
    except InvalidFilterSpecError:
        return None  # an SVG has no PNG or ICO rendition: the site's own icons instead
    return {
        "url": rendition.url,
        "width": rendition.width,
        "height": rendition.height,
        "alt": image.default_alt_text,
    }


def site_identity(site):
    """The icons, ``/favicon.ico`` and default sharing image of ``site`` (paths, not
    absolute URLs).

    From its ``NetworkSettings``, else the site's own default icons; kept in the cache until
    the content changes (settings and images are watched, see ``cms_blocks.content_version``).
    """
    if site is None:
        return _identity(None)
    return cached_until_changed(f"resacoop:identity:{site.pk}", lambda: _identity(site))


def _identity(site):
    from .models import NetworkSettings

    network = site and (
        NetworkSettings.objects.filter(site=site).select_related("icon", "sharing_image").first()
    )
    identity = {
        "icons": default_icons(),
        "favicon": static("resacoop/icons/favicon.ico"),
        "sharing_image": None,
    }
    if network and network.icon:
        # Renditions of the network's image, which is not SVG (Wagtail takes no SVG here).
        prefetch_renditions([network.icon])
        png = _rendition(network.icon, ICON_FILTERS["png"])
        apple = _rendition(network.icon, ICON_FILTERS["apple"])
        favicon = _rendition(network.icon, FAVICON_FILTER)
        if png and apple and favicon:
            identity["icons"] = [
                {"rel": "icon", "url": png["url"], "type": "image/png", "sizes": "32x32"},
                {"rel": "apple-touch-icon", "url": apple["url"], "type": "image/png"},
            ]
            identity["favicon"] = favicon["url"]
    if network and network.sharing_image:
        identity["sharing_image"] = _rendition(network.sharing_image, SHARING_IMAGE_FILTER)
    return identity


def default_icons():
    """The site's own icons, for a network that has not chosen one: SVG first, PNG for the
    browsers without SVG icons, and the touch icon of Apple's devices."""
    return [
        {"rel": "icon", "url": static("resacoop/icons/icon.svg"), "type": "image/svg+xml"},
        {
            "rel": "icon",
            "url": static("resacoop/icons/icon-32.png"),
            "type": "image/png",
            "sizes": "32x32",
        },
        {
            "rel": "apple-touch-icon",
            "url": static("resacoop/icons/apple-touch-icon.png"),
            "type": "image/png",
        },
    ]
