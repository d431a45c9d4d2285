import pytest

from .builders import make_agenda


@pytest.fixture
def agenda(home_page):
    return make_agenda(home_page)
