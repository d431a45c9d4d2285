import pytest

from resacoop.demo import site_setup

from ..site import builders

pytestmark = pytest.mark.browser


@pytest.fixture
def every_block_page(
    media_files, home_page, image, document, missions_page, locales, run_on_commit
):
    body = builders.every_block(image, document, missions_page)
    page = builders.make_standard_page(home_page, title="Tous les blocs", slug="blocs", body=body)
    run_on_commit(site_setup.ensure_translations, page, [locales["en"]])
    return page


@pytest.mark.parametrize("language", ["fr", "en"])
def test_page_with_every_block_has_no_accessibility_violation(
    page, audit, live_server, every_block_page, language
):
    page.goto(live_server.url + builders.translation_of(every_block_page, language).url)

    assert audit() == []


def test_video_loads_from_its_host_only_when_played(
    page, live_server, every_block_page, foreign_requests
):
    page.goto(live_server.url + every_block_page.url)
    video = page.locator("cms-video-embed")

    assert video.locator("iframe").count() == 0
    assert foreign_requests == []

    video.get_by_role("link").focus()
    page.keyboard.press("Enter")

    player = video.locator("iframe")
    player.wait_for(state="attached")
    assert (
        player.get_attribute("src")
        == "https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ?autoplay=1"
    )
    assert player.get_attribute("title") == "Présentation du réseau"
    page.wait_for_timeout(200)
    # The one request made outside the site is the player, after the visitor asked for it.
    assert {url.split("?")[0] for url in foreign_requests} == {
        "https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ"
    }
    foreign_requests.clear()


def test_faq_answer_opens_with_the_keyboard(page, live_server, every_block_page):
    page.goto(live_server.url + every_block_page.url)
    answer = page.get_by_text("Toute organisation de la région.")

    assert not answer.is_visible()
    page.get_by_text("Qui peut adhérer ?").focus()
    page.keyboard.press("Enter")
    assert answer.is_visible()


def test_tabs_follow_the_arrow_keys_home_and_end(page, live_server, every_block_page):
    page.goto(live_server.url + every_block_page.url)
    tabs_block = page.locator(".block-tabs")
    tabs = tabs_block.get_by_role("tab")
    panels = tabs_block.locator(".block-tabs__panel")

    def selected():
        """The position of the selected tab, checked against focus and the visible panel."""
        states = [tabs.nth(n).get_attribute("aria-selected") for n in range(tabs.count())]
        position = states.index("true")
        assert states.count("true") == 1
        assert [panels.nth(n).is_visible() for n in range(panels.count())] == [
            n == position for n in range(panels.count())
        ]
        return position

    # The script turned the sections into tabs: the list shows, the panels' headings hide.
    assert tabs_block.get_by_role("tablist").is_visible()
    assert tabs.count() == 2
    assert not tabs_block.locator(".block-tabs__heading").first.is_visible()
    assert selected() == 0
    assert tabs_block.get_by_role("tabpanel").get_attribute("aria-labelledby") == tabs.nth(
        0
    ).get_attribute("id")

    tabs.nth(0).focus()
    for key, expected in [
        ("ArrowRight", 1),
        ("ArrowRight", 0),
        ("ArrowLeft", 1),
        ("Home", 0),
        ("End", 1),
    ]:
        page.keyboard.press(key)
        assert selected() == expected, key
        assert tabs.nth(expected).evaluate("tab => tab === document.activeElement"), key

    # Tab leaves the tab list for the panel shown.
    page.keyboard.press("Tab")
    assert panels.nth(1).evaluate("panel => panel === document.activeElement")
    tabs.nth(0).click()
    assert selected() == 0


def test_accordion_sections_open_and_close_with_the_keyboard(page, live_server, every_block_page):
    page.goto(live_server.url + every_block_page.url)
    section = page.locator(".block-accordion details").first
    content = section.locator(".block-accordion__content")

    assert not content.is_visible()
    section.locator("summary").focus()
    page.keyboard.press("Enter")
    assert content.is_visible()
    page.keyboard.press("Space")
    assert not content.is_visible()


def test_embedded_page_loads_from_its_host_only_when_asked(
    page, live_server, every_block_page, foreign_requests
):
    page.goto(live_server.url + every_block_page.url)
    embed = page.locator(".block-embed cms-frame-embed")

    assert embed.locator("iframe").count() == 0
    embed.get_by_role("button").focus()
    page.keyboard.press("Enter")

    frame = embed.locator("iframe")
    frame.wait_for(state="attached")
    assert (
        frame.get_attribute("sandbox") == "allow-scripts allow-same-origin allow-forms allow-popups"
    )
    assert frame.evaluate("frame => frame === document.activeElement")
    page.wait_for_timeout(200)
    assert {url.split("?")[0] for url in foreign_requests} <= {
        "https://www.openstreetmap.org/export/embed.html"
    }
    foreign_requests.clear()
