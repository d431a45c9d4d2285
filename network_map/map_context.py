"""What the map page's templates need, built from the cached relays of the map.

``NetworkMapPage.get_context`` calls ``map_context``; this module does not import the models,
so that they may import it.
"""

from wagtail.models import Page

from cms_blocks.languages import active_language

from . import departements as data
from .dataset import Filters, by_departement, relays_of


def map_context(map_page, request):
    """The state of the map that ``request`` asks for, for the page and its ``?fragment=map``.

    Returns:
        A dict with ``filters`` (checked), ``region`` (each département with its shown relays,
        their count and the query that chooses it), ``selected`` (the chosen one's item or
        None), ``shown_relays`` (those the filters keep), the options of the filters, the
        contact page and what the drawing needs.
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
        "contact_page": _contact_page(map_page),
        "attribution": data.attribution(),
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
