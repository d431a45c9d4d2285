"""An event's registration through a form page of the site (#20: "event registration can
point to one"), in the visitor's language, in the page, its iCalendar file and its JSON-LD."""

import json

import icalendar
import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError

from resacoop.agenda.models import EventPage
from resacoop.demo import site_setup

from ..builders import make_standard_page, translation_of
from ..forms.builders import make_form_page
from .builders import make_event
from .test_admin import add_event, errors_of, fr


@pytest.fixture
def form(home_page):
    return make_form_page(home_page, title="Inscription", slug="inscription")


def register_link(client, page):
    soup = BeautifulSoup(client.get(page.url).content, "html.parser")
    return soup.find("a", string="Register" if "/en/" in page.url else "S'inscrire")


def test_the_event_page_leads_to_the_form_in_the_visitors_language(
    client, agenda, form, locales, run_on_commit
):
    event = make_event(agenda, registration_page=form)
    for page in (agenda, event, form):
        run_on_commit(site_setup.ensure_translations, page, [locales["en"]])
    english_event, english_form = translation_of(event, "en"), translation_of(form, "en")

    assert register_link(client, event)["href"] == form.url
    assert register_link(client, english_event)["href"] == english_form.url


def test_a_form_not_translated_yet_is_the_original(client, agenda, form, locales, run_on_commit):
    event = make_event(agenda, registration_page=form)
    for page in (agenda, event):
        run_on_commit(site_setup.ensure_translations, page, [locales["en"]])

    assert register_link(client, translation_of(event, "en"))["href"] == form.url


def test_the_calendar_file_and_json_ld_give_the_forms_full_address(client, agenda, form):
    event = make_event(agenda, registration_page=form)

    [vevent] = icalendar.Calendar.from_ical(client.get(event.url + "ical/").content).walk("VEVENT")
    soup = BeautifulSoup(client.get(event.url).content, "html.parser")
    data = json.loads(soup.find("script", type="application/ld+json").string)

    assert f"http://testserver{form.url}" in vevent["DESCRIPTION"]
    assert data["offers"]["url"] == f"http://testserver{form.url}"


def test_an_unpublished_form_gives_no_link(client, agenda, form):
    event = make_event(agenda, registration_page=form)
    form.unpublish()

    assert register_link(client, EventPage.objects.get(pk=event.pk)) is None


def test_a_form_and_a_link_together_are_refused(agenda, form):
    event = make_event(agenda, publish=False)
    event.registration_page = form
    event.registration_url = "https://example.org/inscription"

    with pytest.raises(ValidationError) as refused:
        event.full_clean()

    assert "registration_page" in refused.value.message_dict


def test_a_page_that_is_not_a_form_is_refused_in_the_admin(admin_client, agenda, home_page):
    other = make_standard_page(home_page, title="À propos", slug="a-propos")

    response = add_event(admin_client, agenda, registration_page=str(other.pk))

    assert errors_of(response)["registration_page"] == [fr("Choose a form page.")]


@pytest.mark.parametrize("forged", ["abc", "-1", "9" * 30, "<script>"])
def test_a_forged_form_choice_gets_a_message(admin_client, agenda, forged):
    response = add_event(admin_client, agenda, registration_page=forged)

    assert "registration_page" in errors_of(response)


def test_editor_chooses_a_form_in_the_admin(admin_client, agenda, form):
    response = add_event(admin_client, agenda, registration_page=str(form.pk))

    assert response.status_code == 302
    assert EventPage.objects.get(slug="forum").registration_page_id == form.pk
