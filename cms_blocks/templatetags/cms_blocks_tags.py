import json
import re
from functools import lru_cache

from django import template
from django.core.serializers.json import DjangoJSONEncoder
from django.templatetags.static import static
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from wagtail.images.models import Filter

from cms_blocks.prefetch import card_image_field, localized_page

register = template.Library()

# The characters that could close a <script> element or open an HTML comment, escaped as
# JSON allows (the same escapes as Django's json_script).
_JSON_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


@register.simple_tag
def cms_blocks_stylesheet():
    """The link to the blocks' stylesheet, for a host's base template (in ``extra_css``)."""
    return format_html('<link rel="stylesheet" href="{}">', static("cms_blocks/css/blocks.css"))


@register.simple_tag(takes_context=True)
def localized(context, page):
    """The live version of ``page`` in the visitor's language, or None."""
    return localized_page(context, page)


def _script(data, media_type, element_id=None):
    payload = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, separators=(",", ":"))
    payload = mark_safe(payload.translate(_JSON_SCRIPT_ESCAPES))  # noqa: S308 - escaped above
    if element_id:
        return format_html('<script id="{}" type="{}">{}</script>', element_id, media_type, payload)
    return format_html('<script type="{}">{}</script>', media_type, payload)


@register.simple_tag
def json_ld(data):
    """Render ``data`` as a schema.org JSON-LD script element, safe inside HTML."""
    return _script(data, "application/ld+json")


@register.simple_tag
def json_data(data, element_id):
    """Like Django's ``json_script``, without spaces: data for a page's scripts."""
    return _script(data, "application/json", element_id)


@register.simple_tag
def card_image(card, page):
    """The picture of a card: the one chosen in the block, else the page's own card image."""
    return card.get("image") or getattr(page, card_image_field(type(page)), None)


# The operations of a filter spec that name a size in pixels: "max-96x96", "width-640"...
_SIZED_OPERATION = re.compile(r"^(max|min|fill|width|height|scale-to-\w+)-(\d+)(?:x(\d+))?")


def double_size(filter_spec):
    """``filter_spec`` with its sizes doubled: ``"max-96x96|format-webp"`` gives
    ``"max-192x192|format-webp"``. Other operations (crop closeness, format) are kept."""

    def doubled(match):
        operation, width, height = match.groups()
        size = str(int(width) * 2) + (f"x{int(height) * 2}" if height else "")
        return f"{operation}-{size}"

    return "|".join(_SIZED_OPERATION.sub(doubled, part) for part in filter_spec.split("|"))


@lru_cache(maxsize=128)
def _filters(filter_spec):
    """Wagtail's filters for ``filter_spec`` and its double, made once for every image.

    A filter parses its spec into operations the first time it is used, and keeps them;
    a page shows dozens of pictures with the same few specs.
    """
    return Filter(spec=filter_spec), Filter(spec=double_size(filter_spec))


@register.simple_tag
def density_image(image, filter_spec, **attributes):
    """An ``<img>`` for a picture shown at a fixed size, sharp on every screen.

    The rendition for ``filter_spec`` is the source and sets the size; a rendition twice as
    large is offered to screens of high pixel density (``srcset`` with ``1x`` and ``2x``).
    Both come in one query, none if the image's renditions were prefetched. Keyword
    arguments become attributes (``alt=""``, ``class``...). Nothing without an image.
    """
    if not image:
        return ""
    # Keyed by the specs as Wagtail cleans them (SVG), once each: first and last.
    renditions = list(image.get_renditions(*_filters(filter_spec)).values())
    normal, double = renditions[0], renditions[-1]
    if double.width > normal.width:
        attributes = {"srcset": f"{normal.url} 1x, {double.url} 2x", **attributes}
    return normal.img_tag(attributes)
