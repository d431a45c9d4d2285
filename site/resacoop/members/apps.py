from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MembersConfig(AppConfig):
    name = "resacoop.members"
    label = "members"
    verbose_name = _("Members")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from cms_blocks.content_version import watch

        from .models import MemberCategory, MemberPageTag

        # Cached pages show them: a change starts a new content version.
        watch(MemberCategory)
        watch(MemberPageTag)
