"""Pages chosen in blocks are looked up in the visitor's language only when they are not in
it already: a page of the visitor's language, loaded as its own class, costs no query."""

import pytest
from django.utils import translation
from wagtail.models import Page

from cms_blocks import content_version
from cms_blocks.prefetch import localize_pages

from ..testapp.builders import translation_of


@pytest.fixture
def in_a_request():
    """The content version read once, as during a request."""
    content_version.request_started()
    yield
    content_version.request_finished()


def test_a_page_in_the_visitors_language_costs_no_query(
    standard_page, in_a_request, django_assert_num_queries
):
    with translation.override("fr"):
        localize_pages([standard_page])  # reads the version and the locales once
        with django_assert_num_queries(0):
            localized = localize_pages([standard_page])

    assert localized == {standard_page.pk: standard_page}


def test_a_page_of_another_language_is_replaced_by_its_translation(standard_page, in_a_request):
    english = translation_of(standard_page, "en")

    with translation.override("en"):
        localized = localize_pages([standard_page])
    with translation.override("fr"):
        back = localize_pages([english])

    assert localized[standard_page.pk].pk == english.pk
    assert back[english.pk].pk == standard_page.pk


def test_a_generic_page_comes_back_as_its_own_class(
    standard_page, in_a_request, django_assert_num_queries
):
    generic = Page.objects.get(pk=standard_page.pk)

    with translation.override("fr"):
        localize_pages([standard_page])
        with django_assert_num_queries(1):  # the page's own table, nothing else
            localized = localize_pages([generic])

    assert type(localized[generic.pk]) is type(standard_page)


def test_a_draft_in_the_visitors_language_is_not_linked(standard_page, in_a_request):
    standard_page.live = False

    with translation.override("fr"):
        assert localize_pages([standard_page]) == {standard_page.pk: None}
