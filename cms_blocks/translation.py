"""Translating content through wagtail-localize, as a translator would."""

from wagtail_localize.models import Translation, TranslationSource
from wagtail_localize.operations import translate_object


def translate(instance, locale, strings):
    """Translate ``instance`` into ``locale`` through wagtail-localize, as a translator would.

    ``strings`` maps each source text to its translation; texts it does not list stay in the
    source language. Translations made this way are kept when the source is synchronised
    again, unlike copies edited by hand.
    """
    source, _created = TranslationSource.get_or_create_from_instance(instance)
    translation, _created = Translation.objects.get_or_create(source=source, target_locale=locale)
    po = translation.export_po()
    for entry in po:
        entry.msgstr = strings.get(entry.msgid, "")
    translation.import_po(po)
    translation.save_target(publish=True)


def ensure_translations(page, locales, publish=True):
    """Translate ``page`` with wagtail-localize into each of ``locales`` where it is missing.

    wagtail-localize may leave new translations as drafts for a translator to publish
    (``WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False``). Setting up a site or a test
    has no translator, so the new translations of a live page are published here, unless
    ``publish`` is False; those of a draft stay drafts.

    Returns the locales a translation was created for.
    """
    existing = set(page.get_translations(inclusive=True).values_list("locale_id", flat=True))
    missing = [locale for locale in locales if locale.pk not in existing]
    if missing:
        translate_object(page, missing)
    if publish and page.live:
        for translation in page.get_translations().filter(locale__in=missing):
            translation.get_latest_revision().publish()
    return missing
