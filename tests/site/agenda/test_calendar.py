"""iCalendar: one file per event and a feed per language, read back with icalendar."""

import datetime

import icalendar
from django.test import RequestFactory
from wagtail.models import Site

from resacoop.agenda.calendar import agenda_feed
from resacoop.agenda.models import EventPage

from ..builders import translation_of
from .builders import make_event, today


def read(response):
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return icalendar.Calendar.from_ical(response.content)


def vevents(calendar):
    return list(calendar.walk("VEVENT"))


def test_an_event_as_icalendar(client, agenda):
    event = make_event(
        agenda,
        title="Forum",
        summary="Une journée de rencontres.",
        venue="Hôtel de ville",
        postcode="69001",
        latitude="45.76700",
        longitude="4.83600",
    )

    calendar = read(client.get(event.url + "ical/"))

    assert calendar["VERSION"] == "2.0" and calendar["PRODID"]
    [zone] = calendar.walk("VTIMEZONE")
    assert zone["TZID"] == "Europe/Paris"
    [vevent] = vevents(calendar)
    start = vevent.decoded("DTSTART")
    assert vevent["DTSTART"].params["TZID"] == "Europe/Paris"
    assert start == event.starts_at and start.hour == 18
    assert vevent.decoded("DTEND") == event.ends_at
    site = Site.objects.get(is_default_site=True)
    assert vevent["UID"] == f"{event.translation_key}@{site.hostname}"
    assert isinstance(vevent.decoded("DTSTAMP"), datetime.datetime)
    assert vevent["SUMMARY"] == "Forum"
    assert vevent["STATUS"] == "CONFIRMED"
    assert vevent["URL"] == f"{site.root_url}/fr/agenda/forum/"
    assert vevent["LOCATION"] == "Hôtel de ville, 69001 Lyon"
    assert "Une journée de rencontres." in vevent["DESCRIPTION"]


def test_addresses_come_from_the_site_record_not_the_host_header(client, agenda):
    event = make_event(agenda)

    calendar = read(client.get(event.url + "ical/", headers={"host": "evil.example"}))

    [vevent] = vevents(calendar)
    site = Site.objects.get(is_default_site=True)
    assert vevent["URL"].startswith(site.root_url)
    assert "evil" not in vevent["UID"]


def test_whole_days_are_dates_and_end_the_day_after(client, agenda):
    first = today() + datetime.timedelta(days=10)
    event = make_event(
        agenda, all_day=True, start_date=first, end_date=first + datetime.timedelta(days=2)
    )

    [vevent] = vevents(read(client.get(event.url + "ical/")))

    assert vevent.decoded("DTSTART") == first
    assert vevent.decoded("DTEND") == first + datetime.timedelta(days=3)
    assert not isinstance(vevent.decoded("DTSTART"), datetime.datetime)


def test_a_cancelled_event_says_so(client, agenda):
    event = make_event(agenda, status="cancelled")

    [vevent] = vevents(read(client.get(event.url + "ical/")))

    assert vevent["STATUS"] == "CANCELLED"


def test_the_uid_is_the_same_in_every_language(client, agenda, locales, run_on_commit):
    from resacoop.demo import site_setup

    event = make_event(agenda)
    run_on_commit(site_setup.ensure_translations, agenda, [locales["en"]])
    run_on_commit(site_setup.ensure_translations, event, [locales["en"]])
    english = translation_of(event, "en")

    [french] = vevents(read(client.get(event.url + "ical/")))
    [in_english] = vevents(read(client.get(english.url + "ical/")))
    [again] = vevents(read(client.get(event.url + "ical/")))

    assert french["UID"] == in_english["UID"] == again["UID"]
    assert in_english["URL"].endswith("/en/agenda/rencontre-du-reseau/")


def test_the_feed_lists_the_coming_events_of_its_language(client, agenda, home_page):
    make_event(agenda, title="Bientôt", in_days=3)
    make_event(agenda, title="Plus tard", in_days=30, status="cancelled")
    make_event(agenda, title="Passé", in_days=-3)

    calendar = read(client.get(agenda.url + "ical/"))

    summaries = [str(vevent["SUMMARY"]) for vevent in vevents(calendar)]
    assert len(summaries) == 2 and summaries[0] == "Bientôt"
    statuses = [str(vevent["STATUS"]) for vevent in vevents(calendar)]
    assert statuses == ["CONFIRMED", "CANCELLED"]
    assert calendar["X-WR-TIMEZONE"] == "Europe/Paris"
    assert len(calendar.walk("VTIMEZONE")) == 1


def test_the_feed_is_made_again_when_its_soonest_event_ends(agenda, django_assert_num_queries):
    soon = make_event(agenda, title="Bientôt", in_days=1)
    make_event(agenda, title="Plus tard", in_days=8)
    request = RequestFactory().get(agenda.url + "ical/", SERVER_NAME="localhost")
    before = soon.ends_at - datetime.timedelta(hours=1)
    after = soon.ends_at + datetime.timedelta(minutes=1)

    first = agenda_feed(agenda, request, now=before)
    # Only the content version, read for each of the two cached values outside a request
    # (once a request): the ends of the coming events, then the feed.
    with django_assert_num_queries(2):
        assert agenda_feed(agenda, request, now=before) == first
    later = agenda_feed(agenda, request, now=after)

    assert "Bientôt" in first
    assert "Bientôt" not in later and "Plus tard" in later


def test_the_feed_follows_a_publication(client, agenda):
    make_event(agenda, title="Bientôt", in_days=1)
    read(client.get(agenda.url + "ical/"))

    make_event(agenda, title="Nouveau", in_days=2)

    summaries = [str(v["SUMMARY"]) for v in vevents(read(client.get(agenda.url + "ical/")))]
    assert summaries == ["Bientôt", "Nouveau"]


def test_the_event_page_offers_its_calendar_file(client, agenda):
    event = make_event(agenda)

    html = client.get(event.url).content.decode()

    assert f'href="{event.url}ical/"' in html
    assert EventPage.objects.get(pk=event.pk).ics_url == f"{event.url}ical/"
