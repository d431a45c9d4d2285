"""The world map of partner countries in a browser: no accessibility violation on the map
page or a country page in French, English and Spanish; the keyboard reaches the countries on
the map and in the list, and a focused country is marked."""

import pytest
from playwright.sync_api import expect

from ..site.builders import translation_of
from ..site.countries.builders import build_world

pytestmark = pytest.mark.browser


@pytest.fixture
def world(home_page):
    return build_world(home_page)


def test_map_and_country_pages_have_no_accessibility_violation(page, audit, live_server, world):
    violations = {}
    for language in ["fr", "en", "es"]:
        base = translation_of(world["countries"], language).url
        for url in [base, f"{base}sn/"]:
            page.goto(live_server.url + url)
            found = audit()
            if found:
                violations[url] = found

    assert violations == {}


def test_the_keyboard_reaches_the_countries_on_the_map_and_in_the_list(page, live_server, world):
    base = world["countries"].url
    page.goto(live_server.url + base)

    page.locator(".world-map__skip a").focus()
    page.keyboard.press("Tab")
    # The first country on the map, by name: Burkina Faso, with what the site has about it.
    focused = page.locator("svg a.world-map__country:focus")
    expect(focused).to_have_count(1)
    assert focused.get_attribute("href") == f"{base}bf/"
    assert focused.get_attribute("aria-label").startswith("Burkina Faso")
    # Marked by a fill of its own, not only the browser's outline.
    fill = focused.locator("path").evaluate("path => getComputedStyle(path).fill")
    assert fill == "rgb(255, 191, 71)"

    for _stop in range(8):  # Mali and Senegal on the map, the licence, then the list
        page.keyboard.press("Tab")
        if page.locator("#world-map-list a:focus").count():
            break
    assert page.locator("#world-map-list a:focus").get_attribute("href") == f"{base}bf/"

    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.url.endswith(f"{base}bf/")
    expect(page.locator("h1")).to_have_text("Burkina Faso")
