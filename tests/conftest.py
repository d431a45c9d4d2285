import pytest
from django.core.cache import cache
from django.core.files.base import ContentFile
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Locale

from resacoop.demo import site_setup

from . import builders
from .builders import make_standard_page
from .html import load_xss_payloads


@pytest.fixture(autouse=True)
def empty_cache():
    """Each test starts with an empty cache: the database it sees is its own, so must be
    everything cached from it (menus, relays of maps)."""
    cache.clear()


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
def django_db_setup(django_db_setup, django_db_blocker):
    """Prepare the site once, after the migrations; each test then starts from it.

    Translating the member categories through wagtail-localize is the slow part of
    ``setup_site``; done here, tests that run in a transaction only find it done.
    """
    with django_db_blocker.unblock():
        site_setup.setup_site()


@pytest.fixture
def home_page(db, run_on_commit):
    """The French home page, with its English and Spanish translations, as setup_site makes it.

    Tests that cannot run in a transaction (browser tests) empty the database after them;
    ``setup_site`` then builds the site again.
    """
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


@pytest.fixture
def image(db):
    return Image.objects.create(title="Carte de la région", file=get_test_image_file())


@pytest.fixture
def document(db):
    pdf = ContentFile(b"%PDF-1.4\n" + b"0" * 2048, name="plaquette.pdf")
    return Document.objects.create(title="Plaquette de présentation", file=pdf)


@pytest.fixture
def missions_page(home_page):
    return make_standard_page(
        home_page, title="Nos missions", slug="missions", search_description="Cinq missions."
    )


@pytest.fixture
def every_block(image, document, missions_page):
    """Stream data using every block of the body stream, with French texts, as stored."""
    return builders.every_block(image, document, missions_page)
