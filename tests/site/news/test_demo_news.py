"""The demo's news (``resacoop.demo.news``), built on a site with the members they name."""

import datetime

import pytest
from wagtail.models import Collection, Locale

from resacoop.demo import news as demo_news
from resacoop.demo.build import DemoBuilder
from resacoop.news.models import NewsIndexPage, NewsPage

from ..builders import make_member, make_member_index

DEMO_TODAY = datetime.date(2026, 12, 1)


@pytest.fixture
def builder(home_page):
    """A demo builder at the news step: the home page and the members the news name."""
    builder = DemoBuilder(log=lambda message: None)
    builder.home = home_page
    builder.default = Locale.get_default()
    builder.others = list(Locale.objects.exclude(pk=builder.default.pk))
    builder.collection = Collection.get_first_root_node()
    directory = make_member_index(home_page)
    names = {name for item in demo_news.ITEMS for name in item.members}
    builder.members = {name: make_member(directory, title=name) for name in names}
    builder.relays = []
    return builder


def test_demo_news_in_three_languages(builder, run_on_commit):
    run_on_commit(demo_news.build_news, builder)

    for language in ["fr", "en", "es"]:
        items = NewsPage.objects.live().filter(locale__language_code=language)
        assert items.count() >= 8, language
        assert all(item.date <= DEMO_TODAY for item in items)
        assert all(
            item.category and item.category.locale.language_code == language for item in items
        )
        assert all(item.tags.exists() for item in items)
        assert sum(item.image_id is not None for item in items) >= 4
        assert NewsIndexPage.objects.get(locale__language_code=language).show_in_menus
    english = NewsPage.objects.get(locale__language_code="en", slug="regional-day-2026")
    assert english.title == "Regional day of international cooperation"
    assert english.summary.startswith("Associations, local authorities")
    assert len({item.category_id for item in NewsPage.objects.filter(locale=builder.default)}) >= 3
    home = type(builder.home).objects.get(pk=builder.home.pk)
    assert [block.block_type for block in home.body].count("latest_news") == 1


def test_demo_news_are_made_once(builder, run_on_commit):
    run_on_commit(demo_news.build_news, builder)
    count = NewsPage.objects.count()

    run_on_commit(demo_news.build_news, builder)

    assert NewsPage.objects.count() == count
    home = type(builder.home).objects.get(pk=builder.home.pk)
    assert [block.block_type for block in home.body].count("latest_news") == 1
