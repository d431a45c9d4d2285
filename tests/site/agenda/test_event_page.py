"""An event's page: status first, practical information, schema.org data."""

import datetime
import json

from bs4 import BeautifulSoup
from django.utils import timezone, translation

from resacoop.agenda.models import EventStatus

from ...html import VALID_DATETIME, injected_markup
from ..builders import make_map, make_member, make_member_index, make_relay
from .builders import make_event, today


def json_ld(client, event):
    soup = BeautifulSoup(client.get(event.url).content, "html.parser")
    return json.loads(soup.find("script", type="application/ld+json").string)


def test_the_status_is_said_before_anything_else(client, agenda):
    event = make_event(agenda, status="postponed")

    soup = BeautifulSoup(client.get(event.url).content, "html.parser")

    notice = soup.select_one(".page-header .event-notice--postponed")
    with translation.override("fr"):
        assert notice.select_one(".event-status").get_text(strip=True) == str(
            EventStatus.POSTPONED.label
        )


def test_practical_information(client, agenda):
    event = make_event(
        agenda,
        venue="Maison des associations",
        address="12 rue de la Paix",
        postcode="69002",
        online_url="https://visio.example.org/rencontre",
        organiser_name="Collectif régional",
        registration_url="https://inscriptions.example.org/rencontre",
        admission="paid",
        price="10 €, 5 € pour les étudiants",
    )

    soup = BeautifulSoup(client.get(event.url).content, "html.parser")

    facts = soup.select_one(".event-facts").get_text(" ", strip=True)
    for text in (
        "Maison des associations",
        "12 rue de la Paix",
        "69002 Lyon",
        "Rhône (69)",
        "Collectif régional",
        "10 €, 5 € pour les étudiants",
    ):
        assert text in facts
    assert soup.select_one('.event-facts a[href="https://visio.example.org/rencontre"]')
    assert soup.select_one('.event-facts a[href="https://inscriptions.example.org/rencontre"]')
    time = soup.select_one(".event-facts time")["datetime"]
    assert VALID_DATETIME.fullmatch(time)


def test_the_organiser_is_a_member_page_in_the_visitors_language(client, agenda, home_page):
    member = make_member(make_member_index(home_page), title="Université Clermont Auvergne")
    event = make_event(agenda, organiser_page=member)

    soup = BeautifulSoup(client.get(event.url).content, "html.parser")

    link = soup.select_one(f'.event-facts a[href="{member.url}"]')
    assert link.get_text(strip=True) == "Université Clermont Auvergne"
    assert json_ld(client, event)["organizer"]["name"] == "Université Clermont Auvergne"


def test_a_relays_event_is_organised_by_the_relay(client, home_page):
    relay = make_relay(make_map(home_page), departements="07", title="Relais Ardèche")
    event = make_event(relay, departement="07", town="Privas")

    soup = BeautifulSoup(client.get(event.url).content, "html.parser")

    assert soup.select_one(f'.event-facts a[href="{relay.url}"]')


def test_json_ld_of_a_scheduled_event_in_a_place(client, agenda):
    event = make_event(
        agenda,
        venue="Hôtel de ville",
        postcode="69001",
        latitude="45.76700",
        longitude="4.83600",
        registration_url="https://example.org/inscription",
        admission="free",
    )

    data = json_ld(client, event)

    assert data["@type"] == "Event"
    assert data["eventStatus"] == "https://schema.org/EventScheduled"
    assert data["eventAttendanceMode"] == "https://schema.org/OfflineEventAttendanceMode"
    assert data["startDate"] == timezone.localtime(event.starts_at).isoformat()
    assert data["startDate"].endswith(("+01:00", "+02:00"))
    place = data["location"]
    assert place["@type"] == "Place" and place["name"] == "Hôtel de ville"
    assert place["address"]["postalCode"] == "69001"
    assert place["address"]["addressRegion"] == "Rhône"
    assert place["geo"]["latitude"] == 45.767
    assert data["offers"] == {
        "@type": "Offer",
        "url": "https://example.org/inscription",
        "price": "0",
        "priceCurrency": "EUR",
    }


def test_json_ld_of_a_mixed_event(client, agenda):
    event = make_event(agenda, online_url="https://visio.example.org/x")

    data = json_ld(client, event)

    assert data["eventAttendanceMode"] == "https://schema.org/MixedEventAttendanceMode"
    assert [location["@type"] for location in data["location"]] == ["Place", "VirtualLocation"]


def test_json_ld_of_an_event_moved_online(client, agenda):
    event = make_event(agenda, status="moved_online", online_url="https://visio.example.org/x")

    data = json_ld(client, event)

    assert data["eventStatus"] == "https://schema.org/EventMovedOnline"
    assert data["eventAttendanceMode"] == "https://schema.org/OnlineEventAttendanceMode"
    assert data["location"] == {"@type": "VirtualLocation", "url": "https://visio.example.org/x"}


def test_json_ld_of_cancelled_and_postponed_events(client, agenda):
    cancelled = make_event(agenda, title="Annulé", status="cancelled")
    postponed = make_event(agenda, title="Reporté", status="postponed")

    assert json_ld(client, cancelled)["eventStatus"] == "https://schema.org/EventCancelled"
    assert json_ld(client, postponed)["eventStatus"] == "https://schema.org/EventPostponed"


def test_json_ld_of_whole_days_gives_dates(client, agenda):
    first = today() + datetime.timedelta(days=4)
    event = make_event(
        agenda, all_day=True, start_date=first, end_date=first + datetime.timedelta(days=1)
    )

    data = json_ld(client, event)

    assert data["startDate"] == first.isoformat()
    assert data["endDate"] == (first + datetime.timedelta(days=1)).isoformat()


def test_what_editors_type_is_escaped(client, agenda, xss_payloads):
    payload = xss_payloads[0]
    event = make_event(
        agenda,
        title=payload[:200],
        summary=payload[:300],
        venue=payload[:200],
        organiser_name=payload[:200],
        price=payload[:200],
        admission="paid",
    )

    for url in (event.url, agenda.url):
        assert injected_markup(client.get(url).content) == []
