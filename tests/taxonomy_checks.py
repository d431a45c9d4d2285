"""What every translatable taxonomy (``cms_blocks.taxonomy.TaxonomyTerm``) must do.

Run on the apps' audiences (tests/cms_blocks/test_taxonomy.py, on the test project) and on
the site's member categories (tests/site/members/test_member_categories.py).
"""

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation
from wagtail.models import Locale

from cms_blocks.taxonomy import TaxonomyTerm, ensure_terms


def slug_follows_the_name(model):
    french = Locale.objects.get(language_code="fr")

    term = model.objects.create(locale=french, name="Écoles du monde", sort_order=9)
    term.name = "Écoles de la région"
    term.save()

    assert issubclass(model, TaxonomyTerm)
    assert model.objects.get(pk=term.pk).slug == "ecoles-de-la-region"
    assert str(term) == "Écoles de la région"


def a_name_is_used_once_in_each_language(model, message):
    french = Locale.objects.get(language_code="fr")
    english = Locale.objects.get(language_code="en")
    existing = model.objects.filter(locale=french).first()

    with pytest.raises(ValidationError) as error:
        model(locale=french, name=existing.name.upper()).full_clean()

    with translation.override("fr"):
        assert error.value.message_dict == {"name": [message]}
    existing.full_clean()  # its own name is no clash
    model(locale=english, name=existing.name).clean()


def seeding_creates_only_what_is_missing(model, names, run_on_commit):
    """``names``: one existing term in French and English, as the seed lists write them."""
    (term,) = ensure_terms(model, [names])
    term.sort_order = 42
    term.save()

    again = run_on_commit(ensure_terms, model, [names])
    added = run_on_commit(
        ensure_terms, model, [{"fr": "Fondations", "en": "Foundations", "es": "Fundaciones"}]
    )

    assert again == [term] and model.objects.get(pk=term.pk).sort_order == 42
    translations = added[0].get_translations().order_by("locale__pk")
    assert [translated.name for translated in translations] == ["Foundations", "Fundaciones"]
