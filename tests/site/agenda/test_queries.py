"""The agenda's pages cost a number of queries that does not grow with the events.

Measured with an empty cache (menus, footer, the agenda's own cached values all built), after
a first request has made the pictures' renditions. Most of each count is Wagtail's routing
and the site's layout; the agenda's own share is given beside each number.
"""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from resacoop.agenda.models import EventPage

from ..builders import make_map, make_relay
from .builders import make_event

# Routing (site, locale, the page and its ancestors, aliases, view restrictions) and the
# layout (content version, settings, menus, footer, offices, the footer's obligation pages)
# come first in every count.
EXPECTED = {
    # + the site's view restrictions, moments and départements, themes, audiences, events,
    # renditions
    "index": 23,
    "archive": 23,
    "filtered": 23,
    # + audiences, organiser, tags, translations for the language links, JSON-LD
    "event": 28,
    # + the content version, the site's root paths: the text itself is cached
    "event_ics": 12,
    # + the ends of the coming events and the events, each after the view restrictions
    "feed": 15,
}


@pytest.fixture
def many_events(agenda, home_page, image, request):
    relay = make_relay(make_map(home_page), departements="63", title="Relais")
    for number in range(request.param):
        make_event(
            relay if number % 5 == 0 else agenda,
            title=f"Événement {number}",
            in_days=(number % 7) - 3 or 1,
            departement="63" if number % 2 else "69",
            image=image,
            tags=[f"theme-{number % 3}"],
            audiences=["Jeunes"],
        )
    return agenda


def urls(agenda):
    event = EventPage.objects.get(title="Événement 3")
    return {
        "index": (agenda.url, {}),
        "archive": (agenda.url + "archive/", {}),
        "filtered": (agenda.url, {"departement": "63", "tag": "theme-0", "audience": "jeunes"}),
        "event": (event.url, {}),
        "event_ics": (event.url + "ical/", {}),
        "feed": (agenda.url + "ical/", {}),
    }


# One test a size, every page in it: making a hundred events is most of the test's time.
@pytest.mark.parametrize("many_events", [10, 100], indirect=True)
def test_query_count_does_not_grow_with_the_events(client, many_events):
    counts = {}
    for name, (url, query) in urls(many_events).items():
        client.get(url, query)  # makes the renditions of the pictures
        cache.clear()
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url, query)
        assert response.status_code == 200, name
        if name == "filtered":
            assert b"\xc3\x89v\xc3\xa9nement 3<" in response.content
        counts[name] = len(queries)

    assert counts == EXPECTED
