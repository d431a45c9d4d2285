from django.http import HttpResponse, HttpResponseRedirect
from django.template.loader import render_to_string
from django.urls import reverse
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET, require_safe
from wagtail.models import Site

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
