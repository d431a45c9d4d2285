"""Calls for projects that the network passes on: funders' offers of funding, each open until
its deadline.

One index per language, right under its home page, lists the open calls (the soonest deadline
first) and, at ``archive/``, the closed ones; ``rss/`` and ``atom/`` are feeds of the open
calls. A call is open until its deadline, read from the clock: nothing runs when it passes,
and caches keep a page that shows open calls no longer than until the soonest deadline (see
``deadlines``).

No schema.org JSON-LD: schema.org has no type for a call for proposals (``Grant`` and
``MonetaryGrant`` describe a grant awarded, with no deadline to apply), and none is
pretended.
"""

from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.formats import number_format
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Orderable, Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from cms_blocks.content_version import watched
from cms_blocks.view_restrictions import CachedViewRestrictionsMixin
from resacoop.core.fields import BodyField
from resacoop.core.freshness import limit_caching, seconds_until
from resacoop.core.pages import SectionIndexPage, Subpage

from . import deadlines
from .forms import CallPageForm, validate_time_zone


class Currency(models.TextChoices):
    EUR = "EUR", _("euros")
    USD = "USD", _("US dollars")
    XOF = "XOF", _("CFA francs (West Africa)")
    XAF = "XAF", _("CFA francs (Central Africa)")
    CHF = "CHF", _("Swiss francs")
    GBP = "GBP", _("pounds sterling")
    CAD = "CAD", _("Canadian dollars")


@watched
class CallPageTag(TaggedItemBase):
    content_object = ParentalKey(
        "calls.CallPage", on_delete=models.CASCADE, related_name="tagged_items"
    )


@watched
class CallPageDocument(Orderable):
    """A document of a call: its rules, the application form..."""

    page = ParentalKey("calls.CallPage", on_delete=models.CASCADE, related_name="documents")
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("document"),
        on_delete=models.CASCADE,
        related_name="+",
    )

    panels = [FieldPanel("document")]

    class Meta(Orderable.Meta):
        verbose_name = _("document")
        verbose_name_plural = _("documents")


class CallIndexPage(RoutablePageMixin, SectionIndexPage):
    """The calls for projects of one language: open calls, the archive of closed ones
    (``archive/``) and the feeds of open calls (``rss/``, ``atom/``)."""

    subpage_types = ["calls.CallPage"]
    template = "calls/call_index_page.html"

    class Meta:
        verbose_name = _("calls for projects index")
        verbose_name_plural = _("calls for projects indexes")

    def calls(self):
        """The live calls of this index."""
        return (
            CallPage.objects.child_of(self)
            .live()
            # Children of a page being shown: only their own restrictions can hide them.
            .filter(view_restrictions__isnull=True)
        )

    @path("")
    def open_view(self, request):
        return self._listing(request, closed=False)

    @path("archive/", name="archive")
    def archive_view(self, request):
        return self._listing(request, closed=True)

    def _listing(self, request, *, closed):
        from .listing import CallListing

        listing = CallListing(self, request.GET, closed=closed)
        context = {"listing": listing, "noindex": listing.is_later_page}
        if closed:
            context["subpage"] = Subpage.in_every_language("archive/")
            context["page_title"] = _("Closed calls for projects")
        response = self.render(request, context_overrides=context)
        return limit_caching(response, seconds_until(listing.fresh_until, listing.now))

    @path("rss/", name="rss")
    def rss_feed(self, request):
        return self._feed(request, "rss")

    @path("atom/", name="atom")
    def atom_feed(self, request):
        return self._feed(request, "atom")

    def _feed(self, request, kind):
        from .feeds import feed_response

        now = timezone.now()
        soonest = self.soonest_deadline(now)
        response = feed_response(self, request, kind, soonest, now)
        return limit_caching(response, seconds_until(soonest, now))

    def soonest_deadline(self, now):
        return (
            self.calls()
            .filter(deadline__gt=now)
            .order_by("deadline")
            .values_list("deadline", flat=True)
            .first()
        )


class CallPage(CachedViewRestrictionsMixin, Page):
    """One call for projects: who funds what, for whom, until when."""

    funder_name = models.CharField(
        _("funder"),
        max_length=200,
        help_text=_("Who offers the funding, for example “the Region”."),
    )
    funder_url = models.URLField(_("funder's website"), blank=True)
    deadline = models.DateTimeField(
        _("deadline"),
        db_index=True,
        help_text=_("The date and time applications close, in the time zone below."),
    )
    deadline_timezone = models.CharField(
        _("time zone of the deadline"),
        max_length=64,
        default=deadlines.DEFAULT_ZONE,
        validators=[validate_time_zone],
        help_text=_("The deadline is read, and shown to visitors, in this time zone."),
    )
    amount_min = models.DecimalField(
        _("minimum amount"),
        max_digits=14,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
    )
    amount_max = models.DecimalField(
        _("maximum amount"),
        max_digits=14,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
    )
    amount_total = models.DecimalField(
        _("total budget"),
        max_digits=14,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
        help_text=_("What the funder gives to all the projects together."),
    )
    currency = models.CharField(
        _("currency"), max_length=3, choices=Currency.choices, default=Currency.EUR
    )
    eligibility = models.TextField(
        _("who may apply"),
        max_length=1000,
        blank=True,
        help_text=_("For example “Associations of the region with a partner abroad”."),
    )
    countries = CountryField(
        verbose_name=_("countries"),
        multiple=True,
        blank=True,
        help_text=_("The countries where projects may take place, if the call names them."),
    )
    call_url = models.URLField(
        _("link to the call"), blank=True, help_text=_("The call on the funder's website.")
    )
    summary = models.TextField(
        _("summary"),
        max_length=300,
        help_text=_("Two or three sentences shown in the list of calls and in feeds."),
    )
    body = BodyField("resacoop.pages.blocks.SiteBodyBlock", blank=True, verbose_name=_("body"))
    tags = ClusterTaggableManager(through=CallPageTag, blank=True, verbose_name=_("themes"))

    base_form_class = CallPageForm

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("deadline"), FieldPanel("deadline_timezone")]),
            ],
            heading=_("Deadline"),
        ),
        MultiFieldPanel(
            [FieldPanel("funder_name"), FieldPanel("funder_url"), FieldPanel("call_url")],
            heading=_("Funder"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel(
                    [FieldPanel("amount_min"), FieldPanel("amount_max"), FieldPanel("currency")]
                ),
                FieldPanel("amount_total"),
            ],
            heading=_("Amounts"),
        ),
        FieldPanel("eligibility"),
        FieldPanel("countries"),
        FieldPanel("summary"),
        FieldPanel("body"),
        InlinePanel("documents", heading=_("Documents"), label=_("Document")),
        FieldPanel("tags"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("funder_name", boost=2),
        index.SearchField("eligibility"),
        index.SearchField("body"),
        index.FilterField("deadline"),
    ]

    # The same in every language: when, how much, where, and the links. Texts people read
    # (the funder's name, who may apply, the summary and body) are translated.
    override_translatable_fields = [
        *(
            SynchronizedField(name, overridable=False)
            for name in (
                "deadline",
                "deadline_timezone",
                "amount_min",
                "amount_max",
                "amount_total",
                "currency",
                "countries",
            )
        ),
        SynchronizedField("funder_url"),
        SynchronizedField("call_url"),
        SynchronizedField("documents"),
    ]

    parent_page_types = ["calls.CallIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("call for projects")
        verbose_name_plural = _("calls for projects")

    # --- The deadline

    def is_open(self, now=None):
        return self.deadline > (now or timezone.now())

    @property
    def deadline_local(self):
        """The deadline in its own time zone."""
        return deadlines.local(self.deadline, self.deadline_timezone)

    @property
    def deadline_text(self):
        return deadlines.describe(self.deadline, self.deadline_timezone)

    def countdown(self, now=None):
        return deadlines.countdown(self.deadline, self.deadline_timezone, now)

    # --- Amounts

    def _amount(self, value):
        if value is None:
            return ""
        places = 0 if value == value.to_integral_value() else 2
        return f"{number_format(value, places, force_grouping=True)} {self.currency}"

    @property
    def amounts(self):
        """``[(label, "15 000 EUR")]``: the amounts given, as people read them."""
        found = []
        if self.amount_min is not None and self.amount_min == self.amount_max:
            found.append((_("Amount per project"), self._amount(self.amount_min)))
        else:
            if self.amount_min is not None:
                found.append((_("Minimum per project"), self._amount(self.amount_min)))
            if self.amount_max is not None:
                found.append((_("Maximum per project"), self._amount(self.amount_max)))
        if self.amount_total is not None:
            found.append((_("Total budget"), self._amount(self.amount_total)))
        return found

    @property
    def card_summary(self):
        return self.summary

    # --- Admin checks

    def clean(self):
        super().clean()
        if (
            self.amount_min is not None
            and self.amount_max is not None
            and self.amount_min > self.amount_max
        ):
            raise ValidationError(
                {
                    "amount_max": _(
                        "The maximum amount cannot be less than the minimum (%(minimum)s)."
                    )
                    % {"minimum": self._amount(self.amount_min)}
                }
            )

    # --- Outputs

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        now = timezone.now()
        context["is_open"] = self.is_open(now)
        context["countdown"] = self.countdown(now)
        context["documents"] = [
            item.document for item in self.documents.all().select_related("document")
        ]
        return context

    def serve(self, request, *args, **kwargs):
        now = timezone.now()
        response = super().serve(request, *args, **kwargs)
        if self.is_open(now):
            changes = deadlines.countdown_changes_at(self.deadline, self.deadline_timezone, now)
            limit_caching(response, seconds_until(changes, now))
        return response
