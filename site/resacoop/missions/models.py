from django.core.validators import MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from cms_blocks.content_version import watched
from cms_blocks.prefetch import localize_pages, prefetch_renditions
from cms_blocks.view_restrictions import CachedViewRestrictionsMixin
from resacoop.core.fields import BodyField
from resacoop.core.pages import SectionIndexPage


@watched
class MissionPageTag(TaggedItemBase):
    content_object = ParentalKey(
        "missions.MissionPage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class MissionIndexPage(SectionIndexPage):
    """The network's missions, shown as numbered cards in their order."""

    subpage_types = ["missions.MissionPage"]

    class Meta:
        verbose_name = _("mission index")
        verbose_name_plural = _("mission indexes")

    def missions(self):
        """The live missions under this index, in order, with their icons' renditions."""
        missions = list(
            MissionPage.objects.child_of(self)
            .live()
            .filter(view_restrictions__isnull=True)
            .select_related("icon")
            .order_by("order", "path")
        )
        prefetch_renditions([mission.icon for mission in missions])
        return missions


class MissionPage(CachedViewRestrictionsMixin, Page):
    """One mission of the network."""

    order = models.PositiveSmallIntegerField(
        _("number"),
        validators=[MinValueValidator(1)],
        help_text=_("Missions are shown and numbered in this order: 1, 2, 3…"),
    )
    summary = models.TextField(
        _("summary"), max_length=300, help_text=_("One or two sentences shown on the cards.")
    )
    icon = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("icon or image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    body = BodyField("cms_blocks.blocks.BodyStreamBlock", blank=True, verbose_name=_("body"))
    related_members = StreamField(
        [("member", blocks.PageChooserBlock(page_type="members.MemberPage", label=_("Member")))],
        blank=True,
        verbose_name=_("members involved"),
    )
    related_pages = StreamField(
        [("page", blocks.PageChooserBlock(label=_("Page")))],
        blank=True,
        verbose_name=_("related pages"),
    )
    tags = ClusterTaggableManager(through=MissionPageTag, blank=True, verbose_name=_("tags"))

    card_image_field = "icon"

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [FieldPanel("order"), FieldPanel("summary"), FieldPanel("icon")],
            heading=_("On the cards"),
        ),
        FieldPanel("body"),
        FieldPanel("related_members"),
        FieldPanel("related_pages"),
        FieldPanel("tags"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("body"),
    ]

    parent_page_types = ["missions.MissionIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("mission")
        verbose_name_plural = _("missions")

    @property
    def card_summary(self):
        return self.summary

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        chosen = [block.value for block in [*self.related_members, *self.related_pages]]
        localized = localize_pages([page for page in chosen if page is not None])
        context["related_members"] = _present(self.related_members, localized)
        context["related_pages"] = _present(self.related_pages, localized)
        return context


def _present(stream, localized):
    """The live pages of a stream of page choosers, in the visitor's language."""
    pages = [localized.get(block.value.pk) for block in stream if block.value is not None]
    return [page for page in pages if page is not None]
