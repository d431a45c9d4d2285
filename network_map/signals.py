"""Receivers of network_map, connected per sender in ``NetworkMapConfig.ready()``."""

from django.db.models.signals import post_delete, post_save
from taggit.models import Tag
from wagtail.images import get_image_model
from wagtail.models import Locale
from wagtail.signals import page_published, page_unpublished, post_page_move

from .dataset import invalidate
from .models import Audience, NetworkMapPage, RelayOrganisationPage, RelayPageTag


def forget_relays(sender, instance, **kwargs):
    invalidate()


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
    for model in (RelayOrganisationPage, NetworkMapPage):
        page_published.connect(forget_relays, sender=model)
        page_unpublished.connect(forget_relays, sender=model)
        post_delete.connect(forget_relays, sender=model)
        post_page_move.connect(forget_relays, sender=model)
    # What the cached relays show of other models: audiences, tags and logos.
    for model in (Audience, RelayPageTag, Tag, get_image_model()):
        post_save.connect(forget_relays, sender=model)
        post_delete.connect(forget_relays, sender=model)
    page_published.connect(synchronise_translations, sender=RelayOrganisationPage)
