"""The blocks of a page's stream, rendered once and kept until the content changes.

A block of a page's body renders the same HTML for every visitor who reads the page in the
same language, until something it shows changes: its own value, or pages, images,
documents and tags it shows, all of which start a new content version
(``cms_blocks.content_version``). :class:`ContentStreamBlock` keeps each block's HTML in the
cache under the page, the language, the content version and the block's own value, and
renders, and loads what it needs for, only the blocks it does not find there; a page whose
blocks are all kept costs neither queries nor rendering for its body.

Only blocks known to render the same for everyone are kept:

- Wagtail's own blocks and the blocks of ``cms_blocks`` (but the choosers of snippets and
  embeds, whose changes start no new version);
- any block whose ``Meta`` says ``cache_rendering = True``;
- and never a block whose ``Meta`` says ``cache_rendering = False``: one that shows the
  request (a query string, the visitor, a CSRF token), the time (coming events) or
  anything whose change starts no new content version.

A block is kept only if every block inside it is too. Previews are never kept.

Setting (``cms_blocks.conf``): ``CMS_BLOCKS_RENDERING_CACHE_TIMEOUT``, seconds (0 turns it
off).
"""

import hashlib
import json

from django.core.serializers.json import DjangoJSONEncoder
from django.utils import translation
from wagtail import blocks

from .conf import get_setting
from .content_version import content_version, versioned_cache

# Choosers of things whose changes start no new content version.
_NOT_WATCHED = ("wagtail.snippets.", "wagtail.embeds.")
_KNOWN = ("wagtail.", "cms_blocks.")


def renders_the_same_for_everyone(block):
    """Whether ``block``, and every block inside it, may be kept rendered (see the module)."""
    known = block.__dict__.get("_cms_blocks_cacheable")
    if known is None:
        known = _own_rendering_is_the_same(block) and all(
            renders_the_same_for_everyone(child) for child in _children(block)
        )
        block._cms_blocks_cacheable = known
    return known


def _own_rendering_is_the_same(block):
    said = getattr(block.meta, "cache_rendering", None)
    if said is not None:
        return said
    module = type(block).__module__ + "."
    return module.startswith(_KNOWN) and not module.startswith(_NOT_WATCHED)


def _children(block):
    if isinstance(block, blocks.StructBlock | blocks.StreamBlock):
        return block.child_blocks.values()
    if isinstance(block, blocks.ListBlock):
        return [block.child_block]
    return []


def timeout():
    return get_setting("RENDERING_CACHE_TIMEOUT")


def may_keep(context):
    """Whether the blocks rendered with ``context`` may be kept: a page's, not a preview."""
    page = context.get("page")
    request = context.get("request")
    return (
        bool(timeout())
        and getattr(page, "pk", None) is not None
        and not getattr(request, "is_preview", False)
    )


def key(page, raw_block):
    """The cache key of a block of ``page``'s stream, from its raw (stored) form."""
    value = json.dumps(raw_block.get("value"), sort_keys=True, cls=DjangoJSONEncoder)
    digest = hashlib.sha1(value.encode(), usedforsecurity=False).hexdigest()
    language = translation.get_language()
    return (
        f"cms_blocks:rendered:{page.pk}:{language}:{raw_block.get('type')}:"
        f"{raw_block.get('id')}:{digest}:{content_version()}"
    )


def kept_renderings(stream_block, value, context):
    """The HTML kept of each block of the stream ``value``, by position, and the keys under
    which to keep those that are not there yet (``{position: key}``)."""
    if not may_keep(context):
        return {}, {}
    page = context["page"]
    keys = {}
    for position, raw_block in enumerate(value.raw_data):
        child_block = stream_block.child_blocks.get(raw_block.get("type"))
        if child_block is not None and renders_the_same_for_everyone(child_block):
            keys[position] = key(page, raw_block)
    found = versioned_cache().get_many(keys.values()) if keys else {}
    kept = {position: found[k] for position, k in keys.items() if k in found}
    to_keep = {position: k for position, k in keys.items() if position not in kept}
    return kept, to_keep


def keep(renderings):
    """Keep ``{key: html}`` until the content changes (at most the setting's timeout)."""
    if renderings:
        versioned_cache().set_many(renderings, timeout=timeout())
