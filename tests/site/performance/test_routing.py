"""Routing from the cache: the Site Wagtail would choose, and a change of it seen at once."""

import pytest
from wagtail.models import Site

from resacoop.middleware.routing import site_for


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
