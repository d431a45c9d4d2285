import pytest

from .builders import make_call_index


@pytest.fixture
def call_index(home_page):
    return make_call_index(home_page, introduction="Les financements ouverts aux projets.")
