"""Deadlines of calls for projects: their time zone, how they read, how long a page showing
them stays true.

A deadline is one moment (stored in UTC) and the IANA time zone the editor gave it in
(``Europe/Paris`` unless told otherwise): pages show it in that zone, saying which. Whether a
call is open is read from the clock when a page is made; nothing runs when a deadline passes.
A page that shows open calls is therefore kept by caches no longer than until the soonest of
their deadlines, or until its countdown ("closes in 3 days") next changes
(``resacoop.core.freshness``).
"""

import datetime
import functools
import zoneinfo

from django.utils import timezone
from django.utils.formats import date_format, time_format
from django.utils.translation import gettext, ngettext

DEFAULT_ZONE = "Europe/Paris"
# The areas of the IANA database whose zones name a place (not "Etc/GMT+5" or "US/Pacific").
AREAS = {
    "Africa",
    "America",
    "Antarctica",
    "Asia",
    "Atlantic",
    "Australia",
    "Europe",
    "Indian",
    "Pacific",
}


@functools.cache
def zone_names():
    """The time zones an editor may choose, by their IANA name, sorted."""
    return sorted(
        name
        for name in zoneinfo.available_timezones()
        if "/" in name and name.split("/")[0] in AREAS
    )


def zone_choices():
    return [(name, name.replace("_", " ")) for name in zone_names()]


def zone_of(name):
    """The ``ZoneInfo`` of ``name`` if it is one of :func:`zone_names`, else None."""
    if name in zone_names():
        return zoneinfo.ZoneInfo(name)
    return None


def wall_clock_exists(moment):
    """False for a time skipped when clocks go forward (2:30 on a spring night in Paris)."""
    again = datetime.datetime.fromtimestamp(moment.timestamp(), moment.tzinfo)
    return again.replace(tzinfo=None) == moment.replace(tzinfo=None)


def local(moment, zone_name):
    return timezone.localtime(moment, zone_of(zone_name) or zoneinfo.ZoneInfo(DEFAULT_ZONE))


def utc_offset(moment):
    """ "+01:00", "-03:00": how far ``moment``'s zone is from UTC at that moment."""
    minutes = int(moment.utcoffset().total_seconds() // 60)
    hours, minutes = divmod(abs(minutes), 60)
    return f"{'-' if moment.utcoffset() < datetime.timedelta(0) else '+'}{hours:02d}:{minutes:02d}"


def describe(moment, zone_name):
    """The deadline as people read it, in the active language, in its own time zone:
    "12 March 2027, 17:00, Paris time", or for another zone its offset from UTC and the
    time in Paris: "12 March 2027, 17:00 (UTC+00:00), 18:00 in Paris"."""
    at = local(moment, zone_name)
    values = {"date": date_format(at, "DATE_FORMAT"), "time": time_format(at, "TIME_FORMAT")}
    if zone_of(zone_name) is None or zone_name == DEFAULT_ZONE:
        return gettext("%(date)s, %(time)s, Paris time") % values
    paris = local(moment, DEFAULT_ZONE)
    return gettext("%(date)s, %(time)s (UTC%(offset)s), %(paris_time)s in Paris") % {
        **values,
        "offset": utc_offset(at),
        "paris_time": time_format(paris, "TIME_FORMAT"),
    }


def countdown(moment, zone_name, now=None):
    """How soon an open call closes, in the active language ("" once closed).

    Days are counted on the calendar of the deadline's zone: "closes tomorrow" on the day
    before, hours on the day itself.
    """
    now = now or timezone.now()
    left = moment - now
    if left <= datetime.timedelta(0):
        return ""
    if left < datetime.timedelta(hours=1):
        return gettext("Closes in less than an hour")
    days = (local(moment, zone_name).date() - local(now, zone_name).date()).days
    if days == 0:
        hours = int(left.total_seconds() // 3600)
        return ngettext(
            "Closes today, in %(count)d hour", "Closes today, in %(count)d hours", hours
        ) % {"count": hours}
    if days == 1:
        return gettext("Closes tomorrow")
    return ngettext("Closes in %(count)d day", "Closes in %(count)d days", days) % {"count": days}


def countdown_changes_at(moment, zone_name, now=None):
    """When :func:`countdown` of ``moment`` next reads differently (the deadline itself at
    the latest): at the next midnight of its zone, or on the hour on its last day."""
    now = now or timezone.now()
    if moment <= now:
        return None
    at = local(now, zone_name)
    midnight = datetime.datetime.combine(
        at.date() + datetime.timedelta(days=1), datetime.time.min, tzinfo=at.tzinfo
    )
    left = moment - now
    changes = [moment, midnight]
    if left < datetime.timedelta(days=1):
        changes.append(now + datetime.timedelta(seconds=left.total_seconds() % 3600 or 3600))
    return min(changes)


def deadline_in(days, hour=17, zone=DEFAULT_ZONE):
    """A deadline ``days`` from today at ``hour`` in ``zone`` (for the demo and the tests)."""
    tz = zone_of(zone)
    day = timezone.localdate(timezone=tz) + datetime.timedelta(days=days)
    return datetime.datetime.combine(day, datetime.time(hour), tzinfo=tz)
