"""Relays and the network's staff see the admin in French: no English words on their screens.

What the browser shows, scripts included (wagtail-localize's translation editor is drawn by
React from its own JavaScript catalogue); ``tests/site/test_relay_admin_french.py`` checks
the served HTML where Chromium is missing.
"""

from urllib.parse import urlsplit

import pytest

from ..admin_language import (
    editor_screens,
    english_in,
    relay_screens,
    restore_submit_translation_permission,
    speak_french,
)
from ..network_map import fixtures as network_fixtures

# The relays, their accounts and the network's editor, as tests/network_map builds them.
map_page = network_fixtures.map_page
relays = network_fixtures.relays
network = network_fixtures.network

pytestmark = pytest.mark.browser


@pytest.fixture
def admin_tab(browser, live_server):
    """A French browser tab that may talk to the live server only.

    Not the ``page`` fixture: its console check fails on the account screen, where this
    Chromium does not know some of the time zones Wagtail offers (a RangeError of Wagtail's
    ``w-locale`` controller), which has nothing to do with the language of the screen.
    """
    context = browser.new_context(locale="fr-FR")
    tab = context.new_page()
    allowed = urlsplit(live_server.url).netloc
    tab.route(
        "**/*",
        lambda route: (
            route.continue_() if urlsplit(route.request.url).netloc == allowed else route.abort()
        ),
    )
    yield tab
    context.close()


def sign_in(page, live_server, user):
    page.goto(f"{live_server.url}/admin/login/")
    page.fill("input[name=username]", user.get_username())
    page.fill("input[name=password]", network_fixtures.PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(f"{live_server.url}/admin/")


@pytest.mark.parametrize("role", ["relay_a", "editor"])
def test_admin_screens_in_french_show_no_english(admin_tab, live_server, network, role):
    page = admin_tab
    user = network.users[role]
    speak_french(user)
    restore_submit_translation_permission()
    sign_in(page, live_server, user)
    screens = relay_screens(network) if role == "relay_a" else editor_screens(network)

    english = {}
    for name, path in screens:
        response = page.goto(live_server.url + path)
        assert response.status == 200, (name, path, response.status)
        assert urlsplit(page.url).path == path, (name, path, page.url)  # not sent elsewhere
        page.wait_for_load_state("networkidle")
        found = english_in(page.inner_text("body"))
        if found:
            english[name] = found

    assert english == {}, "\n".join(
        f"{name}: {found}" for name, words in english.items() for found in words
    )
