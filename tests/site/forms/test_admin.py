"""Editors build a form page in the admin, without code; what the admin refuses."""

from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from resacoop.forms.models import FormPage


def form_page_data(fields, **values):
    return nested_form_data(
        {
            "title": "Inscription à la journée régionale",
            "slug": "inscription",
            "introduction": "",
            "form_fields": inline_formset(fields, min=1),
            "submit_label": "S'inscrire",
            "data_notice": "",
            "thank_you_text": "Vous êtes inscrit.",
            "from_address": "",
            "to_address": "equipe@example.org, accueil@example.org",
            "subject": "Inscription",
            "action-publish": "action-publish",
            **values,
        }
    )


def field(label, kind="singleline", required="on", choices=""):
    return {
        "label": label,
        "help_text": "",
        "required": required,
        "field_type": kind,
        "choices": choices,
        "default_value": "",
    }


def add(client, parent, data):
    return client.post(
        reverse("wagtailadmin_pages:add", args=("forms", "formpage", parent.pk)), data
    )


def test_an_editor_builds_a_registration_form_and_visitors_use_it(
    admin_client, client, home_page, mailoutbox
):
    fields = [field("Nom"), field("Atelier", "radio", choices="Matin, Après-midi")]

    response = add(admin_client, home_page, form_page_data(fields))

    assert response.status_code == 302
    page = FormPage.objects.get(slug="inscription")
    assert [(item.clean_name, item.locale_id) for item in page.form_fields.all()] == [
        ("nom", page.locale_id),
        ("atelier", page.locale_id),
    ]
    answer = client.post(page.url, {"nom": "Camille", "atelier": "Matin"})
    assert answer.status_code == 200
    assert sorted(mailoutbox[0].to) == ["accueil@example.org", "equipe@example.org"]


def test_the_admin_refuses_bad_forms_with_a_message(admin_client, home_page):
    same_names = form_page_data([field("Nom"), field("Nom")])
    bad_address = form_page_data([field("Nom")], to_address="pas une adresse")
    no_fields = form_page_data([])
    forged = form_page_data([field("Nom")])
    del forged["form_fields-TOTAL_FORMS"]

    for data in [same_names, bad_address, no_fields, forged]:
        response = add(admin_client, home_page, data)
        assert response.status_code == 200
    assert not FormPage.objects.exists()
