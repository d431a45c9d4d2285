import logging
from collections import Counter

from django.core.exceptions import ValidationError
from django.utils.html import format_html_join
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.stream_block import StreamBlockValidationError, StreamValue
from wagtail.blocks.struct_block import StructBlockValidationError

from .. import rendering
from ..prefetch import LOCALIZED_PAGES, chooser_preload, prepare_stream
from .contact import ContactCardBlock
from .data import FAQBlock, KeyFiguresBlock, TableBlock, TimelineBlock
from .layout import (
    BLOCK_ID,
    AccordionBlock,
    AnchorBlock,
    CalloutBlock,
    HeroBlock,
    HighlightBlock,
    ImageTextBlock,
    SeparatorBlock,
    StepperBlock,
    TabsBlock,
    TilesBlock,
)
from .links import ButtonRowBlock, CallToActionBlock
from .listings import CardsGridBlock, LogoWallBlock, PageListBlock, PeopleBlock
from .media import AudioBlock, DocumentBlock, FigureBlock, IframeEmbedBlock, VideoBlock
from .text import HEADING_LEVELS, HeadingBlock, NoticeBlock, ParagraphBlock, QuoteBlock

__all__ = [
    "ContentStreamBlock",
    "ColumnStreamBlock",
    "TwoColumnBlock",
    "BodyStreamBlock",
]

logger = logging.getLogger(__name__)

TEXT = _("Text")
MEDIA = _("Media and documents")
LINKS = _("Links")
FACTS = _("Facts and figures")
LISTINGS = _("Pages and people")
LAYOUT = _("Layout")
PAGE_TOP = _("Top of the page")
CONTACT = _("Contact")

# Blocks that name a place of the page with an anchor.
ANCHORED = (HeadingBlock, AnchorBlock)


def _heading_anchors(stream):
    """Every heading anchor of a stream, including those inside nested streams."""
    for child in stream:
        if isinstance(child.block, ANCHORED):
            if child.value["anchor"]:
                yield child.value["anchor"]
        elif isinstance(child.value, blocks.StructValue):
            for item in child.value.values():
                if isinstance(item, StreamValue):
                    yield from _heading_anchors(item)


def _duplicate_anchor_errors(stream, duplicates):
    """Errors, shaped like the stream, for each heading whose anchor is in ``duplicates``."""
    errors = {}
    for index, child in enumerate(stream):
        if isinstance(child.block, ANCHORED) and child.value["anchor"] in duplicates:
            if isinstance(child.block, HeadingBlock):
                message = _("Another heading of this page already uses the anchor “%(anchor)s”.")
            else:
                message = _("Another heading or anchor of this page already uses “%(anchor)s”.")
            error = ValidationError(message, params={"anchor": child.value["anchor"]})
            errors[index] = StructBlockValidationError(block_errors={"anchor": error})
        elif isinstance(child.value, blocks.StructValue):
            nested = {}
            for name, item in child.value.items():
                if isinstance(item, StreamValue):
                    item_errors = _duplicate_anchor_errors(item, duplicates)
                    if item_errors:
                        nested[name] = StreamBlockValidationError(block_errors=item_errors)
            if nested:
                errors[index] = StructBlockValidationError(block_errors=nested)
    return errors


def _hero_errors(stream):
    """Errors for each hero that is not the first block, or not the only one."""
    message = _("A hero can only be the first block of the page, and a page has only one.")
    return {
        index: ValidationError(message)
        for index, child in enumerate(stream)
        if isinstance(child.block, HeroBlock) and index > 0
    }


def _heading_level(child):
    """``(field, level)`` of the heading a top-level block writes, or None."""
    if isinstance(child.block, HeadingBlock):
        return "level", int(child.value.tag[1])
    fields = child.block.child_blocks if isinstance(child.block, blocks.StructBlock) else {}
    if "heading_level" not in fields:
        return None
    # A block with an optional title writes its heading only when it has one.
    if "title" in fields and not child.value.get("title"):
        return None
    level = child.value.get("heading_level")
    return "heading_level", int(level[1]) if level in HEADING_LEVELS else 2


def _outline_errors(stream):
    """Errors for each heading that skips a level of the page's outline (the page's title
    is level 1): a level 4 heading right under a level 2 one loses screen reader users."""
    errors, previous = {}, 1
    for index, child in enumerate(stream):
        found = _heading_level(child)
        if found is None:
            continue
        field, level = found
        if level > previous + 1:
            message = _(
                "This heading skips a level of the page's outline: after a heading of level "
                "%(previous)d, choose level %(next)d at most."
            )
            error = ValidationError(message, params={"previous": previous, "next": previous + 1})
            errors[index] = StructBlockValidationError(block_errors={field: error})
        else:
            previous = level
    return errors


class UnreadableStreamValue(StreamValue):
    """An empty stream standing for form data that could not be read; ``clean()`` refuses it."""

    def __init__(self, stream_block):
        super().__init__(stream_block, [])


# What Wagtail's blocks and widgets raise on form data its own editor never sends: a missing
# "-count" (KeyError), "-order=abc" or a chooser id "abc" (ValueError), rich text that is
# not JSON (JSONDecodeError, a ValueError) or JSON of another shape (AttributeError,
# TypeError).
MALFORMED_DATA_ERRORS = (KeyError, ValueError, TypeError, AttributeError, IndexError)


class PreloadingStreamValue(StreamValue):
    """A stream as stored, converted all at once the first time one of its blocks is read.

    Wagtail converts the blocks of one type at a time, each chooser field looking its
    objects up on its own. Here the objects of every chooser of the stream, nested ones
    included, are loaded first, one query per model (see ``cms_blocks.prefetch``), then
    every block is converted from them.
    """

    # Wagtail 8's StreamValue converts the blocks of one type, when one is first read, in
    # ``_prefetch_blocks``; it keeps the stored items in ``_raw_data`` and the converted ones
    # in ``_bound_blocks``.
    def _prefetch_blocks(self, type_name):
        pending = [
            raw
            for raw, bound in zip(self._raw_data, self._bound_blocks, strict=True)
            if bound is None
        ]
        with chooser_preload(self.stream_block, pending):
            for name in dict.fromkeys(raw["type"] for raw in pending):
                super()._prefetch_blocks(name)


def _joined(renderings):
    # Each block's template has its own root element and class: no wrapper around it.
    return format_html_join("\n", "{}", [(html,) for html in renderings])


def _only(value, positions):
    """A stream of the blocks of ``value`` at ``positions``."""
    children = [value[position] for position in sorted(positions)]
    return StreamValue(
        value.stream_block, [(child.block_type, child.value, child.id) for child in children]
    )


class ContentStreamBlock(blocks.StreamBlock):
    """Base of the library's streams.

    On a page, it takes from the cache the blocks kept rendered (see ``cms_blocks.rendering``);
    before rendering the others, it loads in bulk the pages and images they point at (see
    ``cms_blocks.prefetch``). When cleaned, it refuses two headings with the same anchor, and
    form data it could not read.
    """

    def render_basic(self, value, context=None):
        context = dict(context or {})
        # Blocks kept rendered cost nothing; the others are loaded and rendered here.
        kept, to_keep = rendering.kept_renderings(self, value, context)
        if len(kept) == len(value):
            return _joined(kept[position] for position in range(len(value)))
        if LOCALIZED_PAGES not in context:
            missing = value if not kept else _only(value, set(range(len(value))) - set(kept))
            context.update(prepare_stream(missing))
        html = dict(kept)
        for position in range(len(value)):
            if position not in kept:
                child = value[position]
                # A block that needs ids of its own (tabs) derives them from its stable id.
                html[position] = child.render(context={**context, BLOCK_ID: child.id})
        rendering.keep({key: html[position] for position, key in to_keep.items()})
        return _joined(html[position] for position in range(len(value)))

    def to_python(self, value):
        stream = super().to_python(value)
        # A StreamValue given back is kept as it is: its blocks may have been changed.
        if stream.is_lazy and not isinstance(value, StreamValue):
            return PreloadingStreamValue(self, list(stream.raw_data), is_lazy=True)
        return stream

    def value_from_datadict(self, data, files, prefix):
        # Upstream: Wagtail's StreamBlock, ListBlock, chooser blocks and rich text widget read
        # the posted fields without checking them (wagtail/blocks/stream_block.py,
        # list_block.py, field_block.py; wagtail/admin/rich_text/editors/draftail), so a
        # crafted or truncated post is a server error. The whole stream is refused instead.
        try:
            return super().value_from_datadict(data, files, prefix)
        except MALFORMED_DATA_ERRORS:
            logger.info("Unreadable stream data under %r", prefix, exc_info=True)
            return UnreadableStreamValue(self)

    def clean(self, value):
        if isinstance(value, UnreadableStreamValue):
            message = _("This content could not be read. Reload the page and try again.")
            raise StreamBlockValidationError(non_block_errors=ValidationError(message))
        value = super().clean(value)
        counts = Counter(_heading_anchors(value))
        duplicates = {anchor for anchor, count in counts.items() if count > 1}
        errors = _duplicate_anchor_errors(value, duplicates) if duplicates else {}
        errors.update(_hero_errors(value))
        if errors:
            raise StreamBlockValidationError(block_errors=errors)
        return value


class ColumnStreamBlock(ContentStreamBlock):
    """The blocks that fit a narrow area, such as a column or a sidebar."""

    heading = HeadingBlock(group=TEXT)
    paragraph = ParagraphBlock(group=TEXT)
    quote = QuoteBlock(group=TEXT)
    notice = NoticeBlock(group=TEXT)
    image = FigureBlock(group=MEDIA)
    video = VideoBlock(group=MEDIA)
    document = DocumentBlock(group=MEDIA)
    call_to_action = CallToActionBlock(group=LINKS)
    buttons = ButtonRowBlock(group=LINKS)
    key_figures = KeyFiguresBlock(group=FACTS)
    people = PeopleBlock(group=LISTINGS)
    callout = CalloutBlock(group=TEXT)
    highlight = HighlightBlock(group=TEXT)
    audio = AudioBlock(group=MEDIA)
    accordion = AccordionBlock(group=LAYOUT)
    contact_card = ContactCardBlock(group=CONTACT)

    class Meta:
        label = _("Column")


class TwoColumnBlock(blocks.StructBlock):
    """Two columns side by side on wide screens, one under the other on narrow ones."""

    first = ColumnStreamBlock(label=_("First column"))
    second = ColumnStreamBlock(label=_("Second column"))
    ratio = blocks.ChoiceBlock(
        label=_("Widths"),
        choices=[
            ("1-1", _("Equal")),
            ("2-1", _("Wider first column")),
            ("1-2", _("Wider second column")),
        ],
        default="1-1",
    )

    class Meta:
        icon = "grip"
        label = _("Two columns")
        description = _("Two columns of blocks side by side.")
        template = "cms_blocks/blocks/two_columns.html"
        form_layout = blocks.BlockGroup(children=["first", "second"], settings=["ratio"])
        preview_value = {
            "first": [("paragraph", _("<p>A column of text beside a quotation.</p>"))],
            "second": [("quote", QuoteBlock().meta.preview_value)],
            "ratio": "1-1",
        }


class BodyStreamBlock(ContentStreamBlock):
    """The stream of blocks for the main body of a page.

    Site page types use it as it is or subclass it to add blocks of their own. Besides the
    checks of every stream, its headings must follow the page's outline without skipping a
    level.
    """

    def clean(self, value):
        value = super().clean(value)
        errors = _outline_errors(value)
        if errors:
            raise StreamBlockValidationError(block_errors=errors)
        return value

    hero = HeroBlock(group=PAGE_TOP)
    heading = HeadingBlock(group=TEXT)
    paragraph = ParagraphBlock(group=TEXT)
    quote = QuoteBlock(group=TEXT)
    notice = NoticeBlock(group=TEXT)
    image = FigureBlock(group=MEDIA)
    video = VideoBlock(group=MEDIA)
    document = DocumentBlock(group=MEDIA)
    call_to_action = CallToActionBlock(group=LINKS)
    buttons = ButtonRowBlock(group=LINKS)
    key_figures = KeyFiguresBlock(group=FACTS)
    timeline = TimelineBlock(group=FACTS)
    faq = FAQBlock(group=FACTS)
    table = TableBlock(group=FACTS)
    cards = CardsGridBlock(group=LISTINGS)
    page_list = PageListBlock(group=LISTINGS)
    people = PeopleBlock(group=LISTINGS)
    logos = LogoWallBlock(group=LISTINGS)
    two_columns = TwoColumnBlock(group=LAYOUT)
    callout = CalloutBlock(group=TEXT)
    highlight = HighlightBlock(group=TEXT)
    audio = AudioBlock(group=MEDIA)
    embed = IframeEmbedBlock(group=MEDIA)
    accordion = AccordionBlock(group=LAYOUT)
    tabs = TabsBlock(group=LAYOUT)
    image_text = ImageTextBlock(group=LAYOUT)
    separator = SeparatorBlock(group=LAYOUT)
    anchor = AnchorBlock(group=LAYOUT)
    stepper = StepperBlock(group=FACTS)
    tiles = TilesBlock(group=LISTINGS)
    contact_card = ContactCardBlock(group=CONTACT)
