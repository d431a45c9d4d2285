"""Content-Security-Policy and Permissions-Policy headers.

The public site runs no inline script or style, so its policy allows only the site's own
files, plus the video players of ``CMS_BLOCKS_VIDEO_PROVIDERS`` in frames (loaded when a
visitor presses play). Wagtail's admin runs inline scripts and styles of its own: it gets
a relaxed policy, still limited to the site's origin.

Settings: ``RESACOOP_CSP_PUBLIC`` and ``RESACOOP_CSP_ADMIN`` replace the two policies;
``RESACOOP_PERMISSIONS_POLICY`` the features the site turns off.
"""

from functools import cache
from urllib.parse import urlsplit

from django.conf import settings

from cms_blocks.conf import get_setting as cms_blocks_setting

ADMIN_PREFIXES = ("/admin/", "/django-admin/")
ADMIN_POLICY = (
    "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
    "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
    "connect-src 'self'; frame-src 'self' https:; frame-ancestors 'self'; base-uri 'self'; "
    "form-action 'self'; object-src 'none'"
)
PERMISSIONS_POLICY = (
    "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), "
    "microphone=(), payment=(), usb=(), interest-cohort=()"
)


def video_player_origins():
    origins = set()
    for provider in cms_blocks_setting("VIDEO_PROVIDERS").values():
        address = urlsplit(provider["embed_url"])
        origins.add(f"{address.scheme}://{address.netloc}")
    return " ".join(sorted(origins))


@cache
def default_public_policy():
    return (
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        f"font-src 'self'; connect-src 'self'; frame-src {video_player_origins()}; "
        "frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'"
    )


class SecurityHeadersMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if request.path.startswith(ADMIN_PREFIXES):
            policy = getattr(settings, "RESACOOP_CSP_ADMIN", ADMIN_POLICY)
        else:
            policy = getattr(settings, "RESACOOP_CSP_PUBLIC", None) or default_public_policy()
        response.headers.setdefault("Content-Security-Policy", policy)
        response.headers.setdefault(
            "Permissions-Policy",
            getattr(settings, "RESACOOP_PERMISSIONS_POLICY", PERMISSIONS_POLICY),
        )
        return response
