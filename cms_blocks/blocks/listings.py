from django.core.exceptions import ValidationError
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError

from .. import previews
from ..conf import get_setting
from ..prefetch import load_specific_pages, localized_page
from ..view_restrictions import restricted_paths
from .choosers import ImageChooserBlock, PageChooserBlock
from .text import HeadingLevelBlock, TitledValue

__all__ = ["CardsGridBlock", "PageListBlock", "PeopleBlock", "LogoWallBlock"]


class CardBlock(blocks.StructBlock):
    page = PageChooserBlock(label=_("Page"))
    image = ImageChooserBlock(
        label=_("Image"),
        required=False,
        help_text=_("Optional: replaces the page's own card image."),
    )
    summary = blocks.TextBlock(
        label=_("Summary"),
        required=False,
        max_length=300,
        help_text=_("Optional: replaces the page's own summary."),
    )

    class Meta:
        icon = "doc-empty"
        label = _("Card")


class CardsGridBlock(blocks.StructBlock):
    """Chosen pages shown as cards: image, title, summary.

    A page type may offer a default picture and summary for its cards with a ``card_image``
    image field and a ``card_summary`` attribute; otherwise the card shows the page's
    search description.
    """

    title = blocks.CharBlock(label=_("Title"), required=False, max_length=120)
    cards = blocks.ListBlock(CardBlock(), label=_("Cards"), min_num=1, max_num=12)
    columns = blocks.ChoiceBlock(
        label=_("Cards per row on a wide screen"),
        choices=[("2", "2"), ("3", "3"), ("4", "4")],
        default="3",
    )
    heading_level = HeadingLevelBlock()

    class Meta:
        icon = "grip"
        label = _("Cards")
        description = _("Chosen pages shown as cards with an image and a summary.")
        template = "cms_blocks/blocks/cards_grid.html"
        preview_value = staticmethod(previews.cards)
        value_class = TitledValue
        form_layout = blocks.BlockGroup(
            children=["title", "cards"], settings=["columns", "heading_level"]
        )


def public(pages):
    """Wagtail's ``pages.public()``, the private sections known from the cache (no query)."""
    private = Q()
    for path in restricted_paths():
        private |= Q(path__startswith=path)
    return pages.exclude(private) if private else pages


class PageListBlock(blocks.StructBlock):
    """The latest pages published under a chosen page, e.g. news."""

    title = blocks.CharBlock(label=_("Title"), required=False, max_length=120)
    parent = PageChooserBlock(
        label=_("Section"), help_text=_("The pages listed are the children of this page.")
    )
    count = blocks.IntegerBlock(
        label=_("Number of pages"),
        min_value=1,
        default=5,
        help_text=_("How many of the latest pages to show."),
    )
    show_summary = blocks.BooleanBlock(
        label=_("Show each page's summary"), required=False, default=True
    )
    heading_level = HeadingLevelBlock()

    def clean(self, value):
        value = super().clean(value)
        limit = get_setting("PAGE_LIST_MAX_ITEMS")
        # Empty in a draft: Wagtail checks required fields only when the page is published.
        if value["count"] is not None and value["count"] > limit:
            raise StructBlockValidationError(
                block_errors={
                    "count": ValidationError(_("Show at most %(limit)d pages.") % {"limit": limit})
                }
            )
        return value

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        parent = localized_page(context, value["parent"])
        if parent is None:
            context["pages"] = []
        else:
            count = min(value["count"] or 0, get_setting("PAGE_LIST_MAX_ITEMS"))
            latest = public(parent.get_children().live()).order_by("-first_published_at")
            pks = list(latest.values_list("pk", flat=True)[:count])
            # Of their specific types in one query, however many types the section holds.
            pages = load_specific_pages(pks)
            context["pages"] = [pages[pk] for pk in pks if pk in pages]
        return context

    class Meta:
        icon = "list-ul"
        label = _("Latest pages")
        description = _("The latest pages published in a section of the site.")
        template = "cms_blocks/blocks/page_list.html"
        preview_value = staticmethod(previews.page_list)
        value_class = TitledValue
        form_layout = blocks.BlockGroup(
            children=["title", "parent"], settings=["count", "show_summary", "heading_level"]
        )


class PersonBlock(blocks.StructBlock):
    name = blocks.CharBlock(label=_("Name"), max_length=120)
    role = blocks.CharBlock(label=_("Role"), required=False, max_length=160)
    photo = ImageChooserBlock(
        label=_("Photo"),
        required=False,
        help_text=_("Shown next to the name, which serves as its description."),
    )

    class Meta:
        icon = "user"
        label = _("Person")


class PeopleBlock(blocks.StructBlock):
    """People with their role and photo: a team, a board, contacts."""

    title = blocks.CharBlock(label=_("Title"), required=False, max_length=120)
    people = blocks.ListBlock(PersonBlock(), label=_("People"), min_num=1)
    heading_level = HeadingLevelBlock()

    class Meta:
        icon = "group"
        label = _("People")
        description = _("Names, roles and photos: a team, a board, contacts.")
        template = "cms_blocks/blocks/people.html"
        value_class = TitledValue
        preview_value = {
            "title": _("The team"),
            "people": [
                {"name": "Camille Dupont", "role": _("Coordinator")},
                {"name": "Sami Durand", "role": _("Training officer")},
            ],
        }


class PartnerBlock(blocks.StructBlock):
    name = blocks.CharBlock(
        label=_("Name"), max_length=160, help_text=_("Read out in place of the logo.")
    )
    logo = ImageChooserBlock(label=_("Logo"))
    url = blocks.URLBlock(label=_("Website"), required=False)

    class Meta:
        icon = "site"
        label = _("Partner")


class LogoWallBlock(blocks.StructBlock):
    """Partners' logos, each linking to its website."""

    title = blocks.CharBlock(label=_("Title"), required=False, max_length=120)
    partners = blocks.ListBlock(PartnerBlock(), label=_("Partners"), min_num=1)
    heading_level = HeadingLevelBlock()

    class Meta:
        icon = "site"
        label = _("Logos of partners")
        description = _("Logos of partners or funders, each linking to its website.")
        template = "cms_blocks/blocks/logo_wall.html"
        value_class = TitledValue
        preview_value = staticmethod(previews.logos)
