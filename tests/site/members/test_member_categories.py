"""The site's member categories are a translatable taxonomy of ``cms_blocks.taxonomy``.

The same tests of the shared base for the apps' own taxonomy (audiences of relays) are in
tests/cms_blocks/test_taxonomy.py, on the test project.
"""

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation
from wagtail.models import Locale

from cms_blocks.taxonomy import TaxonomyTerm, ensure_terms
from resacoop.members.models import MemberCategory


@pytest.mark.parametrize("model", [MemberCategory])
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
    [(MemberCategory, "Une autre catégorie porte déjà ce nom.")],
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


def test_seeding_creates_only_what_is_missing(home_page, run_on_commit):
    categories = ensure_terms(MemberCategory, [{"fr": "Villes", "en": "Cities"}])
    renamed = categories[0]
    renamed.sort_order = 42
    renamed.save()

    again = run_on_commit(ensure_terms, MemberCategory, [{"fr": "Villes", "en": "Cities"}])
    added = run_on_commit(
        ensure_terms,
        MemberCategory,
        [{"fr": "Fondations", "en": "Foundations", "es": "Fundaciones"}],
    )

    assert again == [renamed] and MemberCategory.objects.get(pk=renamed.pk).sort_order == 42
    translations = added[0].get_translations().order_by("locale__pk")
    assert [term.name for term in translations] == ["Foundations", "Fundaciones"]
