from urllib.parse import urljoin

from django.core.validators import MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from cms_blocks.content_version import watched
from cms_blocks.prefetch import localize_pages
from cms_blocks.taxonomy import TaxonomyTerm
from cms_blocks.view_restrictions import CachedViewRestrictionsMixin
from network_map.departements import all_departements
from resacoop.core.fields import BodyField
from resacoop.core.pages import SectionIndexPage
from resacoop.core.sorting import sort_key

from .directory import Directory
from .forms import MemberPageForm
from .validators import validate_departement, validate_not_in_future


@watched
class MemberCategory(TaxonomyTerm):
    """A kind of member organisation ("Universities", "Cities"...), translatable.

    Each network defines its own list in the admin; ``setup_site`` ships the categories of
    the reference network.
    """

    sort_order = models.PositiveSmallIntegerField(
        _("position"), default=0, help_text=_("Categories are listed from the smallest number.")
    )

    name_taken_message = _("Another category already has this name.")

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("member category")
        verbose_name_plural = _("member categories")
        # Named before the taxonomies shared a base; renaming it would take a migration.
        constraints = [
            models.UniqueConstraint(
                fields=["slug", "locale"], name="unique_category_slug_per_locale"
            )
        ]


@watched
class MemberPageTag(TaggedItemBase):
    content_object = ParentalKey(
        "members.MemberPage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class MemberIndexPage(SectionIndexPage):
    """The directory of member organisations; members are its children."""

    subpage_types = ["members.MemberPage"]

    class Meta:
        verbose_name = _("member directory")
        verbose_name_plural = _("member directories")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["directory"] = Directory(self, request.GET)
        return context

    def categories(self):
        return MemberCategory.objects.filter(locale_id=self.locale_id)

    def member_pages(self):
        """The members the directory lists, in its order."""
        return (
            MemberPage.objects.child_of(self)
            .live()
            # Children of a page being shown: only their own restrictions can hide them.
            .filter(view_restrictions__isnull=True)
            .select_related("logo", "category")
            .order_by("sort_name")
        )


class MemberPage(CachedViewRestrictionsMixin, Page):
    """The profile of one member organisation."""

    acronym = models.CharField(
        _("acronym"), max_length=30, blank=True, help_text=_("For example “HI” or “AVSF”.")
    )
    category = models.ForeignKey(
        MemberCategory,
        verbose_name=_("category"),
        on_delete=models.PROTECT,
        related_name="members",
    )
    founding_member = models.BooleanField(
        _("founding member"), default=False, help_text=_("One of the founders of the network.")
    )
    year_joined = models.PositiveSmallIntegerField(
        _("year joined"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1900), validate_not_in_future],
    )
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    website = models.URLField(_("website"), blank=True)
    town = models.CharField(
        _("town"),
        max_length=100,
        blank=True,
        help_text=_("Where the organisation is based, for example “Clermont-Ferrand”."),
    )
    departement = models.CharField(
        _("département"),
        max_length=3,
        blank=True,
        validators=[validate_departement],
        help_text=_("Its INSEE code, for example 63 for the Puy-de-Dôme."),
    )
    relay_page = models.ForeignKey(
        "network_map.RelayOrganisationPage",
        verbose_name=_("relay page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("If this member also relays the network in its département."),
    )
    summary = models.TextField(
        _("summary"),
        max_length=300,
        blank=True,
        help_text=_("Two or three sentences shown in the directory and on cards."),
    )
    countries = CountryField(
        _("partner countries"),
        multiple=True,
        blank=True,
        help_text=_("The countries where the organisation works with partners."),
    )
    body = BodyField("cms_blocks.blocks.BodyStreamBlock", blank=True, verbose_name=_("body"))
    tags = ClusterTaggableManager(through=MemberPageTag, blank=True, verbose_name=_("tags"))
    # The title as the directory sorts it (see ``sort_key``), stored so that the database
    # sorts the same way on SQLite and PostgreSQL.
    sort_name = models.CharField(max_length=255, editable=False, db_index=True, default="")

    # The picture of this page on cards (cms_blocks) and in the directory.
    card_image_field = "logo"

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("acronym"), FieldPanel("category")]),
                FieldRowPanel([FieldPanel("founding_member"), FieldPanel("year_joined")]),
                FieldPanel("logo"),
                FieldPanel("website"),
                FieldRowPanel([FieldPanel("town"), FieldPanel("departement")]),
                FieldPanel("relay_page"),
            ],
            heading=_("Organisation"),
        ),
        FieldPanel("summary"),
        FieldPanel("countries"),
        FieldPanel("body"),
        FieldPanel("tags"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("acronym", boost=2),
        index.SearchField("summary"),
        index.SearchField("body"),
        index.FilterField("category"),
    ]

    # The same in every language, like the website and the logo (which wagtail-localize
    # synchronises by itself, being a URL and an image): translators see them, never as
    # texts to translate. A town may still be given its own name in a language.
    override_translatable_fields = [
        SynchronizedField("town"),
        SynchronizedField("departement", overridable=False),
        SynchronizedField("countries", overridable=False),
    ]

    parent_page_types = ["members.MemberIndexPage"]
    subpage_types = []
    base_form_class = MemberPageForm

    class Meta:
        verbose_name = _("member")
        verbose_name_plural = _("members")

    @property
    def card_summary(self):
        return self.summary

    @property
    def departement_name(self):
        """The name of the member's département ("Puy-de-Dôme"), or "" if it has none."""
        departement = all_departements().get(self.departement)
        return departement.name if departement else ""

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["json_ld"] = self.json_ld(request)
        if self.relay_page_id:
            context["relay_page"] = localize_pages([self.relay_page])[self.relay_page_id]
        return context

    def save(self, *args, **kwargs):
        self.sort_name = sort_key(self.title)
        super().save(*args, **kwargs)

    def json_ld(self, request=None):
        """The organisation as schema.org data."""
        _site_id, root_url, path = self.get_url_parts(request)
        data = {
            "@context": "https://schema.org",
            "@type": "Organization",
            "name": self.title,
            "url": root_url + path,
        }
        if self.acronym:
            data["alternateName"] = self.acronym
        if self.summary:
            data["description"] = self.summary
        if self.website:
            data["sameAs"] = [self.website]
        if self.town or self.departement:
            address = {"@type": "PostalAddress", "addressCountry": "FR"}
            if self.town:
                address["addressLocality"] = self.town
            if self.departement_name:
                address["addressRegion"] = self.departement_name
            data["address"] = address
        if self.logo:
            # The site's address, like the page's own, never the request's Host header.
            data["logo"] = urljoin(root_url, self.logo.get_rendition("max-400x400").url)
        return data
