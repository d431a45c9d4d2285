"""The CDN purge of the site's pages, connected per sender in ``PagesConfig.ready()``."""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from wagtail.contrib.frontend_cache.utils import PurgeBatch
from wagtail.models import Page, ReferenceIndex, get_page_models
from wagtail.signals import page_published, page_unpublished, post_page_move


def purge_from_frontend_cache(sender, instance, **kwargs):
    """Tell the CDN (``WAGTAILFRONTENDCACHE``) about every address that shows the page.

    Wagtail purges the page itself; this adds, in every language, its translations, the
    pages above it (section indexes, home pages, which list it) and the pages whose blocks
    or fields point at any of these (cards, member grids, mission cards, map blocks), as
    Wagtail's reference index records them.
    """
    if not getattr(settings, "WAGTAILFRONTENDCACHE", None):
        return
    shown = [instance, *instance.get_ancestors().filter(depth__gt=1)]
    page_type = ContentType.objects.get_for_model(Page)
    referring = ReferenceIndex.objects.filter(
        to_content_type=page_type,
        to_object_id__in=[str(page.pk) for page in shown],
        base_content_type=page_type,
    ).values_list("object_id", flat=True)
    keys = {page.translation_key for page in shown}
    keys.update(
        Page.objects.filter(pk__in=list(referring)).values_list("translation_key", flat=True)
    )
    batch = PurgeBatch()
    batch.add_pages(Page.objects.live().filter(translation_key__in=keys).specific())
    batch.purge()


def register_signal_handlers():
    for model in get_page_models():
        page_published.connect(purge_from_frontend_cache, sender=model)
        page_unpublished.connect(purge_from_frontend_cache, sender=model)
        post_page_move.connect(purge_from_frontend_cache, sender=model)
