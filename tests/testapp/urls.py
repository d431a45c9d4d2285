from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

urlpatterns = [
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
]

# As docs/network_map.md asks of a host: the open data addresses before Wagtail's pages.
urlpatterns += i18n_patterns(
    path("", include("network_map.urls")),
    path("", include(wagtail_urls)),
)
