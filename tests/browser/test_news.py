"""The news in a browser: no accessibility violation on the list, a filtered list, a news page
and the home page's latest news, in French and English; the filters work without JavaScript."""

import datetime

import pytest
from playwright.sync_api import expect

from cms_blocks import examples
from resacoop.demo import site_setup
from resacoop.news.models import NewsCategory
from resacoop.pages.blocks import SiteBodyBlock

from ..site.builders import make_member, make_member_index, make_tag_index, translation_of
from ..site.news.builders import make_news, make_news_categories, make_news_index

pytestmark = pytest.mark.browser


@pytest.fixture
def news(media_files, home_page, image, locales, run_on_commit):
    """An index of three news, one with a picture, a member and tags, in French and English;
    the latest news on the home page."""
    make_news_categories()
    training = NewsCategory.objects.get(slug="formations", locale__language_code="fr")
    member = make_member(make_member_index(home_page), title="Ville de Grenoble")
    tags = make_tag_index(home_page)
    index = make_news_index(home_page, introduction="Ce qui se passe dans le réseau.")
    item = make_news(
        index,
        title="Formation au montage de projets",
        date=datetime.date(2026, 10, 8),
        category=training,
        image=image,
        tags=["formation", "jeunesse"],
        body=[("paragraph", "<p>Deux journées à Lyon.</p>")],
        related_members=[("member", member)],
    )
    others = [
        make_news(index, title="Journée régionale", date=datetime.date(2026, 6, 1), image=image),
        make_news(index, title="Appel à projets", date=datetime.date(2025, 11, 2)),
    ]
    home_page.body = examples.as_stored(
        SiteBodyBlock(),
        [{"type": "latest_news", "value": {"title": "", "count": 3, "index": None}}],
    )
    home_page.save_revision().publish()
    for page in [member.get_parent().specific, member, tags, index, item, *others, home_page]:
        run_on_commit(site_setup.ensure_translations, page, [locales["en"]])
    english_home = translation_of(home_page, "en")
    english_home.body = home_page.body.raw_data
    english_home.save_revision().publish()
    return {"index": index, "item": item, "home": home_page}


# One test for all of them: making the news is most of its time.
def test_news_pages_have_no_accessibility_violation(page, audit, live_server, news):
    violations = {}
    for language in ["fr", "en"]:
        for name in ["index", "item", "home"]:
            url = translation_of(news[name], language).url
            page.goto(live_server.url + url)
            assert page.locator(".news-card, .news-header").count() > 0, url
            if found := audit():
                violations[url] = found

    assert violations == {}


def test_filtered_news_list_has_no_accessibility_violation(page, audit, live_server, news):
    page.goto(f"{live_server.url}{news['index'].url}?category=inconnue")

    assert page.get_by_role("status").count() == 1
    assert audit() == []


def test_news_filters_work_without_javascript(browser, live_server, news):
    context = browser.new_context(java_script_enabled=False)
    tab = context.new_page()
    tab.goto(live_server.url + news["index"].url)

    tab.locator("#filter-year").select_option("2025")
    with tab.expect_navigation():
        tab.locator(".news-filters button").click()

    assert "year=2025" in tab.url
    expect(tab.locator(".news-card__title")).to_have_text(["Appel à projets"])
    context.close()
