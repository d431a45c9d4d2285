"""The agenda's listing: coming events, the archive, filters, pages and hostile values."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.utils import timezone, translation

from resacoop.agenda.listing import EVENTS_PER_PAGE, Listing
from resacoop.agenda.models import EventPage, EventStatus
from resacoop.core.freshness import BROWSER_MAX_AGE

from ...html import injected_markup
from ..builders import make_map, make_relay, translation_of
from .builders import make_event, today


def listed(client, url, **query):
    """Titles the agenda lists for ``query``, and the response."""
    response = client.get(url, query)
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    titles = [a.get_text(strip=True) for a in soup.select(".event-card__title a")]
    return titles, response


@pytest.fixture
def events(agenda, home_page):
    relay = make_relay(make_map(home_page), departements="63", title="Relais du Puy-de-Dôme")
    make_event(
        agenda,
        title="Dans deux semaines",
        in_days=14,
        departement="38",
        town="Grenoble",
        tags=["jeunesse"],
        audiences=["Jeunes"],
    )
    make_event(agenda, title="Demain", in_days=1, tags=["formation"])
    make_event(
        agenda,
        title="En cours",
        in_days=-1,
        all_day=True,
        end_date=today() + datetime.timedelta(days=1),
    )
    make_event(
        relay,
        title="Atelier du relais",
        in_days=5,
        departement="63",
        town="Clermont-Ferrand",
        tags=["jeunesse"],
        audiences=["Associations"],
    )
    make_event(agenda, title="Le mois dernier", in_days=-30)
    make_event(agenda, title="Hier", in_days=-1, departement="38", town="Grenoble")
    make_event(agenda, title="Brouillon", in_days=2, publish=False)
    return agenda


def test_coming_events_soonest_first_with_those_in_progress(client, events):
    titles, _response = listed(client, events.url)

    assert titles == ["En cours", "Demain", "Atelier du relais", "Dans deux semaines"]


def test_archive_lists_past_events_most_recent_first(client, events):
    titles, response = listed(client, events.url + "archive/")

    assert titles == ["Hier", "Le mois dernier"]
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.select_one('meta[name="robots"]') is None
    assert soup.select_one('link[rel="canonical"]')["href"].endswith("/fr/agenda/archive/")


def test_an_event_that_just_ended_leaves_the_coming_events(events):
    demain = EventPage.objects.get(title="Demain")
    after = demain.ends_at + datetime.timedelta(minutes=1)

    coming = Listing(events, {}, past=False, now=after)
    past = Listing(events, {}, past=True, now=after)

    assert demain not in list(coming.page) and demain in list(past.page)


def test_filters_by_departement_month_theme_and_audience(client, events):
    assert listed(client, events.url, departement="38")[0] == ["Dans deux semaines"]
    assert listed(client, events.url + "archive/", departement="38")[0] == ["Hier"]
    assert listed(client, events.url, tag="jeunesse")[0] == [
        "Atelier du relais",
        "Dans deux semaines",
    ]
    assert listed(client, events.url, audience="associations")[0] == ["Atelier du relais"]
    month = EventPage.objects.get(title="Dans deux semaines").start_date.strftime("%Y-%m")
    assert "Dans deux semaines" in listed(client, events.url, month=month)[0]


def test_filters_combine(client, events):
    titles, response = listed(client, events.url, tag="jeunesse", departement="63")

    assert titles == ["Atelier du relais"]
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.select_one("#filter-departement option[selected]")["value"] == "63"
    assert soup.select_one("#filter-tag option[selected]")["value"] == "jeunesse"
    # Part of the agenda: followed, not indexed.
    assert soup.select_one('meta[name="robots"]')["content"].startswith("noindex")


def test_a_month_lists_the_events_it_overlaps(agenda):
    first = today().replace(day=1) + datetime.timedelta(days=62)
    first = first.replace(day=1)
    make_event(
        agenda,
        title="À cheval",
        start_date=first - datetime.timedelta(days=1),
        end_date=first + datetime.timedelta(days=1),
        all_day=True,
    )
    month = first.strftime("%Y-%m")

    listing = Listing(agenda, {"month": month}, past=False)

    assert [event.title for event in listing.page] == ["À cheval"]
    assert month in [value for value, _name in listing.months]


def test_pages_keep_the_filters(client, agenda):
    for number in range(EVENTS_PER_PAGE + 2):
        make_event(
            agenda,
            title=f"Atelier {number:02d}",
            in_days=number + 1,
            departement="42",
            town="Saint-Étienne",
        )

    first, response = listed(client, agenda.url, departement="42")
    second, _response = listed(client, agenda.url, departement="42", page="2")

    assert len(first) == EVENTS_PER_PAGE and first[0] == "Atelier 00"
    assert second == ["Atelier 20", "Atelier 21"]
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.select_one('a[rel="next"]')["href"] == "?departement=42&page=2"


def test_the_agenda_lists_its_language_only(client, events, locales, run_on_commit):
    from resacoop.demo import site_setup

    event = EventPage.objects.get(title="Demain")
    run_on_commit(site_setup.ensure_translations, events, [locales["en"]])
    run_on_commit(site_setup.ensure_translations, event, [locales["en"]])
    english = translation_of(events, "en")

    titles, _response = listed(client, english.url)

    assert titles == ["Demain"]


def test_cancelled_events_say_so_in_the_listing(client, agenda):
    make_event(agenda, title="Annulé", status="cancelled")

    _titles, response = listed(client, agenda.url)

    soup = BeautifulSoup(response.content, "html.parser")
    card = soup.select_one(".event-card--cancelled")
    status = card.select_one(".event-card__title .event-status")
    with translation.override("fr"):
        assert status.get_text(strip=True) == str(EventStatus.CANCELLED.label)


def test_caches_keep_coming_events_until_the_next_one_ends(client, agenda, settings):
    settings.RESACOOP_PAGE_CACHE_TIMEOUT = 3600
    make_event(agenda, title="Dans une semaine", in_days=7)

    first = client.get(agenda.url)
    second = client.get(agenda.url)

    # The page cache keeps it (an hour at most); a browser, which never hears of a new
    # event, a few minutes.
    assert max_age(first) == BROWSER_MAX_AGE
    assert (first["X-Page-Cache"], second["X-Page-Cache"]) == ("miss", "hit")


def test_a_list_true_for_minutes_is_kept_for_those_minutes_only(client, agenda, settings, clock):
    settings.RESACOOP_PAGE_CACHE_TIMEOUT = 3600
    now = timezone.localtime()
    ends = now + datetime.timedelta(minutes=3)
    # Since midnight, until three minutes from now (maybe the next day).
    make_event(
        agenda,
        title="Bientôt fini",
        start_date=now.date(),
        start_time=datetime.time(0, 0),
        end_date=ends.date(),
        end_time=ends.time().replace(microsecond=0),
    )
    make_event(agenda, title="Plus tard", in_days=7)

    first = client.get(agenda.url)
    second = client.get(agenda.url)
    feed = client.get(agenda.url + "ical/")
    clock.move_to(ends + datetime.timedelta(seconds=1))
    after = client.get(agenda.url)

    assert 0 < max_age(first) <= 3 * 60
    assert 0 < max_age(feed) <= 3 * 60
    assert (first["X-Page-Cache"], second["X-Page-Cache"]) == ("miss", "hit")
    assert after["X-Page-Cache"] == "miss"
    assert "Bientôt fini" not in after.content.decode()


def max_age(response):
    return int(response["Cache-Control"].split("max-age=")[1].split(",")[0])


@pytest.mark.parametrize(
    "query",
    [
        {"month": "2026-13"},
        {"month": "abc"},
        {"month": "0000-01"},
        {"page": "-1"},
        {"page": "99999999999999999999"},
        {"departement": "99"},
        {"departement": "x" * 5000},
        {"tag": "inconnu"},
        {"tag": "é" * 300},
        {"audience": "personne"},
    ],
)
def test_hostile_values_give_a_page_never_an_error(client, events, query):
    for url in (events.url, events.url + "archive/"):
        response = client.get(url, query)

        assert response.status_code == 200
        # Long values are not repeated in what the page says (the address of a page that is
        # not indexed may carry them, percent-encoded, in its head).
        text = BeautifulSoup(response.content, "html.parser").get_text()
        for value in query.values():
            if len(value) > 20:
                assert value not in text


def test_unknown_values_say_so(client, events):
    _titles, response = listed(client, events.url, month="2026-13")
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.select(".event-card") == []
    assert soup.select_one(".directory-summary").get_text(strip=True)


def test_xss_payloads_are_never_echoed_raw(client, events, xss_payloads):
    for payload in xss_payloads:
        for name in ("departement", "month", "tag", "audience", "page"):
            response = client.get(events.url, {name: payload})
            assert response.status_code in (200, 400, 404)
            assert injected_markup(response.content) == [], (name, payload)


def test_events_in_a_private_section_are_not_listed(client, agenda, home_page):
    from wagtail.models import PageViewRestriction

    relay = make_relay(make_map(home_page), departements="63", title="Relais privé")
    make_event(relay, title="Réservé", in_days=2)
    make_event(agenda, title="Ouvert", in_days=3)
    PageViewRestriction.objects.create(page=relay, restriction_type="login")

    assert listed(client, agenda.url)[0] == ["Ouvert"]
