import json

from django import template
from django.core.serializers.json import DjangoJSONEncoder
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from cms_blocks.prefetch import card_image_field, localized_page

register = template.Library()

# The characters that could close a <script> element or open an HTML comment, escaped as
# JSON allows (the same escapes as Django's json_script).
_JSON_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


@register.simple_tag(takes_context=True)
def localized(context, page):
    """The live version of ``page`` in the visitor's language, or None."""
    return localized_page(context, page)


@register.simple_tag
def json_ld(data):
    """Render ``data`` as a schema.org JSON-LD script element, safe inside HTML."""
    payload = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False)
    payload = payload.translate(_JSON_SCRIPT_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(payload))  # noqa: S308 - escaped above


@register.simple_tag
def card_image(card, page):
    """The picture of a card: the one chosen in the block, else the page's own card image."""
    return card.get("image") or getattr(page, card_image_field(type(page)), None)
