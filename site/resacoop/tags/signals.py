from django.db.models.signals import post_save, pre_save
from django.dispatch import receiver
from taggit.models import Tag
from wagtail.models import Locale

from .models import TagLabel
from .slugs import has_no_url_slug, unique_tag_slug


@receiver(pre_save, sender=Tag)
def give_tag_a_url_slug(sender, instance, raw=False, **kwargs):
    """Transliterate the slug of a tag whose name taggit could not slugify ("日本").

    taggit sets the slug in ``Tag.save()`` before saving, so it is known here; a slug set on
    purpose is kept.
    """
    if raw or not has_no_url_slug(instance.slug) or instance.slugify(instance.name):
        return
    others = Tag.objects.exclude(pk=instance.pk)
    instance.slug = unique_tag_slug(instance.name, lambda slug: others.filter(slug=slug).exists())


@receiver(post_save, sender=Tag)
def label_new_tag(sender, instance, created, raw=False, **kwargs):
    """Give each new tag its label in the source language, ready to be translated."""
    if created and not raw:
        TagLabel.objects.get_or_create(
            tag=instance, locale=Locale.get_default(), defaults={"name": instance.name}
        )
