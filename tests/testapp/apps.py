from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TestAppConfig(AppConfig):
    name = "tests.testapp"
    label = "testapp"
    verbose_name = _("Test app")
    default_auto_field = "django.db.models.BigAutoField"
