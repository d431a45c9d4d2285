"""The site's full URLs name its configured public address, and follow it when it moves."""

import json

import pytest
from bs4 import BeautifulSoup
from defusedxml import ElementTree
from django.core.exceptions import ImproperlyConfigured
from django.core.management import call_command
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Site

from resacoop.demo import site_setup

from ..builders import make_member, make_member_index

SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def full_urls(client, path, **headers):
    """The canonical link, the JSON-LD addresses and the sitemap's locations."""
    soup = BeautifulSoup(client.get(path, **headers).content, "html.parser")
    data = json.loads(soup.find("script", type="application/ld+json").string)
    sitemap = ElementTree.fromstring(client.get("/sitemap.xml", **headers).content)
    return {
        soup.select_one("link[rel=canonical]")["href"],
        data["url"],
        data["logo"],
        *(loc.text for loc in sitemap.iter(f"{SITEMAP}loc")),
    }


@pytest.fixture
def member(home_page):
    logo = Image.objects.create(title="Logo", file=get_test_image_file())
    index = make_member_index(home_page)
    return make_member(index, title="Groupe URD", acronym="URD", logo=logo)


def test_full_urls_follow_the_public_address_when_it_moves(client, settings, member, run_on_commit):
    for address in ["https://reseau.example", "http://127.0.0.1:8202"]:
        settings.WAGTAILADMIN_BASE_URL = address
        run_on_commit(site_setup.setup_site)

        urls = full_urls(client, member.url)
        assert len(urls) > 3
        assert {url for url in urls if not url.startswith(f"{address}/")} == set()


def test_a_hostile_host_header_reaches_no_full_url(client, settings, member, run_on_commit):
    settings.WAGTAILADMIN_BASE_URL = "https://reseau.example"
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "evil.example"]
    run_on_commit(site_setup.setup_site)

    urls = full_urls(client, member.url, HTTP_HOST="evil.example")
    assert not [url for url in urls if "evil" in url]


def test_setup_site_says_the_public_address(settings, db):
    settings.WAGTAILADMIN_BASE_URL = "https://reseau.example/"
    lines = []

    site_setup.setup_site(log=lines.append)

    assert "Public address: https://reseau.example/" in lines
    site = Site.objects.get(is_default_site=True)
    assert (site.hostname, site.port) == ("reseau.example", 443)


@pytest.mark.parametrize("address", ["", "reseau.example", "ftp://reseau.example", "https://"])
def test_an_address_that_is_not_one_is_a_clear_error(settings, db, address):
    settings.WAGTAILADMIN_BASE_URL = address

    with pytest.raises(ImproperlyConfigured, match="public address"):
        call_command("setup_site")
