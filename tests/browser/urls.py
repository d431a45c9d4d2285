"""The site's URLs, plus uploaded files, which the live server must serve to a browser."""

from django.conf import settings
from django.urls import re_path
from django.views.static import serve

from resacoop.urls import urlpatterns as site_urlpatterns


def media(request, path):
    # The media folder of the test, read when the file is asked for: tests change it.
    return serve(request, path, document_root=settings.MEDIA_ROOT)


urlpatterns = [re_path(r"^media/(?P<path>.*)$", media), *site_urlpatterns]
