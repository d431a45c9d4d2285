"""Settings for production. Requires ``SECRET_KEY`` and ``ALLOWED_HOSTS``; expects HTTPS.

Served as README's "Production" says: nginx (``deploy/nginx/``) in front of gunicorn, serving
``STATIC_ROOT`` under ``/static/`` and, with ``MEDIA_STORAGE=filesystem`` (the default),
``MEDIA_ROOT`` under ``/media/``. ``MEDIA_STORAGE=s3`` keeps uploads in an S3-compatible bucket
instead (see ``environment.media_storage_from_environment``).
"""

import os

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .environment import env_bool, env_list, media_storage_from_environment

DEBUG = False

SECRET_KEY = os.environ.get("SECRET_KEY")
if not SECRET_KEY:
    raise ImproperlyConfigured("Set the SECRET_KEY environment variable for production.")

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
if not ALLOWED_HOSTS:
    raise ImproperlyConfigured("Set ALLOWED_HOSTS (comma-separated) for production.")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

_media_storage, _media_url = media_storage_from_environment()
STORAGES = {
    "default": _media_storage,
    # Hashed names (cached for a year by nginx) and a .gz beside each file (gzip_static).
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}
if _media_url:
    MEDIA_URL = _media_url  # the public policy lets pages show images from there

# HTTPS. Behind a proxy that terminates TLS, set SECURE_PROXY_SSL_HEADER_ENABLED=true.
if env_bool("SECURE_PROXY_SSL_HEADER_ENABLED"):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", 60 * 60 * 24 * 365))
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
X_FRAME_OPTIONS = "DENY"

EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "webmaster@localhost")

LOGGING["root"]["level"] = os.environ.get("LOG_LEVEL", "INFO")  # noqa: F405

# Wagtail keeps the renditions it looks up in the "renditions" cache and writes them back as
# it uses them: kept in each process's memory for a few minutes, that costs nothing, where
# Redis cost a round trip an image. A rendition is named by its image's file hash, so a new
# file is a new name; a deleted one is forgotten within the timeout.
CACHES["renditions"] = {  # noqa: F405
    "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
    "TIMEOUT": 300,
    "OPTIONS": {"MAX_ENTRIES": 5000},
}

# Each process reads the content version (cms_blocks.content_version) from the database at
# most once a second, not on every request: a page served from a cache then costs no query.
# A change reaches the other processes within that second; CONTENT_VERSION_MAX_AGE=0 reads it
# on every request.
CMS_BLOCKS_CONTENT_VERSION_MAX_AGE = float(os.environ.get("CONTENT_VERSION_MAX_AGE", "1"))

# Pages read from the page cache (Redis) are also kept in each process's memory until their
# copy in Redis expires: a hit then costs no round trip to Redis (resacoop.middleware.page_cache).
# Their keys hold the content version, so a copy here is never staler than Redis's. About
# 10 KB a page (stored compressed).
CACHES["pages"] = {  # noqa: F405
    "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
    "LOCATION": "pages",
    "OPTIONS": {"MAX_ENTRIES": 500},
}

# What is kept until the content changes (menus, footers, routing, fragments, blocks kept
# rendered: cms_blocks.content_version) in each process's memory, not Redis: a Redis read
# costs a round trip and about 0.1 ms of CPU, some fifteen of them a page; a local one 6 µs.
# Their keys hold the content version, so a process never serves a copy staler than the
# version it has read (above). Each process builds its own copies
# after a change; whole pages stay shared in Redis. Django's {% cache %} fragments too
# ("template_fragments", the same store).
_kept_until_changed = {
    "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
    "LOCATION": "kept-until-changed",
    "OPTIONS": {"MAX_ENTRIES": 5000},
}
CACHES["kept_until_changed"] = _kept_until_changed  # noqa: F405
CACHES["template_fragments"] = _kept_until_changed  # noqa: F405
CMS_BLOCKS_CACHE = "kept_until_changed"

try:
    from .local import *  # noqa: F403
except ImportError:
    pass
