from django.conf import settings
from django.http import HttpResponse
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_GET


@require_GET
@cache_control(max_age=60 * 60, public=True)
def robots_txt(request):
    search_paths = []
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            search_paths.append(reverse("search"))
    content = render_to_string(
        "robots.txt",
        {
            "search_paths": search_paths,
            "sitemap_url": request.build_absolute_uri(reverse("sitemap")),
        },
    )
    return HttpResponse(content, content_type="text/plain; charset=utf-8")
