from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NetworkMapConfig(AppConfig):
    name = "network_map"
    label = "network_map"
    verbose_name = _("Network map")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import checks  # noqa: F401 - registers the system checks
        from .signals import register_signal_handlers

        register_signal_handlers()
