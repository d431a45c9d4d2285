from django.conf import settings
from django.http import HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.cache import cache_control, never_cache
from django.views.decorators.http import require_GET, require_safe
from wagtail.models import Site
from wagtail.users.models import UserProfile

from . import metadata


@require_GET
@cache_control(max_age=60 * 60, public=True)
def robots_txt(request):
    # The search is not listed: robots must read its pages to see that they are not to be
    # indexed (their robots meta tag, see resacoop.pages.metadata).
    site = Site.find_for_request(request)
    sitemap_url = reverse("sitemap")
    content = render_to_string(
        "robots.txt",
        # The site's public address, not the Host header: this answer is cached publicly.
        {"sitemap_url": f"{site.root_url}{sitemap_url}" if site else sitemap_url},
    )
    return HttpResponse(content, content_type="text/plain; charset=utf-8")


@require_safe
@cache_control(max_age=24 * 60 * 60, public=True)
def favicon(request):
    """``/favicon.ico``, which browsers ask for whatever the page's icon links say: the
    network's icon, else the site's default one."""
    identity = metadata.site_identity(Site.find_for_request(request))
    return HttpResponseRedirect(identity["favicon"])


@require_safe
@never_cache
def request_too_large(request):
    """The page the web server shows in place of a request it refused as too large (nginx's
    ``error_page 413``, see deploy/nginx): what happened and what to do.

    Files are sent from the admin, so the page speaks the editor's admin language when it
    is set, else the visitor's. The way back is the page the file was sent from.
    """
    language = translation.get_language()
    if request.user.is_authenticated:
        language = UserProfile.get_for_user(request.user).get_preferred_language()
    back = request.headers.get("Referer", "")
    # Browsers send a full address; anything else, or another site's, is no way back.
    if not back.startswith(("https://", "http://")) or not url_has_allowed_host_and_scheme(
        back, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        back = ""
    largest = max(settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE, settings.WAGTAILDOCS_MAX_UPLOAD_SIZE)
    with translation.override(language):
        return render(request, "413.html", {"back": back, "largest": largest}, status=413)
