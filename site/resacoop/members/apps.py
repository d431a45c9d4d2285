from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MembersConfig(AppConfig):
    name = "resacoop.members"
    label = "members"
    verbose_name = _("Members")
    default_auto_field = "django.db.models.BigAutoField"
