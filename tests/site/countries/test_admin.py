"""Editors give events and members their countries in the admin; a forged code is refused."""

import datetime

from django.urls import reverse
from wagtail_localize.fields import SynchronizedField, get_translatable_fields

from resacoop.agenda.models import EventPage
from resacoop.members.models import MemberPage

from ..agenda.builders import make_agenda, today


def add_event(client, parent, countries):
    """Post the editor's form of a new event with ``countries`` (a multiple choice)."""
    data = {
        "title": "Forum Sahel",
        "slug": "forum",
        "status": "scheduled",
        "start_date": (today() + datetime.timedelta(days=30)).isoformat(),
        "town": "Valence",
        "summary": "Une journée de rencontres.",
        "body-count": "0",
        "tags": "",
        "countries": countries,
        "action-publish": "action-publish",
    }
    return client.post(
        reverse("wagtailadmin_pages:add", args=("agenda", "eventpage", parent.pk)), data
    )


def test_editor_gives_an_event_its_countries(admin_client, home_page):
    agenda = make_agenda(home_page)

    response = add_event(admin_client, agenda, ["SN", "ML"])

    assert response.status_code == 302
    assert [country.code for country in EventPage.objects.get(slug="forum").countries] == [
        "ML",
        "SN",
    ]


def test_a_forged_country_code_is_refused_with_a_message(admin_client, home_page):
    agenda = make_agenda(home_page)

    response = add_event(admin_client, agenda, ["ZZ", "<script>"])

    assert response.status_code == 200
    assert "countries" in response.context["form"].errors
    assert b"<script>" not in response.content.split(b"</head>")[-1].replace(b"<script", b"")
    assert not EventPage.objects.filter(slug="forum").exists()


def test_countries_are_synchronised_never_translated():
    for model in (EventPage, MemberPage):
        fields = {field.field_name: field for field in get_translatable_fields(model)}
        assert isinstance(fields["countries"], SynchronizedField)
        assert not fields["countries"].overridable
