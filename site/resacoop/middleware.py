import logging

from django.conf import settings
from django.conf.locale import LANG_INFO
from django.db import InterfaceError, OperationalError
from django.http import HttpResponse
from django.middleware.locale import LocaleMiddleware
from django.template.loader import render_to_string

logger = logging.getLogger(__name__)


class LanguagePrefixMiddleware(LocaleMiddleware):
    """Django's ``LocaleMiddleware``, minus one redirect.

    Django redirects any unprefixed path that would 404 to the same path under the visitor's
    language, and Wagtail's catch-all page route makes every such path look valid. So
    ``/de/`` would become ``/fr/de/``: a French 404 for a visitor who asked for German. A path
    whose first segment is a language Django knows but this site does not publish is a 404 as
    it stands.
    """

    def process_response(self, request, response):
        if response.status_code == 404 and self._starts_with_unpublished_language(request):
            return response
        return super().process_response(request, response)

    @staticmethod
    def _starts_with_unpublished_language(request):
        first_segment = request.path_info.lstrip("/").split("/", 1)[0].lower()
        published = {code.lower() for code, _name in settings.LANGUAGES}
        return first_segment in LANG_INFO and first_segment not in published


class DatabaseUnavailableMiddleware:
    """While the database cannot be reached (restart, failover), answer 503 "back in a
    moment" with ``Retry-After`` instead of a server error; the next request reconnects."""

    RETRY_AFTER_SECONDS = 10

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not isinstance(exception, OperationalError | InterfaceError):
            return None
        logger.error("Database unavailable for %s", request.path, exc_info=exception)
        response = HttpResponse(render_to_string("503.html"), status=503)
        response["Retry-After"] = str(self.RETRY_AFTER_SECONDS)
        return response
