"""The agenda's block: coming events, on the home page or any page of the site."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from network_map.departements import all_departements


def departement_choices():
    return [(d.code, f"{d.code} {d.name}") for d in all_departements().values()]


class UpcomingEventsBlock(blocks.StructBlock):
    """The next events of the agenda, in the visitor's language."""

    title = blocks.CharBlock(label=_("Title"), required=False, max_length=120)
    number = blocks.IntegerBlock(label=_("Number of events"), default=3, min_value=1, max_value=12)
    departement = blocks.ChoiceBlock(
        choices=departement_choices,
        required=False,
        label=_("Département"),
        help_text=_("Only the events of this département; all of them if empty."),
    )

    def get_context(self, value, parent_context=None):
        # Imported here: the site's body stream (which holds this block) is a field of the
        # agenda's own pages.
        from .upcoming import upcoming_events

        context = super().get_context(value, parent_context=parent_context)
        codes = [value["departement"]] if value["departement"] else None
        found = upcoming_events(departements=codes, limit=value["number"])
        context.update(
            events=found["events"],
            agenda=found["agenda"],
            more_query=f"departement={value['departement']}" if value["departement"] else "",
            title=value["title"],
            # Unique on a page unless the same block is placed twice.
            section_id=f"upcoming-events-{value['departement'] or 'all'}-{value['number']}",
        )
        return context

    class Meta:
        icon = "date"
        label = _("Coming events")
        description = _("The next events of the agenda, the soonest first.")
        template = "agenda/blocks/upcoming_events.html"
        # Never kept rendered (cms_blocks.rendering): true only until the soonest event ends.
        cache_rendering = False
        preview_value = {"title": "", "number": 3, "departement": ""}
