from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ResourcesConfig(AppConfig):
    name = "resacoop.resources"
    label = "resources"
    verbose_name = _("Resource centre")
    default_auto_field = "django.db.models.BigAutoField"
