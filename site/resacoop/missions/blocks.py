from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from cms_blocks.blocks.choosers import PageChooserBlock
from cms_blocks.languages import active_language
from cms_blocks.prefetch import localized_page

from .models import MissionIndexPage


class MissionCardsBlock(blocks.StructBlock):
    """The missions of the network as numbered cards, inside any page."""

    title = blocks.CharBlock(label=_("Title"), required=False, max_length=120)
    index = PageChooserBlock(
        label=_("Missions"),
        page_type="missions.MissionIndexPage",
        required=False,
        help_text=_("Optional: the missions page of this language is used by default."),
    )

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        index = localized_page(context, value["index"]) if value["index"] else None
        if index is None:
            index = (
                MissionIndexPage.objects.live()
                .filter(locale__language_code=active_language())
                .first()
            )
        context["missions"] = index.missions() if index else []
        return context

    class Meta:
        icon = "list-ol"
        label = _("Missions")
        description = _("The missions of the network as numbered cards.")
        template = "missions/blocks/mission_cards.html"
        preview_value = {"title": _("Our missions"), "index": None}
