"""Receivers of network_map, connected per sender in ``NetworkMapConfig.ready()``."""

from wagtail.models import Locale
from wagtail.signals import page_published

from .models import Audience, RelayOrganisationPage


def synchronise_translations(sender, instance, **kwargs):
    """Fields that are the same in every language follow the page in the default language.

    Runs whenever a relay page is published in any language: publishing the source copies
    its values to every translation, and publishing a translation made from an older source
    puts the source's values back. So the map and the open data agree in every language,
    whoever published last.
    """
    pages = list(
        RelayOrganisationPage.objects.filter(translation_key=instance.translation_key)
        .select_related("locale")
        .prefetch_related("audiences")
    )
    default = Locale.get_default().language_code
    source = next((page for page in pages if page.locale.language_code == default), None)
    if source is None:
        return
    values = {name: getattr(source, name) for name in RelayOrganisationPage.SAME_IN_EVERY_LANGUAGE}
    source_audiences = list(source.audiences.all())
    through = RelayOrganisationPage.audiences.through
    for page in pages:
        if page.pk == source.pk:
            continue
        changed = {name: value for name, value in values.items() if getattr(page, name) != value}
        if changed:
            RelayOrganisationPage.objects.filter(pk=page.pk).update(**changed)
        audiences = Audience.in_locale(source_audiences, page.locale)
        if {audience.pk for audience in audiences} != {a.pk for a in page.audiences.all()}:
            through.objects.filter(relayorganisationpage=page).delete()
            through.objects.bulk_create(
                through(relayorganisationpage=page, audience=audience) for audience in audiences
            )


def register_signal_handlers():
    page_published.connect(synchronise_translations, sender=RelayOrganisationPage)
