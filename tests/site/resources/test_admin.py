"""What editors give a resource, and what the admin refuses, with its message."""

import pytest
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext
from wagtail_localize.fields import SynchronizedField, get_translatable_fields

from resacoop.resources.models import FIRST_YEAR, ResourceIndexPage, ResourcePage

from ..builders import make_member, make_member_index


def add_resource(client, index, authors=(), **fields):
    """Post the admin's form for a new resource; ``authors`` are ``(member pk, name)``."""
    data = {
        "title": "Guide du partenariat",
        "slug": "guide-partenariat",
        "kind": "guide",
        "year": "2025",
        "summary": "Construire un partenariat équilibré.",
        "tags": "",
        "external_url": "https://ressources.example.org/partenariat",
        "countries": ["SN", "BF"],
        "languages": ["fr", "en"],
        "body-count": "0",
        "authors-TOTAL_FORMS": str(len(authors)),
        "authors-INITIAL_FORMS": "0",
        "authors-MIN_NUM_FORMS": "0",
        "authors-MAX_NUM_FORMS": "1000",
        "action-publish": "action-publish",
    }
    for number, (member, name) in enumerate(authors):
        data.update(
            {
                f"authors-{number}-member": member or "",
                f"authors-{number}-name": name,
                f"authors-{number}-ORDER": str(number + 1),
                f"authors-{number}-DELETE": "",
                f"authors-{number}-id": "",
            }
        )
    data.update(fields)
    return client.post(
        reverse("wagtailadmin_pages:add", args=("resources", "resourcepage", index.pk)), data
    )


def fr(message, **params):
    """``message`` as the admin says it (in French, the editors' language)."""
    with translation.override("fr"):
        text = gettext(message)
    return text % params if params else text


def errors_of(response):
    assert response.status_code == 200, "the form was accepted"
    return response.context["form"].errors


def test_editor_adds_a_resource(admin_client, resource_index, home_page):
    member = make_member(make_member_index(home_page), title="Ville de Grenoble")

    response = add_resource(
        admin_client, resource_index, authors=[(member.pk, ""), (None, "Une commune de l'Ain")]
    )

    assert response.status_code == 302
    resource = ResourcePage.objects.get(slug="guide-partenariat")
    assert resource.live
    assert [country.code for country in resource.countries] == ["BF", "SN"]
    assert resource.languages == ["fr", "en"]
    assert [(a.member_id, a.name) for a in resource.authors.all()] == [
        (member.pk, ""),
        (None, "Une commune de l'Ain"),
    ]


def test_a_resource_needs_a_document_or_a_link(admin_client, resource_index):
    errors = errors_of(add_resource(admin_client, resource_index, external_url=""))
    assert errors["document"] == [fr("Choose the resource's document or give a link to it.")]


@pytest.mark.parametrize("year", [FIRST_YEAR - 1, timezone.localdate().year + 2])
def test_the_year_has_bounds(admin_client, resource_index, year):
    errors = errors_of(add_resource(admin_client, resource_index, year=str(year)))
    assert errors["year"] == [
        fr(
            "The year must be between %(first)s and %(last)s.",
            first=FIRST_YEAR,
            last=timezone.localdate().year + 1,
        )
    ]


def test_an_author_is_a_member_or_a_name(admin_client, resource_index, home_page):
    member = make_member(make_member_index(home_page), title="Ville de Grenoble")

    for author, message in [
        ((member.pk, "Grenoble"), "Choose a member or type a name, not both."),
        ((None, "  "), "Choose a member or type a name."),
    ]:
        response = add_resource(admin_client, resource_index, authors=[author])
        assert response.status_code == 200
        errors = response.context["form"].formsets["authors"].errors
        assert errors[0]["name"] == [fr(message)], author
    assert not ResourcePage.objects.exists()


@pytest.mark.parametrize(
    ("field", "value"),
    [("countries", ["XX"]), ("languages", ["<script>"]), ("kind", "poem"), ("year", "deux")],
)
def test_forged_values_are_refused(admin_client, resource_index, field, value):
    errors = errors_of(add_resource(admin_client, resource_index, **{field: value}))
    assert field in errors


def test_resources_go_under_their_index_under_the_home_page():
    assert ResourcePage.parent_page_types == ["resources.ResourceIndexPage"]
    assert ResourceIndexPage.parent_page_types == ["pages.HomePage"]
    assert ResourceIndexPage.max_count_per_parent == 1


def test_what_is_the_same_in_every_language():
    synchronised = {
        field.field_name
        for field in get_translatable_fields(ResourcePage)
        if isinstance(field, SynchronizedField)
    }
    assert {"kind", "year", "countries", "languages", "document", "external_url"} <= synchronised
    assert {"title", "summary", "body", "authors"}.isdisjoint(synchronised)
