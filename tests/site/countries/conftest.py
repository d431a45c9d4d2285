import pytest

from .builders import module_world


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker):
    """Partner countries in fr/en/es, built once for the module (see ``build_world``)."""
    yield from module_world(django_db_blocker)
