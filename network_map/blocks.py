from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from cms_blocks.blocks.choosers import PageChooserBlock
from cms_blocks.prefetch import localized_page

from . import departements as data
from .dataset import by_departement, relays_of


class RelayMapBlock(blocks.StructBlock):
    """A small map of a region's relays, inside any page, leading to the full map."""

    title = blocks.CharBlock(label=_("Title"), required=False, max_length=120)
    map_page = PageChooserBlock(label=_("Map"), page_type="network_map.NetworkMapPage")

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        map_page = localized_page(context, value["map_page"])
        context["map_page"] = map_page
        if map_page is not None:
            request = context.get("request")
            relays = relays_of(map_page.specific, request)["relays"]
            context["region"] = by_departement(map_page.specific, relays)
            context["view_box"] = data.view_box(map_page.specific.region_departements())
            context["region_name"] = data.regions().get(map_page.specific.region, "")
        return context

    class Meta:
        icon = "site"
        label = _("Map of relays")
        description = _("A small map of the relay organisations, leading to the full map.")
        template = "network_map/blocks/relay_map.html"
        # Kept rendered (cms_blocks.rendering): the same for everyone until the content
        # changes.
        cache_rendering = True
