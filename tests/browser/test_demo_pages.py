import pytest

from resacoop.pages.models import StandardPage

from ..site.countries.builders import first_country_page
from ..site.demo.test_demo import PAGE_TYPES

pytestmark = pytest.mark.browser


def test_one_demo_page_of_each_type_in_each_language_has_no_violation(
    page, audit, live_server, served_demo
):
    violations = {}
    block_library = StandardPage.objects.get(slug="bibliotheque-de-blocs").translation_key

    for language in ["fr", "en", "es"]:
        for page_type in PAGE_TYPES:
            pages = page_type.objects.live().filter(locale__language_code=language)
            if page_type is StandardPage:
                pages = pages.filter(translation_key=block_library)  # every block on one page
            example = pages.order_by("path").first()
            page.goto(live_server.url + example.url)
            found = audit()
            if found:
                violations[example.url] = found
        # A page the partner countries page generates: the page of a country.
        country = first_country_page(language)
        page.goto(live_server.url + country)
        found = audit()
        if found:
            violations[country] = found

    assert violations == {}
