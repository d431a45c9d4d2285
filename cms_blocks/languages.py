"""The language a visitor reads, read the same way everywhere.

Django's active language may be a variant ("fr-be") or, outside a request, the default;
pages and snippets are stored per Wagtail content language ("fr"). Code that picks content
for the visitor asks here, never ``get_language()`` directly, so that every part of a page
agrees on one language.
"""

from django.utils.translation import get_language
from wagtail.coreutils import get_supported_content_language_variant
from wagtail.models import Locale


def active_language():
    """The content language of the request being served, e.g. "fr"."""
    return get_supported_content_language_variant(get_language())


def active_locale():
    """The Wagtail ``Locale`` of :func:`active_language` (one query)."""
    return Locale.get_active()
