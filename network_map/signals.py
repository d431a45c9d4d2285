from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.signals import page_published, page_unpublished, post_page_move

from .dataset import invalidate
from .models import NetworkMapPage, RelayAccess, RelayOrganisationPage


@receiver(page_published)
@receiver(page_unpublished)
@receiver(post_delete)
def forget_relays_on_change(sender, instance, **kwargs):
    if isinstance(instance, RelayOrganisationPage | NetworkMapPage):
        invalidate()


@receiver(post_page_move)
def forget_relays_on_move(sender, instance, **kwargs):
    if isinstance(instance.specific_deferred, RelayOrganisationPage | NetworkMapPage):
        invalidate()


@receiver(post_save, sender=RelayOrganisationPage)
def extend_relay_access_to_new_translation(sender, instance, created, **kwargs):
    """A relay page translated after access was given is editable by the relay at once."""
    if not created:
        return
    access = RelayAccess.objects.filter(translation_key=instance.translation_key).first()
    if access is not None:
        from .access import ensure_relay_access

        ensure_relay_access(instance)
