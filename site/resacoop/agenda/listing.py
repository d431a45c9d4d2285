"""The agenda's listing: coming or past events, filtered from the query string, paged.

``?departement=<INSEE code>``, ``?month=YYYY-MM``, ``?tag=<slug>`` and ``?audience=<slug>``
combine; ``?page=<n>`` pages through the result. A value that names nothing gives no event
and a message (which repeats the value only if it is a plain slug), never an error.

"Now" is read when the listing is made. Caches keep the response of coming events at most
until the soonest of them ends (``resacoop.core.freshness``).
"""

import datetime
import re
from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from taggit.models import Tag

from cms_blocks.filters import NOT_A_SLUG, SLUG, UNKNOWN, chosen
from cms_blocks.prefetch import prefetch_renditions
from network_map.departements import all_departements
from network_map.models import Audience
from resacoop.core.freshness import seconds_until
from resacoop.tags.models import labelled_tags

EVENTS_PER_PAGE = 20
MONTH = re.compile(r"^(\d{4})-(\d{2})$")


def month_bounds(year, month):
    """The first moment of a month and of the next, in the site's time zone."""
    zone = timezone.get_default_timezone()
    start = datetime.datetime(year, month, 1, tzinfo=zone)
    following = datetime.datetime(year + month // 12, month % 12 + 1, 1, tzinfo=zone)
    return start, following


class Listing:
    """What the agenda shows for one query string, coming events or the archive.

    Costs six queries whatever the number of events: the moments and départements of the
    events (for the filters' choices), the themes in use, the audiences, the events, the
    renditions of their pictures, and the agenda's own translations are Wagtail's.
    """

    def __init__(self, index, query, *, past, now=None):
        self.index = index
        self.past = past
        self.now = now or timezone.now()
        self.messages = []
        self.query = query

        events = index.events()
        base = events.past(self.now) if past else events.upcoming(self.now)
        self.base = base
        rows = list(base.values_list("starts_at", "ends_at", "departement"))
        self.next_end = min((ends for _s, ends, _d in rows), default=None)
        self.departements = self._departements({code for _s, _e, code in rows if code})
        self.months = self._months(rows)
        self.tags = self._tags_in_use()
        self.audiences = list(Audience.objects.filter(locale_id=index.locale_id))

        self.departement = self._pick_departement(query.get("departement", ""))
        self.month = self._pick_month(query.get("month", ""))
        self.tag = self._pick("tag", query, self.tags, lambda t: [t.label_slug, t.slug])
        self.audience = self._pick("audience", query, self.audiences, lambda a: [a.slug])

        if self.messages:
            found = []
        else:
            found = base
            if self.departement:
                found = found.filter(departement=self.departement.code)
            if self.month:
                start, following = month_bounds(*self.month)
                found = found.filter(starts_at__lt=following, ends_at__gt=start)
            if self.tag:
                found = found.filter(tags=self.tag)
            if self.audience:
                found = found.filter(audiences__translation_key=self.audience.translation_key)
            found = list(found.for_listing().distinct())
        self.total = len(found)
        self.page = Paginator(found, EVENTS_PER_PAGE).get_page(query.get("page"))
        prefetch_renditions([event.image for event in self.page])

    # --- Choices

    def _departements(self, codes):
        known = all_departements()
        return sorted((known[code] for code in codes if code in known), key=lambda d: d.code)

    def _months(self, rows):
        """``[("2027-03", "March 2027")]``: the months the events of this view cover."""
        zone = timezone.get_default_timezone()
        months = set()
        for starts, ends, _code in rows:
            first = timezone.localtime(starts, zone).date().replace(day=1)
            last = timezone.localtime(ends - datetime.timedelta(microseconds=1), zone).date()
            while first <= last and len(months) < 240:
                months.add((first.year, first.month))
                first = (first + datetime.timedelta(days=32)).replace(day=1)
        ordered = sorted(months, reverse=self.past)
        return [
            (
                f"{year:04d}-{month:02d}",
                date_format(datetime.date(year, month, 1), "YEAR_MONTH_FORMAT"),
            )
            for year, month in ordered
        ]

    def _tags_in_use(self):
        return labelled_tags(
            Tag.objects.filter(
                agenda_eventpagetag_items__content_object__in=self.base.values("pk")
            ).distinct(),
            self.index.locale_id,
        )

    # --- Reading the query

    def _pick(self, name, query, choices, slugs_of):
        choice, problem = chosen(query, name, choices, slugs_of)
        if problem == NOT_A_SLUG:
            # Not a slug at all: say so without repeating what could be anything.
            self.messages.append(_("This filter is not valid."))
        elif problem == UNKNOWN:
            if name == "tag":
                message = _("No event here has the theme “%(value)s”.")
            else:
                message = _("There is no audience “%(value)s”.")
            self.messages.append(message % {"value": query[name]})
        return choice

    def _pick_departement(self, value):
        if not value:
            return None
        departement = all_departements().get(value.upper())
        if departement is None:
            if SLUG.match(value) and len(value) <= 3:
                self.messages.append(
                    _("“%(value)s” is not the code of a French département.") % {"value": value}
                )
            else:
                self.messages.append(_("This filter is not valid."))
        return departement

    def _pick_month(self, value):
        if not value:
            return None
        match = MONTH.match(value)
        if match:
            year, month = int(match[1]), int(match[2])
            if 1900 <= year <= 2999 and 1 <= month <= 12:
                return year, month
        self.messages.append(_("A month is written as year-month, for example 2027-03."))
        return None

    # --- What the page shows

    @property
    def is_filtered(self):
        """Part of the agenda, a later page or a message: a view not to index."""
        return bool(
            self.departement
            or self.month
            or self.tag
            or self.audience
            or self.messages
            or self.page.number > 1
        )

    @property
    def month_name(self):
        if self.month:
            return date_format(datetime.date(*self.month, 1), "YEAR_MONTH_FORMAT")
        return ""

    def filter_query(self, **changes):
        """The query string of the current filters, with ``changes`` (None drops a key)."""
        values = {
            "departement": self.departement.code if self.departement else None,
            "month": f"{self.month[0]:04d}-{self.month[1]:02d}" if self.month else None,
            "tag": (self.tag.label_slug or self.tag.slug) if self.tag else None,
            "audience": self.audience.slug if self.audience else None,
        }
        values.update(changes)
        return urlencode({key: value for key, value in values.items() if value})

    @property
    def previous_query(self):
        return self.filter_query(page=self.page.previous_page_number())

    @property
    def next_query(self):
        return self.filter_query(page=self.page.next_page_number())

    @property
    def seconds_fresh(self):
        """How long this view of coming events stays true: until the soonest of them ends."""
        return seconds_until(self.next_end, self.now)
