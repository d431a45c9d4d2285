"""What the layout of every public page needs: home pages, menu and language links.

Each lookup is made once per request and kept on it, so a template may ask twice for free.
"""

from dataclasses import dataclass

from django.conf import settings
from django.db.models import Q
from django.urls import translate_url
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Page, Site

from cms_blocks.content_version import cached_until_changed
from cms_blocks.languages import active_language

UNTRANSLATED_PARAMETER = "untranslated"


@dataclass(frozen=True)
class LanguageLink:
    code: str
    name: str
    url: str
    is_current: bool
    #: True when ``url`` is the same content in that language; False when it is the
    #: language's home page because the content has no translation there yet.
    is_translation: bool

    @property
    def is_default(self):
        """The site's source language: its page is the x-default alternate."""
        return self.code == settings.LANGUAGE_CODE


def _cached_on_request(request, attribute, compute):
    if not hasattr(request, attribute):
        setattr(request, attribute, compute())
    return getattr(request, attribute)


def _load_translations(request, translation_key=None):
    """Fetch, in one query, the home page of each language and the live translations of
    the page with ``translation_key``; keep the home pages on the request.

    Aliases are left out: they are copies of another language's page, not translations.
    Kept in the cache until the content changes.
    """
    site = Site.find_for_request(request)
    if site is None:
        request._resacoop_home_pages = {}
        return {}

    def fetch():
        root_key = Page.objects.filter(pk=site.root_page_id).values("translation_key")[:1]
        wanted = Q(translation_key=root_key)
        if translation_key is not None:
            wanted |= Q(translation_key=translation_key)
        return list(
            Page.objects.live().filter(wanted, alias_of__isnull=True).select_related("locale")
        )

    pages = cached_until_changed(f"resacoop:translations:{site.pk}:{translation_key}", fetch)
    home_key = next((page.translation_key for page in pages if page.pk == site.root_page_id), None)
    request._resacoop_home_pages = {
        page.locale.language_code: page for page in pages if page.translation_key == home_key
    }
    return {
        page.locale.language_code: page
        for page in pages
        if translation_key is not None and page.translation_key == translation_key
    }


def home_pages(request):
    """The live home page of each language, keyed by language code."""
    if not hasattr(request, "_resacoop_home_pages"):
        _load_translations(request)
    return request._resacoop_home_pages


def current_home_page(request):
    """The home page in the active language, or in the default language if it has none."""
    homes = home_pages(request)
    return homes.get(active_language()) or homes.get(settings.LANGUAGE_CODE)


def menu_pages(request):
    """Children of the current language's home page that editors chose to show in menus.

    Kept in the cache per home page until a page changes (see ``signals``).
    """

    def compute():
        home = current_home_page(request)
        if home is None:
            return []
        # Children of the home page being served: only their own restrictions hide them.
        children = home.get_children().live().in_menu().filter(view_restrictions__isnull=True)
        # With their content type (same query): the home page's hero picks sections by type.
        return cached_until_changed(
            f"resacoop:menu:{home.pk}",
            lambda: list(children.select_related("content_type").order_by("path")),
        )

    return _cached_on_request(request, "_resacoop_menu_pages", compute)


def language_links(request, page=None, subpage=None):
    """One link per enabled language, to ``page`` in that language where it exists.

    Where ``page`` has no live translation in a language, the link leads to that language's
    home page (``is_translation`` is then False). Without a Wagtail page (search, errors),
    the link is the same URL with the other language prefix. With a ``subpage``
    (``resacoop.core.pages.Subpage``), each link leads to that view of the page's translation.
    """

    def compute():
        active = active_language()
        translations = {}
        if page is not None:
            translations = _load_translations(request, page.translation_key)
        homes = home_pages(request)
        links = []
        for code, name in settings.LANGUAGES:
            if page is None:
                url, is_translation = translate_url(request.get_full_path(), code), True
            elif code in translations:
                url, is_translation = translations[code].get_url(request), True
                if subpage is not None:
                    url += subpage.paths.get(code, "")
                    is_translation = code in subpage.paths and code in subpage.translated
            elif code in homes:
                # The home page says the page the visitor came from is not translated yet.
                url = f"{homes[code].get_url(request)}?{UNTRANSLATED_PARAMETER}=1"
                is_translation = False
            else:
                continue
            links.append(LanguageLink(code, name, url, code == active, is_translation))
        return links

    return _cached_on_request(request, "_resacoop_language_links", compute)


def footer(request):
    """What the footer shows, in the active language: offices, contact, brochure, links; and
    the network's logo, which the header shows.

    Kept in the cache per site and language until a page, an office, a document or the
    settings change (see ``signals``).
    """

    def compute():
        site = Site.find_for_request(request)
        if site is None:
            return {}
        language = active_language()
        return cached_until_changed(
            f"resacoop:footer:{site.pk}:{language}", lambda: _footer_content(site)
        )

    return _cached_on_request(request, "_resacoop_footer", compute)


def _footer_content(site):
    from .models import NetworkSettings, Office

    # By language code: a join rather than a query for the locale first.
    offices = list(Office.objects.filter(locale__language_code=active_language()))
    if not offices:
        default = get_supported_content_language_variant(settings.LANGUAGE_CODE)
        offices = list(Office.objects.filter(locale__language_code=default))
    network = NetworkSettings.objects.filter(site=site).select_related(
        "brochure", "logo"
    ).first() or NetworkSettings(site=site)
    contact = network.contact_page_id and Page.objects.filter(pk=network.contact_page_id).first()
    contact = contact and contact.localized
    brochure = network.brochure
    return {
        "offices": [
            {
                "name": office.name,
                "address": office.address,
                "postcode": office.postcode,
                "city": office.city,
                "phone": office.phone,
                "email": office.email,
            }
            for office in offices
        ],
        "contact_url": contact.url if contact and contact.live else None,
        "email": network.email,
        "brochure": brochure
        and {
            "url": brochure.url,
            "title": brochure.title,
            "extension": brochure.file_extension.upper(),
            "size": brochure.get_file_size(),
        },
        "social_links": [
            {"label": link.value["label"], "url": link.value["url"]}
            for link in network.social_links
        ],
        "logo": _logo(network.logo),
    }


@dataclass(frozen=True)
class Crumb:
    title: str
    url: str


def breadcrumbs(request, page=None, subpage=None):
    """The way back from a page below a section (a member, a mission, a relay) or from a
    view of a routable page (a tag): its ancestors from the home page, linked.

    Empty on the home page and on the sections themselves, which the main menu marks. The
    ancestors come from the cached menu where they are in it (no query), else in one query.
    """

    def compute():
        home = current_home_page(request)
        if page is None or home is None or not page.path.startswith(home.path):
            return []
        if page.depth <= home.depth + 1 and subpage is None:
            return []
        wanted = page.depth - home.depth - 1  # the ancestors between the home page and page
        known = [item for item in menu_pages(request) if page.path.startswith(item.path)]
        known = [item for item in known if item.depth < page.depth]
        if len(known) == wanted:
            ancestors = sorted(known, key=lambda item: item.depth)
        else:
            ancestors = list(
                Page.objects.ancestor_of(page).filter(depth__gt=home.depth).order_by("depth")
            )
        trail = [home, *ancestors]
        if subpage is not None:
            trail.append(page)  # the tag's page leads back to the tag index
        return [Crumb(item.title, item.get_url(request)) for item in trail]

    return _cached_on_request(request, "_resacoop_breadcrumbs", compute)


def header(request):
    """The network's logo for the header, as a rendition (``url``, ``width``, ``height``), or
    None: the header then shows the site's name as a wordmark.

    Read with the footer's settings, in the same cached value (no query of its own).
    """
    return {"logo": footer(request).get("logo")}


#: Twice the height the header shows the logo at, for screens of high density; an SVG stays
#: an SVG (no format operation).
LOGO_FILTER = "max-800x224"


def _logo(image):
    from wagtail.images.models import SourceImageIOError

    if image is None:
        return None
    try:
        rendition = image.get_rendition(LOGO_FILTER)
    except SourceImageIOError:
        return None  # the file is missing: the wordmark rather than a broken image
    # An SVG's sizes are decimals; <img> takes whole pixels.
    return {
        "url": rendition.url,
        "width": round(rendition.width),
        "height": round(rendition.height),
    }


def home_highlights(request, home):
    """What the hero of ``home`` offers: links to the sections that present the network
    (its missions, its members, its map), and key numbers counted from the content: members,
    missions, offices and départements covered.

    The sections are the menu's pages of those types and the offices the footer's (both
    cached); members, missions and départements are counted in one query (two with a map)
    once per home page, and kept in the cache until the content changes.
    """
    from network_map.models import NetworkMapPage
    from resacoop.members.models import MemberIndexPage
    from resacoop.missions.models import MissionIndexPage

    kinds = [MissionIndexPage, MemberIndexPage, NetworkMapPage]
    found = {}
    for item in menu_pages(request):
        kind = item.content_type.model_class()
        if kind in kinds and kind not in found:
            found[kind] = {"title": item.title, "url": item.get_url(request)}
    counts = cached_until_changed(f"resacoop:facts:{home.pk}", lambda: _count_facts(home))
    return {
        "sections": [found[kind] for kind in kinds if kind in found],
        "counts": {**counts, "offices": len(footer(request).get("offices", []))},
    }


def _count_facts(home):
    from django.db.models import Count, Q

    from network_map.departements import in_region
    from network_map.models import NetworkMapPage
    from resacoop.members.models import MemberPage
    from resacoop.missions.models import MissionPage

    def of_type(model):
        return Q(
            content_type__app_label=model._meta.app_label,
            content_type__model=model._meta.model_name,
        )

    live = Page.objects.live().descendant_of(home)
    counts = live.aggregate(
        members=Count("pk", filter=of_type(MemberPage)),
        missions=Count("pk", filter=of_type(MissionPage)),
        maps=Count("pk", filter=of_type(NetworkMapPage)),
    )
    regions = set()
    if counts.pop("maps"):
        regions = set(
            NetworkMapPage.objects.live().descendant_of(home).values_list("region", flat=True)
        )
    return {**counts, "departements": sum(len(in_region(region)) for region in regions)}
