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
