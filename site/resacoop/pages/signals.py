from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from taggit.models import Tag
from wagtail.contrib.frontend_cache.utils import PurgeBatch
from wagtail.documents.models import Document
from wagtail.models import Page, ReferenceIndex, TranslatableMixin
from wagtail.signals import page_published, page_unpublished, post_page_move

from .content_version import content_changed
from .models import NetworkSettings


@receiver(page_published)
@receiver(page_unpublished)
@receiver(post_page_move)
def content_changed_on_page_change(sender, instance, **kwargs):
    content_changed()


@receiver(post_delete, sender=Page)
@receiver(post_delete, sender=Document)
def content_changed_on_change(sender, instance, **kwargs):
    content_changed()


@receiver(post_save, sender=NetworkSettings)
def content_changed_on_settings_change(sender, instance, created, **kwargs):
    # Wagtail creates the empty settings of a site the first time they are read, while a
    # page is being rendered: nothing cached can be older than that.
    if not created:
        content_changed()


@receiver(post_save, sender=Document)
def content_changed_on_document_change(sender, instance, update_fields=None, **kwargs):
    # Wagtail saves a document's size the first time it is asked for it: not a change.
    if not update_fields or not set(update_fields) <= {"file_size", "file_hash"}:
        content_changed()


@receiver(post_save)
@receiver(post_delete)
def content_changed_on_snippet_change(sender, instance, **kwargs):
    # Translatable snippets (offices, member categories, tag labels, audiences) and tags are
    # shown on pages: a change to any of them is a change of content.
    if isinstance(instance, Tag) or (
        isinstance(instance, TranslatableMixin) and not isinstance(instance, Page)
    ):
        content_changed()


@receiver(page_published)
@receiver(page_unpublished)
@receiver(post_page_move)
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
