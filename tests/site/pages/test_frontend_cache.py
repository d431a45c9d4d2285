"""A CDN in front of the site is told about every address that shows a changed page."""

import pytest
from wagtail.contrib.frontend_cache.backends.base import BaseBackend

from resacoop.settings.environment import frontend_cache_from_environment

from ..builders import (
    make_map,
    make_member,
    make_member_index,
    make_relay,
    make_standard_page,
    translation_of,
)

PURGED = []


class RecordingBackend(BaseBackend):
    """Stands for Cloudflare or Varnish: remembers the addresses it is asked to purge."""

    def purge(self, url):
        PURGED.append(url)


@pytest.fixture
def frontend_cache(settings):
    settings.WAGTAILFRONTENDCACHE = {
        "default": {"BACKEND": "tests.site.pages.test_frontend_cache.RecordingBackend"}
    }
    PURGED.clear()
    return PURGED


def test_publishing_purges_every_language_and_the_pages_above(
    frontend_cache, standard_page, home_page
):
    child = make_standard_page(standard_page, title="Fiche", slug="fiche")
    frontend_cache.clear()

    child.save_revision().publish()

    expected = {
        "http://testserver/fr/a-propos/fiche/",
        "http://testserver/fr/a-propos/",
        "http://testserver/fr/",
        f"http://testserver{translation_of(standard_page, 'en').url}",
        f"http://testserver{translation_of(standard_page, 'es').url}",
        "http://testserver/en/",
        "http://testserver/es/",
    }
    assert expected <= set(frontend_cache)


def test_relay_change_purges_the_map_and_its_open_data(frontend_cache, home_page):
    map_page = make_map(home_page)
    relay = make_relay(map_page, title="Relais")
    frontend_cache.clear()

    relay.save_revision().publish()

    for path in ["", "relays.geojson", "relays.csv"]:
        assert f"http://testserver{map_page.url}{path}" in frontend_cache


def test_publishing_purges_pages_whose_blocks_list_it(frontend_cache, home_page, image):
    directory = make_member_index(home_page)
    member = make_member(directory, title="Membre", logo=image)
    page = make_standard_page(
        home_page,
        title="Nos partenaires",
        slug="partenaires",
        body=[("members", {"title": "", "category": None, "members": [member]})],
    )
    frontend_cache.clear()

    member.save_revision().publish()

    assert f"http://testserver{page.url}" in frontend_cache


def test_no_cdn_nothing_purged(home_page, standard_page):
    PURGED.clear()

    standard_page.save_revision().publish()

    assert PURGED == []


@pytest.mark.parametrize(
    ("environment", "backend"),
    [
        ({}, None),
        (
            {
                "FRONTEND_CACHE": "cloudflare",
                "CLOUDFLARE_BEARER_TOKEN": "t",
                "CLOUDFLARE_ZONEID": "z",
            },
            "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
        ),
        (
            {"FRONTEND_CACHE": "http", "FRONTEND_CACHE_LOCATION": "http://127.0.0.1:6081"},
            "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        ),
    ],
)
def test_cdn_is_configured_from_the_environment(monkeypatch, environment, backend):
    for name in ["FRONTEND_CACHE", "CLOUDFLARE_BEARER_TOKEN", "CLOUDFLARE_ZONEID"]:
        monkeypatch.delenv(name, raising=False)
    for name, value in environment.items():
        monkeypatch.setenv(name, value)

    config = frontend_cache_from_environment()

    assert (config["default"]["BACKEND"] if config else None) == backend


def test_incomplete_cdn_configuration_is_refused(monkeypatch):
    from django.core.exceptions import ImproperlyConfigured

    monkeypatch.setenv("FRONTEND_CACHE", "cloudflare")
    monkeypatch.delenv("CLOUDFLARE_ZONEID", raising=False)

    with pytest.raises(ImproperlyConfigured, match="ZONEID"):
        frontend_cache_from_environment()
