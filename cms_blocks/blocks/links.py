from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError

from .choosers import PageChooserBlock

__all__ = ["LinkBlock", "OptionalLinkBlock", "CallToActionBlock", "ButtonBlock", "ButtonRowBlock"]


class LinkBlock(blocks.StructBlock):
    """A link to a page of the site *or* to an external address, never both.

    The page is followed into the visitor's language when it is rendered; its title is the
    default label.
    """

    page = PageChooserBlock(
        label=_("Page of the site"),
        required=False,
        help_text=_("Choose a page here, or give an external address below, not both."),
    )
    url = blocks.URLBlock(
        label=_("External address"),
        required=False,
        help_text=_("A full address starting with https://"),
    )
    label = blocks.CharBlock(
        label=_("Link text"),
        required=False,
        max_length=80,
        help_text=_(
            "What the visitor reads and clicks. Optional for a page (its title is used); "
            "required for an external address."
        ),
    )

    def clean(self, value):
        value = super().clean(value)
        errors = {}
        if value["page"] and value["url"]:
            message = _("Choose either a page or an external address, not both.")
            errors = {"page": ValidationError(message), "url": ValidationError(message)}
        elif not value["page"] and not value["url"]:
            message = _("Choose a page or give an external address.")
            errors = {"page": ValidationError(message), "url": ValidationError(message)}
        elif value["url"] and not value["label"]:
            errors = {"label": ValidationError(_("Give a link text for an external address."))}
        if errors:
            raise StructBlockValidationError(block_errors=errors)
        return value

    class Meta:
        icon = "link"
        label = _("Link")
        description = _("A link to a page of the site or to another site.")
        template = "cms_blocks/blocks/link.html"
        preview_value = {"url": "https://example.org/", "label": _("Read more")}


class OptionalLinkBlock(LinkBlock):
    """A :class:`LinkBlock` that may be left empty: no page, no address, no text."""

    def clean(self, value):
        if not (value.get("page") or value.get("url") or value.get("label")):
            return blocks.StructBlock.clean(self, value)
        return super().clean(value)

    class Meta:
        required = False


class CallToActionBlock(blocks.StructBlock):
    """A short invitation with one prominent link, e.g. "Join the network"."""

    title = blocks.CharBlock(label=_("Title"), max_length=120)
    text = blocks.TextBlock(label=_("Text"), required=False, max_length=400)
    link = LinkBlock(label=_("Link"))
    style = blocks.ChoiceBlock(
        label=_("Style"),
        choices=[("highlight", _("Highlighted")), ("plain", _("Plain"))],
        default="highlight",
    )

    class Meta:
        icon = "pick"
        label = _("Call to action")
        description = _("A title, a sentence and one link that stands out.")
        template = "cms_blocks/blocks/call_to_action.html"
        form_layout = blocks.BlockGroup(children=["title", "text", "link"], settings=["style"])
        preview_value = {
            "title": _("Take part in the network"),
            "text": _("Local authorities, associations and schools of the region are welcome."),
            "link": {"url": "https://example.org/", "label": _("Contact us")},
            "style": "highlight",
        }


class ButtonBlock(LinkBlock):
    style = blocks.ChoiceBlock(
        label=_("Style"),
        choices=[("primary", _("Primary")), ("secondary", _("Secondary"))],
        default="primary",
    )

    class Meta:
        icon = "link"
        label = _("Button")
        form_layout = blocks.BlockGroup(children=["page", "url", "label"], settings=["style"])


class ButtonRowBlock(blocks.StructBlock):
    """One to four links shown as buttons side by side."""

    buttons = blocks.ListBlock(ButtonBlock(), label=_("Buttons"), min_num=1, max_num=4)
    alignment = blocks.ChoiceBlock(
        label=_("Alignment"),
        choices=[("start", _("Start of the line")), ("center", _("Centred"))],
        default="start",
    )

    class Meta:
        icon = "list-ul"
        label = _("Buttons")
        description = _("Up to four links shown as buttons.")
        template = "cms_blocks/blocks/button_row.html"
        form_layout = blocks.BlockGroup(children=["buttons"], settings=["alignment"])
        preview_value = {
            "buttons": [
                {"url": "https://example.org/", "label": _("Our missions"), "style": "primary"},
                {"url": "https://example.org/", "label": _("Our members"), "style": "secondary"},
            ],
            "alignment": "start",
        }
