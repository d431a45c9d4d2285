from dataclasses import dataclass

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Page

from cms_blocks.view_restrictions import CachedViewRestrictionsMixin


class SectionIndexPage(CachedViewRestrictionsMixin, Page):
    """Base of the pages that present a section of the site: members, missions, tags.

    Each language tree has at most one of each kind, right under its home page.
    """

    introduction = models.TextField(_("introduction"), blank=True, max_length=500)

    content_panels = [*Page.content_panels, FieldPanel("introduction")]
    parent_page_types = ["pages.HomePage"]
    max_count_per_parent = 1

    class Meta:
        abstract = True


@dataclass(frozen=True)
class Subpage:
    """A view of a routable page other than the page itself: the page of one tag on the
    tag index. Its language links lead to the same view in each language."""

    #: The view's path under the page in each language, ``{"en": "culture/", ...}``.
    paths: dict
    #: The languages in which the view has content of its own: only these are translations
    #: (hreflang alternates); elsewhere the link still leads to the view, which says so.
    translated: frozenset

    @classmethod
    def in_every_language(cls, path):
        """A view at the same ``path`` under the page in every language, with content in
        each (an archive of past events or closed calls)."""
        codes = [code for code, _name in settings.LANGUAGES]
        return cls(paths=dict.fromkeys(codes, path), translated=frozenset(codes))
