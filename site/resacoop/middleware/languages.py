"""The language of a request, from the prefix of its address."""

from django.conf import settings
from django.conf.locale import LANG_INFO
from django.middleware.locale import LocaleMiddleware


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
