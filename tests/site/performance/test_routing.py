"""Routing from the cache: the Site Wagtail would choose, and a change of it seen at once."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Site

from resacoop.middleware.routing import site_for

from ..resources.builders import make_resource, make_resource_index


def site(pk, hostname, port=80, default=False):
    return Site(pk=pk, hostname=hostname, port=port, is_default_site=default)


@pytest.mark.parametrize(
    ("hostname", "port", "expected"),
    [
        ("resacoop.org", 443, 2),  # hostname and port
        ("resacoop.org", 8080, 1),  # hostname of the default site
        ("ailleurs.org", 80, 1),  # the default site
        ("autre.org", 80, 3),  # the one site with this hostname, not the default
    ],
)
def test_the_site_chosen_is_wagtails_choice(hostname, port, expected):
    sites = [
        site(1, "resacoop.org", 80, default=True),
        site(2, "resacoop.org", 443),
        site(3, "autre.org", 8000),
    ]

    assert site_for(hostname, port, sites).pk == expected


def test_no_site_without_a_default_or_a_match():
    assert site_for("ailleurs.org", 80, [site(1, "resacoop.org")]) is None


def test_a_new_address_of_the_site_is_served_at_once(client, home_page):
    assert client.get("/fr/", HTTP_HOST="www.resacoop.test").status_code == 200

    default = Site.objects.get(is_default_site=True)
    default.is_default_site = False
    default.hostname = "resacoop.test"
    default.save()

    # Routing reads the sites under the content version, which saving a site changes.
    assert client.get("/fr/", HTTP_HOST="resacoop.test").status_code == 200
    assert client.get("/fr/", HTTP_HOST="www.resacoop.test").status_code == 404


# Pages found from the cached way down to them (``route_from``).


def child_lookups(client, url):
    """Status of a returning visitor's request of ``url`` and Wagtail's child-by-slug
    lookups it made."""
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    lookups = [q["sql"] for q in queries if '"wagtailcore_page"."slug" =' in q["sql"]]
    return response.status_code, lookups


@pytest.fixture
def resources(home_page):
    index = make_resource_index(home_page)
    return index, make_resource(index, title="Un guide", slug="guide")


def test_a_page_deep_in_the_tree_is_found_without_walking_down_to_it(client, resources):
    _, guide = resources

    assert child_lookups(client, guide.url) == (200, [])


def test_a_renamed_or_moved_page_is_found_at_its_new_address_at_once(client, home_page, resources):
    index, guide = resources
    old = guide.url
    assert client.get(old).status_code == 200

    guide.slug = "guide-2025"
    guide.save_revision().publish()
    assert client.get(old).status_code == 404
    assert client.get("/fr/ressources/guide-2025/").status_code == 200

    other = make_resource_index(home_page, title="Archives", slug="archives")
    guide.move(other, pos="last-child")
    # The old address is no longer the page (Wagtail's redirects may lead to the new one).
    assert client.get("/fr/ressources/guide-2025/").status_code in (301, 404)
    assert client.get("/fr/archives/guide-2025/").status_code == 200


def test_a_routable_page_above_still_answers_its_own_addresses(client, resources):
    # A resource named "data" is a child of the index, but the index's own address
    # data/csv/ goes to the index (Wagtail asks a routable page first), even when the way
    # to the resource "data" is known.
    index, _ = resources
    make_resource(index, title="Data", slug="data")
    assert client.get("/fr/ressources/data/").status_code == 200
    assert client.get("/fr/ressources/data/").status_code == 200

    response = client.get("/fr/ressources/data/csv/")

    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")


def test_an_address_that_leads_nowhere_is_a_404_and_is_not_remembered(client, resources):
    index, guide = resources
    for _ in range(2):
        assert client.get(guide.url + "nulle-part/").status_code == 404
        assert client.get("/fr/nulle-part/encore/").status_code == 404
    assert client.get("/fr/" + "a/" * 40).status_code == 404
    # Unpublished: not served, although the way to it was known.
    guide.unpublish()
    assert client.get(guide.url or "/fr/ressources/guide/").status_code == 404
