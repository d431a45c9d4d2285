"""The demo as production serves it (nginx in front of gunicorn, production settings, see
``conftest.demo_site``), judged as a crawler and as Lighthouse judge it.

The crawl starts from the sitemap: every public page in every language, the pages their
links lead to (filtered listings, documents), and everything those pages load. Lighthouse
(npm, pinned) runs with Debian's Chromium on one page of each type, mobile and desktop.
"""

import gzip
import json
import re
import shutil
import subprocess
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import pytest
from defusedxml import ElementTree

from ..chromium import CHROMIUM, CHROMIUM_FLAGS, require

REPOSITORY = Path(__file__).resolve().parents[2]
LIGHTHOUSE = REPOSITORY / "node_modules" / "lighthouse"
# The demo served is a copy of the demo the site's tests read (``demo_snapshot``), which
# lives in the test database: these tests ask for it, outside a transaction.
pytestmark = pytest.mark.django_db(transaction=True)
LANGUAGES = ["fr", "en", "es"]
# The categories every page must score 100 in; performance is measured, not asserted
# (it depends on the machine's load: see docs/performance.md).
CATEGORIES = ["accessibility", "best-practices", "seo"]
# Lighthouse's profiles (lighthouse.mjs): a phone on a slow network, a desktop screen.
PROFILES = ["mobile", "desktop"]
# What a page loads, by element and attribute; ``rel`` values of a <link> that load.
LOADING_LINKS = {"stylesheet", "icon", "apple-touch-icon", "manifest", "preload", "modulepreload"}
SHARING_IMAGES = {"og:image", "twitter:image"}
CSS_URL = re.compile(r"url\(\s*['\"]?([^'\")]+)['\"]?\s*\)")
# Links a crawler of the public site does not follow: the admin, actions, other schemes.
NOT_FOLLOWED = re.compile(r"^/(admin|django-admin|_util)/")


class PageParts(HTMLParser):
    """The addresses a page loads (``loads``) and the addresses it links to (``links``).

    What is inside a ``<template>`` is not loaded (a frame or a recording from another site,
    shown when the visitor asks): it counts only once a script puts it in the page.
    """

    def __init__(self):
        super().__init__()
        self.loads = set()
        self.links = set()
        self.templates = 0

    def handle_endtag(self, tag):
        if tag == "template":
            self.templates = max(0, self.templates - 1)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "template":
            self.templates += 1
        if self.templates:
            return
        if tag == "link" and LOADING_LINKS & set((attrs.get("rel") or "").split()):
            self.loads.add(attrs["href"])
        elif tag in ("script", "img", "iframe", "audio", "video", "source") and attrs.get("src"):
            self.loads.add(attrs["src"])
        elif tag == "video" and attrs.get("poster"):
            self.loads.add(attrs["poster"])
        elif tag == "meta" and (attrs.get("property") or attrs.get("name")) in SHARING_IMAGES:
            self.loads.add(attrs["content"])
        elif tag == "a" and attrs.get("href"):
            self.links.add(attrs["href"])
        if tag in ("img", "source") and attrs.get("srcset"):
            self.loads.update(candidate.split()[0] for candidate in attrs["srcset"].split(","))


def body_of(response):
    if response.header("Content-Encoding") == "gzip":
        return gzip.decompress(response.body)
    return response.body


def on_site(site, address, base):
    """``address`` (read on the page at ``base``) as a path of the site, or None if it is
    elsewhere."""
    absolute = urljoin(f"{site.origin}{base}", address)
    parts = urlsplit(absolute)
    # The scheme is not compared: a Wagtail Site has a host name and a port but no scheme,
    # and writes "http" for a port other than 443 (the test's HTTPS port is a free one).
    if parts.netloc != urlsplit(site.origin).netloc:
        return None
    return parts.path + (f"?{parts.query}" if parts.query else "")


def sitemap_paths(site):
    response = site.request("/sitemap.xml")
    assert response.status == 200
    root = ElementTree.fromstring(body_of(response))
    locations = [
        element.text for element in root.iter("{http://www.sitemaps.org/schemas/sitemap/0.9}loc")
    ]
    elsewhere = [address for address in locations if on_site(site, address, "/") is None]
    assert not elsewhere, f"sitemap addresses not on the served site: {elsewhere[:5]}"
    return [on_site(site, address, "/") for address in locations]


def crawl(site):
    """Fetch every page of the sitemap, the pages they link to and what all of them load.

    Returns ``(pages, loaded, broken)``: the status of every page fetched, the status of
    every address loaded, and a description of everything that went wrong.
    """
    gzip_asked = {"Accept-Encoding": "gzip"}
    listed = sitemap_paths(site)
    pages, loaded, broken = {}, {}, []
    queue = [(path, "sitemap") for path in listed]
    while queue:
        path, found_on = queue.pop(0)
        if path in pages:
            continue
        response = site.request(path, headers=gzip_asked)
        pages[path] = response.status
        if response.status != 200:
            broken.append(f"{path} (linked from {found_on}): {response.status}")
            continue
        if not response.header("Content-Type").startswith("text/html"):
            continue
        parts = PageParts()
        parts.feed(body_of(response).decode())
        for address in parts.loads:
            target = on_site(site, address, path)
            if target is None:
                broken.append(f"{path} loads {address} from another site")
            elif target not in loaded:
                loaded[target] = fetch_subresource(site, target, broken, path)
        if found_on == "sitemap":  # one step from the sitemap: the listings' filters
            for address in parts.links:
                target = on_site(site, address, path)
                if target and not NOT_FOLLOWED.search(target) and target not in pages:
                    queue.append((target, path))
    return pages, loaded, broken


def fetch_subresource(site, path, broken, page):
    response = site.request(path, headers={"Accept-Encoding": "gzip"})
    if response.status != 200:
        broken.append(f"{page} loads {path}: {response.status}")
    elif (response.header("Content-Type") or "").startswith("text/css"):
        # What a stylesheet loads in turn (fonts, pictures).
        for address in CSS_URL.findall(body_of(response).decode()):
            if not address.startswith("data:"):
                target = on_site(site, address, path)
                if target and site.request(target).status != 200:
                    broken.append(f"{path} loads {address}: broken")
    return response.status


def test_every_public_page_and_all_it_loads_is_served(demo_site):
    pages, loaded, broken = crawl(demo_site)

    assert not broken, f"{len(broken)} broken:\n" + "\n".join(broken[:40])
    by_language = Counter(path.split("/")[1] for path in pages)
    # The whole demo, not a page that failed early: every language's pages and their views.
    assert all(by_language[language] >= 40 for language in LANGUAGES), by_language
    assert sum(1 for path in loaded if path.startswith("/media/")) >= 30
    assert any(path.startswith("/static/") and path.endswith(".css") for path in loaded)


def run_lighthouse(urls, profile):
    """Lighthouse's results for ``urls`` on ``profile``, in the order of ``urls``.

    Half the pages each in two Lighthouse processes at once (Lighthouse runs one page at a
    time in a process): a page's run mostly waits, for the page to settle and for the
    browser, and the two together take about half the time of one."""
    require(CHROMIUM.exists(), "Chromium is not installed (apt-get install chromium)")
    node = shutil.which("node")
    require(node and LIGHTHOUSE.exists(), "Lighthouse is not installed (npm ci)")

    def run(some_urls):
        request = {
            "chrome": str(CHROMIUM),
            # The test's own certificate authority is not the system's: the page's address
            # is still https, and the browser sees the same headers as a visitor's.
            "flags": [*CHROMIUM_FLAGS, "--ignore-certificate-errors"],
            "urls": some_urls,
            "categories": CATEGORIES,
            "profile": profile,
        }
        result = subprocess.run(  # noqa: S603 - node and the script of this repository
            [node, str(Path(__file__).with_name("lighthouse.mjs"))],
            input=json.dumps(request),
            capture_output=True,
            text=True,
            timeout=900,
            cwd=REPOSITORY,
            check=False,
        )
        assert result.returncode == 0, result.stderr[-3000:]
        return json.loads(result.stdout)

    half = (len(urls) + 1) // 2
    with ThreadPoolExecutor(max_workers=2) as processes:
        first, second = processes.map(run, [urls[:half], urls[half:]])
    return first + second


# One test a profile, each with its own browsers: the two are among the longest tests of the
# site's session, and pytest-xdist can run them side by side.
@pytest.mark.parametrize("profile", PROFILES)
def test_lighthouse_scores_100_on_every_page_type(demo_site, profile):
    addresses = demo_site.addresses["fr"]
    urls = [f"{demo_site.origin}{path}" for path in addresses.values()]

    results = run_lighthouse(urls, profile)

    assert [(result["url"], result["profile"]) for result in results] == [
        (url, profile) for url in urls
    ]
    shortfalls = [
        f"{result['url']} ({result['profile']}) {category} {result['scores'][category]}: "
        + ", ".join(audit["id"] for audit in result["failing"][category])
        for result in results
        for category in CATEGORIES
        if result["error"] or result["scores"][category] != 1
    ]
    assert not shortfalls, "\n".join(shortfalls)
