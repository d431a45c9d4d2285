"""Translating content through wagtail-localize, as a translator would."""

from wagtail_localize.models import Translation, TranslationSource


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
