"""Every public page type, in every language, is valid HTML for the Nu HTML Checker.

The checker is the W3C's own (``vnu-jar`` from npm, run by Java). The pages are the demo's
as production serves them (``conftest.demo_site``): one of each page type, a tag page, a
filtered map, search results and the 404 page, in French, English and Spanish, checked in
one run of the checker.
"""

import gzip
import json
import shutil
import subprocess
from pathlib import Path
from urllib.parse import quote, urlsplit

import pytest
from django.urls import reverse
from django.utils import translation

from ..chromium import require
from .test_demo_served import LANGUAGES, PageParts, on_site

# The demo served is a copy of the demo the site's tests read (``demo_snapshot``), which
# lives in the test database: these tests ask for it, outside a transaction.
pytestmark = pytest.mark.django_db(transaction=True)

VNU = (
    Path(__file__).resolve().parents[2] / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
)


def fetch(site, path):
    response = site.request(path, headers={"Accept-Encoding": "gzip"})
    body = response.body
    if response.header("Content-Encoding") == "gzip":
        body = gzip.decompress(body)
    return response.status, body


def first_link_below(site, path):
    """The first link of the page at ``path`` to an address under it."""
    parts = PageParts()
    parts.feed(fetch(site, path)[1].decode())
    for address in sorted(parts.links):
        target = on_site(site, address, path)
        if target and target.startswith(path) and target != path and "?" not in target:
            return target
    raise AssertionError(f"no link below {path}")


def addresses(site, language):
    """One address of each kind of public page in ``language``."""
    pages = site.addresses[language]
    with translation.override(language):
        search = reverse("search")
    return [
        *pages.values(),
        first_link_below(site, pages["TagIndexPage"]),
        pages["NetworkMapPage"] + "?departement=07",
        f"{search}?q={quote('coopération')}",
        f"/{language}/no-such-page/",
    ]


def test_every_page_type_in_every_language_is_valid_html(demo_site, tmp_path):
    java = shutil.which("java")
    require(java, "Java is not installed (apt-get install default-jre-headless)")
    require(VNU.exists(), "vnu-jar is not installed (run npm ci)")

    checked = {}
    for language in LANGUAGES:
        for path in addresses(demo_site, language):
            status, body = fetch(demo_site, path)
            assert status == (404 if "no-such-page" in path else 200), path
            file = tmp_path / f"page-{len(checked)}.html"
            file.write_bytes(body)
            checked[str(file)] = path
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
    assert len(checked) == (len(demo_site.addresses["fr"]) + 4) * len(LANGUAGES)
    assert errors == []
