"""The RSS and Atom feeds of open calls, per language, read by a feed reader's parser."""

import datetime

import feedparser
import pytest
from bs4 import BeautifulSoup
from defusedxml import ElementTree
from django.utils import timezone

from resacoop.demo import site_setup

from .builders import make_call

ROOT = "http://testserver"
LANGUAGES = ["fr", "en", "es"]
KINDS = {"rss": "rss20", "atom": "atom10"}


def feed_url(index, kind):
    return index.url + index.reverse_subpage(kind)


def read(client, url):
    response = client.get(url)
    assert response.status_code == 200
    return feedparser.parse(response.content), response


@pytest.fixture
def translated_calls(call_index, locales, run_on_commit):
    soon = make_call(call_index, title="Bientôt clos", in_days=2, tags=["jeunesse"])
    later = make_call(call_index, title="Plus tard", in_days=40)
    make_call(call_index, title="Déjà clos", in_days=-2)
    for page in (call_index, soon, later):
        run_on_commit(site_setup.ensure_translations, page, [locales["en"], locales["es"]])
    return call_index


def test_each_language_has_feeds_of_its_open_calls(client, translated_calls, locales):
    for language in LANGUAGES:
        index = translated_calls.get_translation(locales[language])
        for kind, version in KINDS.items():
            feed, response = read(client, feed_url(index, kind))

            assert not feed.bozo, feed.bozo_exception
            assert feed.version == version
            assert feed.feed.language == language
            assert feed.feed.link == f"{ROOT}{index.url}"
            # Open calls only, the soonest deadline first, each on the site's own address.
            assert [entry.title for entry in feed.entries] == ["Bientôt clos", "Plus tard"]
            assert all(entry.link.startswith(f"{ROOT}{index.url}") for entry in feed.entries)
            assert "jeunesse" in [tag.term for tag in feed.entries[0].tags]
            assert "max-age" in response["Cache-Control"]


def test_a_call_leaves_the_feed_when_its_deadline_passes(client, call_index, clock):
    deadline = timezone.now() + datetime.timedelta(hours=2)
    make_call(call_index, title="Bientôt clos", deadline=deadline)
    make_call(call_index, title="Plus tard", in_days=40)
    url = feed_url(call_index, "rss")

    assert [e.title for e in read(client, url)[0].entries] == ["Bientôt clos", "Plus tard"]
    clock.move_to(deadline + datetime.timedelta(seconds=1))
    assert [e.title for e in read(client, url)[0].entries] == ["Plus tard"]


def test_hostile_texts_reach_readers_as_text(client, call_index, xss_payloads):
    payloads = xss_payloads[:20]
    for number, payload in enumerate(payloads):
        make_call(call_index, title=f"{payload} {number}", slug=f"a-{number}", summary=payload)

    for kind in KINDS:
        response = client.get(feed_url(call_index, kind))
        ElementTree.fromstring(response.content)  # well-formed XML
        feed = feedparser.parse(response.content)
        assert not feed.bozo, feed.bozo_exception
        titles = {entry.title for entry in feed.entries}
        assert titles == {f"{payload} {number}".strip() for number, payload in enumerate(payloads)}
        for entry in feed.entries:
            # Paragraphs of escaped text: no other element a reader would run.
            summary = BeautifulSoup(entry.summary, "html.parser")
            assert {tag.name for tag in summary.find_all(True)} == {"p"}, entry.summary


def test_the_index_links_to_its_feeds_in_its_head_and_visibly(client, translated_calls, locales):
    for language in LANGUAGES:
        index = translated_calls.get_translation(locales[language])
        soup = BeautifulSoup(client.get(index.url).content, "html.parser")

        rss = soup.head.select_one('link[rel=alternate][type="application/rss+xml"]')
        atom = soup.head.select_one('link[rel=alternate][type="application/atom+xml"]')
        assert rss["href"] == feed_url(index, "rss") and rss["title"]
        assert atom["href"] == feed_url(index, "atom") and atom["title"]
        visible = [a["href"] for a in soup.main.select(".call-views a[type]")]
        assert visible == [feed_url(index, "rss"), feed_url(index, "atom")]
