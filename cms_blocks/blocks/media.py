from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageBlock

__all__ = ["FigureBlock"]


class FigureBlock(blocks.StructBlock):
    """An image with its alternative text, an optional caption and an optional credit.

    The alternative text comes from Wagtail's ``ImageBlock``: it is required unless the
    editor marks the image as decorative, and wagtail-localize offers it for translation.
    """

    image = ImageBlock(label=_("Image"))
    caption = blocks.CharBlock(
        label=_("Caption"),
        required=False,
        max_length=255,
        help_text=_("Shown under the image. Describe what the image adds to the text."),
    )
    credit = blocks.CharBlock(
        label=_("Credit"),
        required=False,
        max_length=255,
        help_text=_("Photographer or rights holder, e.g. “Photo: Jane Doe”."),
    )

    class Meta:
        icon = "image"
        label = _("Image")
        description = _("An image with alternative text, caption and credit.")
        template = "cms_blocks/blocks/figure.html"
