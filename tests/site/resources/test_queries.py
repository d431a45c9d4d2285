"""The resource centre costs a number of queries that does not grow with its resources.

Measured with an empty cache, after a first request has filled Wagtail's cache of the
site's root paths. Most of each count is Wagtail's routing and the site's layout.
"""

import pytest
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext

from resacoop.resources.models import ResourcePage

from ..builders import make_member, make_member_index
from .builders import make_resource

EXPECTED = {
    # + the resources' facet values, their themes, the themes' labels, the page's resources
    "index": 21,
    # + the search
    "filtered": 22,
    # + authors with their pages, tags, the country pages' data, translations, JSON-LD
    "resource": 27,
    # + the content version, then (not cached yet) the resources, themes, labels, authors and
    # their pages
    "csv": 16,
    "json": 16,
}

COUNTRIES = ["SN", "BF", "ML", "MG", "HT", "BJ", "MA", "KH", "AM"]
KINDS = ["guide", "study", "toolkit", "training", "video", "experience"]


@pytest.fixture
def many_resources(resource_index, home_page, document, request):
    members = make_member_index(home_page)
    member = make_member(members, title="Ville de Grenoble")
    for number in range(request.param):
        make_resource(
            resource_index,
            title=f"Ressource {number}",
            kind=KINDS[number % len(KINDS)],
            year=2015 + number % 10,
            countries=COUNTRIES[number % 9 : number % 9 + 2],
            languages=["fr", "en"][: 1 + number % 2],
            tags=[f"theme-{number % 4}", "eau"],
            authors=[member, f"Organisation {number}"],
            document=document if number % 2 else None,
        )
    return resource_index


def urls(index):
    resource = ResourcePage.objects.get(title="Ressource 1")
    return {
        "index": (index.url, {}),
        "filtered": (index.url, {"kind": "study", "country": "BF", "q": "ressource"}),
        "resource": (resource.url, {}),
        "csv": (index.url + "data/csv/", {}),
        "json": (index.url + "data/json/", {}),
    }


@pytest.mark.parametrize("many_resources", [6, 60], indirect=True)
def test_query_count_does_not_grow_with_the_resources(client, many_resources):
    counts = {}
    for name, (url, query) in urls(many_resources).items():
        client.get(url, query)
        cache.clear()
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url, query)
        assert response.status_code == 200, name
        counts[name] = len(queries)

    assert counts == EXPECTED
