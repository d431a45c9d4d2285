"""What editors give the obligation pages in the admin, and what it refuses, with its message."""

import pytest
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext
from wagtail.models import Page
from wagtail.test.utils.form_data import nested_form_data, streamfield

from resacoop.legal.models import (
    AccessibilityStatementPage,
    LegalNoticePage,
    PersonalDataPage,
    SitePlanPage,
)

from .builders import make_statement

STATEMENT = {
    "title": "Déclaration d'accessibilité",
    "slug": "accessibilite",
    "introduction": "",
    "status": "partial",
    "standard": "RGAA 4.1.2",
    "compliance_rate": "78",
    "audit_date": "2026-11-16",
    "auditor": "L'équipe du site",
    "audited_pages": "Accueil, contact",
    "audit_method": "NVDA, axe-core",
    "non_conformities": streamfield([("item", "Des PDF non balisés.")]),
    "derogations": streamfield([]),
    "exempt_content": streamfield([]),
    "contact_email": "accessibilite@example.org",
    "contact_page": "",
}
NOTICES = {
    "title": "Mentions légales",
    "slug": "mentions-legales",
    "introduction": "",
    "publisher_name": "RESACOOP",
    "publisher_legal_form": "Groupement d'intérêt public (GIP)",
    "publisher_address": "Lyon",
    "publisher_phone": "",
    "publisher_email": "contact@example.org",
    "registration": "",
    "director": "La présidence",
    "host_name": "Hébergeur",
    "host_address": "Adresse",
    "host_phone": "",
    "credits": "",
}
PERSONAL_DATA = {
    "title": "Données personnelles",
    "slug": "donnees-personnelles",
    "introduction": "",
    "controller": "RESACOOP, Lyon",
    "processing": streamfield(
        [
            (
                "processing",
                {
                    "purpose": "Répondre aux messages",
                    "data": "Nom",
                    "legal_basis": "consent",
                    "retention": "Un an",
                    "recipients": "L'équipe",
                },
            )
        ]
    ),
    "rights_contact": "Écrivez-nous.",
    "dpo_contact": "dpo@example.org",
    "cookies": "",
}
PAGES = {
    "accessibilitystatementpage": STATEMENT,
    "legalnoticepage": NOTICES,
    "personaldatapage": PERSONAL_DATA,
    "siteplanpage": {"title": "Plan du site", "slug": "plan-du-site", "introduction": ""},
}


def add(client, parent, model, **fields):
    data = {**PAGES[model], **fields, "action-publish": "action-publish"}
    return client.post(
        reverse("wagtailadmin_pages:add", args=("legal", model, parent.pk)),
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


@pytest.mark.parametrize("model", list(PAGES))
def test_editor_publishes_each_obligation_page_once_under_the_home_page(
    admin_client, home_page, model
):
    response = add(admin_client, home_page, model)

    assert response.status_code == 302, response.context["form"].errors
    page = Page.objects.get(slug=PAGES[model]["slug"], locale=home_page.locale).specific
    parent = page.get_parent()
    assert parent.pk == home_page.pk
    assert page.live
    assert not type(page).can_create_at(parent)  # one of each per language
    assert admin_client.get(page.url).status_code == 200


def test_the_statement_refuses_a_status_its_rate_does_not_give(admin_client, home_page):
    errors = errors_of(add(admin_client, home_page, "accessibilitystatementpage", status="full"))

    with translation.override("fr"):
        expected = fr(
            "With %(rate)s %% of the criteria met, the RGAA says “%(status)s”.",
            rate="78",
            status=gettext("partially compliant"),
        )
    assert errors["status"] == [expected]


def test_the_statement_wants_an_audit_before_claiming_compliance(admin_client, home_page):
    response = add(
        admin_client,
        home_page,
        "accessibilitystatementpage",
        compliance_rate="",
        audit_date="",
    )

    assert errors_of(response)["audit_date"] == [
        fr(
            "A site is compliant, even partially, only after an audit: give its date and its "
            "rate of criteria met."
        )
    ]
    # Without an audit, the status is "non-compliant": accepted.
    response = add(
        admin_client,
        home_page,
        "accessibilitystatementpage",
        status="none",
        compliance_rate="",
        audit_date="",
    )
    assert response.status_code == 302


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"compliance_rate": "140"}, "compliance_rate"),
        ({"compliance_rate": "-1"}, "compliance_rate"),
        ({"compliance_rate": "abc"}, "compliance_rate"),
        ({"audit_date": "2026-13-45"}, "audit_date"),
        ({"status": "perfect"}, "status"),
        ({"contact_email": ""}, "contact_email"),
        ({"contact_email": "pas-une-adresse"}, "contact_email"),
    ],
)
def test_the_statement_refuses_bad_values_with_a_message(admin_client, home_page, fields, field):
    response = add(admin_client, home_page, "accessibilitystatementpage", **fields)

    assert field in errors_of(response)
    assert not AccessibilityStatementPage.objects.exists()


def test_forged_choices_and_streams_get_a_message_never_an_error(admin_client, home_page):
    response = add(admin_client, home_page, "accessibilitystatementpage", contact_page="abc")
    assert "contact_page" in errors_of(response)

    data = nested_form_data({**STATEMENT, "action-publish": "action-publish"})
    del data["non_conformities-count"]
    response = admin_client.post(
        reverse(
            "wagtailadmin_pages:add", args=("legal", "accessibilitystatementpage", home_page.pk)
        ),
        data,
    )
    assert "non_conformities" in errors_of(response)
    assert not AccessibilityStatementPage.objects.exists()


def test_the_legal_notices_want_a_way_to_reach_the_publisher(admin_client, home_page):
    response = add(admin_client, home_page, "legalnoticepage", publisher_email="")

    assert errors_of(response)["publisher_phone"] == [
        fr("Give a phone number or an e-mail address of the publisher.")
    ]
    assert not LegalNoticePage.objects.exists()


def test_the_personal_data_page_refuses_an_unknown_legal_basis(admin_client, home_page):
    processing = streamfield(
        [
            (
                "processing",
                {
                    "purpose": "Prospection",
                    "data": "",
                    "legal_basis": "because",
                    "retention": "Toujours",
                    "recipients": "Tout le monde",
                },
            )
        ]
    )
    response = add(admin_client, home_page, "personaldatapage", processing=processing)

    assert "processing" in errors_of(response)
    assert not PersonalDataPage.objects.exists()


def test_obligation_pages_live_only_under_a_home_page(admin_client, home_page):
    statement = make_statement(home_page)

    assert not SitePlanPage.can_create_at(statement)
    response = add(admin_client, statement, "siteplanpage")
    assert response.status_code in (302, 403)
    assert not SitePlanPage.objects.exists()
