from django.db.models.signals import post_delete
from django.dispatch import receiver
from wagtail.signals import page_published, page_unpublished, post_page_move

from .dataset import invalidate
from .models import NetworkMapPage, RelayOrganisationPage


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
