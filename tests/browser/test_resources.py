"""The resource centre in a browser: its filters and search work without JavaScript, and
a filtered list with a message has no accessibility violation. (The demo's axe test audits
the list and a resource in fr/en/es: both page types are in its PAGE_TYPES.)"""

import pytest
from playwright.sync_api import expect

from ..site.resources.builders import make_resource, make_resource_index

pytestmark = pytest.mark.browser


@pytest.fixture
def resources(media_files, home_page):
    index = make_resource_index(home_page)
    make_resource(index, title="Guide de l'eau", countries=["SN"], tags=["eau"])
    make_resource(index, title="Étude des jumelages", kind="study", countries=["SN", "MA"])
    make_resource(index, title="Fiche Haïti", kind="experience", year=2023, countries=["HT"])
    return index


def test_facets_and_search_work_without_javascript(browser, live_server, resources):
    tab = browser.new_context(java_script_enabled=False).new_page()
    tab.goto(live_server.url + resources.url)

    with tab.expect_navigation():
        tab.locator("li[data-value=SN] button").click()
    assert "country=SN" in tab.url
    expect(tab.locator(".resource-card__title")).to_have_text(
        ["Guide de l'eau", "Étude des jumelages"]
    )
    # No experience sheet is about Senegal: that kind cannot be chosen; another country can
    # (it replaces Senegal).
    assert tab.locator("li[data-value=experience] button").count() == 0
    assert tab.locator("li[data-value=HT] button").count() == 1

    with tab.expect_navigation():
        tab.locator("li[data-value=study] button").click()
    expect(tab.locator(".resource-card__title")).to_have_text(["Étude des jumelages"])

    tab.locator("#resource-q").fill("eau")
    with tab.expect_navigation():
        tab.locator(".resource-search button").click()
    assert "q=eau" in tab.url
    assert "country=SN" in tab.url and "kind=study" in tab.url
    assert tab.locator(".resource-card__title").count() == 0

    # The pressed choice leaves its filter, keeping the others.
    with tab.expect_navigation():
        tab.locator("li[data-value=study] button[aria-pressed=true]").click()
    expect(tab.locator(".resource-card__title")).to_have_text(["Guide de l'eau"])


def test_keyboard_chooses_a_facet(page, live_server, resources):
    page.goto(live_server.url + resources.url)

    page.locator("li[data-value=experience] button").focus()
    page.keyboard.press("Enter")

    page.wait_for_url("**kind=experience**")
    expect(page.locator(".resource-card__title")).to_have_text(["Fiche Haïti"])


def test_filtered_list_with_a_message_has_no_violation(page, audit, live_server, resources):
    page.goto(f"{live_server.url}{resources.url}?country=SN&kind=poeme")

    assert page.get_by_role("status").count() == 1
    assert audit() == []


def test_resource_page_has_no_violation(page, audit, live_server, resources, document):
    resource = make_resource(
        resources,
        title="Fiche Sénégal",
        kind="experience",
        countries=["SN"],
        languages=["fr", "ar"],
        authors=["Une commune de la Drôme"],
        document=document,
    )
    page.goto(live_server.url + resource.url)

    assert page.locator(".resource-facts").count() == 1
    assert audit() == []
