"""The audiences of relay organisations in the reference network, in its three languages.

Like the member categories: a starting list, created where missing, never overwritten,
translated through wagtail-localize.
"""

from django.db import transaction
from wagtail.models import Locale

from network_map.models import Audience

from .translation import translate

AUDIENCES = [
    {"fr": "Jeunes", "en": "Young people", "es": "Jóvenes"},
    {"fr": "Établissements scolaires", "en": "Schools", "es": "Centros educativos"},
    {"fr": "Collectivités territoriales", "en": "Local authorities", "es": "Entidades locales"},
    {"fr": "Associations", "en": "Associations", "es": "Asociaciones"},
]


@transaction.atomic
def ensure_audiences():
    default = Locale.get_default()
    others = list(Locale.objects.exclude(pk=default.pk))
    sources = []
    for position, names in enumerate(AUDIENCES, start=1):
        name = names[default.language_code]
        source = Audience.objects.filter(locale=default, name=name).first()
        if source is None:
            source = Audience.objects.create(locale=default, name=name, sort_order=position)
        sources.append(source)
        for locale in others:
            if locale.language_code in names and not source.has_translation(locale):
                translate(source, locale, {name: names[locale.language_code]})
    return sources
