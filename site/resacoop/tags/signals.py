from django.db.models.signals import post_save
from django.dispatch import receiver
from taggit.models import Tag
from wagtail.models import Locale

from .models import TagLabel


@receiver(post_save, sender=Tag)
def label_new_tag(sender, instance, created, raw=False, **kwargs):
    """Give each new tag its label in the source language, ready to be translated."""
    if created and not raw:
        TagLabel.objects.get_or_create(
            tag=instance, locale=Locale.get_default(), defaults={"name": instance.name}
        )
