"""Content-Security-Policy and Permissions-Policy headers.

The public site runs no inline script or style, so its policy allows only the site's own
files, plus the video players of ``CMS_BLOCKS_VIDEO_PROVIDERS`` in frames (loaded when a
visitor presses play). Wagtail's admin runs inline scripts and styles of its own: it gets
a relaxed policy, still limited to the site's origin.

Settings (see ``resacoop.conf``): ``RESACOOP_CSP_PUBLIC`` and ``RESACOOP_CSP_ADMIN`` replace
the two policies; ``RESACOOP_PERMISSIONS_POLICY`` the features the site turns off. The public
policy is built on each response, so that a change of the video providers applies at once.
"""

from urllib.parse import urlsplit

from cms_blocks.conf import get_setting as cms_blocks_setting

from ..conf import get_setting

ADMIN_PREFIXES = ("/admin/", "/django-admin/")


def video_player_origins():
    origins = set()
    for provider in cms_blocks_setting("VIDEO_PROVIDERS").values():
        address = urlsplit(provider["embed_url"])
        origins.add(f"{address.scheme}://{address.netloc}")
    return " ".join(sorted(origins))


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
            policy = get_setting("CSP_ADMIN")
        else:
            policy = get_setting("CSP_PUBLIC") or default_public_policy()
        response.headers.setdefault("Content-Security-Policy", policy)
        response.headers.setdefault("Permissions-Policy", get_setting("PERMISSIONS_POLICY"))
        return response
