"""The test project's pages, for the tests of the pluggable apps (imported by their
``conftest.py``)."""

import pytest

from . import builders


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Prepare the test site once, after the migrations; each test then starts from it."""
    with django_db_blocker.unblock():
        builders.setup_site()


@pytest.fixture
def home_page(db, run_on_commit):
    """The French home page, with its English and Spanish translations.

    Tests that cannot run in a transaction empty the database after them; the site is then
    built again.
    """
    return run_on_commit(builders.setup_site)


@pytest.fixture
def standard_page(home_page, locales, run_on_commit):
    """A published French standard page, shown in menus, translated into English and Spanish."""
    page = builders.make_standard_page(home_page, title="À propos du réseau", slug="a-propos")
    run_on_commit(builders.ensure_translations, page, [locales["en"], locales["es"]])
    return page


@pytest.fixture
def missions_page(home_page):
    return builders.make_standard_page(
        home_page, title="Nos missions", slug="missions", search_description="Cinq missions."
    )


@pytest.fixture
def contact_page(home_page):
    return builders.make_standard_page(home_page, title="Contact", slug="contact")
