from django.db.models.signals import post_delete
from django.dispatch import receiver
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move

from .navigation import forget_menus


@receiver(page_published)
@receiver(page_unpublished)
@receiver(post_page_move)
def forget_menus_on_page_change(sender, instance, **kwargs):
    forget_menus()


@receiver(post_delete, sender=Page)
def forget_menus_on_page_deletion(sender, instance, **kwargs):
    forget_menus()
