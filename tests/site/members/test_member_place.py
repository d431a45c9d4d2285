"""Where a member is: its town and its département (an INSEE code), the same in every
language, in the admin and in the page's structured data."""

import json

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError
from django.urls import reverse
from wagtail.test.utils.form_data import nested_form_data
from wagtail_localize.fields import SynchronizedField, get_translatable_fields
from wagtail_localize.models import Translation, TranslationSource

from resacoop.demo import site_setup
from resacoop.members.models import MemberCategory, MemberPage
from resacoop.members.validators import validate_departement

from ..builders import make_member, make_member_index


@pytest.fixture
def directory(home_page):
    return make_member_index(home_page)


@pytest.mark.parametrize("code", ["", "01", "07", "63", "69", "2A", "2B", "974"])
def test_departement_codes_of_france_are_accepted(code):
    validate_departement(code)


@pytest.mark.parametrize("code", ["20", "6", "99", "2C", "rh", "975 "])
def test_other_codes_are_refused_with_a_message_that_names_them(code):
    with pytest.raises(ValidationError) as refused:
        validate_departement(code)

    assert refused.value.code == "unknown_departement"
    message = refused.value.messages[0]
    assert f"« {code} »" in message  # the admin speaks French
    assert "INSEE" in message


def add_member(client, directory, **fields):
    category = MemberCategory.objects.get(slug="villes", locale__language_code="fr")
    data = {
        "title": "Ville de Clermont-Ferrand",
        "slug": "clermont-ferrand",
        "category": str(category.pk),
        "summary": "Une ville membre.",
        "body-count": "0",
        "tags": "",
        "action-publish": "action-publish",
        **fields,
    }
    return client.post(
        reverse("wagtailadmin_pages:add", args=("members", "memberpage", directory.pk)),
        nested_form_data(data),
    )


def test_editor_gives_a_member_its_town_and_departement(admin_client, directory):
    form = admin_client.get(
        reverse("wagtailadmin_pages:add", args=("members", "memberpage", directory.pk))
    ).content.decode()
    assert 'name="town"' in form
    assert 'name="departement"' in form

    response = add_member(admin_client, directory, town="Clermont-Ferrand", departement="63")

    assert response.status_code == 302
    member = MemberPage.objects.get(slug="clermont-ferrand")
    assert (member.town, member.departement) == ("Clermont-Ferrand", "63")
    assert member.departement_name == "Puy-de-Dôme"


def test_editor_is_told_when_a_departement_is_not_one(admin_client, directory):
    response = add_member(admin_client, directory, town="Clermont-Ferrand", departement="99")

    assert response.status_code == 200
    assert not MemberPage.objects.filter(slug="clermont-ferrand").exists()
    [message] = response.context["form"].errors["departement"]
    assert "« 99 »" in message and "INSEE" in message


def test_town_and_departement_are_synchronised_not_translated():
    fields = {field.field_name: field for field in get_translatable_fields(MemberPage)}

    assert isinstance(fields["town"], SynchronizedField)
    assert isinstance(fields["departement"], SynchronizedField)
    assert not fields["departement"].overridable
    # Like the website and the logo, which wagtail-localize synchronises by itself.
    assert isinstance(fields["website"], SynchronizedField)
    assert isinstance(fields["logo"], SynchronizedField)


def test_translations_follow_the_town_and_departement_of_the_french_page(
    directory, locales, run_on_commit
):
    member = make_member(directory, title="AUSI", town="Aurillac", departement="15")
    run_on_commit(site_setup.ensure_translations, member, [locales["en"]])
    english = member.get_translation(locales["en"])
    assert (english.town, english.departement) == ("Aurillac", "15")
    source = TranslationSource.objects.get_for_instance_or_none(member)
    texts = {segment.string.data for segment in source.stringsegment_set.all()}
    assert "Aurillac" not in texts  # nothing for a translator to translate

    member.town, member.departement = "Clermont-Ferrand", "63"
    member.save_revision().publish()
    source.update_from_db()
    translation = Translation.objects.get(source=source, target_locale=locales["en"])
    run_on_commit(translation.save_target, publish=True)

    english.refresh_from_db()
    assert (english.town, english.departement) == ("Clermont-Ferrand", "63")


def json_ld(client, page):
    soup = BeautifulSoup(client.get(page.url).content, "html.parser")
    return json.loads(soup.find("script", type="application/ld+json").string)


def test_structured_data_gives_the_members_address(client, directory):
    member = make_member(directory, title="UCA", town="Clermont-Ferrand", departement="63")

    assert json_ld(client, member)["address"] == {
        "@type": "PostalAddress",
        "addressLocality": "Clermont-Ferrand",
        "addressRegion": "Puy-de-Dôme",
        "addressCountry": "FR",
    }


def test_structured_data_has_no_address_without_a_place(client, directory):
    member = make_member(directory, title="UCA")

    assert "address" not in json_ld(client, member)
