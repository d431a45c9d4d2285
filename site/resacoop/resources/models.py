"""The resource centre: guides, studies, toolkits, training material, videos and experience
sheets, listed with faceted filters and published as open data (CSV and JSON).

``ResourceIndexPage`` (one per language, under the home page) lists its children, the
``ResourcePage``s. Their kind, year, countries, languages and files are the same in every
language (synchronised); titles, summaries, bodies and the names of their authors are
translated.
"""

import csv
import io
import json

from django.core.exceptions import ValidationError
from django.db import models
from django.http import HttpResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
)
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from cms_blocks.content_version import watched
from cms_blocks.prefetch import localize_pages
from cms_blocks.view_restrictions import CachedViewRestrictionsMixin
from resacoop.core.fields import BodyField
from resacoop.core.pages import SectionIndexPage

from .fields import LanguagesField, language_name

#: The oldest year a resource may have: the network's field is post-war cooperation.
FIRST_YEAR = 1945


def latest_year():
    """Resources announced for next year are allowed (a guide in print)."""
    return timezone.localdate().year + 1


def validate_year(year):
    if year is not None and not FIRST_YEAR <= year <= latest_year():
        raise ValidationError(
            _("The year must be between %(first)s and %(last)s."),
            code="year_out_of_bounds",
            params={"first": FIRST_YEAR, "last": latest_year()},
        )


class ResourceKind(models.TextChoices):
    GUIDE = "guide", _("Guide")
    STUDY = "study", _("Study")
    TOOLKIT = "toolkit", _("Toolkit")
    TRAINING = "training", _("Training material")
    VIDEO = "video", _("Video")
    EXPERIENCE = "experience", _("Experience sheet")


@watched
class ResourcePageTag(TaggedItemBase):
    content_object = ParentalKey(
        "resources.ResourcePage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class ResourceIndexPage(RoutablePageMixin, SectionIndexPage):
    """The resource centre of one language: its resources with faceted filters, and the
    catalogue as open data at ``data/csv/`` and ``data/json/``."""

    subpage_types = ["resources.ResourcePage"]
    template = "resources/resource_index_page.html"

    class Meta:
        verbose_name = _("resource centre")
        verbose_name_plural = _("resource centres")

    def resource_pages(self):
        """The resources the index lists and publishes, newest first."""
        return (
            ResourcePage.objects.child_of(self)
            .live()
            # Children of a page being shown: only their own restrictions can hide them.
            .filter(view_restrictions__isnull=True)
            .order_by("-year", "title", "pk")
        )

    @path("")
    def listing(self, request):
        from .listing import ResourceListing

        listing = ResourceListing(self, request.GET)
        return self.render(
            request,
            context_overrides={"listing": listing, "noindex": listing.is_filtered},
        )

    @path("data/csv/", name="csv")
    def csv_view(self, request):
        from .public_fields import csv_rows
        from .records import records_of

        output = io.StringIO()
        csv.writer(output).writerows(csv_rows(records_of(self, request)["resources"]))
        return _download(output.getvalue(), "text/csv", f"{self.slug}.csv")

    @path("data/json/", name="json")
    def json_view(self, request):
        from .public_fields import to_json
        from .records import records_of

        content = json.dumps(to_json(records_of(self, request)), ensure_ascii=False, indent=1)
        return _download(content, "application/json", f"{self.slug}.json")


def _download(content, content_type, filename):
    response = HttpResponse(content, content_type=f"{content_type}; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Access-Control-Allow-Origin"] = "*"
    return response


class ResourcePage(CachedViewRestrictionsMixin, Page):
    """One resource: a document to download or a link to follow, described for searching."""

    Kind = ResourceKind

    kind = models.CharField(_("kind"), max_length=20, choices=ResourceKind.choices)
    year = models.PositiveSmallIntegerField(
        _("year"),
        validators=[validate_year],
        help_text=_("The year the resource was published or made."),
    )
    countries = CountryField(
        _("countries concerned"),
        multiple=True,
        blank=True,
        help_text=_("The partner countries the resource is about, if any."),
    )
    languages = LanguagesField(
        _("languages of the resource"),
        blank=True,
        help_text=_("The languages the document or the video itself is in."),
    )
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("document"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    external_url = models.URLField(
        _("link"),
        max_length=500,
        blank=True,
        help_text=_("Where the resource is found on another site (a video, a publisher)."),
    )
    summary = models.TextField(
        _("summary"),
        max_length=400,
        help_text=_("Two or three sentences shown in the list of resources and in open data."),
    )
    body = BodyField("resacoop.pages.blocks.SiteBodyBlock", blank=True, verbose_name=_("body"))
    tags = ClusterTaggableManager(through=ResourcePageTag, blank=True, verbose_name=_("themes"))

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("kind"), FieldPanel("year")]),
                FieldPanel("summary"),
                FieldPanel("tags"),
            ],
            heading=_("Description"),
        ),
        MultiFieldPanel(
            [FieldPanel("document"), FieldPanel("external_url")],
            heading=_("Where to find it"),
            help_text=_("A document, a link, or both."),
        ),
        MultiFieldPanel(
            [FieldPanel("countries"), FieldPanel("languages")],
            heading=_("Countries and languages"),
        ),
        InlinePanel(
            "authors",
            heading=_("Authors"),
            label=_("Author"),
            help_text=_(
                "The organisations that made it; for an experience sheet, the "
                "regional actors of the experience."
            ),
        ),
        FieldPanel("body"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("body"),
        index.RelatedFields("authors", [index.SearchField("name")]),
        index.FilterField("kind"),
        index.FilterField("year"),
    ]

    # The same in every language: what it is, when, where and in which languages, and its
    # file. A translation may point to another link (a video subtitled in its language).
    override_translatable_fields = [
        SynchronizedField("kind", overridable=False),
        SynchronizedField("year", overridable=False),
        SynchronizedField("countries", overridable=False),
        SynchronizedField("languages", overridable=False),
        SynchronizedField("document"),
        SynchronizedField("external_url"),
    ]

    parent_page_types = ["resources.ResourceIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("resource")
        verbose_name_plural = _("resources")

    @property
    def card_summary(self):
        return self.summary

    @property
    def is_experience(self):
        return self.kind == ResourceKind.EXPERIENCE

    @property
    def language_names(self):
        return [language_name(code) for code in self.languages]

    def clean(self):
        super().clean()
        errors = {}
        if not self.document_id and not self.external_url:
            errors["document"] = _("Choose the resource's document or give a link to it.")
        if errors:
            raise ValidationError(errors)

    def present_authors(self):
        """``[(name, page or None)]``: member pages in the visitor's language, else names."""
        authors = list(self.authors.all().select_related("member"))
        members = localize_pages([a.member for a in authors if a.member_id])
        result = []
        for author in authors:
            if author.member_id:
                page = members.get(author.member_id)
                if page is not None:
                    result.append((page.title, page))
            elif author.name:
                result.append((author.name, None))
        return result

    def get_context(self, request, *args, **kwargs):
        from .structured_data import resource_json_ld

        context = super().get_context(request, *args, **kwargs)
        context["authors"] = authors = self.present_authors()
        context["json_ld"] = resource_json_ld(self, request, authors)
        return context


@watched
class ResourceAuthor(TranslatableMixin, Orderable):
    """An organisation that made a resource: a member of the network (its page), or a name.

    Translatable: a name ("a municipality of the Drôme") is translated with the page.
    """

    page = ParentalKey(ResourcePage, on_delete=models.CASCADE, related_name="authors")
    member = models.ForeignKey(
        "members.MemberPage",
        verbose_name=_("member"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    name = models.CharField(
        _("name"),
        max_length=200,
        blank=True,
        help_text=_("For an organisation that is not a member of the network."),
    )

    panels = [FieldPanel("member"), FieldPanel("name")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("author")
        verbose_name_plural = _("authors")
        ordering = ["sort_order"]

    def __str__(self):
        return self.name or (self.member.title if self.member_id else "")

    def clean(self):
        super().clean()
        if self.member_id and self.name.strip():
            raise ValidationError({"name": _("Choose a member or type a name, not both.")})
        if not self.member_id and not self.name.strip():
            raise ValidationError({"name": _("Choose a member or type a name.")})
