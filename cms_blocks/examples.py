"""Example content made of the library's blocks, for demo sites and tests.

A block's example is its preview value (``Meta.preview_value``, or one of
:mod:`cms_blocks.previews` for blocks that show the site's own pages, images and files).
:func:`every_block` puts each block of a stream once in a stream of its own, with a
caller's values where it has them and the block's example elsewhere: a block added to a
stream thus shows up, previewed, in a site's demo and in the tests that use every block,
without anyone writing its example again.
"""

import json

from django.core.serializers.json import DjangoJSONEncoder

__all__ = ["example", "every_block", "as_stored", "add_page"]


def example(block):
    """The preview value of ``block`` as raw stream data, as it would be stored.

    Pages, images and documents become their ids, dates ISO strings, and translatable texts
    are written in the active language.
    """
    # StreamField stores its data through this encoder.
    return json.loads(
        json.dumps(block.get_prep_value(block.get_preview_value()), cls=DjangoJSONEncoder)
    )


def every_block(stream_block, **values):
    """Raw data for a stream with each child block of ``stream_block`` once, in its order.

    Args:
        stream_block: the stream whose blocks to use, e.g. ``BodyStreamBlock()``.
        **values: raw values by block name; blocks without one get their :func:`example`.

    Returns:
        A list of ``{"type": name, "value": raw value}``, without ids (see
        :func:`as_stored`).
    """
    unknown = set(values) - set(stream_block.child_blocks)
    if unknown:
        raise ValueError(f"No such blocks in {type(stream_block).__name__}: {sorted(unknown)}")
    return [
        {"type": name, "value": values[name] if name in values else example(block)}
        for name, block in stream_block.child_blocks.items()
    ]


def as_stored(stream_block, raw):
    """``raw`` as the editor would store it: stream children and list items with ids.

    wagtail-localize finds each text of a stream again by these ids.
    """
    value = stream_block.to_python(raw)
    for _child in value:
        pass  # reading each child converts it, so that its lists are saved with item ids too
    return stream_block.get_prep_value(value)


def add_page(parent, page, *, tags=(), publish=True):
    """Add ``page`` under ``parent`` as an editor would: saved with a revision, published
    unless ``publish`` is false.

    Returns:
        The page as stored, loaded again: stream blocks get their ids when saved, not in
        the object that was saved.
    """
    page.live = publish
    if tags:
        page.tags.add(*tags)
    parent.add_child(instance=page)
    revision = page.save_revision()
    if publish:
        revision.publish()
    return type(page).objects.get(pk=page.pk)
