from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PagesConfig(AppConfig):
    name = "resacoop.pages"
    label = "pages"
    verbose_name = _("Site pages")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from .signals import register_signal_handlers

        register_signal_handlers()
