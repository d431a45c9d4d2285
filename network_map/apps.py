from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NetworkMapConfig(AppConfig):
    name = "network_map"
    label = "network_map"
    verbose_name = _("Network map")
    default_auto_field = "django.db.models.BigAutoField"
