"""The index of calls: open calls soonest first with their countdown, the archive of closed
ones newest first, pages, hostile query strings, and caches that never keep a call open past
its deadline."""

import datetime
from zoneinfo import ZoneInfo

import pytest
from bs4 import BeautifulSoup
from django.utils import timezone
from wagtail.models import PageViewRestriction

from resacoop.calls.deadlines import deadline_in
from resacoop.calls.listing import CALLS_PER_PAGE
from resacoop.core.freshness import BROWSER_MAX_AGE

from ...html import injected_markup
from .builders import make_call


def listed(client, url, **query):
    """Titles the index lists for ``query``, and the response."""
    response = client.get(url, query)
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    titles = [a.get_text(strip=True) for a in soup.select(".call-card__title a")]
    return titles, response


def max_age(response):
    return int(response["Cache-Control"].split("max-age=")[1].split(",")[0])


@pytest.fixture
def calls(call_index):
    make_call(call_index, title="Dans un mois", in_days=30)
    make_call(call_index, title="Dans trois jours", in_days=3)
    make_call(call_index, title="Clos hier", in_days=-1)
    make_call(call_index, title="Clos il y a un an", in_days=-365)
    make_call(call_index, title="Brouillon", in_days=5, publish=False)
    private = make_call(call_index, title="Réservé", in_days=4)
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    return call_index


def test_open_calls_soonest_first_with_a_countdown(client, calls):
    titles, response = listed(client, calls.url)

    assert titles == ["Dans trois jours", "Dans un mois"]
    soup = BeautifulSoup(response.content, "html.parser")
    countdowns = [c.get_text(strip=True) for c in soup.select(".call-card .call-countdown")]
    assert len(countdowns) == 2 and all(countdowns)
    assert soup.select_one(".call-card time")["datetime"].endswith(("+01:00", "+02:00"))


def test_the_archive_lists_closed_calls_newest_first(client, calls):
    titles, response = listed(client, calls.url + "archive/")

    assert titles == ["Clos hier", "Clos il y a un an"]
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.select(".call-card--closed") and not soup.select(".call-countdown")
    # Each view links to the other.
    index = soup_links(response)
    assert calls.url in index and calls.url + "archive/" in index


def soup_links(response):
    soup = BeautifulSoup(response.content, "html.parser")
    return [a["href"] for a in soup.select(".call-views a")]


def test_the_archive_is_paged(client, call_index):
    for number in range(CALLS_PER_PAGE + 2):
        make_call(call_index, title=f"Clos {number:02d}", in_days=-1 - number)

    first, _response = listed(client, call_index.url + "archive/")
    second, response = listed(client, call_index.url + "archive/", page="2")

    assert first[0] == "Clos 00" and len(first) == CALLS_PER_PAGE
    assert second == ["Clos 20", "Clos 21"]
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.select_one('.pagination a[rel="prev"]')["href"] == call_index.url + "archive/"
    assert soup.select_one('meta[name="robots"]')["content"].startswith("noindex")


def test_a_call_moves_to_the_archive_when_its_deadline_passes(client, calls, clock):
    soonest = deadline_in(3)

    clock.move_to(soonest - datetime.timedelta(seconds=1))
    assert listed(client, calls.url)[0] == ["Dans trois jours", "Dans un mois"]

    clock.move_to(soonest)
    assert listed(client, calls.url)[0] == ["Dans un mois"]
    assert listed(client, calls.url + "archive/")[0][0] == "Dans trois jours"


@pytest.mark.parametrize(
    "query",
    [
        {"page": "abc"},
        {"page": "-1"},
        {"page": "0"},
        {"page": "99999999999999999999"},
        {"page": "1.5"},
        {"unknown": "value", "tag": "x" * 5000},
    ],
)
def test_hostile_query_strings_give_a_page_never_an_error(client, calls, query):
    for url in (calls.url, calls.url + "archive/"):
        response = client.get(url, query)

        assert response.status_code == 200
        text = BeautifulSoup(response.content, "html.parser").get_text()
        for value in query.values():
            if len(value) > 3:
                assert value not in text


def test_xss_payloads_are_never_echoed_raw(client, calls, xss_payloads):
    for payload in xss_payloads:
        for url in (calls.url, calls.url + "archive/", calls.url + "rss/"):
            response = client.get(url, {"page": payload, payload[:50]: payload})
            assert response.status_code in (200, 400, 404), (url, payload)
            if response["Content-Type"].startswith("text/html"):
                assert injected_markup(response.content) == [], (url, payload)
            assert payload.encode() not in response.content or payload.isalnum()


# Caches ---------------------------------------------------------------------------------


@pytest.fixture
def page_cache(settings):
    settings.RESACOOP_PAGE_CACHE_TIMEOUT = 3600


def test_pages_are_cached_until_the_soonest_deadline_at_most(client, call_index, page_cache):
    call = make_call(call_index, title="Bientôt clos", deadline=timezone.now() + _minutes(20))

    for url in (call_index.url, call.url, call_index.url + "archive/", call_index.url + "rss/"):
        first = client.get(url)
        second = client.get(url)

        assert 0 < max_age(first) <= 20 * 60, url
        assert (first["X-Page-Cache"], second["X-Page-Cache"]) == ("miss", "hit"), url


def test_a_cached_index_never_shows_a_call_open_after_its_deadline(
    client, call_index, page_cache, clock
):
    deadline = timezone.now() + _minutes(20)
    make_call(call_index, title="Bientôt clos", deadline=deadline)
    make_call(call_index, title="Plus tard", in_days=10)

    before = client.get(call_index.url)
    assert "Bientôt clos" in before.content.decode()
    clock.move_to(clock.now() + _minutes(9))
    assert client.get(call_index.url)["X-Page-Cache"] == "hit"

    clock.move_to(deadline + datetime.timedelta(seconds=1))
    after = client.get(call_index.url)

    assert after["X-Page-Cache"] == "miss"
    assert listed(client, call_index.url)[0] == ["Plus tard"]
    assert listed(client, call_index.url + "archive/")[0] == ["Bientôt clos"]


def test_a_cached_call_page_says_it_is_closed_once_its_deadline_passes(
    client, call_index, page_cache, clock
):
    deadline = timezone.now() + _minutes(20)
    call = make_call(call_index, title="Bientôt clos", deadline=deadline)

    before = BeautifulSoup(client.get(call.url).content, "html.parser")
    assert before.select_one(".call-notice--open")

    clock.move_to(deadline + datetime.timedelta(seconds=1))
    response = client.get(call.url)
    after = BeautifulSoup(response.content, "html.parser")

    assert response["X-Page-Cache"] == "miss"
    assert after.select_one(".call-notice--closed")
    assert after.select_one(".call-apply") is None
    # Closed for good: kept as long as any page.
    assert "max-age" not in response.get("Cache-Control", "")
    assert client.get(call.url)["X-Page-Cache"] == "hit"


def test_an_index_without_open_calls_is_cached_for_the_usual_time(client, call_index, page_cache):
    make_call(call_index, title="Clos", in_days=-2)

    response = client.get(call_index.url)

    # The page cache's hour; a browser, which never hears of a new call, a few minutes.
    assert max_age(response) == BROWSER_MAX_AGE
    assert client.get(call_index.url)["X-Page-Cache"] == "hit"


def test_a_copy_replayed_by_the_page_cache_is_never_kept_past_the_deadline(
    client, call_index, page_cache, clock
):
    # Mid-morning in Paris: twenty minutes from just before midnight, the call would close
    # "tomorrow", a change of wording that ends the copies sooner, at midnight.
    clock.move_to(datetime.datetime(2027, 3, 10, 10, 0, tzinfo=ZoneInfo("Europe/Paris")))
    deadline = timezone.now() + _minutes(20)
    make_call(call_index, title="Bientôt clos", deadline=deadline)
    stored_at = clock.now()
    assert client.get(call_index.url)["X-Page-Cache"] == "miss"

    # Every replay, up to the last one before the deadline, expires by the deadline in a
    # browser: what it has been kept (Age) counts against its max-age.
    for minutes in (1, 9, 19):
        clock.move_to(stored_at + _minutes(minutes))
        response = client.get(call_index.url)
        assert response["X-Page-Cache"] == "hit"
        kept_for = max_age(response) - int(response["Age"])
        assert clock.now() + datetime.timedelta(seconds=kept_for) <= deadline, minutes
    clock.move_to(deadline + datetime.timedelta(seconds=1))
    assert client.get(call_index.url)["X-Page-Cache"] == "miss"


def _minutes(number):
    return datetime.timedelta(minutes=number)
