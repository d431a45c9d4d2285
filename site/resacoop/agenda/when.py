"""When an event takes place: its moments in the site's time zone, and how they read.

Editors give a day and, unless the event lasts whole days, a time of start and of end; the
page stores the two moments (``starts_at``, ``ends_at``) that listings sort and filter on.
An all-day event starts at midnight of its first day and ends at midnight after its last,
in the site's time zone (``TIME_ZONE``, Europe/Paris for the reference site).
"""

import datetime

from django.utils import timezone
from django.utils.formats import date_format, time_format
from django.utils.translation import gettext


def moments(start_date, start_time, end_date, end_time):
    """``(starts_at, ends_at)``, aware, from what the editor gave (``end_date`` may be None)."""
    zone = timezone.get_default_timezone()
    end_date = end_date or start_date
    if start_time is None:  # all day: midnight to midnight, local time
        starts = datetime.datetime.combine(start_date, datetime.time.min, tzinfo=zone)
        ends = datetime.datetime.combine(
            end_date + datetime.timedelta(days=1), datetime.time.min, tzinfo=zone
        )
    else:
        starts = datetime.datetime.combine(start_date, start_time, tzinfo=zone)
        ends = datetime.datetime.combine(end_date, end_time or start_time, tzinfo=zone)
    return starts, ends


def describe(start_date, start_time, end_date, end_time):
    """The dates and times of an event in the active language, for people to read.

    "12 March 2027", "12 March 2027, 18:00–20:00", "12–14 March 2027" (as three dates),
    "12 March 2027, 18:00 – 13 March 2027, 12:00".
    """
    end_date = end_date or start_date
    first = date_format(start_date, "DATE_FORMAT")
    if end_date == start_date:
        if start_time is None:
            return first
        times = gettext("%(start)s to %(end)s") % {
            "start": time_format(start_time, "TIME_FORMAT"),
            "end": time_format(end_time or start_time, "TIME_FORMAT"),
        }
        return f"{first}, {times}"
    last = date_format(end_date, "DATE_FORMAT")
    if start_time is not None:
        first = f"{first}, {time_format(start_time, 'TIME_FORMAT')}"
        last = f"{last}, {time_format(end_time or start_time, 'TIME_FORMAT')}"
    return gettext("from %(start)s to %(end)s") % {"start": first, "end": last}
