from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class FormsConfig(AppConfig):
    name = "resacoop.forms"
    # Free: Wagtail's forms contrib is "wagtailforms", Django has no app labelled "forms".
    label = "forms"
    verbose_name = _("Forms")
    default_auto_field = "django.db.models.BigAutoField"
