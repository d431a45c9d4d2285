from django.apps import apps
from django.core import checks

REQUIRED_APPS = ["wagtail.contrib.typed_table_block", "wagtail.documents", "wagtail.images"]


@checks.register()
def required_apps_installed(app_configs, **kwargs):
    """The table, document and image blocks need these Wagtail apps."""
    return [
        checks.Error(
            f"cms_blocks needs {name!r} in INSTALLED_APPS.",
            hint="Add it next to the other wagtail apps.",
            id="cms_blocks.E001",
        )
        for name in REQUIRED_APPS
        if not apps.is_installed(name)
    ]
