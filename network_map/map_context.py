"""What the map page's templates need, built from the cached relays of the map.

``NetworkMapPage.get_context`` calls ``map_context``; this module does not import the models,
so that they may import it.
"""

from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from wagtail.models import Page

from cms_blocks.languages import active_language

from . import departements as data
from .dataset import Filters, by_departement, relays_of


def map_context(map_page, request):
    """The state of the map that ``request`` asks for.

    Returns:
        A dict with ``filters`` (checked), ``region`` (each département with its shown relays,
        their count and the query that chooses it), ``selected`` (the chosen one's item or
        None), ``shown_relays`` (those the filters keep), the options of the filters, what
        the drawing needs, and the relays and strings of the page's script.
    """
    relays = relays_of(map_page, request)["relays"]
    filters = Filters.from_query(request.GET, map_page, relays)
    shown = [relay for relay in relays if filters.matches(relay, with_departement=False)]
    region = by_departement(map_page, shown)
    for item in region:
        item["query"] = filters.as_query(departement=item["departement"].code)
    selected = next(
        (item for item in region if item["departement"].code == filters.departement), None
    )
    audiences = {a["slug"]: a["name"] for relay in relays for a in relay["audiences"]}
    tags = {t["slug"]: t["name"] for relay in relays for t in relay["tags"]}
    return {
        "filters": filters,
        "region": region,
        "region_name": data.regions().get(map_page.region, ""),
        "view_box": data.view_box([item["departement"] for item in region]),
        "selected": selected,
        "shown_relays": shown,
        "audience_options": sorted(audiences.items(), key=lambda item: item[1].casefold()),
        "tag_options": sorted(tags.items(), key=lambda item: item[1].casefold()),
        "relays_data": _embedded(relays, map_page),
        "map_strings": _strings(map_page, request),
        "attribution": data.attribution(),
    }


def _embedded(relays, map_page):
    """The relays for the page's script, lean: labels are listed once, relays name them."""
    return {
        "relays": [
            {
                "name": relay["name"],
                "url": relay["url"],
                "departements": relay["departements"],
                "city": relay["city"],
                "email": relay["email"],
                "phone": relay["phone"],
                "website": relay["website"],
                "logo": relay["logo"],
                "audiences": [audience["slug"] for audience in relay["audiences"]],
                "tags": [tag["slug"] for tag in relay["tags"]],
                "point": [relay["point"]["x"], relay["point"]["y"]] if relay["point"] else None,
            }
            for relay in relays
        ],
        "audiences": {a["slug"]: a["name"] for relay in relays for a in relay["audiences"]},
        "departements": {d.code: d.name for d in map_page.region_departements()},
    }


def _strings(map_page, request):
    contact = _contact_page(map_page)
    return {
        "relaysIn": _("Relays in %(name)s"),
        "noRelay": _("There is no relay in %(name)s yet."),
        "choose": _("Choose a département"),
        "chooseHelp": _(
            "Select a département on the map, or in the list below, to see its relay organisations."
        ),
        "worksWith": _("Works with:"),
        "website": _("Website"),
        "contact": _("Contact the network"),
        "contactUrl": contact.get_url(request) if contact else "",
        # Counts by CLDR plural category, as the browser's Intl.PluralRules names them.
        "count": {
            "one": ngettext("%(name)s: %(count)s relay", "%(name)s: %(count)s relays", 1),
            "other": ngettext("%(name)s: %(count)s relay", "%(name)s: %(count)s relays", 2),
        },
    }


def _contact_page(map_page):
    """The map's contact page in the visitor's language, else as chosen, if it is live."""
    if map_page.contact_page_id is None:
        return None
    chosen = Page.objects.filter(pk=map_page.contact_page_id).values("translation_key")
    translations = Page.objects.live().filter(translation_key__in=chosen, alias_of__isnull=True)
    return (
        translations.filter(locale__language_code=active_language()).first()
        or translations.filter(pk=map_page.contact_page_id).first()
    )
