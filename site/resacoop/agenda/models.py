"""The network's agenda: events, listed by the agenda page of each language.

Events are children of the agenda (the network's own) or of a relay organisation's page (the
events a relay proposes, through its moderation workflow): the agenda lists the live events
of its language wherever they are in the tree.
"""

import bisect
from urllib.parse import urljoin

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.http import HttpResponse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django_countries.fields import CountryField
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    MultiFieldPanel,
    PageChooserPanel,
)
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Page, PageManager
from wagtail.query import PageQuerySet
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from cms_blocks.content_version import cached_until_changed, watched
from cms_blocks.languages import active_language
from cms_blocks.prefetch import localize_pages
from cms_blocks.view_restrictions import CachedViewRestrictionsMixin
from network_map.departements import all_departements, unproject_box
from network_map.models import Audience
from resacoop.core.fields import BodyField
from resacoop.core.freshness import limit_caching, seconds_until
from resacoop.core.pages import SectionIndexPage, Subpage
from resacoop.core.panels import ForgivingPageChooserPanel
from resacoop.members.validators import validate_departement

from . import when

#: Degrees added around a département's drawn outline before a point is said to be outside:
#: the outlines are simplified and their projection is a few kilometres off (see
#: ``network_map.departements.project``).
OUTLINE_MARGIN = 0.05
#: The pages an event's registration can point to: forms of the site (resacoop.forms).
REGISTRATION_PAGE_TYPE = "forms.FormPage"


class EventStatus(models.TextChoices):
    SCHEDULED = "scheduled", _("Scheduled")
    CANCELLED = "cancelled", _("Cancelled")
    POSTPONED = "postponed", _("Postponed")
    MOVED_ONLINE = "moved_online", _("Moved online")


class Admission(models.TextChoices):
    FREE = "free", _("Free")
    PAID = "paid", _("Paid")


@watched
class EventPageTag(TaggedItemBase):
    content_object = ParentalKey(
        "agenda.EventPage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class EventQuerySet(PageQuerySet):
    def listed(self):
        """Live events open to everyone: neither they nor a page above them is private
        (Wagtail's ``public()``, one query for the site's restrictions)."""
        return self.live().public()

    def in_language(self, locale_id):
        return self.filter(locale_id=locale_id)

    def upcoming(self, now=None):
        """Events not over yet, the soonest first: one in progress is still to come."""
        now = now or timezone.now()
        return self.filter(ends_at__gt=now).order_by("starts_at", "ends_at", "pk")

    def past(self, now=None):
        now = now or timezone.now()
        return self.filter(ends_at__lte=now).order_by("-starts_at", "-ends_at", "-pk")

    def for_listing(self):
        return self.select_related("image")


class AgendaIndexPage(RoutablePageMixin, SectionIndexPage):
    """The agenda of the network in one language: coming events, and the archive.

    ``?departement=69&month=2027-03&tag=<slug>&audience=<slug>&page=2`` filter and page
    through it (see ``resacoop.agenda.listing``); ``archive/`` lists past events,
    ``agenda.ics`` is the iCalendar feed of the coming events.
    """

    subpage_types = ["agenda.EventPage"]

    class Meta:
        verbose_name = _("agenda")
        verbose_name_plural = _("agendas")

    def events(self):
        """The live public events of this agenda's language, anywhere in the site."""
        return EventPage.objects.listed().in_language(self.locale_id)

    @path("")
    def upcoming_view(self, request):
        return self._listing(request, past=False)

    @path("archive/", name="archive")
    def archive_view(self, request):
        return self._listing(request, past=True)

    def _listing(self, request, *, past):
        from .listing import Listing

        listing = Listing(self, request.GET, past=past)
        context = {"listing": listing, "noindex": listing.is_filtered}
        if past:
            context["subpage"] = Subpage.in_every_language("archive/")
            context["page_title"] = _("Past events")
        response = self.render(request, context_overrides=context)
        if not past:
            limit_caching(response, listing.seconds_fresh)
        return response

    @path("ical/", name="feed")
    def feed_view(self, request):
        from .calendar import agenda_feed

        now = timezone.now()
        response = _ics_response(agenda_feed(self, request, now), f"{self.slug}.ics")
        return limit_caching(
            response, seconds_until(next_boundary(self.locale.language_code, now), now)
        )


class EventPage(CachedViewRestrictionsMixin, RoutablePageMixin, Page):
    """One event of the network or of a relay organisation."""

    start_date = models.DateField(_("first day"))
    start_time = models.TimeField(
        _("start time"), null=True, blank=True, help_text=_("Leave empty for whole days.")
    )
    end_date = models.DateField(
        _("last day"), null=True, blank=True, help_text=_("Leave empty if it lasts one day.")
    )
    end_time = models.TimeField(_("end time"), null=True, blank=True)
    # The two moments listings sort and filter on, from the fields above (see ``when``).
    starts_at = models.DateTimeField(editable=False, db_index=True, null=True)
    ends_at = models.DateTimeField(editable=False, db_index=True, null=True)

    status = models.CharField(
        _("status"), max_length=20, choices=EventStatus.choices, default=EventStatus.SCHEDULED
    )

    venue = models.CharField(
        _("venue"),
        max_length=200,
        blank=True,
        help_text=_("For example “Maison des associations”."),
    )
    address = models.TextField(_("address"), max_length=300, blank=True)
    postcode = models.CharField(_("postcode"), max_length=10, blank=True)
    town = models.CharField(_("town"), max_length=100, blank=True)
    departement = models.CharField(
        _("département"),
        max_length=3,
        blank=True,
        validators=[validate_departement],
        help_text=_("Its INSEE code, for example 63 for the Puy-de-Dôme."),
    )
    latitude = models.DecimalField(
        _("latitude"),
        max_digits=8,
        decimal_places=5,
        null=True,
        blank=True,
        validators=[MinValueValidator(-90), MaxValueValidator(90)],
        help_text=_("Optional, in decimal degrees, e.g. 45.76404 for Lyon."),
    )
    longitude = models.DecimalField(
        _("longitude"),
        max_digits=8,
        decimal_places=5,
        null=True,
        blank=True,
        validators=[MinValueValidator(-180), MaxValueValidator(180)],
        help_text=_("Optional, in decimal degrees, e.g. 4.83566 for Lyon."),
    )
    online_url = models.URLField(
        _("online link"), blank=True, help_text=_("Where to follow the event online.")
    )

    organiser_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("organiser's page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("A member or a relay organisation of the network."),
    )
    organiser_name = models.CharField(
        _("organiser"),
        max_length=200,
        blank=True,
        help_text=_("If the organiser has no page on this site."),
    )
    audiences = ParentalManyToManyField(
        Audience, verbose_name=_("audiences"), blank=True, related_name="+"
    )
    tags = ClusterTaggableManager(through=EventPageTag, blank=True, verbose_name=_("themes"))
    countries = CountryField(
        _("partner countries"),
        multiple=True,
        blank=True,
        help_text=_("The countries the event is about, where partners of the network work."),
    )

    registration_url = models.URLField(_("registration link"), blank=True)
    registration_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("registration form"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("A form page of this site where people register, instead of a link."),
    )
    registration_deadline = models.DateTimeField(_("registration deadline"), null=True, blank=True)
    admission = models.CharField(
        _("admission"), max_length=10, choices=Admission.choices, blank=True
    )
    price = models.CharField(
        _("price"), max_length=200, blank=True, help_text=_("For example “10 €, 5 € for students”.")
    )

    summary = models.TextField(
        _("summary"),
        max_length=300,
        blank=True,
        help_text=_("Two or three sentences shown in the agenda and on cards."),
    )
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    body = BodyField("resacoop.pages.blocks.SiteBodyBlock", blank=True, verbose_name=_("body"))

    objects = PageManager.from_queryset(EventQuerySet)()

    card_image_field = "image"

    content_panels = [
        *Page.content_panels,
        FieldPanel("status"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("start_date"), FieldPanel("start_time")]),
                FieldRowPanel([FieldPanel("end_date"), FieldPanel("end_time")]),
            ],
            heading=_("When"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("venue"),
                FieldPanel("address"),
                FieldRowPanel([FieldPanel("postcode"), FieldPanel("town")]),
                FieldPanel("departement"),
                FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
                FieldPanel("online_url"),
            ],
            heading=_("Where"),
        ),
        MultiFieldPanel(
            [
                PageChooserPanel(
                    "organiser_page", ["members.MemberPage", "network_map.RelayOrganisationPage"]
                ),
                FieldPanel("organiser_name"),
            ],
            heading=_("Organiser"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("registration_url"),
                ForgivingPageChooserPanel("registration_page", REGISTRATION_PAGE_TYPE),
                FieldPanel("registration_deadline"),
                FieldRowPanel([FieldPanel("admission"), FieldPanel("price")]),
            ],
            heading=_("Registration"),
        ),
        FieldPanel("summary"),
        FieldPanel("image"),
        FieldPanel("body"),
        FieldPanel("audiences"),
        FieldPanel("tags"),
        FieldPanel("countries"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("venue"),
        index.SearchField("town", boost=2),
        index.SearchField("organiser_name"),
        index.SearchField("body"),
        index.FilterField("starts_at"),
        index.FilterField("ends_at"),
        index.FilterField("departement"),
        index.FilterField("status"),
    ]

    # The same in every language: when and where, and how to join. Texts people read (the
    # venue, the address, the price) are translated.
    override_translatable_fields = [
        SynchronizedField(name, overridable=False)
        for name in (
            "start_date",
            "start_time",
            "end_date",
            "end_time",
            "status",
            "postcode",
            "departement",
            "latitude",
            "longitude",
            "online_url",
            "registration_url",
            "registration_page",
            "registration_deadline",
            "admission",
            "audiences",
            "countries",
        )
    ] + [SynchronizedField("town")]

    parent_page_types = ["agenda.AgendaIndexPage", "network_map.RelayOrganisationPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")

    # --- When

    def save(self, *args, **kwargs):
        if self.start_date:
            self.starts_at, self.ends_at = when.moments(
                self.start_date, self.start_time, self.end_date, self.end_time
            )
        super().save(*args, **kwargs)

    @property
    def all_day(self):
        return self.start_time is None

    @property
    def last_day(self):
        return self.end_date or self.start_date

    @property
    def when(self):
        """Its dates and times as people read them, in the active language."""
        return when.describe(self.start_date, self.start_time, self.end_date, self.end_time)

    def is_past(self, now=None):
        return self.ends_at is not None and self.ends_at <= (now or timezone.now())

    # --- Where

    @property
    def has_place(self):
        return bool(self.venue or self.address or self.town)

    @property
    def attendance_mode(self):
        """ "offline", "online" or "mixed"."""
        online = bool(self.online_url)
        if online and (self.status == EventStatus.MOVED_ONLINE or not self.has_place):
            return "online"
        return "mixed" if online else "offline"

    @property
    def departement_name(self):
        departement = all_departements().get(self.departement)
        return departement.name if departement else ""

    # --- Who

    @property
    def status_is_notable(self):
        return self.status != EventStatus.SCHEDULED

    def organiser(self):
        """``(name, page)``: the organiser's page in the visitor's language, else its name.

        An event proposed by a relay organisation (its parent) is the relay's own unless it
        names another organiser.
        """
        page = self.organiser_page
        if page is None and not self.organiser_name:
            parent = self.get_parent().specific
            if parent.__class__.__name__ == "RelayOrganisationPage":
                page = parent
        if page is not None:
            localized = localize_pages([page])[page.pk]
            if localized is not None:
                return localized.title, localized
        return self.organiser_name, None

    @property
    def card_summary(self):
        return self.summary

    # --- Admin checks

    def clean(self):
        super().clean()
        errors = {}
        if self.start_date:
            if self.end_date and self.end_date < self.start_date:
                errors["end_date"] = _("The event cannot end before its first day.")
            elif self.start_time is None and self.end_time is not None:
                errors["start_time"] = _(
                    "Give the start time too, or leave both times empty for whole days."
                )
            elif self.start_time is not None and self.end_time is None:
                errors["end_time"] = _(
                    "Give the end time too, or leave both times empty for whole days."
                )
            elif self.start_time is not None:
                starts, ends = when.moments(
                    self.start_date, self.start_time, self.end_date, self.end_time
                )
                if ends <= starts:
                    errors["end_time"] = _("The event must end after it starts.")
            if self.registration_deadline and not errors:
                starts, _ends = when.moments(
                    self.start_date, self.start_time, self.end_date, self.end_time
                )
                if self.registration_deadline > starts:
                    errors["registration_deadline"] = _(
                        "Registration must close before the event starts (%(start)s)."
                    ) % {"start": self.when}
        if self.registration_page is not None:
            if self.registration_url:
                errors["registration_page"] = _("Give a registration form or a link, not both.")
            elif self.registration_page.content_type.model_class()._meta.label != (
                REGISTRATION_PAGE_TYPE
            ):
                errors["registration_page"] = _("Choose a form page.")
        if self.status == EventStatus.MOVED_ONLINE and not self.online_url:
            errors["online_url"] = _("An event moved online needs the link to follow it.")
        if not (self.has_place or self.online_url) and self.status != EventStatus.CANCELLED:
            errors["town"] = _("Say where the event takes place, or give its online link.")
        if self.admission == Admission.PAID and not self.price:
            errors["price"] = _("Give the price of a paid event.")
        if (self.latitude is None) != (self.longitude is None):
            errors["longitude" if self.longitude is None else "latitude"] = _(
                "Give both the latitude and the longitude, or neither."
            )
        elif self.latitude is not None and self.departement and "departement" not in errors:
            message = self.outside_departement_message()
            if message:
                errors["latitude"] = message
        if errors:
            raise ValidationError(errors)

    def outside_departement_message(self):
        """A message if the coordinates lie outside the box around the département's outline.

        The box of the drawn outline, widened by ``OUTLINE_MARGIN``: a point in the box may
        still be just outside the département, but one outside it is surely a mistake.
        Overseas départements have no outline and are not checked.
        """
        departement = all_departements().get(self.departement)
        if departement is None or departement.bbox is None:
            return None
        south, west, north, east = unproject_box(departement.bbox)
        latitude, longitude = float(self.latitude), float(self.longitude)
        inside = (
            south - OUTLINE_MARGIN <= latitude <= north + OUTLINE_MARGIN
            and west - OUTLINE_MARGIN <= longitude <= east + OUTLINE_MARGIN
        )
        if inside:
            return None
        return _(
            "These coordinates (%(latitude)s, %(longitude)s) are outside the département "
            "%(name)s (%(code)s): check them, or the département."
        ) % {
            "latitude": self.latitude,
            "longitude": self.longitude,
            "name": departement.name,
            "code": departement.code,
        }

    # --- Outputs

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        name, page = self.organiser()
        context["organiser_name"], context["organiser_page"] = name, page
        context["audiences"] = [
            audience.name
            for audience in Audience.in_locale(list(self.audiences.all()), active_language())
        ]
        context["json_ld"] = self.json_ld(request, organiser=(name, page))
        context["is_past"] = self.is_past()
        context["registration_address"] = self.registration_address(request)
        return context

    def registration_address(self, request=None, *, full=False):
        """Where people register: the form page chosen, in the visitor's language where it
        has a live translation, else the link; "" when there is neither."""
        if self.registration_page_id:
            form = self.registration_page.localized
            if form.live:
                return form.get_full_url(request) if full else form.get_url(request)
        return self.registration_url

    @path("")
    def event_view(self, request):
        return self.render(request)

    @path("ical/", name="ics")
    def ics_view(self, request):
        from .calendar import event_calendar

        return _ics_response(event_calendar(self, request), f"{self.slug}.ics")

    @cached_property
    def ics_url(self):
        return self.url + self.reverse_subpage("ics") if self.url else None

    def json_ld(self, request=None, organiser=None):
        from .structured_data import event_json_ld

        return event_json_ld(self, request, organiser or self.organiser())

    def absolute_url(self, request=None):
        """The page's address on its site's root URL (never the request's Host header)."""
        parts = self.get_url_parts(request)
        if parts is None:  # not under any site
            return None
        _site_id, root_url, page_path = parts
        return urljoin(root_url, page_path)


def _ics_response(content, filename):
    response = HttpResponse(content, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    return response


def next_boundary(language, now=None):
    """When the soonest coming event of a language (its code) ends (ISO 8601), or "none".

    What lists coming events is cached under this moment as well as the content version: once
    an event is over, the key changes and the list is made again without it, in every process
    at once. The ends are cached until the content changes: an event's end moves only when its
    page is published, and the ends still to come when they were read include every end still
    to come later.
    """
    now = now or timezone.now()

    def ends_to_come():
        return sorted(
            EventPage.objects.listed()
            .filter(locale__language_code=language, ends_at__gt=now)
            .values_list("ends_at", flat=True)
        )

    ends = cached_until_changed(f"agenda:ends:{language}", ends_to_come)
    index = bisect.bisect_right(ends, now)
    return ends[index].isoformat() if index < len(ends) else "none"
