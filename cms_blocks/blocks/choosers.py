"""Chooser blocks that take their objects from the preload of the stream they are in.

Wagtail converts a stream one block type at a time, and each chooser field of each type
looks its objects up on its own: a page with a dozen kinds of blocks costs a dozen queries
before anything renders. These choosers are Wagtail's, except that while a library stream
is being converted they take their objects from what the stream loaded for all of its
choosers at once (``cms_blocks.prefetch.preload_choosers``). Anywhere else (a form, a
block converted on its own) they look their objects up as Wagtail's do.

They are stored in migrations as Wagtail's own blocks: the stored definition is the same,
only the way values are loaded differs.
"""

from wagtail import blocks
from wagtail.documents import blocks as document_blocks
from wagtail.images import blocks as image_blocks
from wagtail.snippets import blocks as snippet_blocks

from ..prefetch import preloaded_objects

__all__ = [
    "PageChooserBlock",
    "ImageChooserBlock",
    "ImageBlock",
    "DocumentChooserBlock",
    "SnippetChooserBlock",
]


class PreloadedChooserMixin:
    """Take the chosen objects from the stream's preload when there is one."""

    #: The path migrations store, Wagtail's, so that using this class changes no migration.
    wagtail_path = None

    @property
    def canonical_module_path(self):
        # Only the classes below stand for Wagtail's; a subclass of them is a block of its
        # own, stored under its own path.
        return type(self).__dict__.get("wagtail_path") or super().canonical_module_path

    def bulk_to_python(self, values):
        values = list(values)
        preload = preloaded_objects()
        if preload is None or not preload.has(self.model_class):
            return super().bulk_to_python(values)
        objects = [preload.take(self.model_class, value) for value in values]
        not_loaded = [i for i, obj in enumerate(objects) if obj is preload.NOT_LOADED]
        if not_loaded:
            found = super().bulk_to_python([values[i] for i in not_loaded])
            for i, obj in zip(not_loaded, found, strict=True):
                objects[i] = obj
        return objects

    def to_python(self, value):
        # Nothing chosen: no lookup at all, as Wagtail's (Django 6.1's in_bulk() asks the
        # database for its limits even for nothing).
        if value is None:
            return None
        return self.bulk_to_python([value])[0]


class PageChooserBlock(PreloadedChooserMixin, blocks.PageChooserBlock):
    wagtail_path = "wagtail.blocks.PageChooserBlock"


class ImageChooserBlock(PreloadedChooserMixin, image_blocks.ImageChooserBlock):
    wagtail_path = "wagtail.images.blocks.ImageChooserBlock"


class DocumentChooserBlock(PreloadedChooserMixin, document_blocks.DocumentChooserBlock):
    wagtail_path = "wagtail.documents.blocks.DocumentChooserBlock"


class SnippetChooserBlock(PreloadedChooserMixin, snippet_blocks.SnippetChooserBlock):
    wagtail_path = "wagtail.snippets.blocks.SnippetChooserBlock"


class ImageBlock(image_blocks.ImageBlock):
    """Wagtail's image with alternative text, whose image comes from the stream's preload."""

    def __init__(self, required=True, **kwargs):
        super().__init__(required=required, **kwargs)
        image = ImageChooserBlock(required=required)
        image.set_name("image")
        self.child_blocks["image"] = image
