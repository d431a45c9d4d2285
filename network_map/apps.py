from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NetworkMapConfig(AppConfig):
    name = "network_map"
    label = "network_map"
    verbose_name = _("Network map")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import signals  # noqa: F401 - clears cached relays when relays change
