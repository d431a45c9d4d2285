"""Fixtures of every test, whichever project runs it.

The tests run as two sessions (``make test``): the pluggable apps' tests (``tests/cms_blocks``,
``tests/network_map``) on the test project ``tests.testapp``, which imports nothing of the
reference site; then the rest on the reference site's settings. Each project brings its own
``django_db_setup``, ``home_page``, ``standard_page`` and ``missions_page``
(``tests/testapp/fixtures.py``, ``tests/site/fixtures.py``).
"""

import sys
from pathlib import Path

import pytest
from django.conf import settings
from django.core.cache import cache
from django.core.files.base import ContentFile
from django.db import connection
from django.utils import translation
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Locale

from cms_blocks.content_version import forget_the_version_read

from .build_once import build_once
from .chromium import CHROMIUM, CHROMIUM_FLAGS, require
from .html import load_xss_payloads
from .testapp import builders

TESTS_DIR = Path(__file__).resolve().parent
TESTAPP_SETTINGS = "tests.testapp.settings"
# The tests of the pluggable apps: run on the test project, never on the reference site.
APP_TEST_DIRS = {TESTS_DIR / "cms_blocks", TESTS_DIR / "network_map"}
INSTALL_TESTS = TESTS_DIR / "install"


def on_testapp():
    return settings.SETTINGS_MODULE == TESTAPP_SETTINGS


def pytest_ignore_collect(collection_path, config):
    """Each session collects only the tests of its project (see the module's docstring)."""
    in_app_tests = any(collection_path.is_relative_to(folder) for folder in APP_TEST_DIRS)
    if on_testapp():
        # The folders above the apps' tests are walked through, nothing else of them.
        walked_through = collection_path in (TESTS_DIR, *TESTS_DIR.parents)
        keep = in_app_tests or walked_through
    else:
        keep = not in_app_tests
    # None, not False, lets pytest's own rules (--ignore, virtualenvs) decide the rest.
    return None if keep else True


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(items):
    """The install tests first: they need no database, and each takes most of a minute.

    pytest-django orders the tests as Django does (those in a transaction, those outside
    one, then those without a database), which put them last: one test process ran them
    alone at the end while the other had finished. Tests without a database may run at any
    point.
    """
    first = [item for item in items if item.path.is_relative_to(INSTALL_TESTS)]
    if first:
        items[:] = first + [item for item in items if not item.path.is_relative_to(INSTALL_TESTS)]


@pytest.fixture(scope="session", autouse=True)
def apps_without_the_reference_site():
    """The apps' tests prove the apps work without the reference site: every one of them
    fails if anything collected imported it (a fixture, not a collection hook, so that the
    message shows under pytest-xdist too)."""
    if on_testapp():
        imported = sorted(
            name for name in sys.modules if name == "resacoop" or name.startswith("resacoop.")
        )
        if imported:
            pytest.fail(f"The tests of the pluggable apps imported the reference site: {imported}")


@pytest.fixture(autouse=True)
def empty_cache():
    """Each test starts with an empty cache: the database it sees is its own, so must be
    everything cached from it (menus, relays of maps), and the content version its process
    may remember."""
    cache.clear()
    forget_the_version_read()


@pytest.fixture(autouse=True)
def no_language_left_active():
    """Each test starts in the project's language: a request (Django's LocaleMiddleware does
    not undo its choice) or a test may leave another one active in the worker's thread, and
    what a command or a form says would then depend on which tests ran before."""
    yield
    translation.deactivate()


@pytest.fixture
def run_on_commit(django_capture_on_commit_callbacks):
    """Run ``transaction.on_commit`` callbacks inside the test's transaction.

    wagtail-localize publishes a translation only once the transaction commits, and a test's
    transaction never does.
    """

    def run(function, *args, **kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            return function(*args, **kwargs)

    return run


@pytest.fixture(scope="session")
def demo_snapshot(django_db_setup, django_db_blocker, tmp_path_factory):
    """The reference site's demo, loaded by the first test that asks for it: of the run on
    PostgreSQL, of this process on SQLite (see ``tests/site/demo_snapshot.py``; the apps'
    tests have no demo). The run's copy on PostgreSQL is dropped by
    ``pytest_sessionfinish``, once no process needs it."""
    from .site.demo_snapshot import DemoSnapshot

    with django_db_blocker.unblock():
        if connection.vendor == "postgresql":
            folder = build_once(
                tmp_path_factory,
                "demo-snapshot",
                lambda folder: DemoSnapshot(folder / "media").share(folder),
            )
            snapshot = DemoSnapshot(folder / "media")
            snapshot.use_shared(folder)
        else:
            snapshot = DemoSnapshot(tmp_path_factory.mktemp("demo-media"))
            snapshot.take()
    yield snapshot
    snapshot.discard()


def pytest_sessionfinish(session):
    """In the run's main process, drop the demo's copy the test processes shared."""
    from pytest_django.plugin import blocking_manager_key

    if hasattr(session.config, "workerinput") or blocking_manager_key not in session.config.stash:
        return
    from django.db import connections

    if connections["default"].vendor == "postgresql":
        from .site.demo_snapshot import drop_database, shared_copy_name

        # pytest-django's blocker, which the demo_snapshot fixture lifts with its fixture.
        with session.config.stash[blocking_manager_key].unblock():
            test_database = connections["default"].creation._get_test_db_name()
            drop_database(shared_copy_name(test_database))


@pytest.fixture
def demo(transactional_db, demo_snapshot, settings):
    """The demo's content (``load_demo``) in this test's database, its files in the media
    folder, its accounts' password ``demo-password``. The database is emptied after the
    test, as after every test that runs outside a transaction."""
    for name, value in demo_snapshot.storage_settings.items():
        setattr(settings, name, value)
    demo_snapshot.restore()
    return demo_snapshot


@pytest.fixture
def locales(home_page):
    return {locale.language_code: locale for locale in Locale.objects.all()}


@pytest.fixture(scope="session")
def xss_payloads():
    return load_xss_payloads()


@pytest.fixture
def image(db):
    return Image.objects.create(title="Carte de la région", file=get_test_image_file())


@pytest.fixture
def document(db):
    pdf = ContentFile(b"%PDF-1.4\n" + b"0" * 2048, name="plaquette.pdf")
    return Document.objects.create(title="Plaquette de présentation", file=pdf)


@pytest.fixture
def every_block(image, document, missions_page):
    """Stream data using every block of the body stream, with French texts, as stored."""
    return builders.every_block(image, document, missions_page)


@pytest.fixture(scope="session")
def browser():
    """Chromium, one a test process (see ``tests/chromium.py``)."""
    require(CHROMIUM.exists(), "Chromium is not installed at /usr/bin/chromium")
    from playwright.sync_api import sync_playwright

    # Playwright's synchronous API keeps an event loop running in this thread from here on;
    # Django refuses ORM calls (the tests' own, and the database flush after each test) from
    # a thread with a running loop unless told that the code is synchronous.
    with pytest.MonkeyPatch.context() as patch, sync_playwright() as playwright:
        patch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_FLAGS)
        yield browser
        browser.close()
