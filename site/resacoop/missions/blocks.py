from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from cms_blocks.blocks.choosers import PageChooserBlock
from cms_blocks.content_version import cached_until_changed
from cms_blocks.languages import active_language
from cms_blocks.prefetch import PreparedContextMixin, localized_page

from .models import MissionIndexPage


def mission_index(language):
    """The missions page of ``language``, or None; from the cache while the content is the same."""

    def find():
        index = MissionIndexPage.objects.live().filter(locale__language_code=language).first()
        # "" rather than None: the cache keeps it (None is "not cached").
        return index or ""

    return cached_until_changed(f"missions:index:{language}", find) or None


class MissionCardsBlock(PreparedContextMixin, blocks.StructBlock):
    """The missions of the network as numbered cards, inside any page."""

    title = blocks.CharBlock(label=_("Title"), required=False, max_length=120)
    index = PageChooserBlock(
        label=_("Missions"),
        page_type="missions.MissionIndexPage",
        required=False,
        help_text=_("Optional: the missions page of this language is used by default."),
    )

    def prepare_context(self, value, context):
        index = localized_page(context, value["index"]) if value["index"] else None
        if index is None:
            index = mission_index(active_language())
        return {"missions": index.missions() if index else []}

    class Meta:
        icon = "list-ol"
        label = _("Missions")
        description = _("The missions of the network as numbered cards.")
        template = "missions/blocks/mission_cards.html"
        # Kept rendered (cms_blocks.rendering): the same for everyone until the content
        # changes.
        cache_rendering = True
        preview_value = {"title": _("Our missions"), "index": None}
