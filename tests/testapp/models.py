"""Page types of the test project: what a host of the pluggable apps would define."""

from django.db import models
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page

from cms_blocks.blocks import BodyStreamBlock
from network_map.blocks import RelayMapBlock


class TestBodyBlock(BodyStreamBlock):
    """The library's body stream plus the map block, as a host adds its own blocks."""

    relay_map = RelayMapBlock()


class HomePage(Page):
    introduction = models.TextField(blank=True)
    body = StreamField(TestBodyBlock(), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("introduction"), FieldPanel("body")]
    parent_page_types = ["wagtailcore.Page"]


class StandardPage(Page):
    introduction = models.TextField(blank=True)
    body = StreamField(TestBodyBlock(), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("introduction"), FieldPanel("body")]
    parent_page_types = ["testapp.HomePage", "testapp.StandardPage"]


class RelayEventPage(Page):
    """An event a relay organisation proposes under its own page, as a host's agenda would
    have: the test project names it in ``NETWORK_MAP_RELAY_SUBPAGE_TYPES``."""

    SCHEDULED, CANCELLED = "scheduled", "cancelled"

    start = models.DateField()
    status = models.CharField(
        max_length=20,
        choices=[(SCHEDULED, "Scheduled"), (CANCELLED, "Cancelled")],
        default=SCHEDULED,
    )
    summary = models.TextField(blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("start"),
        FieldPanel("status"),
        FieldPanel("summary"),
    ]
    parent_page_types = ["network_map.RelayOrganisationPage"]
    subpage_types = []
