from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    """The foundation of the site's apps: shared page bases, sorting, admin guards.

    It imports none of the site's other apps; they build on it.
    """

    name = "resacoop.core"
    label = "core"
    verbose_name = _("Site foundation")
    default_auto_field = "django.db.models.BigAutoField"
