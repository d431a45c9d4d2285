"""Content-Security-Policy and Permissions-Policy headers.

The public site runs no inline script or style, so its policy allows only the site's own
files, plus in frames the video players of ``CMS_BLOCKS_VIDEO_PROVIDERS`` and the pages of
``CMS_BLOCKS_EMBED_HOSTS`` (loaded when a visitor presses play or show), and recordings of
the audio block from any https address. Wagtail's admin runs inline scripts and styles of
its own: it gets a relaxed policy, still limited to the site's origin. Both let images come
from the host of uploads when ``MEDIA_URL`` names one (object storage, see
``settings.environment.media_storage_from_environment``).

Settings (see ``resacoop.conf``): ``RESACOOP_CSP_PUBLIC`` and ``RESACOOP_CSP_ADMIN`` replace
the two policies; ``RESACOOP_PERMISSIONS_POLICY`` the features the site turns off. Both
policies are built on each response, so that a change of the video providers or of
``MEDIA_URL`` applies at once.
"""

from urllib.parse import urlsplit

from django.conf import settings

from cms_blocks.conf import get_setting as cms_blocks_setting

from ..conf import get_setting

ADMIN_PREFIXES = ("/admin/", "/django-admin/")


def frame_origins():
    """The origins the public pages may show in frames: video players, embedded pages."""
    origins = {f"https://{host}" for host in cms_blocks_setting("EMBED_HOSTS")}
    for provider in cms_blocks_setting("VIDEO_PROVIDERS").values():
        address = urlsplit(provider["embed_url"])
        origins.add(f"{address.scheme}://{address.netloc}")
    return " ".join(sorted(origins))


def media_origin():
    """The origin of uploads served from another host than the site's, or ``""``."""
    address = urlsplit(settings.MEDIA_URL)
    return f" {address.scheme}://{address.netloc}" if address.netloc else ""


def default_public_policy():
    return (
        "default-src 'self'; script-src 'self'; style-src 'self'; "
        f"img-src 'self' data:{media_origin()}; "
        f"font-src 'self'; connect-src 'self'; frame-src {frame_origins()}; "
        "media-src 'self' https:; "
        "frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'"
    )


def default_admin_policy():
    return (
        "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
        f"style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:{media_origin()}; "
        "font-src 'self' data:; connect-src 'self'; frame-src 'self' https:; "
        "frame-ancestors 'self'; base-uri 'self'; form-action 'self'; object-src 'none'"
    )


class SecurityHeadersMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if request.path.startswith(ADMIN_PREFIXES):
            policy = get_setting("CSP_ADMIN") or default_admin_policy()
        else:
            policy = get_setting("CSP_PUBLIC") or default_public_policy()
        response.headers.setdefault("Content-Security-Policy", policy)
        response.headers.setdefault("Permissions-Policy", get_setting("PERMISSIONS_POLICY"))
        return response
