import pytest

from ..site.builders import translation_of

pytestmark = pytest.mark.browser


@pytest.mark.parametrize("language", ["fr", "en", "es"])
def test_standard_page_has_no_accessibility_violation(
    page, audit, live_server, standard_page, language
):
    page.goto(live_server.url + translation_of(standard_page, language).url)

    assert audit() == []


def test_home_search_and_not_found_pages_have_no_accessibility_violation(
    page, audit, live_server, standard_page
):
    for path in ["/fr/", "/en/search/?query=network", "/es/buscar/?query=a", "/fr/introuvable/"]:
        page.goto(live_server.url + path)

        assert audit() == [], path


def test_skip_link_is_the_first_stop_and_moves_focus_to_the_content(page, live_server, home_page):
    page.goto(live_server.url + "/fr/")

    page.keyboard.press("Tab")
    skip_link = page.locator(":focus")
    assert skip_link.inner_text() == "Aller au contenu principal"
    assert skip_link.is_visible()
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"


def test_language_switcher_leads_to_the_translation(page, live_server, standard_page):
    page.goto(live_server.url + standard_page.url)

    page.get_by_role("navigation", name="Choisir une langue").get_by_role(
        "link", name="English"
    ).click()

    assert page.url == live_server.url + translation_of(standard_page, "en").url
    assert page.locator("html").get_attribute("lang") == "en"


def test_search_from_the_header(page, live_server, standard_page):
    page.goto(live_server.url + "/fr/")

    page.get_by_label("Rechercher sur le site").fill("réseau")
    page.get_by_label("Rechercher sur le site").press("Enter")

    assert page.url.startswith(live_server.url + "/fr/recherche/?query=")
    results = page.get_by_role("main").get_by_role("listitem")
    assert results.get_by_role("link", name="À propos du réseau").is_visible()


@pytest.fixture
def arabic(settings, home_page, run_on_commit):
    """The site with Arabic enabled too, and an Arabic home page."""
    from wagtail.models import Locale

    settings.LANGUAGES = [*settings.LANGUAGES, ("ar", "العربية")]
    settings.WAGTAIL_CONTENT_LANGUAGES = settings.LANGUAGES
    locale = Locale.objects.create(language_code="ar")
    home = home_page.copy_for_translation(locale)
    home.save_revision().publish()
    return home


def box(page, selector):
    return page.locator(selector).first.bounding_box()


def test_right_to_left_language_mirrors_the_layout(page, live_server, arabic):
    page.goto(live_server.url + "/fr/?untranslated=1")
    ltr_brand, ltr_search = box(page, ".site-header__brand"), box(page, ".site-header__search")
    ltr_notice = page.locator(".notice--untranslated").evaluate(
        "e => [getComputedStyle(e).borderLeftWidth, getComputedStyle(e).borderRightWidth]"
    )

    page.goto(live_server.url + "/ar/?untranslated=1")

    assert page.locator("html").get_attribute("dir") == "rtl"
    assert page.locator("html").get_attribute("lang") == "ar"
    rtl_brand, rtl_search = box(page, ".site-header__brand"), box(page, ".site-header__search")
    rtl_notice = page.locator(".notice--untranslated").evaluate(
        "e => [getComputedStyle(e).borderLeftWidth, getComputedStyle(e).borderRightWidth]"
    )
    # The site's name starts the header: on the left in French, on the right in Arabic.
    assert ltr_brand["x"] < ltr_search["x"]
    assert rtl_brand["x"] > rtl_search["x"]
    # The notice's rule stands at the start of the line: left in French, right in Arabic.
    assert rtl_notice == list(reversed(ltr_notice)) and ltr_notice[0] != "0px"
