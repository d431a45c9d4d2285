"""The design in a browser, on a phone (390 px) and a desktop screen (1280 px): the menu button
works with the keyboard and without JavaScript, the directory is short on a phone, pages print
without their navigation (#17, item 1).

That the demo's pages do not scroll sideways and pass the accessibility audit, on both screens,
is test_demo_pages.py's.
"""

import pytest
from playwright.sync_api import expect

from resacoop.members.models import MemberIndexPage

from ..site.builders import make_member, make_member_index, make_mission, make_mission_index

pytestmark = pytest.mark.browser

PHONE = {"width": 390, "height": 844}
DESKTOP = {"width": 1280, "height": 900}
#: The demo's 27 members on a phone; 9,256 px before the compact cards of #17.
DIRECTORY_MAX_HEIGHT_ON_A_PHONE = 4_500


def test_directory_is_short_on_a_phone(page, live_server, served_demo):
    page.set_viewport_size(PHONE)

    for directory in MemberIndexPage.objects.live():
        page.goto(live_server.url + directory.url)

        assert page.locator(".member-card").count() == 27
        height = page.evaluate("document.documentElement.scrollHeight")
        assert height < DIRECTORY_MAX_HEIGHT_ON_A_PHONE, (directory.url, height)


def menu_link(page):
    return page.locator("nav.main-menu").get_by_role("link", name="À propos du réseau")


def test_menu_button_opens_and_closes_with_the_keyboard_on_a_phone(
    page, live_server, standard_page
):
    page.set_viewport_size(PHONE)
    page.goto(live_server.url + "/fr/")
    button = page.locator("summary.site-menu__toggle")
    # The header is a bar: the page starts right under it.
    assert page.locator(".site-header").bounding_box()["height"] < 100
    assert button.get_attribute("aria-expanded") == "false"
    assert not menu_link(page).is_visible()

    button.focus()
    page.keyboard.press("Enter")
    expect(button).to_have_attribute("aria-expanded", "true")
    expect(menu_link(page)).to_be_visible()
    page.keyboard.press("Space")
    expect(button).to_have_attribute("aria-expanded", "false")
    expect(menu_link(page)).to_be_hidden()

    page.keyboard.press("Space")
    expect(menu_link(page)).to_be_visible()
    page.keyboard.press("Tab")  # into the menu: its first link
    expect(menu_link(page)).to_be_focused()
    page.keyboard.press("Escape")  # closes it, and the button has the focus again
    expect(button).to_have_attribute("aria-expanded", "false")
    expect(button).to_be_focused()
    expect(menu_link(page)).to_be_hidden()


def test_menu_is_in_view_without_a_button_on_a_desktop(page, live_server, standard_page):
    page.set_viewport_size(DESKTOP)
    page.goto(live_server.url + "/fr/")

    assert not page.locator("summary.site-menu__toggle").is_visible()
    assert menu_link(page).is_visible()
    assert page.get_by_label("Rechercher sur le site").is_visible()
    assert page.get_by_role("navigation", name="Choisir une langue").is_visible()


def test_menu_works_without_javascript_on_a_phone(browser, live_server, standard_page):
    context = browser.new_context(java_script_enabled=False, viewport=PHONE, locale="fr-FR")
    tab = context.new_page()
    tab.goto(live_server.url + "/fr/")
    assert not menu_link(tab).is_visible()

    tab.locator("summary.site-menu__toggle").click()
    expect(menu_link(tab)).to_be_visible()
    assert tab.get_by_label("Rechercher sur le site").is_visible()
    assert tab.get_by_role("navigation", name="Choisir une langue").is_visible()
    menu_link(tab).click()

    assert tab.url == live_server.url + standard_page.url
    context.close()


def test_pages_print_without_navigation_and_with_link_addresses(page, live_server, home_page):
    directory = make_member_index(home_page, show_in_menus=True)
    member = make_member(directory, title="AVSF", website="https://www.avsf.org/")
    page.goto(live_server.url + member.url)
    page.emulate_media(media="print")

    for chrome in [".site-menu", ".breadcrumbs", ".site-footer nav"]:
        expect(page.locator(chrome)).to_be_hidden()
    link = page.locator("main .facts a")
    after = link.evaluate("a => getComputedStyle(a, '::after').content")
    assert after == '" (https://www.avsf.org/)"'
    colour = page.locator("h1").evaluate("h => getComputedStyle(h).color")
    assert colour == "rgb(0, 0, 0)"


def test_smooth_scrolling_only_without_a_wish_for_less_motion(page, live_server, home_page):
    page.goto(live_server.url + "/fr/")
    scrolling = "getComputedStyle(document.documentElement).scrollBehavior"

    page.emulate_media(reduced_motion="reduce")
    assert page.evaluate(scrolling) == "auto"
    page.emulate_media(reduced_motion="no-preference")
    assert page.evaluate(scrolling) == "smooth"


def test_header_pictures_have_their_size_before_they_arrive(
    page, live_server, media_files, home_page
):
    """Lighthouse's layout shift on phones (#16): a member's logo and a mission's pictogram
    take their final place while they are still loading, so the text below never moves."""
    from wagtail.images.models import Image
    from wagtail.images.tests.utils import get_test_image_file

    logo = Image.objects.create(title="Logo", file=get_test_image_file(size=(400, 200)))
    icon = Image.objects.create(title="Pictogramme", file=get_test_image_file(size=(240, 240)))
    member = make_member(make_member_index(home_page), title="Membre", logo=logo)
    mission = make_mission(make_mission_index(home_page), 1, icon=icon)
    held = []

    def hold(route):
        held.append(route)  # answered only once the page has been measured

    page.route("**/media/**", hold)
    page.set_viewport_size(PHONE)
    for url, picture in [
        (member.url, ".member-header__logo"),
        (mission.url, ".mission-header__icon"),
    ]:
        held.clear()
        page.goto(live_server.url + url, wait_until="domcontentloaded")
        while_loading = page.locator(picture).bounding_box()
        title_while_loading = page.locator("h1").bounding_box()
        for route in held:
            route.fallback()
        page.wait_for_function(
            "(selector) => document.querySelector(selector).complete", arg=picture
        )
        loaded = page.locator(picture).bounding_box()

        assert held, "the page asked for its picture"
        assert loaded["height"] > 20
        assert while_loading == loaded, url
        assert page.locator("h1").bounding_box() == title_while_loading, url
