"""The translatable taxonomies share one base: slugs, name clashes, languages, seeding."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import translation
from wagtail.models import Locale

from cms_blocks.taxonomy import TaxonomyTerm, ensure_terms
from network_map.models import Audience

from ..testapp.builders import AUDIENCES

# The reference site's member categories, on the same base, are tested in
# tests/site/members/test_member_categories.py.
TAXONOMIES = [Audience]


@pytest.mark.parametrize("model", TAXONOMIES)
def test_slug_follows_the_name(home_page, model):
    french = Locale.objects.get(language_code="fr")

    term = model.objects.create(locale=french, name="Écoles du monde", sort_order=9)
    term.name = "Écoles de la région"
    term.save()

    assert issubclass(model, TaxonomyTerm)
    assert model.objects.get(pk=term.pk).slug == "ecoles-de-la-region"
    assert str(term) == "Écoles de la région"


@pytest.mark.parametrize(
    ("model", "message"),
    [
        (Audience, "Ce nom est déjà utilisé dans cette langue."),
    ],
)
def test_a_name_is_used_once_in_each_language(home_page, model, message):
    french = Locale.objects.get(language_code="fr")
    english = Locale.objects.get(language_code="en")
    existing = model.objects.filter(locale=french).first()

    with pytest.raises(ValidationError) as error:
        model(locale=french, name=existing.name.upper()).full_clean()

    with translation.override("fr"):
        assert error.value.message_dict == {"name": [message]}
    existing.full_clean()  # its own name is no clash
    model(locale=english, name=existing.name).clean()


def test_admin_refuses_a_second_audience_of_the_same_name(admin_client, home_page):
    url = reverse("wagtailsnippets_network_map_audience:add") + "?locale=fr"

    response = admin_client.post(url, {"name": "Jeunes", "sort_order": "5"})

    assert response.status_code == 200
    assert "Ce nom est déjà utilisé dans cette langue." in response.content.decode()
    assert Audience.objects.filter(locale__language_code="fr", slug="jeunes").count() == 1


@pytest.mark.parametrize("language", ["fr", "en", "es"])
def test_terms_in_a_language(home_page, language):
    french = list(Audience.objects.filter(locale__language_code="fr"))
    expected = [names[language] for names in AUDIENCES]

    by_code = Audience.in_locale(french, language)
    by_locale = Audience.in_locale(french, Locale.objects.get(language_code=language))

    assert [audience.name for audience in by_code] == expected
    assert by_locale == by_code


def test_a_term_without_translation_stays_in_its_own_language(home_page):
    french = Locale.objects.get(language_code="fr")
    new = Audience.objects.create(locale=french, name="Chercheurs", sort_order=5)

    assert Audience.in_locale([new], "en") == [new]


def test_seeding_creates_only_what_is_missing(home_page, run_on_commit):
    audiences = ensure_terms(Audience, [{"fr": "Jeunes", "en": "Young people"}])
    renamed = audiences[0]
    renamed.sort_order = 42
    renamed.save()

    again = run_on_commit(ensure_terms, Audience, [{"fr": "Jeunes", "en": "Young people"}])
    added = run_on_commit(
        ensure_terms,
        Audience,
        [{"fr": "Fondations", "en": "Foundations", "es": "Fundaciones"}],
    )

    assert again == [renamed] and Audience.objects.get(pk=renamed.pk).sort_order == 42
    translations = added[0].get_translations().order_by("locale__pk")
    assert [term.name for term in translations] == ["Foundations", "Fundaciones"]
