"""A contact card: a page of the site that stands for someone (a member, a relay) or a
person typed in."""

import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.coreutils import resolve_model_string

from ..conf import get_setting
from ..prefetch import localized_page
from .choosers import PageChooserBlock
from .text import HeadingLevelBlock, TitledValue

__all__ = ["ContactCardBlock", "ContactPageChooserBlock", "contact_page_types"]

#: The fields read from a chosen page, in order of preference, for each line of the card.
#: Pages of other types simply lack them: the card then shows what the editor typed.
PAGE_FIELDS = {
    "email": ("email", "contact_email"),
    "phone": ("phone", "contact_phone"),
    "website": ("website", "url_website"),
    "address": ("address",),
    "town": ("city", "town"),
    "summary": ("summary", "search_description"),
}


def contact_page_types():
    """The page types a contact card may point at (``CMS_BLOCKS_CONTACT_PAGE_TYPES``, as
    ``"app_label.ModelName"`` strings); empty, the default, allows any page."""
    return list(get_setting("CONTACT_PAGE_TYPES"))


class ContactPageChooserBlock(PageChooserBlock):
    """A page chooser limited to the page types of ``CMS_BLOCKS_CONTACT_PAGE_TYPES``.

    The setting is read when the chooser is used, not when the block is defined, so a site
    names its own page types without this app importing them; migrations stay the same.
    """

    @property
    def target_models(self):
        return [resolve_model_string(name) for name in contact_page_types()]

    @property
    def target_model(self):
        models = self.target_models
        return models[0] if len(models) == 1 else super().target_model

    @property
    def widget(self):
        from wagtail.admin.widgets import AdminPageChooser

        return AdminPageChooser(target_models=self.target_models, can_choose_root=False)


def _first(page, names):
    for name in names:
        value = getattr(page, name, "")
        if isinstance(value, str) and value.strip():
            return value.strip()
    return ""


def phone_link(number):
    """``tel:`` address of a phone number as typed: "04 72 77 87 67" gives "tel:0472778767"."""
    digits = re.sub(r"[^\d+]", "", number or "")
    return f"tel:{digits}" if digits else ""


class ContactValue(TitledValue):
    def card(self, context):
        """The lines of the card: what the editor typed, else what the chosen page has."""
        page = localized_page(context, self.get("page"))
        found = {line: _first(page, names) for line, names in PAGE_FIELDS.items()}
        typed = {
            "name": self.get("name"),
            "role": self.get("role"),
            "organisation": self.get("organisation"),
            "email": self.get("email"),
            "phone": self.get("phone"),
            "address": self.get("address"),
        }
        card = {**found, **{line: value for line, value in typed.items() if value}}
        card.setdefault("name", "")
        if not card["name"] and page is not None:
            card["name"] = page.title
        card["page"] = page
        card["phone_link"] = phone_link(card.get("phone"))
        # Only web addresses become links (a page field could hold anything).
        if not card["website"].lower().startswith(("https://", "http://")):
            card["website"] = ""
        return card


class ContactCardBlock(blocks.StructBlock):
    """Who to contact: a member or relay page of the site, or a person typed in."""

    page = ContactPageChooserBlock(
        label=_("Page"),
        required=False,
        help_text=_(
            "Optional: a member's or a relay's page. Its name, e-mail, phone and address "
            "are shown unless you type others below."
        ),
    )
    name = blocks.CharBlock(label=_("Name"), required=False, max_length=120)
    role = blocks.CharBlock(label=_("Role"), required=False, max_length=160)
    organisation = blocks.CharBlock(label=_("Organisation"), required=False, max_length=160)
    email = blocks.EmailBlock(label=_("E-mail"), required=False)
    phone = blocks.RegexBlock(
        label=_("Phone"),
        required=False,
        max_length=30,
        regex=r"^\+?[\d .()-]{6,30}\Z",
        error_messages={
            "invalid": _("Write a phone number with digits, spaces, dots or hyphens only.")
        },
    )
    address = blocks.TextBlock(label=_("Address"), required=False, max_length=300)
    heading_level = HeadingLevelBlock()

    def clean(self, value):
        value = super().clean(value)
        if not value["page"] and not (value["name"] or "").strip():
            message = _("Choose a page or type the name of the person to contact.")
            raise StructBlockValidationError(
                block_errors={"page": ValidationError(message), "name": ValidationError(message)}
            )
        return value

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        context["card"] = value.card(context)
        return context

    class Meta:
        icon = "user"
        label = _("Contact card")
        description = _("Who to contact: a member, a relay organisation or a person.")
        template = "cms_blocks/blocks/contact_card.html"
        value_class = ContactValue
        form_layout = blocks.BlockGroup(
            children=["page", "name", "role", "organisation", "email", "phone", "address"],
            settings=["heading_level"],
        )
        preview_value = {
            "page": None,
            "name": "Camille Dupont",
            "role": _("Coordinator"),
            "organisation": _("The regional network"),
            "email": "contact@example.org",
            "phone": "+33 4 00 00 00 00",
            "address": "",
            "heading_level": "h2",
        }
