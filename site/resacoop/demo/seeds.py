"""The starting taxonomies of the reference network, in its three languages.

Member categories and audiences of relay organisations are content, edited in the admin;
these are only the starting lists, created by ``setup_site`` where missing and never
overwritten, with translations made as a translator would (see
``cms_blocks.taxonomy.ensure_terms``).
"""

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

AUDIENCES = [
    {"fr": "Jeunes", "en": "Young people", "es": "Jóvenes"},
    {"fr": "Établissements scolaires", "en": "Schools", "es": "Centros educativos"},
    {"fr": "Collectivités territoriales", "en": "Local authorities", "es": "Entidades locales"},
    {"fr": "Associations", "en": "Associations", "es": "Asociaciones"},
]
