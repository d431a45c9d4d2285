from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.documents.models import Document
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move

from .models import NetworkSettings, Office
from .navigation import forget_layout


@receiver(page_published)
@receiver(page_unpublished)
@receiver(post_page_move)
def forget_layout_on_page_change(sender, instance, **kwargs):
    forget_layout()


@receiver(post_delete, sender=Page)
@receiver(post_save, sender=Office)
@receiver(post_delete, sender=Office)
@receiver(post_delete, sender=Document)
def forget_layout_on_change(sender, instance, **kwargs):
    forget_layout()


@receiver(post_save, sender=NetworkSettings)
def forget_layout_on_settings_change(sender, instance, created, **kwargs):
    # Wagtail creates the empty settings of a site the first time they are read, while a
    # page is being rendered: nothing cached can be older than that.
    if not created:
        forget_layout()


@receiver(post_save, sender=Document)
def forget_layout_on_document_change(sender, instance, update_fields=None, **kwargs):
    # Wagtail saves a document's size the first time it is asked for it: not a change.
    if not update_fields or not set(update_fields) <= {"file_size", "file_hash"}:
        forget_layout()
