"""Settings of the reference site's own code, each with its default.

Read through :func:`get_setting` when the code runs (never at import time), so that
``override_settings`` and pytest-django's ``settings`` fixture apply to every request.

``RESACOOP_PAGE_CACHE_TIMEOUT``
    Seconds a public page stays in the cache for anonymous visitors; 0 turns the page cache
    off. Default: 3600.
``RESACOOP_CSP_PUBLIC``, ``RESACOOP_CSP_ADMIN``
    Replace the Content-Security-Policy of the public site (default: the site's own files
    and the video players of ``CMS_BLOCKS_VIDEO_PROVIDERS``) and of the admin (default: the
    site's origin, with inline scripts and styles). Both defaults let images come from the
    host of ``MEDIA_URL`` when it names one (uploads on object storage).
``RESACOOP_PERMISSIONS_POLICY``
    The browser features the site turns off. Default: camera, microphone, geolocation...
``RESACOOP_TRUSTED_PROXY_COUNT``
    How many proxies in front of the site append to ``X-Forwarded-For``. Default: 0.
``RESACOOP_PASSWORD_RESET_LIMITS``
    ``{"address": (count, seconds), "ip": (count, seconds)}``: how many password reset
    requests are sent per e-mail address and per IP address. Default: 3 and 10 an hour.
"""

from django.conf import settings

DEFAULTS = {
    "PAGE_CACHE_TIMEOUT": 3600,
    "CSP_PUBLIC": None,  # built from the video providers, see middleware.security
    "CSP_ADMIN": None,  # the site's origin with inline code, see middleware.security
    "PERMISSIONS_POLICY": (
        "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), "
        "microphone=(), payment=(), usb=(), interest-cohort=()"
    ),
    "TRUSTED_PROXY_COUNT": 0,
    "PASSWORD_RESET_LIMITS": {"address": (3, 3600), "ip": (10, 3600)},
}


def get_setting(name):
    """Return ``settings.RESACOOP_<name>``, or its default."""
    return getattr(settings, f"RESACOOP_{name}", DEFAULTS[name])
