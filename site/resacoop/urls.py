from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from django.utils.translation import gettext_lazy as _
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from resacoop.pages.sitemaps import MultilingualSitemap
from resacoop.pages.views import favicon, request_too_large, robots_txt
from resacoop.search.views import search

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": MultilingualSitemap}}, name="sitemap"),
    path("robots.txt", robots_txt, name="robots_txt"),
    path("favicon.ico", favicon, name="favicon"),
    # Shown by nginx in place of a request body over its limit (deploy/nginx).
    path("request-too-large/", request_too_large, name="request_too_large"),
]

if settings.DEBUG:
    from django.conf.urls.static import static
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()
    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Every public page carries its language prefix: /fr/..., /en/..., /es/...
# Wagtail's page route comes last: it answers every path the others leave.
urlpatterns += i18n_patterns(
    path(_("search/"), search, name="search"),
    path("", include("network_map.urls")),
    path("", include(wagtail_urls)),
)
