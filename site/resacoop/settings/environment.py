"""Read the site's configuration from environment variables.

Each helper turns one variable into a Django setting value and fails loudly, with the
variable's name, when the value cannot be understood.
"""

import os
from urllib.parse import parse_qs, urlsplit

from django.core.exceptions import ImproperlyConfigured

CACHE_BACKENDS = {
    "redis": "django_redis.cache.RedisCache",
    "rediss": "django_redis.cache.RedisCache",
    "locmem": "django.core.cache.backends.locmem.LocMemCache",
    "dummy": "django.core.cache.backends.dummy.DummyCache",
}


def env_list(name, default=""):
    """Return a comma-separated variable as a list of non-empty, stripped items."""
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None:
        return default
    if value.lower() in {"1", "true", "yes", "on"}:
        return True
    if value.lower() in {"0", "false", "no", "off", ""}:
        return False
    raise ImproperlyConfigured(f"{name} must be true or false, not {value!r}.")


def cache_from_url(url):
    """Build a ``CACHES["default"]`` entry from a URL such as ``redis://127.0.0.1:6379/1``.

    Supported schemes: ``redis``, ``rediss``, ``locmem`` and ``dummy``. Query parameters
    ``timeout`` and ``key_prefix`` are passed on.
    """
    parts = urlsplit(url)
    try:
        backend = CACHE_BACKENDS[parts.scheme]
    except KeyError:
        supported = ", ".join(CACHE_BACKENDS)
        raise ImproperlyConfigured(
            f"Unsupported cache URL scheme {parts.scheme!r}; use one of {supported}."
        ) from None
    cache = {"BACKEND": backend}
    if parts.scheme.startswith("redis"):
        cache["LOCATION"] = url.split("?", 1)[0]
        cache["OPTIONS"] = {
            # Redis down or slow: the site answers uncached (and logs it) instead of failing.
            "IGNORE_EXCEPTIONS": True,
            "SOCKET_CONNECT_TIMEOUT": 1,
            "SOCKET_TIMEOUT": 1,
        }
    elif parts.scheme == "locmem":
        cache["LOCATION"] = parts.netloc or "default"
    options = parse_qs(parts.query)
    if "timeout" in options:
        cache["TIMEOUT"] = int(options["timeout"][0])
    if "key_prefix" in options:
        cache["KEY_PREFIX"] = options["key_prefix"][0]
    return cache


def frontend_cache_from_environment():
    """``WAGTAILFRONTENDCACHE`` from ``FRONTEND_CACHE`` (``cloudflare`` or ``http``).

    Cloudflare needs ``CLOUDFLARE_BEARER_TOKEN`` and ``CLOUDFLARE_ZONEID``; a Varnish or
    nginx cache (``http``) needs ``FRONTEND_CACHE_LOCATION``, the address purges are sent to.
    """
    kind = os.environ.get("FRONTEND_CACHE", "")
    if not kind:
        return {}
    if kind == "cloudflare":
        config = {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
            "BEARER_TOKEN": os.environ.get("CLOUDFLARE_BEARER_TOKEN", ""),
            "ZONEID": os.environ.get("CLOUDFLARE_ZONEID", ""),
        }
        missing = [name for name in ("BEARER_TOKEN", "ZONEID") if not config[name]]
    elif kind == "http":
        config = {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": os.environ.get("FRONTEND_CACHE_LOCATION", ""),
        }
        missing = ["LOCATION"] if not config["LOCATION"] else []
    else:
        raise ImproperlyConfigured(f"FRONTEND_CACHE must be cloudflare or http, not {kind!r}.")
    if missing:
        names = ", ".join(missing)
        raise ImproperlyConfigured(f"FRONTEND_CACHE={kind} needs: {names}.")
    return {"default": config}
