import pytest

from .builders import make_resource_index


@pytest.fixture
def resource_index(home_page):
    return make_resource_index(home_page)
