"""A check in front of wagtail-localize's edits of links in the translation editor.

A translator may change a link of the translation (a URL block, a link in rich text, an
e-mail address): wagtail-localize stores any text it receives, and publishing the
translation would then write ``<a href="javascript:…">`` into the page. This view refuses
a link that the page editor itself would refuse (any scheme but http, https, mailto and tel),
then lets wagtail-localize store the others.
"""

import io
import json
import re

from django.http import JsonResponse, QueryDict
from django.http.multipartparser import MultiPartParser, MultiPartParserError
from django.utils.translation import gettext as _
from wagtail_localize.models import OverridableSegment
from wagtail_localize.views.edit_translation import edit_override

SAFE_SCHEMES = {"http", "https", "mailto", "tel"}
# Browsers ignore these characters inside a scheme: "java\tscript:" is "javascript:".
IGNORED_BY_BROWSERS = re.compile(r"[\x00-\x20\x7f]")


def is_safe_link(value):
    """True for a link with a safe scheme, or relative to the site (``/…``, ``#…``, ``?…``)."""
    link = IGNORED_BY_BROWSERS.sub("", value).lower()
    scheme, colon, _rest = link.partition(":")
    if not colon or "/" in scheme or "?" in scheme or "#" in scheme:
        return True  # no scheme: a relative address
    return scheme in SAFE_SCHEMES


def posted_value(request):
    """The ``value`` of wagtail-localize's PUT (multipart or urlencoded), or None."""
    content_type = request.META.get("CONTENT_TYPE", "")
    body = request.body  # read once here; wagtail-localize reads it again from the cache
    if content_type.startswith("multipart/form-data"):
        try:
            data, _files = MultiPartParser(
                request.META, io.BytesIO(body), request.upload_handlers, request.encoding
            ).parse()
        except MultiPartParserError:
            return None
    else:
        data = QueryDict(body, encoding=request.encoding)
    return data.get("value")


def checked_edit_override(request, translation_id, overridable_segment_id):
    if request.method == "PUT":
        segment = OverridableSegment.objects.filter(pk=overridable_segment_id).first()
        value = posted_value(request)
        if segment is not None and value is not None and _is_text(segment):
            if not is_safe_link(value):
                return JsonResponse(
                    {"error": _("Links may only start with https://, http://, mailto: or tel:.")},
                    status=400,
                )
    return edit_override(request, translation_id, overridable_segment_id)


def _is_text(segment):
    # Links and e-mail addresses are stored as JSON strings; related objects as ids.
    return isinstance(json.loads(segment.data_json), str)
