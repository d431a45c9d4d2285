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


@checks.register()
def kept_cache_configured(app_configs, **kwargs):
    """``CMS_BLOCKS_CACHE`` names a cache of ``CACHES``: else every page would fail."""
    from django.conf import settings

    from .conf import get_setting

    alias = get_setting("CACHE")
    if alias in settings.CACHES:
        return []
    return [
        checks.Error(
            f"CMS_BLOCKS_CACHE names the cache {alias!r}, which CACHES does not define.",
            hint=f"Add {alias!r} to CACHES, or leave CMS_BLOCKS_CACHE out to use 'default'.",
            id="cms_blocks.E002",
        )
    ]


@checks.register()
def content_version_max_age_valid(app_configs, **kwargs):
    """``CMS_BLOCKS_CONTENT_VERSION_MAX_AGE`` is a number of seconds, 0 or more."""
    from .conf import get_setting

    max_age = get_setting("CONTENT_VERSION_MAX_AGE")
    if isinstance(max_age, int | float) and not isinstance(max_age, bool) and max_age >= 0:
        return []
    return [
        checks.Error(
            f"CMS_BLOCKS_CONTENT_VERSION_MAX_AGE is {max_age!r}, not a number of seconds.",
            hint="Give 0 (read the version on every request) or a number of seconds, such as 1.",
            id="cms_blocks.E003",
        )
    ]
