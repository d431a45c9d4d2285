from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SearchConfig(AppConfig):
    name = "resacoop.search"
    label = "site_search"
    verbose_name = _("Site search")
    default_auto_field = "django.db.models.BigAutoField"
