"""The member categories of the reference network, in its three languages.

Categories are content, edited in the admin; these are only the starting list, created by
``setup_site`` where missing and never overwritten. The translations are made through
wagtail-localize, as a translator would: a page translated later re-syncs the categories it
uses, and that sync then keeps these names instead of copying the French ones over them.
"""

from django.db import transaction
from wagtail.models import Locale

from resacoop.pages.translation import translate

from .models import MemberCategory

CATEGORIES = [
    {"fr": "État", "en": "State", "es": "Estado"},
    {"fr": "Région", "en": "Region", "es": "Región"},
    {"fr": "Départements", "en": "Départements", "es": "Departamentos"},
    {
        "fr": "Métropole et intercommunalités",
        "en": "Metropolis and inter-municipal bodies",
        "es": "Metrópoli y mancomunidades",
    },
    {"fr": "Villes", "en": "Cities", "es": "Ciudades"},
    {"fr": "Universités", "en": "Universities", "es": "Universidades"},
    {"fr": "Centres de formation", "en": "Training centres", "es": "Centros de formación"},
    {"fr": "Établissement public", "en": "Public establishment", "es": "Establecimiento público"},
    {"fr": "Associations et ONG", "en": "Associations and NGOs", "es": "Asociaciones y ONG"},
    {"fr": "Collectifs et réseaux", "en": "Collectives and networks", "es": "Colectivos y redes"},
]


@transaction.atomic
def ensure_member_categories():
    """Create the starting categories and their translations where they are missing.

    Returns the categories of the default language, in order.
    """
    default = Locale.get_default()
    others = list(Locale.objects.exclude(pk=default.pk))
    sources = []
    for position, names in enumerate(CATEGORIES, start=1):
        source = MemberCategory.objects.filter(
            locale=default, name=names[default.language_code]
        ).first() or MemberCategory.objects.create(
            locale=default, name=names[default.language_code], sort_order=position
        )
        sources.append(source)
        for locale in others:
            if locale.language_code in names and not source.has_translation(locale):
                translate(source, locale, {source.name: names[locale.language_code]})
    return sources
