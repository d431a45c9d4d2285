"""Blocks that shape a page: hero, accordion, tabs, steps, tiles, callouts, separators."""

import secrets

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError

from .. import previews
from .choosers import ImageBlock, ImageChooserBlock, PageChooserBlock
from .links import OptionalLinkBlock
from .text import SHORT_RICH_TEXT_FEATURES, HeadingLevelBlock, TitledValue

__all__ = [
    "HeroBlock",
    "AccordionBlock",
    "TabsBlock",
    "StepperBlock",
    "TilesBlock",
    "CalloutBlock",
    "HighlightBlock",
    "ImageTextBlock",
    "SeparatorBlock",
    "AnchorBlock",
    "ANCHOR_PATTERN",
    "BLOCK_ID",
]

#: Context variable holding the id of the stream child being rendered (see
#: ``ContentStreamBlock.render_basic``): stable ids for the elements of a block.
BLOCK_ID = "cms_blocks_block_id"

#: What an anchor may hold: it becomes an ``id`` and the end of links such as ``#contact``.
ANCHOR_PATTERN = r"^[-a-zA-Z0-9_]+\Z"


class HeroBlock(blocks.StructBlock):
    """The banner at the top of a page: a title, a sentence, an image and one link.

    Three layouts: text beside the image, text on the image (on a solid panel, so that its
    contrast does not depend on the picture), a wide image with the text under it. A page
    has at most one, as its first block (see ``ContentStreamBlock.clean``).
    """

    title = blocks.CharBlock(label=_("Title"), max_length=120)
    text = blocks.TextBlock(label=_("Text"), required=False, max_length=400)
    image = ImageChooserBlock(
        label=_("Image"),
        required=False,
        help_text=_("Decorative: the title and the text must say everything it shows."),
    )
    link = OptionalLinkBlock(label=_("Link"))
    layout = blocks.ChoiceBlock(
        label=_("Layout"),
        choices=[
            ("beside", _("Text beside the image")),
            ("overlay", _("Text on the image")),
            ("wide", _("Wide image, text under it")),
        ],
        default="beside",
    )
    heading_level = HeadingLevelBlock()

    def clean(self, value):
        value = super().clean(value)
        if value["layout"] in ("overlay", "wide") and not value["image"]:
            raise StructBlockValidationError(
                block_errors={
                    "image": ValidationError(
                        _(
                            "This layout shows an image: choose one, or pick "
                            "“Text beside the image”."
                        )
                    )
                }
            )
        return value

    class Meta:
        icon = "image"
        label = _("Hero")
        description = _("The banner at the top of a page: title, sentence, image and a link.")
        template = "cms_blocks/blocks/hero.html"
        value_class = TitledValue
        form_layout = blocks.BlockGroup(
            children=["title", "text", "image", "link"], settings=["layout", "heading_level"]
        )
        preview_value = staticmethod(previews.hero)


class AccordionItemBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"), max_length=160)
    content = blocks.RichTextBlock(label=_("Content"), features=SHORT_RICH_TEXT_FEATURES)

    class Meta:
        icon = "collapse-down"
        label = _("Section")


class AccordionBlock(blocks.StructBlock):
    """Sections that open and close, each a ``<details>`` with a heading in its summary."""

    items = blocks.ListBlock(AccordionItemBlock(), label=_("Sections"), min_num=1, max_num=20)
    heading_level = HeadingLevelBlock(
        help_text=_("The level of every section's title in the page's outline.")
    )

    class Meta:
        icon = "collapse-down"
        label = _("Accordion")
        description = _("Sections that the visitor opens one by one.")
        template = "cms_blocks/blocks/accordion.html"
        value_class = TitledValue
        form_layout = blocks.BlockGroup(children=["items"], settings=["heading_level"])
        preview_value = {
            "items": [
                {
                    "title": _("Who can ask for advice?"),
                    "content": _("<p>Organisations and inhabitants of the region.</p>"),
                },
                {
                    "title": _("Is it free?"),
                    "content": _("<p>Yes, except training sessions.</p>"),
                },
            ],
            "heading_level": "h2",
        }


class TabBlock(blocks.StructBlock):
    label = blocks.CharBlock(label=_("Tab name"), max_length=60)
    content = blocks.RichTextBlock(label=_("Content"), features=SHORT_RICH_TEXT_FEATURES)

    class Meta:
        icon = "folder-open-inverse"
        label = _("Tab")


class TabsBlock(blocks.StructBlock):
    """Panels shown one at a time through tabs; plain sections with headings without
    JavaScript (``cms_blocks/js/tabs.js`` turns them into tabs)."""

    tabs = blocks.ListBlock(TabBlock(), label=_("Tabs"), min_num=2, max_num=8)
    heading_level = HeadingLevelBlock(
        help_text=_("The level of each tab's name when the tabs are shown as sections.")
    )

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        # The ids that tie each tab to its panel: from the block's id in its stream, so the
        # page's HTML is the same at every visit; random for a block rendered on its own.
        block_id = (parent_context or {}).get(BLOCK_ID) or secrets.token_hex(4)
        context["ident"] = f"tabs-{block_id}"
        return context

    class Meta:
        icon = "folder-open-inverse"
        label = _("Tabs")
        description = _("Two to eight panels, one shown at a time behind its tab.")
        template = "cms_blocks/blocks/tabs.html"
        value_class = TitledValue
        form_layout = blocks.BlockGroup(children=["tabs"], settings=["heading_level"])
        preview_value = {
            "tabs": [
                {"label": _("Lyon"), "content": _("<p>The main office.</p>")},
                {"label": _("Clermont-Ferrand"), "content": _("<p>The second office.</p>")},
            ],
            "heading_level": "h2",
        }


class StepBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Step"), max_length=120)
    text = blocks.TextBlock(label=_("Details"), required=False, max_length=400)

    class Meta:
        icon = "order"
        label = _("Step")


class StepperValue(TitledValue):
    @property
    def numbered_steps(self):
        """``(number, step, state)`` for each step; state is done, current or to come."""
        current = self.get("current") or 0
        return [
            (
                number,
                step,
                "done" if number < current else "current" if number == current else "todo",
            )
            for number, step in enumerate(self.get("steps") or [], start=1)
        ]


class StepperBlock(blocks.StructBlock):
    """Steps of a process in order, with the one the reader is at."""

    title = blocks.CharBlock(label=_("Title"), required=False, max_length=120)
    steps = blocks.ListBlock(StepBlock(), label=_("Steps"), min_num=2, max_num=12)
    current = blocks.IntegerBlock(
        label=_("Current step"),
        required=False,
        min_value=1,
        help_text=_("Optional: the number of the step under way, 1 for the first."),
    )
    heading_level = HeadingLevelBlock()

    def clean(self, value):
        value = super().clean(value)
        count = len(value["steps"])
        if value["current"] is not None and value["current"] > count:
            raise StructBlockValidationError(
                block_errors={
                    "current": ValidationError(
                        _("There are only %(count)d steps: choose a number from 1 to %(count)d."),
                        params={"count": count},
                    )
                }
            )
        return value

    class Meta:
        icon = "list-ol"
        label = _("Steps")
        description = _("The steps of a process, with the current one marked.")
        template = "cms_blocks/blocks/stepper.html"
        value_class = StepperValue
        form_layout = blocks.BlockGroup(
            children=["title", "steps"], settings=["current", "heading_level"]
        )
        preview_value = {
            "title": _("Applying for support"),
            "steps": [
                {"title": _("Describe your project"), "text": ""},
                {"title": _("Meet an adviser"), "text": ""},
                {"title": _("Send the application"), "text": ""},
            ],
            "current": 2,
            "heading_level": "h2",
        }


class TileItemBlock(blocks.StructBlock):
    page = PageChooserBlock(
        label=_("Page of the site"),
        required=False,
        help_text=_("Choose a page here, or give an external address below, not both."),
    )
    url = blocks.URLBlock(label=_("External address"), required=False)
    title = blocks.CharBlock(
        label=_("Title"),
        required=False,
        max_length=120,
        help_text=_("Optional for a page (its title is used); required for an address."),
    )
    text = blocks.TextBlock(label=_("Text"), required=False, max_length=200)
    image = ImageChooserBlock(label=_("Pictogram or image"), required=False)

    def clean(self, value):
        value = super().clean(value)
        message = None
        if value["page"] and value["url"]:
            message = _("Choose either a page or an external address, not both.")
        elif not value["page"] and not value["url"]:
            message = _("Choose a page or give an external address.")
        if message:
            raise StructBlockValidationError(
                block_errors={"page": ValidationError(message), "url": ValidationError(message)}
            )
        if value["url"] and not value["title"]:
            raise StructBlockValidationError(
                block_errors={"title": ValidationError(_("Give a title for an external address."))}
            )
        return value

    class Meta:
        icon = "link"
        label = _("Tile")


class TilesBlock(blocks.StructBlock):
    """A grid of linked tiles: a title, a short text and a pictogram each."""

    title = blocks.CharBlock(label=_("Title"), required=False, max_length=120)
    tiles = blocks.ListBlock(TileItemBlock(), label=_("Tiles"), min_num=1, max_num=12)
    heading_level = HeadingLevelBlock()

    class Meta:
        icon = "table"
        label = _("Tiles")
        description = _("A grid of linked tiles, each with a title, a text and a pictogram.")
        template = "cms_blocks/blocks/tiles.html"
        value_class = TitledValue
        form_layout = blocks.BlockGroup(children=["title", "tiles"], settings=["heading_level"])
        preview_value = {
            "title": _("Find your way"),
            "tiles": [
                {
                    "page": None,
                    "url": "https://example.org/",
                    "title": _("Training"),
                    "text": _("Sessions for project leaders"),
                    "image": None,
                },
                {
                    "page": None,
                    "url": "https://example.org/",
                    "title": _("Funding"),
                    "text": _("Calls for projects"),
                    "image": None,
                },
            ],
            "heading_level": "h2",
        }


class CalloutBlock(blocks.StructBlock):
    """A framed text that stands out, with a title: a key idea, a reminder."""

    title = blocks.CharBlock(label=_("Title"), required=False, max_length=120)
    text = blocks.RichTextBlock(label=_("Text"), features=SHORT_RICH_TEXT_FEATURES)
    heading_level = HeadingLevelBlock()

    class Meta:
        icon = "pick"
        label = _("Callout")
        description = _("A framed text with a title, to put a key idea forward.")
        template = "cms_blocks/blocks/callout.html"
        value_class = TitledValue
        form_layout = blocks.BlockGroup(children=["title", "text"], settings=["heading_level"])
        preview_value = {
            "title": _("Good to know"),
            "text": _("<p>The network's advice is free for organisations of the region.</p>"),
            "heading_level": "h2",
        }


class HighlightBlock(blocks.StructBlock):
    """A sentence set apart from the text, in larger type, with a rule beside it."""

    text = blocks.TextBlock(label=_("Text"), max_length=400)

    class Meta:
        icon = "bold"
        label = _("Highlight")
        description = _("A sentence of the text set apart in larger type.")
        template = "cms_blocks/blocks/highlight.html"
        preview_value = {"text": _("Every inhabitant of the region may ask for advice.")}


class ImageTextBlock(blocks.StructBlock):
    """An image beside a text, the image at the start or at the end of the line."""

    title = blocks.CharBlock(label=_("Title"), required=False, max_length=120)
    text = blocks.RichTextBlock(label=_("Text"), features=SHORT_RICH_TEXT_FEATURES)
    image = ImageBlock(label=_("Image"))
    image_position = blocks.ChoiceBlock(
        label=_("Image position"),
        choices=[("start", _("Before the text (left)")), ("end", _("After the text (right)"))],
        default="start",
        help_text=_("In right-to-left languages the sides are swapped."),
    )
    heading_level = HeadingLevelBlock()

    class Meta:
        icon = "doc-full-inverse"
        label = _("Image and text")
        description = _("An image beside a text, on the left or on the right.")
        template = "cms_blocks/blocks/image_text.html"
        value_class = TitledValue
        form_layout = blocks.BlockGroup(
            children=["title", "text", "image"], settings=["image_position", "heading_level"]
        )
        preview_value = staticmethod(previews.image_text)


class SeparatorBlock(blocks.StaticBlock):
    """A horizontal rule between two parts of a page."""

    class Meta:
        icon = "horizontalrule"
        label = _("Separator")
        description = _("A line between two parts of the page.")
        template = "cms_blocks/blocks/separator.html"
        admin_text = _("A line between two parts of the page.")


class AnchorBlock(blocks.StructBlock):
    """A named place in the page that links can lead to (``#anchor``)."""

    # A RegexBlock, as HeadingBlock's anchor: not offered for translation, so that links
    # to it work in every language.
    anchor = blocks.RegexBlock(
        label=_("Anchor"),
        regex=ANCHOR_PATTERN,
        max_length=64,
        error_messages={
            "invalid": _(
                "Use only letters, digits, hyphens and underscores in an anchor, with no spaces."
            )
        },
        help_text=_(
            "Links to this place end with #anchor. Letters, digits, hyphens and "
            "underscores only; unique in the page."
        ),
    )

    class Meta:
        icon = "link-external"
        label = _("Anchor")
        description = _("A place in the page that links can lead to with #anchor.")
        template = "cms_blocks/blocks/anchor.html"
        preview_value = {"anchor": "contact"}
