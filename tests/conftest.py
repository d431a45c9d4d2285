import pytest
from wagtail.models import Locale

from resacoop.pages import site_setup

from .builders import make_standard_page
from .html import load_xss_payloads


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


@pytest.fixture
def home_page(db, run_on_commit):
    """The French home page, with its English and Spanish translations, as setup_site makes it."""
    return run_on_commit(site_setup.setup_site)


@pytest.fixture
def locales(home_page):
    return {locale.language_code: locale for locale in Locale.objects.all()}


@pytest.fixture
def standard_page(home_page, locales, run_on_commit):
    """A published French standard page, shown in menus, translated into English and Spanish."""
    page = make_standard_page(home_page, title="À propos du réseau", slug="a-propos")
    run_on_commit(site_setup.ensure_translations, page, [locales["en"], locales["es"]])
    return page


@pytest.fixture(scope="session")
def xss_payloads():
    return load_xss_payloads()
