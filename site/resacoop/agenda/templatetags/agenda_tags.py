"""Coming events where the site's other pages show them.

``{% upcoming_events_of_relay page %}`` on a relay organisation's page and
``{% upcoming_events_of_map page selected %}`` on the map render the coming events of their
départements; the site's templates of network_map call them (templates/network_map/), so
that network_map knows nothing of the agenda.
"""

from django import template

from ..upcoming import upcoming_events

register = template.Library()

SHOWN = 4


@register.inclusion_tag("agenda/includes/upcoming.html", takes_context=True)
def upcoming_events_of_relay(context, relay):
    codes = relay.departement_codes
    found = upcoming_events(departements=codes, limit=SHOWN)
    return _section(context, found, codes, section_id="relay-upcoming-events")


@register.inclusion_tag("agenda/includes/upcoming.html", takes_context=True)
def upcoming_events_of_map(context, map_page, selected=None):
    if selected:
        codes = [selected["departement"].code]
    else:
        codes = [departement.code for departement in map_page.region_departements()]
    found = upcoming_events(departements=codes, limit=SHOWN)
    return _section(context, found, codes, section_id="map-upcoming-events")


def _section(context, found, codes, section_id):
    return {
        "request": context.get("request"),
        "events": found["events"],
        "agenda": found["agenda"],
        # One département: the agenda opens on its events.
        "more_query": f"departement={codes[0]}" if len(codes) == 1 else "",
        "section_id": section_id,
        "heading_level": 2,
        "card_heading_level": 3,
    }
