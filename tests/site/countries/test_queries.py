"""The world map and a country page cost a number of queries that does not grow with the
content, and the map page stays small with many partner countries."""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from resacoop.countries import world

from ..resources.builders import make_resource, make_resource_index
from .builders import build_world, make_partner_countries_page

# Routing and the layout (content version, settings, menus, footer) come first in every
# count; then, with an empty cache, the partner countries of every language: the site's
# view restrictions and one query per source (resources twice: experiences and others,
# events, members).
EXPECTED = {
    # + the partners (5)
    "map": 23,
    # + the partners (5), the pages about the country (restrictions, then one per source: 5)
    #   and the page's translations for the language links
    "country": 29,
    # + the member's own, the partners (5) and the index's address
    "member": 28,
}
# Once the partners and the drawn map are cached (the next requests of a content version),
# the map page costs its routing and layout only; a country page, its own lists besides.
# (Routing itself then costs the page's own query only: the site, the locale, the home page,
# the way down to the page, its view restrictions and its translations come from the cache
# too, see resacoop.middleware.routing.)
EXPECTED_WARM = {"map": 3, "country": 9}


def urls(found):
    base = found["countries"].url
    return {"map": base, "country": base + "sn/", "member": found["members"][1].url}


@pytest.mark.parametrize("scale", [1, 10])
def test_query_count_does_not_grow_with_the_content(client, home_page, scale):
    found = build_world(home_page, scale=scale, translate=False)
    counts, warm = {}, {}
    for name, url in urls(found).items():
        assert client.get(url).status_code == 200
        cache.clear()
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        counts[name] = len(queries)
        if name in EXPECTED_WARM:
            with CaptureQueriesContext(connection) as queries:
                client.get(url)
            warm[name] = len(queries)

    assert counts == EXPECTED
    assert warm == EXPECTED_WARM


def test_the_map_page_stays_under_150_kb_with_50_partner_countries(client, home_page):
    page = make_partner_countries_page(home_page)
    resources = make_resource_index(home_page)
    # The 50 countries with the longest outlines: the heaviest map there can be.
    heaviest = sorted(world.outlines().values(), key=lambda o: len(o.path), reverse=True)[:50]
    for number, outline in enumerate(heaviest):
        make_resource(
            resources,
            title=f"Fiche {number}",
            slug=f"fiche-{number}",
            kind="experience",
            countries=[outline.code],
        )

    html = client.get(page.url).content

    assert html.count(b'class="world-map__country ') == 50
    assert len(html) < 150_000, len(html)
