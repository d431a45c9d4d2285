"""The agenda as iCalendar (RFC 5545): one file per event, and a feed per language.

Built with the ``icalendar`` library. Times are written in the site's time zone with its
VTIMEZONE (Europe/Paris for the reference site), whole days as DATE values (DTEND the day
after the last, as the RFC has it). Each event's UID is its page's translation key: the same
event in every language and every file, so a calendar that subscribed to the feed updates
it instead of adding it again. Addresses are absolute, from the Wagtail Site record.

Both outputs are cached under the content version; the feed also under the moment its
soonest event ends (``models.next_boundary``): past it, the feed is made again without it.
"""

import datetime

import icalendar
from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext
from wagtail.models import Site

from cms_blocks.content_version import cached_until_changed
from cms_blocks.languages import active_language

from .models import EventStatus, next_boundary

STATUS = {
    EventStatus.SCHEDULED: "CONFIRMED",
    EventStatus.MOVED_ONLINE: "CONFIRMED",
    EventStatus.POSTPONED: "TENTATIVE",
    EventStatus.CANCELLED: "CANCELLED",
}
PRODID = "-//wagtail-cooperation-network//agenda//EN"
#: How many coming events the feed carries at most.
FEED_LENGTH = 200


def _calendar(name=None):
    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    if name:
        calendar.add("x-wr-calname", name)
        calendar.add("x-wr-timezone", settings.TIME_ZONE)
    return calendar


def _finish(calendar, events):
    """The calendar as text, with the VTIMEZONE of the site's zone (which every time of it
    is written in) built from the zone database for the years the events span."""
    if events:
        first = min(event.start_date for event in events)
        last = max(event.last_day for event in events)
    else:
        first = last = timezone.localdate()
    zone = icalendar.Timezone.from_tzid(
        settings.TIME_ZONE,
        first_date=first.replace(month=1, day=1),
        last_date=last.replace(month=12, day=31) + datetime.timedelta(days=1),
    )
    # Before the events, as the RFC's examples have it (and some readers need).
    calendar.subcomponents.insert(0, zone)
    return calendar.to_ical().decode("utf-8")


def uid(event, host):
    return f"{event.translation_key}@{host}"


def event_component(event, request, host, stamp):
    """One VEVENT for ``event``; ``host`` names the site in its UID, ``stamp`` is DTSTAMP."""
    zone = timezone.get_default_timezone()
    component = icalendar.Event()
    component.add("uid", uid(event, host))
    component.add("dtstamp", stamp)
    if event.all_day:
        component.add("dtstart", event.start_date)
        component.add("dtend", event.last_day + datetime.timedelta(days=1))
    else:
        component.add("dtstart", timezone.localtime(event.starts_at, zone))
        component.add("dtend", timezone.localtime(event.ends_at, zone))
    summary = event.title
    if event.status == EventStatus.CANCELLED:
        summary = gettext("Cancelled: %(title)s") % {"title": event.title}
    elif event.status == EventStatus.POSTPONED:
        summary = gettext("Postponed: %(title)s") % {"title": event.title}
    component.add("summary", summary)
    component.add("status", STATUS[event.status])
    if event.last_published_at:
        component.add("last-modified", event.last_published_at)
    url = event.absolute_url(request)
    if url:
        component.add("url", url)
    description = [event.summary] if event.summary else []
    if event.online_url:
        description.append(gettext("Online: %(url)s") % {"url": event.online_url})
    registration = event.registration_address(request, full=True)
    if registration:
        description.append(gettext("Registration: %(url)s") % {"url": registration})
    if url:
        description.append(url)
    if description:
        component.add("description", "\n\n".join(description))
    location = place_text(event)
    if location:
        component.add("location", location)
    elif event.online_url:
        component.add("location", event.online_url)
    if event.latitude is not None and event.longitude is not None:
        component.add("geo", (float(event.latitude), float(event.longitude)))
    return component


def place_text(event):
    """ "Venue, address, postcode town" on one line."""
    parts = [event.venue, " ".join(event.address.split())]
    parts.append(" ".join(part for part in (event.postcode, event.town) if part))
    return ", ".join(part for part in parts if part)


def _host(page, request):
    """The site's host name (the Site record's, never the request's Host header)."""
    parts = page.get_url_parts(request)
    root_url = parts[1] if parts else ""
    return (root_url or "").split("://", 1)[-1] or "localhost"


def event_calendar(event, request):
    """The iCalendar text of one event."""

    def build():
        calendar = _calendar()
        calendar.add_component(
            event_component(event, request, _host(event, request), _stamp(event))
        )
        return _finish(calendar, [event])

    key = f"agenda:ics:event:{event.pk}:{active_language()}"
    return cached_until_changed(key, build)


def agenda_feed(index, request, now=None):
    """The iCalendar feed of an agenda: its coming events (and those in progress).

    Cached until the content changes or the soonest of its events ends, whichever comes
    first.
    """
    now = now or timezone.now()

    def build():
        events = list(index.events().upcoming(now)[:FEED_LENGTH])
        host = _host(index, request)
        site = Site.find_for_request(request)
        name = f"{site.site_name} · {index.title}" if site and site.site_name else index.title
        calendar = _calendar(name=name)
        for event in events:
            calendar.add_component(event_component(event, request, host, now))
        return _finish(calendar, events)

    # Under the end of its soonest event: once that event is over, the feed is made again.
    key = f"agenda:ics:feed:{index.pk}:{next_boundary(index.locale.language_code, now)}"
    return cached_until_changed(key, build)


def _stamp(event):
    """DTSTAMP: when the event's information was last published (or now, for a draft)."""
    return event.last_published_at or timezone.now()
