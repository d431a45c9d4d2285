"""Wagtail's database search backend, with each language stemmed by its own rules.

On PostgreSQL, Wagtail indexes every page with one text search configuration. Ours indexes
each object with the configuration of its locale (French pages with ``french``, English with
``english``, Spanish with ``spanish``) and searches with the configuration of the active
language, so "régional" finds "régionaux" and "asociación" finds "asociaciones". Other
databases use Wagtail's backend as it is (SQLite's FTS5 has no stemming per language).

Settings (``WAGTAILSEARCH_BACKENDS["default"]``)::

    "BACKEND": "resacoop.search.backend",
    "LANGUAGE_CONFIGS": {"fr": "french", "en": "english", "es": "spanish"},

A language without an entry uses ``SEARCH_CONFIG`` (PostgreSQL's default if unset). After
changing these settings, run ``manage.py update_index``.
"""

from django.db import connection
from wagtail.search.backends.database import SearchBackend as DatabaseSearchBackend


def SearchBackend(params):  # noqa: N802 - the name Wagtail looks up in a backend module
    if connection.vendor != "postgresql":
        return DatabaseSearchBackend(params)
    from .postgres import LanguageSearchBackend

    return LanguageSearchBackend(params)
