"""What the map page's templates need, built from the cached relays of the map.

``NetworkMapPage.get_context`` calls ``map_context``; this module does not import the models,
so that they may import it.
"""

from wagtail.models import Page

from cms_blocks.content_version import content_version
from cms_blocks.languages import active_language

from . import departements as data
from .conf import get_setting
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
    drawing = _drawing(map_page, region, shown, selected)
    audiences = {a["slug"]: a["name"] for relay in relays for a in relay["audiences"]}
    tags = {t["slug"]: t["name"] for relay in relays for t in relay["tags"]}
    return {
        "filters": filters,
        "region": region,
        "region_name": data.regions().get(map_page.region, ""),
        "view_box": drawing["view_box"],
        "drawing": drawing,
        "selected": selected,
        "shown_relays": shown,
        "audience_options": sorted(audiences.items(), key=lambda item: item[1].casefold()),
        "tag_options": sorted(tags.items(), key=lambda item: item[1].casefold()),
        "contact_page": _contact_page(map_page),
        "attribution": data.attribution(),
        # The drawing and lists are kept rendered under these (includes/map_cached.html).
        "content_version": content_version(),
        "map_cache_timeout": get_setting("CACHE_TIMEOUT"),
    }


# Sizes in the units of the drawing, as shares of the width of the region's view box, so
# that a small region and a large one look alike on screen.
NAME_SIZE = 1 / 24  # about 14 px on a phone (the map 350 px wide), 22 px on a desktop
MARKER_RADIUS = 1 / 60
# Width of a name, in font sizes per character (a generous average for a sans-serif font).
CHARACTER_WIDTH = 0.6


def _drawing(map_page, region, shown, selected):
    """What the SVG of the map draws beside the départements' outlines.

    Returns:
        ``view_box`` (None when nothing of the region is drawn), ``names`` (one per drawn
        département and per marker: where its name is written, kept inside the view box),
        ``markers`` (the shown relays with coordinates inside the view box), ``name_size``,
        ``marker_radius`` and the inset (``inset_view_box``, ``inset_region``; the
        country is a static file).
    """
    drawn = [item["departement"] for item in region if item["departement"].is_drawn]
    view_box = data.view_box(drawn)
    if view_box is None:
        return {"view_box": None}
    left, top, width, height = (float(value) for value in view_box.split())
    size = round(width * NAME_SIZE, 1)
    radius = round(width * MARKER_RADIUS, 1)

    def name_at(text, x, y):
        # Centred on (x, y), moved inwards where the name would cross the edge of the view.
        half = len(text) * CHARACTER_WIDTH * size / 2
        x = min(max(x, left + half), left + width - half)
        y = min(max(y, top + size), top + height - size / 2)
        return {"x": round(x, 1), "y": round(y, 1)}

    selected_code = selected["departement"].code if selected else None
    for item in region:
        departement = item["departement"]
        if departement.is_drawn:
            item["name_id"] = f"network-map-name-{departement.code}"
            item["name_at"] = name_at(departement.name, *departement.label)
            item["name_shown"] = departement.code == selected_code
    markers = []
    for relay in shown:
        point = relay.get("point")
        if point and left <= point["x"] <= left + width and top <= point["y"] <= top + height:
            markers.append(
                {
                    "relay": relay,
                    "name_id": f"network-map-name-relay-{relay['id']}",
                    # The relay's name just above its marker.
                    "name_at": name_at(relay["name"], point["x"], point["y"] - radius * 1.8),
                }
            )
    return {
        "view_box": view_box,
        "name_size": size,
        "marker_radius": radius,
        "markers": markers,
        "inset_view_box": data.country_view_box(),
        "inset_region": data.inset_region(map_page.region),
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
