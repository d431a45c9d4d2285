"""Builders of news for the tests (the site's other builders are in ``tests/site/builders``)."""

import datetime

from django.utils.text import slugify

from cms_blocks import examples
from cms_blocks.taxonomy import ensure_terms

CATEGORIES = [
    {"fr": "Vie du réseau", "en": "Network life", "es": "Vida de la red"},
    {"fr": "Formations", "en": "Trainings", "es": "Formaciones"},
    {"fr": "Appels à projets", "en": "Calls for projects", "es": "Convocatorias"},
]


def make_news_categories():
    """The news categories of the tests, in French, English and Spanish."""
    from resacoop.news.models import NewsCategory

    return ensure_terms(NewsCategory, CATEGORIES)


def make_news_index(home, **fields):
    from resacoop.news.models import NewsIndexPage

    fields.setdefault("title", "Actualités")
    fields.setdefault("slug", "actualites")
    return home.add_child(instance=NewsIndexPage(**fields))


def make_news(index, *, tags=(), publish=True, **fields):
    """A news item under ``index``, dated 1 June 2026 unless told otherwise."""
    from resacoop.news.models import NewsPage

    fields.setdefault("title", "Une actualité du réseau")
    fields.setdefault("slug", slugify(fields["title"])[:50] or "actualite")
    fields.setdefault("date", datetime.date(2026, 6, 1))
    fields.setdefault("summary", "Ce qui s'est passé dans le réseau.")
    return examples.add_page(index, NewsPage(**fields), tags=tags, publish=publish)
