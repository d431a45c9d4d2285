"""A form page as a visitor, a robot and an editor meet it: sent, refused, trapped, throttled,
kept out of the page cache, listed and exported in the admin, translated."""

import csv
import io

import pytest
from bs4 import BeautifulSoup
from django.core.cache import cache
from django.test import Client
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext
from wagtail.contrib.forms.models import FormSubmission
from wagtail.users.models import UserProfile

from cms_blocks.translation import translate
from resacoop.forms.forms import MULTILINE_MAX_LENGTH
from resacoop.forms.spam import HONEYPOT_NAME

from ...html import injected_markup
from ..builders import translation_of
from .builders import VALID, make_form_page


@pytest.fixture
def form_page(home_page):
    return make_form_page(home_page)


def post(client, page, data, **extra):
    return client.post(page.url, data, **extra)


def soup(response):
    return BeautifulSoup(response.content, "html.parser")


def test_the_form_shows_the_editors_fields_and_hides_the_trap_from_people(client, form_page):
    html = soup(client.get(form_page.url))

    names = [field["name"] for field in html.select("form[method=post] [name]")]
    assert names == ["csrfmiddlewaretoken", *VALID, HONEYPOT_NAME]
    assert html.select_one("label[for=id_votre_nom]").get_text().startswith("Votre nom")
    assert html.select_one("#id_sujet option[value=Formation]")
    trap = html.select_one(f"[name={HONEYPOT_NAME}]")
    container = trap.find_parent("div")
    assert container["aria-hidden"] == "true"
    assert trap["tabindex"] == "-1"
    assert container.select_one(f"label[for={trap['id']}]")  # a label, for whoever reaches it


def test_a_message_is_stored_e_mailed_and_thanked_for(client, form_page, mailoutbox):
    response = post(client, form_page, {**VALID, "forged": "ignored"})

    assert response.status_code == 200
    assert "Merci pour votre message." in response.content.decode()
    submission = FormSubmission.objects.get(page=form_page)
    assert submission.form_data == {
        **VALID,
        "jaccepte_que_le_reseau_utilise_ces_informations": True,
    }
    [mail] = mailoutbox
    assert mail.to == ["equipe@example.org"]
    assert mail.subject == "Message du site"
    assert "Votre nom: Camille Martin" in mail.body
    assert "Bonjour, nous préparons un projet au Sénégal." in mail.body
    assert HONEYPOT_NAME not in mail.body
    assert mail.reply_to == ["camille@example.org"]  # "Reply" answers the visitor


def test_a_message_that_cannot_be_e_mailed_is_still_stored_and_thanked_for(
    client, form_page, settings, caplog
):
    settings.EMAIL_BACKEND = "tests.site.forms.builders.BrokenMailBackend"

    response = post(client, form_page, VALID)

    assert response.status_code == 200
    assert "Merci pour votre message." in response.content.decode()
    assert FormSubmission.objects.filter(page=form_page).count() == 1
    assert "could not be e-mailed" in caplog.text


def test_a_message_without_a_subject_is_sent_under_the_pages_title(client, home_page, mailoutbox):
    page = make_form_page(home_page, subject="")

    post(client, page, VALID)

    assert mailoutbox[0].subject == "Écrire au réseau"


def test_mistakes_are_shown_next_to_their_field_and_in_a_summary_with_the_text_kept(
    client, form_page, mailoutbox
):
    data = {**VALID, "votre_adresse_electronique": "pas-une-adresse", "sujet": "Inventé"}
    del data["jaccepte_que_le_reseau_utilise_ces_informations"]

    response = post(client, form_page, data)

    assert response.status_code == 200
    html = soup(response)
    summary = html.select_one("[role=alert]")
    links = [link["href"] for link in summary.select("a")]
    assert links == [
        "#id_votre_adresse_electronique",
        "#id_sujet",
        "#id_jaccepte_que_le_reseau_utilise_ces_informations",
    ]
    email = html.select_one("#id_votre_adresse_electronique")
    assert email["aria-invalid"] == "true"
    assert email["value"] == "pas-une-adresse"
    assert html.select_one(f"#{email['aria-describedby']}").get_text(strip=True)
    assert html.select_one("#id_votre_message").get_text().strip() == VALID["votre_message"]
    assert html.title.get_text().startswith(gettext("Error:"))
    assert not FormSubmission.objects.exists()
    assert mailoutbox == []


def test_a_robot_that_fills_the_trap_is_thanked_and_nothing_is_kept(client, form_page, mailoutbox):
    response = post(client, form_page, {**VALID, HONEYPOT_NAME: "https://spam.example"})

    assert response.status_code == 200
    assert "Merci pour votre message." in response.content.decode()
    assert not FormSubmission.objects.exists()
    assert mailoutbox == []


def test_too_many_posts_from_one_address_are_refused_with_the_text_kept(
    client, form_page, mailoutbox, settings
):
    settings.RESACOOP_FORM_SUBMISSION_LIMIT = (2, 600)
    for _ in range(2):
        assert post(client, form_page, VALID).status_code == 200

    refused = post(client, form_page, VALID)

    assert refused.status_code == 429
    html = soup(refused)
    assert html.select_one("[role=alert]")
    assert html.select_one("#id_votre_message").get_text().strip() == VALID["votre_message"]
    assert FormSubmission.objects.count() == 2 and len(mailoutbox) == 2
    # Another address is not concerned.
    assert post(client, form_page, VALID, REMOTE_ADDR="192.0.2.7").status_code == 200
    assert FormSubmission.objects.count() == 3


def test_the_page_with_a_form_is_never_served_from_the_cache_with_someone_elses_token(
    form_page, settings
):
    settings.RESACOOP_PAGE_CACHE_TIMEOUT = 600
    first, second = Client(), Client()

    answers = [first.get(form_page.url), second.get(form_page.url)]

    assert [answer["X-Page-Cache"] for answer in answers] == ["miss", "miss"]
    tokens = [soup(answer).select_one("[name=csrfmiddlewaretoken]")["value"] for answer in answers]
    assert tokens[0] != tokens[1]
    assert all("csrftoken" in answer.cookies for answer in answers)
    guarded = Client(enforce_csrf_checks=True)
    assert guarded.post(form_page.url, VALID).status_code == 403
    assert not FormSubmission.objects.exists()


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"votre_nom": None}, "votre_nom"),
        ({"votre_nom": "x" * 256}, "votre_nom"),
        ({"votre_message": "x" * (MULTILINE_MAX_LENGTH + 1)}, "votre_message"),
        ({"sujet": ["Projet", "Autre"]}, None),  # two values for one: the last is kept
        ({"votre_adresse_electronique": "a@" + "b" * 300 + ".org"}, "votre_adresse_electronique"),
        ({HONEYPOT_NAME: "x" * 201}, HONEYPOT_NAME),
    ],
)
def test_forged_and_huge_values_get_a_message_never_an_error(client, form_page, change, field):
    data = {**VALID, **change}
    data = {name: value for name, value in data.items() if value is not None}

    response = post(client, form_page, data)

    assert response.status_code == 200
    errors = response.context["form"].errors if "form" in response.context else {}
    assert (field in errors) if field else not errors
    if field:
        assert not FormSubmission.objects.exists()


def test_a_flood_of_data_is_refused_with_a_client_error(client, form_page):
    response = post(client, form_page, {**VALID, "votre_message": "x" * 3_000_000})

    assert 400 <= response.status_code < 500
    assert not FormSubmission.objects.exists()


def test_hostile_text_is_stored_as_typed_and_shown_escaped_in_the_admin(
    client, admin_client, form_page, xss_payloads, settings
):
    settings.RESACOOP_FORM_SUBMISSION_LIMIT = (len(xss_payloads) + 1, 600)
    for payload in xss_payloads:
        response = post(client, form_page, {**VALID, "votre_nom": payload[:255]})
        assert response.status_code in (200, 400), payload
        assert injected_markup(response.content) == [], payload

    stored = FormSubmission.objects.filter(page=form_page)
    assert stored.count() > len(xss_payloads) // 2
    listing = admin_client.get(reverse("wagtailforms:list_submissions", args=[form_page.pk]))
    assert listing.status_code == 200
    assert injected_markup(listing.content) == []
    export = admin_client.get(
        reverse("wagtailforms:list_submissions", args=[form_page.pk]), {"export": "csv"}
    )
    assert export.status_code == 200


def test_editors_list_and_export_the_submissions_in_french(
    client, admin_client, form_page, admin_user
):
    post(client, form_page, VALID)
    profile = UserProfile.get_for_user(admin_user)
    profile.preferred_language = "fr"
    profile.save()
    url = reverse("wagtailforms:list_submissions", args=[form_page.pk])

    listing = admin_client.get(url)
    export = admin_client.get(url, {"export": "csv"})

    assert listing.status_code == 200
    assert "Camille Martin" in listing.content.decode()
    assert soup(listing).html["lang"] == "fr"
    exported = b"".join(export.streaming_content).decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(exported)))
    with translation.override("fr"):
        submission_date = gettext("Submission date")
    assert submission_date == "Date de soumission"
    assert rows[0] == [
        submission_date,
        "Votre nom",
        "Votre adresse électronique",
        "Sujet",
        "Votre message",
        "J'accepte que le réseau utilise ces informations",
    ]
    assert rows[1][1:] == [
        "Camille Martin",
        "camille@example.org",
        "Projet",
        VALID["votre_message"],
        "True",
    ]
    index = admin_client.get(reverse("wagtailforms:index"))
    assert form_page.title in index.content.decode()


def test_a_translated_form_has_translated_labels_and_its_answers_reach_the_admin(
    client, admin_client, form_page, locales, run_on_commit, mailoutbox
):
    strings = {
        "Votre nom": "Your name",
        "Votre adresse électronique": "Your e-mail address",
        "Sujet": "Subject",
        "Projet, Formation, Autre": "Project, Training, Other",
        "Votre message": "Your message",
        "J'accepte que le réseau utilise ces informations": "I agree that the network uses this",
        "Écrire au réseau": "Write to the network",
    }
    run_on_commit(translate, form_page, locales["en"], strings)
    english = translation_of(form_page, "en")

    html = soup(client.get(english.url))
    assert html.select_one("label[for=id_votre_nom]").get_text().startswith("Your name")
    assert english.to_address == form_page.to_address
    response = post(client, english, {**VALID, "sujet": "Training"})

    assert response.status_code == 200
    submission = FormSubmission.objects.get(page=english)
    assert submission.form_data["sujet"] == "Training"  # same names in every language
    assert mailoutbox[0].to == ["equipe@example.org"]
    listing = admin_client.get(reverse("wagtailforms:list_submissions", args=[english.pk]))
    assert "Camille Martin" in listing.content.decode()
    index = admin_client.get(reverse("wagtailforms:index")).content.decode()
    assert "Write to the network" in index and "Écrire au réseau" in index


#: The form page's queries with an empty cache: Wagtail's routing and the site's layout (as
#: every page), the footer's obligation pages, and the page's fields (1).
FORM_PAGE_QUERIES = 18


@pytest.mark.parametrize("count", [5, 50])
def test_the_form_costs_the_same_queries_whatever_its_number_of_fields(
    client, home_page, count, django_assert_num_queries
):
    fields = [(f"Question {number}", "singleline", False, "") for number in range(count)]
    page = make_form_page(home_page, fields=fields)
    client.get(page.url)
    cache.clear()

    with django_assert_num_queries(FORM_PAGE_QUERIES):
        response = client.get(page.url)

    assert response.content.decode().count('class="public-form__field') == count
