"""The demo's pages in a browser, on a phone (390 px) and a desktop screen (1280 px): none
scrolls sideways, none has an accessibility violation (axe-core, WCAG 2.1 A/AA).

In each language: one page of each type, a tag's page and search results on both screens; the
page of examples of every block and a country's page on the desktop screen. Both checks are
made on each page loaded: loading the demo's pages is what these tests spend their time on.
test_design.py checks the rest of the design.
"""

import pytest
from django.urls import reverse
from django.utils import translation

from resacoop.pages.models import StandardPage
from resacoop.tags.models import TagIndexPage

from ..site.countries.builders import first_country_page
from ..site.demo.test_demo import PAGE_TYPES
from .test_design import DESKTOP, PHONE

pytestmark = pytest.mark.browser

LANGUAGES = ["fr", "en", "es"]
SEARCHED = {"fr": "réseau", "en": "network", "es": "red"}

SIDEWAYS_SCROLL = """() => {
    const root = document.documentElement;
    const wide = [...document.querySelectorAll('body *')].filter(
        (e) => e.getBoundingClientRect().right > root.clientWidth + 1
            || e.getBoundingClientRect().left < -1
    ).filter((e) => getComputedStyle(e).position !== 'absolute' || e.offsetParent);
    return {overflow: root.scrollWidth - root.clientWidth,
            culprits: wide.slice(0, 3).map((e) => e.outerHTML.slice(0, 120))};
}"""


def demo_pages(page, live_server, language):
    """The paths of the pages judged in ``language``: ``(on_both, on_desktop)``.

    On both screens: the first page of each type, a tag's page and search results. On the
    desktop screen only: the page of examples of every block and a country's page.
    """
    on_both = []
    for page_type in PAGE_TYPES:
        pages = page_type.objects.live().filter(locale__language_code=language)
        on_both.append(pages.order_by("path").first().url)
    tags = TagIndexPage.objects.live().get(locale__language_code=language)
    page.goto(live_server.url + tags.url)
    on_both.append(page.locator(".tag-cloud a").first.get_attribute("href"))
    with translation.override(language):
        on_both.append(f"{reverse('search')}?query={SEARCHED[language]}")
    block_library = StandardPage.objects.get(slug="bibliotheque-de-blocs").translation_key
    on_desktop = [
        StandardPage.objects.get(translation_key=block_library, locale__language_code=language).url,
        # A page the partner countries page generates: the page of a country.
        first_country_page(language),
    ]
    return on_both, on_desktop


def overflow(page):
    found = page.evaluate(SIDEWAYS_SCROLL)
    return found if found["overflow"] > 0 else None


# A test a language, so that pytest-xdist can spread them over its workers.
@pytest.mark.parametrize("language", LANGUAGES)
def test_demo_pages_fit_phones_and_desktops_without_accessibility_violations(
    page, audit, live_server, served_demo, language
):
    on_both, on_desktop = demo_pages(page, live_server, language)
    overflowing, violations = {}, {}

    page.set_viewport_size(PHONE)
    for path in on_both:
        page.goto(live_server.url + path)
        if found := overflow(page):
            overflowing[f"phone {path}"] = found
        if found := audit():
            violations[f"phone {path}"] = found

    page.set_viewport_size(DESKTOP)
    for path in on_both + on_desktop:
        page.goto(live_server.url + path)
        if found := overflow(page):
            overflowing[f"desktop {path}"] = found
        if found := audit():
            violations[f"desktop {path}"] = found

    assert overflowing == {}
    assert violations == {}
