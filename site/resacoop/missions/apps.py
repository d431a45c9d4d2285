from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MissionsConfig(AppConfig):
    name = "resacoop.missions"
    label = "missions"
    verbose_name = _("Missions")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from cms_blocks.content_version import watch

        from .models import MissionPageTag

        # Cached pages show them: a change starts a new content version.
        watch(MissionPageTag)
