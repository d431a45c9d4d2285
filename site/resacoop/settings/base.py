"""Settings shared by every environment of the reference site.

Environment variables (all optional here; see production.py for the ones production needs):

- ``DATABASE_URL``: database, default a SQLite file in ``var/``.
- ``CACHE_URL`` or ``REDIS_URL``: cache, default local memory.
- ``ALLOWED_HOSTS``: comma-separated host names.
- ``WAGTAILADMIN_BASE_URL``: public address used in admin e-mails.
- ``TRUSTED_PROXY_COUNT``: how many proxies of ours forward requests (``X-Forwarded-For``).
- ``MEDIA_ROOT``, ``STATIC_ROOT``: where uploads and collected static files live.
"""

import os
from datetime import timedelta
from pathlib import Path

from django.utils.translation import gettext_lazy as _

from .environment import (
    cache_from_url,
    database_from_url,
    env_list,
    frontend_cache_from_environment,
)

PROJECT_DIR = Path(__file__).resolve().parent.parent  # site/resacoop
BASE_DIR = PROJECT_DIR.parent.parent  # the repository root
VAR_DIR = BASE_DIR / "var"

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")

INSTALLED_APPS = [
    # The site's apps, from the foundation up: none imports an app listed after it.
    "resacoop.core",
    "resacoop.tags",
    "resacoop.members",
    "resacoop.missions",
    "resacoop.pages",
    "resacoop.news",
    "resacoop.agenda",
    "resacoop.resources",
    "resacoop.calls",
    "resacoop.countries",
    "resacoop.forms",
    "resacoop.legal",
    "resacoop.search",
    "resacoop.demo",
    "cms_blocks",
    "network_map",
    "wagtail_localize",
    # Replaces wagtail.locales: locale admin with wagtail-localize's synchronisation options.
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.frontend_cache",
    "wagtail.contrib.redirects",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
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
    # ISO 3166 country codes with their names in every language (its catalogues).
    "django_countries",
    "django_filters",
    "axes",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    # Full-text search fields and indexes of Wagtail's database search backend on PostgreSQL.
    "django.contrib.postgres",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "resacoop.middleware.security.SecurityHeadersMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Pages for visitors without a session, served before anything below runs; the headers
    # of the middleware above it apply to them too.
    "resacoop.middleware.page_cache.AnonymousPageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "resacoop.middleware.languages.LanguagePrefixMiddleware",
    # Before anything reads the database: 400 for input it would choke on (NUL characters,
    # malformed ids); after the language middleware, so that the message is translated.
    "resacoop.middleware.request_checks.RequestChecksMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # Relay organisations reach only their own screens of the admin.
    "network_map.middleware.RelayAdminMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # The Site and the pages on the way to the page asked for, from the cache.
    "resacoop.middleware.routing.RoutingMiddleware",
    "resacoop.middleware.database.DatabaseUnavailableMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, as its documentation asks: turns a sign-in refused by django-axes into its answer.
    "axes.middleware.AxesMiddleware",
]
# A CDN in front of the site: purged when pages change (see docs/performance.md).
WAGTAILFRONTENDCACHE = frontend_cache_from_environment()
# Seconds a public page stays in the cache for anonymous visitors (0: no page cache). Any
# change of content makes every cached page stale at once (see resacoop.middleware.page_cache).
RESACOOP_PAGE_CACHE_TIMEOUT = int(os.environ.get("PAGE_CACHE_TIMEOUT", "3600"))

ROOT_URLCONF = "resacoop.urls"
WSGI_APPLICATION = "resacoop.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

DATABASES = {
    "default": database_from_url(
        os.environ.get("DATABASE_URL", f"sqlite:///{VAR_DIR / 'db.sqlite3'}"),
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "0")),
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

_cache_url = os.environ.get("CACHE_URL") or os.environ.get("REDIS_URL")
# django-redis: each failure to reach Redis is logged (logger "django_redis.cache").
DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = True
CACHES = {
    "default": cache_from_url(_cache_url)
    if _cache_url
    else {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}
}

AUTHENTICATION_BACKENDS = [
    # django-axes first: it refuses sign-ins after too many failures (see resacoop.sign_in).
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
# Five failed sign-ins for one account name from one IP address lock that pair out for
# 15 minutes (each new failure starts them again); the password is then never checked.
# Other addresses can still sign in to the account, so that an attacker cannot lock its owner
# out. A successful sign-in clears the count.
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = timedelta(minutes=15)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "resacoop.sign_in.lockout_response"
AXES_CLIENT_IP_CALLABLE = "resacoop.sign_in.client_ip"
# Behind proxies, the visitor's address is read from X-Forwarded-For (see resacoop.sign_in);
# it must then be impossible to reach the site other than through them.
RESACOOP_TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "0"))
# The admin's "forgot password" form: limited per address and IP, and it also reaches relay
# accounts whose invitation expired before they chose a password.
WAGTAILADMIN_USER_PASSWORD_RESET_FORM = "resacoop.sign_in.PasswordResetForm"  # noqa: S105
# Django's default (/accounts/profile/) does not exist here: the public login of private
# pages, without a page to go back to, goes to the home page.
LOGIN_REDIRECT_URL = "/"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages. French is the source language of the content; every public URL carries a
# language prefix (/fr/, /en/, /es/).
LANGUAGE_CODE = "fr"
LANGUAGES = [
    ("fr", "Français"),
    ("en", "English"),
    ("es", "Español"),
]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
# Each language's locale for Open Graph (og:locale), which wants a country too; a language
# left out is given without one ("fr").
RESACOOP_OPEN_GRAPH_LOCALES = {"fr": "fr_FR", "en": "en_GB", "es": "es_ES"}
WAGTAILADMIN_PERMITTED_LANGUAGES = [("fr", _("French")), ("en", _("English"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
# A new translation is a draft until a translator publishes it: wagtail-localize would
# otherwise publish the untranslated copy of a live page at once (source text in the wrong
# language, listed in hreflang, the sitemap and the search).
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False
USE_I18N = True
TIME_ZONE = "Europe/Paris"
USE_TZ = True

STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
STATICFILES_DIRS = [PROJECT_DIR / "static"]
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", VAR_DIR / "static"))
STATIC_URL = "/static/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", VAR_DIR / "media"))
MEDIA_URL = "/media/"

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# Complex page models can exceed Django's default of 1,000 fields in Wagtail's editor.
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# Wagtail
WAGTAIL_SITE_NAME = "RESACOOP"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
# A change sent for moderation e-mails each reviewer of its task once. Wagtail would also
# send every superuser the workflow's own notice on top of the task's (two e-mails for one
# submission); reviewers are the members of the task's groups.
WAGTAILADMIN_NOTIFICATION_INCLUDE_SUPERUSERS = False
WAGTAILSEARCH_BACKENDS = {
    # PostgreSQL full-text search, each language stemmed by its own rules; FTS5 on SQLite.
    "default": {
        "BACKEND": "resacoop.search.backend",
        "LANGUAGE_CONFIGS": {"fr": "french", "en": "english", "es": "spanish"},
    },
}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx", "zip"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
# SVG too, for logos. An SVG shown through <img> runs no script; opened by itself, nginx serves
# uploads with a sandboxing CSP and nosniff (deploy/nginx). Renditions that change the format
# say preserve-svg (an SVG has no raster format to convert to).
WAGTAILIMAGES_EXTENSIONS = ["avif", "gif", "jpg", "jpeg", "png", "webp", "svg"]
# "Jeunesse" typed by one editor and "jeunesse" by another are the same tag.
TAGGIT_CASE_INSENSITIVE = True
# Tag slugs are used in URLs: "coopération" becomes "cooperation".
TAGGIT_STRIP_UNICODE_WHEN_SLUGIFYING = True
# No calls to external services from the admin.
WAGTAIL_ENABLE_UPDATE_CHECK = False
# Headers of the whole site (production adds HSTS); see resacoop.middleware.security for the CSP.
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
X_FRAME_OPTIONS = "DENY"
# Documents go through Wagtail's view (permissions, download headers), never straight from
# storage; private pages and collections need an account, never a shared password.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILDOCS_INLINE_CONTENT_TYPES = ["application/pdf"]
WAGTAIL_PRIVATE_PAGE_OPTIONS = {"SHARED_PASSWORD": False}
WAGTAILDOCS_PRIVATE_COLLECTION_OPTIONS = {"SHARED_PASSWORD": False}
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_PASSWORD_RESET_ENABLED = True
# E-mail addresses are given by the network's administrators (Users in the admin), not typed
# by each person on their account page: an address is how staff invite people.
WAGTAIL_EMAIL_MANAGEMENT_ENABLED = False

# Relay organisations propose events of their own, under their page (resacoop.agenda).
NETWORK_MAP_RELAY_SUBPAGE_TYPES = ["agenda.EventPage"]

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
}
# A contact card of the block library points at a member organisation or a relay (their
# e-mail, phone, website and address fill it).
CMS_BLOCKS_CONTACT_PAGE_TYPES = ["members.MemberPage", "network_map.RelayOrganisationPage"]
