from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CmsBlocksConfig(AppConfig):
    name = "cms_blocks"
    label = "cms_blocks"
    verbose_name = _("Content blocks")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import checks  # noqa: F401 - registers the system checks
        from .signals import register_signal_handlers

        register_signal_handlers()
