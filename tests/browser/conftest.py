"""Fixtures for tests that drive Debian's Chromium through Playwright.

Locally these tests skip when Chromium or axe-core is missing; in CI (``CI=true``) a missing
tool is a failure, so the tests cannot silently stop running.
"""

from pathlib import Path
from urllib.parse import urlsplit

import pytest

from ..chromium import require
from ..site.fixtures import (  # noqa: F401 (the reference site's pages)
    contact_page,
    django_db_setup,
    home_page,
    missions_page,
    standard_page,
)

AXE = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]


@pytest.fixture
def served_media(settings):
    """The live server serves uploaded files too, so that the browser can load images."""
    settings.ROOT_URLCONF = "tests.browser.urls"


@pytest.fixture
def media_files(settings, tmp_path, served_media):
    """Keep uploads on disk, in a folder of the test, and serve them."""
    settings.MEDIA_ROOT = tmp_path
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": str(tmp_path)},
        },
    }
    return tmp_path


@pytest.fixture
def served_demo(demo, served_media):
    """The demo's content, its pictures served to the browser."""
    return demo


@pytest.fixture
def foreign_requests():
    """Requests the page made to hosts other than the live server (all refused)."""
    return []


@pytest.fixture
def page(browser, live_server, foreign_requests):
    """A fresh browser tab that may talk to the live server only.

    The test fails if the page asks for anything on another host, if a stylesheet, script or
    image fails to load, or if the console reports an error.
    """
    context = browser.new_context(locale="fr-FR")
    tab = context.new_page()
    allowed = urlsplit(live_server.url).netloc
    broken_resources, console_errors = [], []

    def only_live_server(route):
        if urlsplit(route.request.url).netloc == allowed:
            route.continue_()
        else:
            foreign_requests.append(route.request.url)
            route.abort()

    tab.route("**/*", only_live_server)

    def record_broken_resource(response):
        # A page may answer 404 on purpose; what it loads may not.
        if response.status >= 400 and not response.request.is_navigation_request():
            broken_resources.append(f"{response.status} {response.url}")

    def record_console_error(message):
        # Failed loads are reported above, with their URL; the console repeats them without.
        if message.type == "error" and not message.text.startswith("Failed to load resource"):
            console_errors.append(message.text)

    tab.on("response", record_broken_resource)
    tab.on("console", record_console_error)
    tab.on("pageerror", lambda error: console_errors.append(str(error)))
    yield tab
    context.close()
    assert foreign_requests == [], "the page asked for resources outside the site"
    assert broken_resources == [], "a resource of the page failed to load"
    assert console_errors == [], "the browser console reported errors"


@pytest.fixture(scope="session")
def axe_source():
    require(AXE.exists(), "axe-core is not installed (run npm ci)")
    return AXE.read_text(encoding="utf-8")


@pytest.fixture
def audit(page, axe_source):
    """Run axe-core on the page loaded in ``page``; return its violations (WCAG 2.1 A/AA)."""

    def run():
        # Through the DevTools protocol: an inline <script> would break the pages' CSP.
        page.evaluate(axe_source)
        result = page.evaluate(
            "async (tags) => await axe.run(document, {runOnly: {type: 'tag', values: tags}})",
            AXE_TAGS,
        )
        return [
            {
                "id": violation["id"],
                "help": violation["help"],
                "nodes": [node["html"] for node in violation["nodes"]][:5],
            }
            for violation in result["violations"]
        ]

    return run
