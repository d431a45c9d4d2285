"""What editors give a call in the admin, and what it refuses, with its message."""

import datetime
import zoneinfo

import pytest
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from resacoop.calls.models import CallPage

from .builders import make_call

DAY = timezone.localdate() + datetime.timedelta(days=30)


def call_data(**fields):
    return nested_form_data(
        {
            "title": "Appel à projets jeunesse",
            "slug": "appel-jeunesse",
            "deadline": f"{DAY.isoformat()} 17:00",
            "deadline_timezone": "Europe/Paris",
            "funder_name": "La Région",
            "currency": "EUR",
            "summary": "Un soutien aux projets des jeunes.",
            "body-count": "0",
            "documents": inline_formset([]),
            "tags": "",
            "action-publish": "action-publish",
            **fields,
        }
    )


def add_call(client, index, **fields):
    return client.post(
        reverse("wagtailadmin_pages:add", args=("calls", "callpage", index.pk)),
        call_data(**fields),
    )


def edit_call(client, call, **fields):
    data = {
        "title": call.title,
        "slug": call.slug,
        "deadline": call.deadline_local.strftime("%Y-%m-%d %H:%M"),
        "deadline_timezone": call.deadline_timezone,
        "funder_name": call.funder_name,
        "summary": call.summary,
        **fields,
    }
    return client.post(reverse("wagtailadmin_pages:edit", args=(call.pk,)), call_data(**data))


def fr(message, **params):
    """``message`` as the admin says it (in French, the editors' language)."""
    with translation.override("fr"):
        text = gettext(message)
    return text % params if params else text


def errors_of(response):
    assert response.status_code == 200, "the form was accepted"
    return response.context["form"].errors


def test_the_deadline_is_read_in_the_zone_given_with_it(admin_client, call_index):
    response = add_call(admin_client, call_index, deadline_timezone="America/Sao_Paulo")

    assert response.status_code == 302
    call = CallPage.objects.get(slug="appel-jeunesse")
    zone = zoneinfo.ZoneInfo("America/Sao_Paulo")
    assert call.deadline == datetime.datetime.combine(DAY, datetime.time(17), tzinfo=zone)
    assert call.deadline_timezone == "America/Sao_Paulo"

    # Shown again as typed, in its zone, when the call is edited.
    form = admin_client.get(reverse("wagtailadmin_pages:edit", args=(call.pk,))).context["form"]
    assert form["deadline"].value().strftime("%H:%M") == "17:00"
    assert 'value="America/Sao_Paulo" selected' in str(form["deadline_timezone"])


def test_paris_is_the_zone_unless_told_otherwise(admin_client, call_index):
    form = admin_client.get(
        reverse("wagtailadmin_pages:add", args=("calls", "callpage", call_index.pk))
    ).context["form"]
    assert form["deadline_timezone"].value() == "Europe/Paris"


def test_a_past_deadline_is_refused_when_a_call_is_created(admin_client, call_index):
    yesterday = timezone.localdate() - datetime.timedelta(days=1)

    errors = errors_of(add_call(admin_client, call_index, deadline=f"{yesterday} 17:00"))

    with translation.override("fr"):
        assert errors["deadline"] == [
            fr(
                "This deadline (%(date)s, %(time)s) is already past: a call must still be open "
                "when it is published.",
                date=f"{yesterday.day} {_month_fr(yesterday)} {yesterday.year}",
                time="17:00",
            )
        ]
    assert not CallPage.objects.exists()


def _month_fr(day):
    from django.utils.formats import date_format

    with translation.override("fr"):
        return date_format(day, "F")


def test_a_closed_call_can_still_be_corrected(admin_client, call_index):
    call = make_call(call_index, title="Appel clos", in_days=-10)

    response = edit_call(admin_client, call, title="Appel clos, corrigé")

    assert response.status_code == 302
    call.refresh_from_db()
    assert call.title == "Appel clos, corrigé"
    assert call.deadline < timezone.now()


def test_moving_a_deadline_into_the_past_is_refused(admin_client, call_index):
    call = make_call(call_index, in_days=10)
    past = (call.deadline_local - datetime.timedelta(days=11)).strftime("%Y-%m-%d %H:%M")

    errors = errors_of(edit_call(admin_client, call, deadline=past))

    assert list(errors) == ["deadline"]
    # Into the future is fine.
    later = (call.deadline_local + datetime.timedelta(days=5)).strftime("%Y-%m-%d %H:%M")
    assert edit_call(admin_client, call, deadline=later).status_code == 302


def test_a_minimum_above_the_maximum_is_refused(admin_client, call_index):
    errors = errors_of(add_call(admin_client, call_index, amount_min="20000", amount_max="5000"))

    assert errors["amount_max"] == [
        fr(
            "The maximum amount cannot be less than the minimum (%(minimum)s).",
            minimum="20\xa0000 EUR",  # as French writes numbers
        )
    ]
    assert add_call(admin_client, call_index, amount_min="5000", amount_max="5000").status_code == (
        302
    )


def test_a_forged_time_zone_is_refused_without_being_repeated(admin_client, call_index):
    for forged in ("Mars/Olympus", "<script>alert(1)</script>", "Etc/GMT+5", ""):
        response = add_call(admin_client, call_index, deadline_timezone=forged)

        errors = errors_of(response)
        assert list(errors) == ["deadline_timezone"], forged
        if forged:
            assert forged not in response.content.decode()


def test_a_time_the_clocks_skip_is_refused(admin_client, call_index):
    # In Paris, clocks go from 2:00 to 3:00 on the last Sunday of March.
    year = timezone.localdate().year + 1
    sunday = max(
        datetime.date(year, 3, day)
        for day in range(25, 32)
        if datetime.date(year, 3, day).weekday() == 6
    )

    errors = errors_of(add_call(admin_client, call_index, deadline=f"{sunday} 02:30"))

    assert list(errors) == ["deadline"]


def test_garbage_in_the_deadline_and_amounts_gets_messages(admin_client, call_index):
    errors = errors_of(
        add_call(admin_client, call_index, deadline="demain", amount_min="-5", amount_total="x")
    )

    assert set(errors) == {"deadline", "amount_min", "amount_total"}


@pytest.mark.parametrize(
    ("deadline", "zone"),
    [("9999-12-31 23:00", "America/Sao_Paulo"), ("0001-01-01 00:00", "Asia/Tokyo")],
)
def test_a_date_at_the_ends_of_the_calendar_gets_a_message(
    admin_client, call_index, deadline, zone
):
    errors = errors_of(
        add_call(admin_client, call_index, deadline=deadline, deadline_timezone=zone)
    )

    assert errors["deadline"] == [
        fr("Give a date between the years %(first)s and %(last)s.", first=1900, last=2999)
    ]


def test_the_admin_lists_every_call_with_its_deadline(admin_client, call_index):
    make_call(call_index, title="Appel ouvert", in_days=10)
    make_call(call_index, title="Appel clos", in_days=-10)

    response = admin_client.get(reverse("call_pages:index"), {"ordering": "deadline"})

    assert response.status_code == 200
    content = response.content.decode()
    assert content.index("Appel clos") < content.index("Appel ouvert")
