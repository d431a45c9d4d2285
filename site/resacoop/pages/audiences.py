"""The audiences of relay organisations in the reference network, in its three languages.

Like the member categories: a starting list, created where missing, never overwritten,
translated through wagtail-localize.
"""

AUDIENCES = [
    {"fr": "Jeunes", "en": "Young people", "es": "Jóvenes"},
    {"fr": "Établissements scolaires", "en": "Schools", "es": "Centros educativos"},
    {"fr": "Collectivités territoriales", "en": "Local authorities", "es": "Entidades locales"},
    {"fr": "Associations", "en": "Associations", "es": "Asociaciones"},
]
