from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DemoConfig(AppConfig):
    """Assembles the site: ``setup_site`` (locales, home pages, starting taxonomies) and
    ``load_demo`` (the demo content). It may import every other app; none imports it."""

    name = "resacoop.demo"
    label = "demo"
    verbose_name = _("Site set-up and demo")
    default_auto_field = "django.db.models.BigAutoField"
