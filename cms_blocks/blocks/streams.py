from collections import Counter

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.stream_block import StreamBlockValidationError
from wagtail.blocks.struct_block import StructBlockValidationError

from .media import FigureBlock
from .text import HeadingBlock, ParagraphBlock

__all__ = ["BodyStreamBlock"]


class BodyStreamBlock(blocks.StreamBlock):
    """The stream of blocks for the main body of a page.

    Site page types use it as it is or subclass it to add blocks of their own.
    """

    heading = HeadingBlock(group=_("Text"))
    paragraph = ParagraphBlock(group=_("Text"))
    image = FigureBlock(group=_("Media"))

    def clean(self, value):
        value = super().clean(value)
        self._check_unique_anchors(value)
        return value

    @staticmethod
    def _check_unique_anchors(value):
        anchors = [
            (index, child.value["anchor"])
            for index, child in enumerate(value)
            if child.block_type == "heading" and child.value["anchor"]
        ]
        counts = Counter(anchor for _index, anchor in anchors)
        errors = {
            index: StructBlockValidationError(
                block_errors={
                    "anchor": ValidationError(
                        _("Another heading of this page already uses the anchor “%(anchor)s”.")
                        % {"anchor": anchor}
                    )
                }
            )
            for index, anchor in anchors
            if counts[anchor] > 1
        }
        if errors:
            raise StreamBlockValidationError(block_errors=errors)
