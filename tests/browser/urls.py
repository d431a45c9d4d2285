"""The site's URLs, plus uploaded files, which the live server must serve to a browser."""

from django.conf import settings
from django.conf.urls.static import static

from resacoop.urls import urlpatterns as site_urlpatterns

urlpatterns = static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT) + site_urlpatterns
