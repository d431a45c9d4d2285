"""Read the site's configuration from environment variables.

Each helper turns one variable into a Django setting value and fails loudly, with the
variable's name, when the value cannot be understood.
"""

import os
from urllib.parse import parse_qs, urlsplit

import dj_database_url
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


def database_from_url(url, conn_max_age=0):
    """Build a ``DATABASES["default"]`` entry from a URL such as
    ``postgres://user@host:5432/name`` (dj-database-url), with Django's health checks.

    On PostgreSQL, the connections run with JIT compilation off, unless the URL's
    ``?options=`` says otherwise. The site's queries are short: compiling one costs tens to
    hundreds of milliseconds and saves nothing. PostgreSQL compiles when it estimates a
    query as costly, which it does for the joins that load pages of several types until its
    statistics of new tables come in: ``load_demo`` took 132 s with JIT and 97 s without.
    """
    database = dj_database_url.parse(url, conn_max_age=conn_max_age, conn_health_checks=True)
    if database["ENGINE"] == "django.db.backends.postgresql":
        database.setdefault("OPTIONS", {}).setdefault("options", "-c jit=off")
    return database


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


# Uploads served from object storage are cached by browsers and CDNs for a day, as the web
# server does for those it serves itself (deploy/nginx): Wagtail may give a replaced file the
# name of the one it replaces, so they are never "immutable".
MEDIA_CACHE_CONTROL = "public, max-age=86400"


def media_storage_from_environment():
    """The storage of uploads, from ``MEDIA_STORAGE`` (``filesystem`` or ``s3``).

    ``filesystem`` (the default) keeps them in ``MEDIA_ROOT``; the web server serves them
    under ``/media/``. ``s3`` puts them in a bucket of an S3-compatible object store
    (django-storages), and needs:

    - ``AWS_STORAGE_BUCKET_NAME``: the bucket;
    - ``AWS_S3_CUSTOM_DOMAIN``: the host name images are served from, the bucket's public
      one or a CDN's (``media.example.org``, ``my-bucket.s3.fr-par.scw.cloud``): pages link to
      images there without signed, expiring addresses, which cached pages would outlive.

    Optional: ``AWS_S3_ENDPOINT_URL`` (a provider other than Amazon), ``AWS_S3_REGION_NAME``,
    ``AWS_LOCATION`` (a folder in the bucket). Credentials (``AWS_ACCESS_KEY_ID``,
    ``AWS_SECRET_ACCESS_KEY``) are read from the environment by boto3 itself, never copied
    into the settings.

    Returns:
        ``(storage, media_url)``: the ``STORAGES["default"]`` entry, and the public address of
        uploads (None for the file system, whose ``MEDIA_URL`` stays ``/media/``).
    """
    kind = os.environ.get("MEDIA_STORAGE", "filesystem")
    if kind == "filesystem":
        return {"BACKEND": "django.core.files.storage.FileSystemStorage"}, None
    if kind != "s3":
        raise ImproperlyConfigured(f"MEDIA_STORAGE must be filesystem or s3, not {kind!r}.")
    required = ["AWS_STORAGE_BUCKET_NAME", "AWS_S3_CUSTOM_DOMAIN"]
    missing = [name for name in required if not os.environ.get(name)]
    if missing:
        raise ImproperlyConfigured(f"MEDIA_STORAGE=s3 needs: {', '.join(missing)}.")
    domain = os.environ["AWS_S3_CUSTOM_DOMAIN"].strip("/")
    if "://" in domain:
        raise ImproperlyConfigured(
            f"AWS_S3_CUSTOM_DOMAIN is a host name, such as media.example.org, not {domain!r}."
        )
    location = os.environ.get("AWS_LOCATION", "").strip("/")
    options = {
        "bucket_name": os.environ["AWS_STORAGE_BUCKET_NAME"],
        "custom_domain": domain,
        "location": location,
        # Public, unsigned addresses (see above); documents stay private, streamed by
        # Wagtail's view after its permission checks.
        "querystring_auth": False,
        # Wagtail expects a second "logo.png" to get a name of its own, as on a disk;
        # django-storages would otherwise write over the first one.
        "file_overwrite": False,
        "object_parameters": {"CacheControl": MEDIA_CACHE_CONTROL},
    }
    for option, name in (
        ("endpoint_url", "AWS_S3_ENDPOINT_URL"),
        ("region_name", "AWS_S3_REGION_NAME"),
    ):
        if os.environ.get(name):
            options[option] = os.environ[name]
    media_url = f"https://{domain}/{location}/" if location else f"https://{domain}/"
    return {"BACKEND": "storages.backends.s3.S3Storage", "OPTIONS": options}, media_url
