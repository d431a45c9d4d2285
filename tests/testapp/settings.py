"""Settings of the test project of the pluggable apps (``--ds=tests.testapp.settings``).

What ``cms_blocks`` and ``network_map`` ask of a host (README, docs/network_map.md), in the
test settings of STYLE.md rule 13; nothing of the reference site.
"""

import os
import tempfile
from pathlib import Path

import django
from django.utils.translation import gettext_lazy as _

TESTAPP_DIR = Path(__file__).resolve().parent

DEBUG = False
SECRET_KEY = "insecure-key-for-tests-only"  # noqa: S105
ALLOWED_HOSTS = ["*"]

INSTALLED_APPS = [
    "tests.testapp",
    "cms_blocks",
    "network_map",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.settings",
    "wagtail.contrib.typed_table_block",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "network_map.middleware.RelayAdminMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

ROOT_URLCONF = "tests.testapp.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

# CI runs the tests on PostgreSQL (.ci/run sets DATABASE_URL); SQLite in memory otherwise.
# dj-database-url comes with PostgreSQL's driver in the site extra: imported only here, so
# that on SQLite the test project needs the testing extra alone (make test-apps-py312).
if "DATABASE_URL" in os.environ:
    import dj_database_url

    DATABASES = {"default": dj_database_url.parse(os.environ["DATABASE_URL"])}
    # Without JIT compilation, as the reference site (docs/performance.md): the one query
    # that loads a stream's chosen pages of several types would be compiled on new tables.
    DATABASES["default"].setdefault("OPTIONS", {}).setdefault("options", "-c jit=off")
else:
    DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# Tests measure what rendering costs; the blocks kept rendered have tests of their own
# (tests/cms_blocks/test_rendering_cache.py) that turn it on.
CMS_BLOCKS_RENDERING_CACHE_TIMEOUT = 0
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
# Django 6.1 replaces EMAIL_BACKEND by MAILERS and warns about a project with no MAILERS;
# Django 5.2 knows only EMAIL_BACKEND.
if django.VERSION >= (6, 1):
    MAILERS = {"default": {"BACKEND": "django.core.mail.backends.locmem.EmailBackend"}}
else:
    EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"

LANGUAGE_CODE = "fr"
LANGUAGES = [("fr", "Français"), ("en", "English"), ("es", "Español")]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILADMIN_PERMITTED_LANGUAGES = [("fr", _("French")), ("en", _("English"))]
# New translations stay drafts until published, as wagtail-localize recommends for sites
# with translators; the fixtures publish the ones they make.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
USE_I18N = True
TIME_ZONE = "Europe/Paris"
USE_TZ = True

STATIC_URL = "/static/"
MEDIA_URL = "/media/"
# Uploads on disk, in a folder of their own: Wagtail serves documents from a file path.
MEDIA_ROOT = tempfile.mkdtemp(prefix="testapp-media-")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

WAGTAIL_SITE_NAME = "Réseau de test"
WAGTAILADMIN_BASE_URL = "http://testserver"
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAILDOCS_SERVE_METHOD = "serve_view"
# What network_map's documentation asks of a host whose relays edit their own page: the
# "forgot password" form also reaches invitations never used (network_map.auth_forms)...
WAGTAILADMIN_USER_PASSWORD_RESET_FORM = "network_map.auth_forms.InvitationPasswordResetForm"  # noqa: S105
# ...addresses are given by the staff, not changed by relays (docs/relay-organisations.md)...
WAGTAIL_EMAIL_MANAGEMENT_ENABLED = False
# ...and a change sent for moderation e-mails its reviewers only, once each.
WAGTAILADMIN_NOTIFICATION_INCLUDE_SUPERUSERS = False
# Relays propose events under their own page, through moderation (docs/network_map.md).
NETWORK_MAP_RELAY_SUBPAGE_TYPES = ["testapp.RelayEventPage"]
