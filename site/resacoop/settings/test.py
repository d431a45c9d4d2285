"""Settings for the test suite: fast, isolated, no network."""

import os
import tempfile

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "insecure-key-for-tests-only"  # noqa: S105
ALLOWED_HOSTS = ["*"]

# dj-database-url reads DATABASE_URL in base; without it the tests run on SQLite in memory.
if "DATABASE_URL" not in os.environ:
    DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}}

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
# Uploads on disk, in a folder of their own: Wagtail serves documents from a file path.
MEDIA_ROOT = tempfile.mkdtemp(prefix="resacoop-test-media-")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# django-axes needs the request of every sign-in, which the test client's login() does not
# pass: it is off here, and the tests of signing in (tests/site/test_sign_in.py) turn it on.
AXES_ENABLED = False
WAGTAILADMIN_BASE_URL = "http://testserver"
# Static files come from the apps' folders (no collectstatic before the tests).
STATIC_ROOT = None
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
# Tests measure what rendering costs; the page cache and the blocks kept rendered have
# tests of their own that turn them on.
RESACOOP_PAGE_CACHE_TIMEOUT = 0
CMS_BLOCKS_RENDERING_CACHE_TIMEOUT = 0
