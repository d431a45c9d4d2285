"""What editors give an event, and what the admin refuses, with its message."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext
from wagtail.test.utils.form_data import nested_form_data
from wagtail_localize.fields import SynchronizedField, get_translatable_fields

from network_map.models import RelayOrganisationPage
from resacoop.agenda.models import AgendaIndexPage, EventPage

from ..builders import make_map, make_relay
from .builders import today

FIRST_DAY = today() + datetime.timedelta(days=30)


def add_event(client, parent, **fields):
    data = {
        "title": "Forum de la solidarité internationale",
        "slug": "forum",
        "status": "scheduled",
        "start_date": FIRST_DAY.isoformat(),
        "start_time": "09:30",
        "end_time": "17:00",
        "venue": "Hôtel de ville",
        "town": "Valence",
        "postcode": "26000",
        "departement": "26",
        "summary": "Une journée de rencontres.",
        "body-count": "0",
        "tags": "",
        "action-publish": "action-publish",
        **fields,
    }
    return client.post(
        reverse("wagtailadmin_pages:add", args=("agenda", "eventpage", parent.pk)),
        nested_form_data(data),
    )


def fr(message, **params):
    """``message`` as the admin says it (in French, the editors' language)."""
    with translation.override("fr"):
        text = gettext(message)
    return text % params if params else text


def errors_of(response):
    assert response.status_code == 200, "the form was accepted"
    return response.context["form"].errors


def test_editor_adds_an_event_to_the_agenda(admin_client, agenda):
    response = add_event(admin_client, agenda)

    assert response.status_code == 302
    event = EventPage.objects.get(slug="forum")
    zone = timezone.get_default_timezone()
    assert event.starts_at == datetime.datetime.combine(
        FIRST_DAY, datetime.time(9, 30), tzinfo=zone
    )
    assert event.ends_at == datetime.datetime.combine(FIRST_DAY, datetime.time(17), tzinfo=zone)
    assert not event.all_day


def test_whole_days_run_from_midnight_to_midnight_in_paris(admin_client, agenda):
    last = FIRST_DAY + datetime.timedelta(days=2)
    response = add_event(
        admin_client, agenda, start_time="", end_time="", end_date=last.isoformat()
    )

    assert response.status_code == 302
    event = EventPage.objects.get(slug="forum")
    assert event.all_day
    local = timezone.localtime(event.ends_at, timezone.get_default_timezone())
    assert local.date() == last + datetime.timedelta(days=1) and local.hour == 0


def test_end_before_start_is_refused(admin_client, agenda):
    earlier = FIRST_DAY - datetime.timedelta(days=1)
    errors = errors_of(add_event(admin_client, agenda, end_date=earlier.isoformat()))
    assert errors["end_date"] == [fr("The event cannot end before its first day.")]

    errors = errors_of(add_event(admin_client, agenda, start_time="17:00", end_time="09:00"))
    assert errors["end_time"] == [fr("The event must end after it starts.")]


def test_a_time_without_the_other_is_refused(admin_client, agenda):
    errors = errors_of(add_event(admin_client, agenda, end_time=""))
    assert errors["end_time"] == [
        fr("Give the end time too, or leave both times empty for whole days.")
    ]


def test_registration_closing_after_the_start_is_refused(admin_client, agenda):
    deadline = f"{(FIRST_DAY + datetime.timedelta(days=1)).isoformat()} 12:00"
    errors = errors_of(add_event(admin_client, agenda, registration_deadline=deadline))
    with translation.override("fr"):
        when = EventPage(
            start_date=FIRST_DAY, start_time=datetime.time(9, 30), end_time=datetime.time(17)
        ).when
    assert errors["registration_deadline"] == [
        fr("Registration must close before the event starts (%(start)s).", start=when)
    ]

    deadline = f"{(FIRST_DAY - datetime.timedelta(days=2)).isoformat()} 12:00"
    assert add_event(admin_client, agenda, registration_deadline=deadline).status_code == 302


def test_coordinates_outside_the_departement_are_refused(admin_client, agenda):
    # Lyon's coordinates for an event said to be in the Drôme.
    errors = errors_of(add_event(admin_client, agenda, latitude="45.76404", longitude="4.83566"))
    assert errors["latitude"] == [
        fr(
            "These coordinates (%(latitude)s, %(longitude)s) are outside the département "
            "%(name)s (%(code)s): check them, or the département.",
            latitude="45.76404",
            longitude="4.83566",
            name="Drôme",
            code="26",
        )
    ]

    # Valence is in the Drôme.
    response = add_event(admin_client, agenda, latitude="44.93333", longitude="4.89236")
    assert response.status_code == 302


def test_only_one_coordinate_is_refused(admin_client, agenda):
    errors = errors_of(add_event(admin_client, agenda, latitude="44.93333"))
    assert errors["longitude"] == [fr("Give both the latitude and the longitude, or neither.")]


def test_departement_is_an_insee_code(admin_client, agenda):
    errors = errors_of(add_event(admin_client, agenda, departement="99"))
    assert "« 99 »" in errors["departement"][0]


def test_moved_online_needs_its_link(admin_client, agenda):
    errors = errors_of(add_event(admin_client, agenda, status="moved_online"))
    assert errors["online_url"] == [fr("An event moved online needs the link to follow it.")]

    response = add_event(
        admin_client, agenda, status="moved_online", online_url="https://visio.example.org/forum"
    )
    assert response.status_code == 302
    assert EventPage.objects.get(slug="forum").attendance_mode == "online"


def test_an_event_needs_a_place_or_a_link(admin_client, agenda):
    errors = errors_of(add_event(admin_client, agenda, venue="", town="", departement=""))
    assert errors["town"] == [fr("Say where the event takes place, or give its online link.")]


def test_a_paid_event_gives_its_price(admin_client, agenda):
    errors = errors_of(add_event(admin_client, agenda, admission="paid"))
    assert errors["price"] == [fr("Give the price of a paid event.")]


def test_events_go_under_the_agenda_or_a_relay_page(home_page):
    assert EventPage.parent_page_types == [
        "agenda.AgendaIndexPage",
        "network_map.RelayOrganisationPage",
    ]
    assert AgendaIndexPage.subpage_types == ["agenda.EventPage"]


def test_a_relay_adds_its_own_event_under_its_page(admin_client, home_page):
    relay = make_relay(make_map(home_page), departements="26", title="Relais Drôme")

    assert EventPage in RelayOrganisationPage.clean_subpage_models()
    response = add_event(admin_client, relay)

    assert response.status_code == 302
    assert EventPage.objects.get(slug="forum").get_parent().pk == relay.pk


@pytest.mark.parametrize(
    "name",
    [
        "start_date",
        "start_time",
        "end_date",
        "end_time",
        "status",
        "departement",
        "latitude",
        "longitude",
        "online_url",
        "registration_url",
        "registration_deadline",
        "audiences",
    ],
)
def test_when_and_where_are_synchronised_not_translated(name):
    fields = {field.field_name: field for field in get_translatable_fields(EventPage)}

    assert isinstance(fields[name], SynchronizedField)
    assert not fields[name].overridable


@pytest.mark.parametrize("name", ["title", "summary", "venue", "price", "body"])
def test_texts_are_translated(name):
    fields = {field.field_name: field for field in get_translatable_fields(EventPage)}

    assert not isinstance(fields[name], SynchronizedField)


def test_events_are_searchable_by_their_texts():
    names = {field.field_name for field in EventPage.search_fields}

    assert {"title", "summary", "venue", "town", "body"} <= names
