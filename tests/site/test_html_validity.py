"""Every public page type, in every language, is valid HTML for the Nu HTML Checker.

The checker is the W3C's own (``vnu-jar`` from npm, run by Java). The pages are the demo's:
one of each page type, a tag page, a filtered directory and map, search results and the 404
page, in French, English and Spanish, checked in one run of the checker.
"""

import json
import shutil
import subprocess
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from django.utils import translation

from network_map.models import NetworkMapPage
from resacoop.tags.models import TagIndexPage

from ..chromium import require
from .demo.test_demo import LANGUAGES, PAGE_TYPES, load_demo

VNU = (
    Path(__file__).resolve().parents[2] / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
)


def first_link_below(client, url):
    """The first link of the page at ``url`` to an address under it, query strings included."""
    soup = BeautifulSoup(client.get(url).content, "html.parser")
    for link in soup.find_all("a", href=True):
        address = urlsplit(link["href"])
        target = address.path + (f"?{address.query}" if address.query else "")
        if address.path.startswith(url) and target != url and not address.netloc:
            return target
    raise AssertionError(f"no link below {url}")


def addresses(client, language):
    """One address of each kind of public page in ``language``."""
    urls = [
        page_type.objects.live().filter(locale__language_code=language).first().url
        for page_type in PAGE_TYPES
    ]
    tag_index = TagIndexPage.objects.live().get(locale__language_code=language)
    map_url = NetworkMapPage.objects.live().get(locale__language_code=language).url
    with translation.override(language):
        search = reverse("search")
    return [
        *urls,
        first_link_below(client, tag_index.url),
        map_url + "?departement=07",
        f"{search}?q=coop",
        f"/{language}/no-such-page/",
    ]


@pytest.mark.django_db(transaction=True)
def test_every_page_type_in_every_language_is_valid_html(client, tmp_path):
    java = shutil.which("java")
    require(java, "Java is not installed (apt-get install default-jre-headless)")
    require(VNU.exists(), "vnu-jar is not installed (run npm ci)")
    load_demo("--password", "demo-password")

    checked = {}
    for language in LANGUAGES:
        for url in addresses(client, language):
            response = client.get(url)
            assert response.status_code in (200, 404), url
            path = tmp_path / f"page-{len(checked)}.html"
            path.write_bytes(response.content)
            checked[str(path)] = url
    result = subprocess.run(  # noqa: S603 - the checker from node_modules, our pages
        [java, "-jar", VNU, "--errors-only", "--format", "json", "--exit-zero-always"]
        + list(checked),
        capture_output=True,
        text=True,
        timeout=600,
    )
    messages = json.loads(result.stderr)["messages"]

    errors = [
        f"{checked.get(urlsplit(m.get('url', '')).path, m.get('url'))}: {m['message']}"
        for m in messages
    ]
    assert len(checked) == 13 * len(LANGUAGES)
    assert errors == []
