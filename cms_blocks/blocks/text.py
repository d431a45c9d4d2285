from django.utils.translation import gettext_lazy as _
from wagtail import blocks

__all__ = [
    "HeadingBlock",
    "ParagraphBlock",
    "QuoteBlock",
    "NoticeBlock",
    "RICH_TEXT_FEATURES",
    "SHORT_RICH_TEXT_FEATURES",
    "HeadingLevelBlock",
    "TitledValue",
]

# What an editor may use inside rich text. Headings of the page outline come from
# HeadingBlock (which gives them anchors); rich text keeps to sub-headings, emphasis,
# lists and links, so no editor can paste layout or scripts into a page.
RICH_TEXT_FEATURES = ["h3", "h4", "bold", "italic", "ol", "ul", "link", "document-link"]
# For short texts inside other blocks (notices, answers): no sub-headings.
SHORT_RICH_TEXT_FEATURES = ["bold", "italic", "ol", "ul", "link", "document-link"]


HEADING_LEVELS = ("h2", "h3", "h4")


class HeadingLevelBlock(blocks.ChoiceBlock):
    """The level of the heading a block writes, for the page's outline: 2, 3 or 4."""

    def __init__(self, **kwargs):
        kwargs.setdefault("label", _("Heading level"))
        kwargs.setdefault(
            "choices",
            [
                ("h2", _("Level 2: section")),
                ("h3", _("Level 3: sub-section")),
                ("h4", _("Level 4: minor heading")),
            ],
        )
        kwargs.setdefault("default", "h2")
        kwargs.setdefault(
            "help_text", _("Where the block's title fits in the page's outline of headings.")
        )
        super().__init__(**kwargs)


def _tag(level, deeper=0):
    number = int(level[1]) if level in HEADING_LEVELS else 2
    return f"h{min(number + deeper, 6)}"


class TitledValue(blocks.StructValue):
    """Template helpers for blocks that write a heading at the level an editor chose."""

    @property
    def heading_tag(self):
        """The element of the block's own heading: ``h2`` unless the editor chose another."""
        return _tag(self.get("heading_level"))

    @property
    def item_tag(self):
        """The element of the headings of its items: one level under the block's heading
        when it has a title, at the chosen level when it has none."""
        return _tag(self.get("heading_level"), 1 if self.get("title") else 0)


class HeadingValue(blocks.StructValue):
    @property
    def tag(self):
        """The heading's element name, ``h2`` when the stored level is not one we allow."""
        level = self.get("level")
        return level if level in HEADING_LEVELS else "h2"


class HeadingBlock(blocks.StructBlock):
    """A section heading of level 2 to 4, with an optional anchor for in-page links."""

    text = blocks.CharBlock(
        label=_("Text"),
        max_length=255,
        help_text=_("The words of the heading."),
    )
    level = blocks.ChoiceBlock(
        label=_("Level"),
        choices=[
            ("h2", _("Level 2: section")),
            ("h3", _("Level 3: sub-section")),
            ("h4", _("Level 4: minor heading")),
        ],
        default="h2",
        help_text=_("Level 1 is the page title; sections start at level 2."),
    )
    # A RegexBlock rather than a CharBlock: wagtail-localize leaves it out of the strings to
    # translate, so links to #anchor keep working in every language.
    anchor = blocks.RegexBlock(
        label=_("Anchor"),
        regex=r"^[-a-zA-Z0-9_]+\Z",
        required=False,
        max_length=64,
        error_messages={
            "invalid": _(
                "Use only letters, digits, hyphens and underscores in an anchor, with no spaces."
            )
        },
        help_text=_(
            "Optional. Lets other pages link to this heading with #anchor. "
            "Letters, digits, hyphens and underscores only."
        ),
    )

    class Meta:
        icon = "title"
        label = _("Heading")
        description = _("A section title, level 2 to 4, that can be linked to.")
        template = "cms_blocks/blocks/heading.html"
        value_class = HeadingValue
        preview_value = {"text": _("Our missions"), "level": "h2", "anchor": "missions"}


class ParagraphBlock(blocks.RichTextBlock):
    """Rich text with the restricted feature set of ``RICH_TEXT_FEATURES``."""

    def __init__(self, **kwargs):
        kwargs.setdefault("features", RICH_TEXT_FEATURES)
        super().__init__(**kwargs)

    class Meta:
        icon = "pilcrow"
        label = _("Text")
        description = _("Paragraphs with emphasis, lists, sub-headings and links.")
        template = "cms_blocks/blocks/paragraph.html"
        preview_value = _(
            "<p>The network helps organisations of the region build "
            "<b>international cooperation</b> projects with their partners.</p>"
        )


class QuoteBlock(blocks.StructBlock):
    """A quotation with the person or document it comes from."""

    quote = blocks.TextBlock(label=_("Quotation"), max_length=1000)
    attribution = blocks.CharBlock(
        label=_("Attribution"),
        required=False,
        max_length=120,
        help_text=_("Who said or wrote it, e.g. “The chair of the board”."),
    )
    source = blocks.CharBlock(
        label=_("Source"),
        required=False,
        max_length=200,
        help_text=_("Optional: the document, event or year it comes from."),
    )

    class Meta:
        icon = "openquote"
        label = _("Quotation")
        description = _("Words of a person or a document, with their author.")
        template = "cms_blocks/blocks/quote.html"
        preview_value = {
            "quote": _("Cooperation starts with people who know each other."),
            "attribution": _("A member organisation"),
            "source": _("General assembly"),
        }


class NoticeBlock(blocks.StructBlock):
    """A framed message that stands out from the text: information, warning, success."""

    kind = blocks.ChoiceBlock(
        label=_("Kind"),
        choices=[
            ("information", _("Information")),
            ("important", _("Important")),
            ("success", _("Good news")),
        ],
        default="information",
        help_text=_("Changes the colour and the word read out by screen readers."),
    )
    title = blocks.CharBlock(label=_("Title"), required=False, max_length=120)
    text = blocks.RichTextBlock(label=_("Text"), features=SHORT_RICH_TEXT_FEATURES)

    class Meta:
        icon = "warning"
        label = _("Notice")
        description = _("A framed message: information, something important, good news.")
        template = "cms_blocks/blocks/notice.html"
        form_layout = blocks.BlockGroup(children=["title", "text"], settings=["kind"])
        preview_value = {
            "kind": "important",
            "title": _("Call for projects"),
            "text": _("<p>Applications close at the end of the month.</p>"),
        }
