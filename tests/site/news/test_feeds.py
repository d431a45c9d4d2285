"""The RSS and Atom feeds of the news, per language, read by a feed reader's parser."""

import datetime
import email.utils

import feedparser
import pytest
from bs4 import BeautifulSoup
from defusedxml import ElementTree

from resacoop.demo import site_setup
from resacoop.news.feeds import FEED_LENGTH
from resacoop.news.models import NewsCategory, NewsPage

from .builders import make_news, make_news_categories, make_news_index

ROOT = "http://testserver"
LANGUAGES = ["fr", "en", "es"]
KINDS = {"rss": "rss20", "atom": "atom10"}


@pytest.fixture
def index(home_page):
    make_news_categories()
    return make_news_index(home_page, introduction="Ce qui se passe dans le réseau.")


@pytest.fixture
def translated_news(index, locales, run_on_commit):
    """Two news items in French, English and Spanish, the first with a category and tags."""
    training = NewsCategory.objects.get(slug="formations", locale__language_code="fr")
    first = make_news(
        index,
        title="Formation au montage de projets",
        date=datetime.date(2026, 3, 12),
        category=training,
        tags=["jeunesse"],
        summary="Deux jours pour construire un projet avec ses partenaires.",
    )
    second = make_news(index, title="Journée régionale", date=datetime.date(2026, 10, 8))
    others = [locales["en"], locales["es"]]
    for page in [index, first, second]:
        run_on_commit(site_setup.ensure_translations, page, others)
    for language, title in [("en", "Project design training"), ("es", "Formación en proyectos")]:
        translation = first.get_translation(locales[language])
        translation.title = title
        translation.save_revision().publish()
    return index


def feed_url(index, kind):
    return index.url + index.reverse_subpage(kind)


def published_date(entry, kind):
    if kind == "rss":
        return email.utils.parsedate_to_datetime(entry.published).date()
    return datetime.datetime.fromisoformat(entry.published).date()


def read(client, url, **headers):
    response = client.get(url, **headers)
    assert response.status_code == 200
    return feedparser.parse(response.content), response


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("language", LANGUAGES)
def test_each_language_has_its_feeds(client, translated_news, locales, language, kind):
    index = translated_news.get_translation(locales[language])

    feed, response = read(client, feed_url(index, kind))

    assert not feed.bozo, feed.bozo_exception
    assert feed.version == KINDS[kind]
    assert response["Content-Type"].startswith(
        "application/rss+xml" if kind == "rss" else "application/atom+xml"
    )
    assert feed.feed.language == language
    assert feed.feed.title.startswith(index.title)
    assert feed.feed.link == f"{ROOT}{index.url}"
    items = NewsPage.objects.live().filter(locale=locales[language]).order_by("-date")
    assert [entry.title for entry in feed.entries] == [item.title for item in items]
    assert [entry.link for entry in feed.entries] == [f"{ROOT}{item.url}" for item in items]
    # The news' date, at midnight in the site's time zone.
    assert [published_date(entry, kind) for entry in feed.entries] == [
        datetime.date(2026, 10, 8),
        datetime.date(2026, 3, 12),
    ]
    training = feed.entries[1]
    category = NewsCategory.objects.get(slug="formations", locale__language_code="fr")
    category = category.get_translation(locales[language])
    assert category.name in [tag.term for tag in training.tags]
    assert "jeunesse" in [tag.term for tag in training.tags]


def test_feed_links_name_the_site_not_the_host_header(client, translated_news):
    for kind in KINDS:
        response = client.get(feed_url(translated_news, kind), HTTP_HOST="evil.example")

        assert response.status_code == 200
        content = response.content.decode()
        assert "evil.example" not in content
        feed = feedparser.parse(response.content)
        links = [feed.feed.link, *(entry.link for entry in feed.entries)]
        assert all(link.startswith(f"{ROOT}/fr/") for link in links), links


def test_hostile_title_and_summary_reach_readers_as_text(client, index, xss_payloads):
    payloads = xss_payloads[:FEED_LENGTH]
    for number, payload in enumerate(payloads):
        make_news(index, title=f"{payload} {number}", slug=f"a-{number}", summary=payload)

    for kind in KINDS:
        response = client.get(feed_url(index, kind))
        ElementTree.fromstring(response.content)  # well-formed XML
        feed = feedparser.parse(response.content)
        assert not feed.bozo, feed.bozo_exception
        # A reader shows each title as the editor typed it: text, not markup.
        titles = {entry.title for entry in feed.entries}
        assert titles == {f"{payload} {number}".strip() for number, payload in enumerate(payloads)}
        for entry in feed.entries:
            # The summary is HTML made of escaped text: no element a reader would run.
            summary = BeautifulSoup(entry.summary, "html.parser")
            assert summary.find(True) is None, entry.summary


def test_summary_is_carried_as_escaped_html(client, index):
    make_news(index, title="A < B", slug="a-b", summary="<b>gras</b> & <script>x()</script>")

    response = client.get(feed_url(index, "rss"))

    root = ElementTree.fromstring(response.content)
    description = root.find("channel/item/description").text
    assert description == "&lt;b&gt;gras&lt;/b&gt; &amp; &lt;script&gt;x()&lt;/script&gt;"
    entry = feedparser.parse(response.content).entries[0]
    assert entry.title == "A < B"


def test_feed_lists_the_latest_news_only(client, index):
    for number in range(FEED_LENGTH + 3):
        make_news(
            index,
            title=f"Actualité {number:02d}",
            date=datetime.date(2026, 1, 1) + datetime.timedelta(days=number),
        )

    feed, _response = read(client, feed_url(index, "atom"))

    assert len(feed.entries) == FEED_LENGTH
    assert feed.entries[0].title == f"Actualité {FEED_LENGTH + 2:02d}"


def test_feed_is_cached_until_a_news_item_is_published(
    client, index, django_assert_max_num_queries
):
    make_news(index, title="Première")
    url = feed_url(index, "rss")
    read(client, url)

    # Cached: Wagtail's route to the index (site, locale, the pages on the path, their view
    # restrictions: 7 queries) and the content version; nothing of the news.
    with django_assert_max_num_queries(8):
        feed, _response = read(client, url)
    assert [entry.title for entry in feed.entries] == ["Première"]

    make_news(index, title="Seconde", date=datetime.date(2026, 7, 1))
    feed, _response = read(client, url)
    assert [entry.title for entry in feed.entries] == ["Seconde", "Première"]


def test_draft_and_private_news_stay_out_of_the_feed(client, index):
    make_news(index, title="Publiée")
    make_news(index, title="Brouillon", publish=False)

    feed, _response = read(client, feed_url(index, "rss"))

    assert [entry.title for entry in feed.entries] == ["Publiée"]


def test_index_links_to_its_feeds_in_its_head_and_visibly(client, translated_news, locales):
    for language in LANGUAGES:
        index = translated_news.get_translation(locales[language])
        soup = BeautifulSoup(client.get(index.url).content, "html.parser")

        rss = soup.head.select_one('link[rel=alternate][type="application/rss+xml"]')
        atom = soup.head.select_one('link[rel=alternate][type="application/atom+xml"]')
        assert rss["href"] == feed_url(index, "rss")
        assert atom["href"] == feed_url(index, "atom")
        assert rss["title"] and atom["title"]
        visible = [a["href"] for a in soup.main.select(".news-feeds a")]
        assert visible == [feed_url(index, "rss"), feed_url(index, "atom")]
        for url in visible:
            assert client.get(url).status_code == 200
