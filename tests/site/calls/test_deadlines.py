"""How a deadline reads and when what a page says of it changes (no database)."""

import datetime
import zoneinfo

import pytest
from django.utils import translation

from resacoop.calls import deadlines

PARIS = zoneinfo.ZoneInfo("Europe/Paris")
DEADLINE = datetime.datetime(2027, 3, 12, 17, 0, tzinfo=PARIS)


def at(day, hour, minute=0):
    return datetime.datetime(2027, 3, day, hour, minute, tzinfo=PARIS)


@pytest.mark.parametrize(
    ("now", "expected"),
    [
        (at(1, 9), "Closes in 11 days"),
        (at(10, 23, 59), "Closes in 2 days"),
        (at(11, 0, 1), "Closes tomorrow"),
        (at(12, 8), "Closes today, in 9 hours"),
        (at(12, 15, 30), "Closes today, in 1 hour"),
        (at(12, 16, 30), "Closes in less than an hour"),
        (at(12, 17), ""),
        (at(13, 9), ""),
    ],
)
def test_the_countdown(now, expected):
    with translation.override("en"):
        assert deadlines.countdown(DEADLINE, "Europe/Paris", now) == expected


def test_days_are_counted_on_the_calendar_of_the_deadlines_zone():
    # 17:00 in Nouméa (UTC+11) is 07:00 in Paris: on the evening before in Paris, it is
    # already the morning of the deadline's day in Nouméa.
    noumea = zoneinfo.ZoneInfo("Pacific/Noumea")
    deadline = datetime.datetime(2027, 3, 12, 17, 0, tzinfo=noumea)
    with translation.override("en"):
        assert deadlines.countdown(deadline, "Pacific/Noumea", at(11, 20)) == (
            "Closes today, in 11 hours"
        )


def test_the_deadline_says_its_time_zone():
    paris = datetime.datetime(2027, 3, 12, 17, 0, tzinfo=zoneinfo.ZoneInfo("Europe/Paris"))
    # Shown in its own zone whatever the site's: 17:00 in Dakar is 18:00 in Paris in March.
    dakar = datetime.datetime(2027, 3, 12, 17, 0, tzinfo=zoneinfo.ZoneInfo("Africa/Dakar"))

    with translation.override("fr"):
        in_paris = deadlines.describe(paris, "Europe/Paris")
        in_dakar = deadlines.describe(dakar, "Africa/Dakar")

    assert in_paris == "12 mars 2027, 17:00, heure de Paris"
    assert in_dakar == "12 mars 2027, 17:00 (UTC+00:00), 18:00 à Paris"


@pytest.mark.parametrize(
    ("now", "changes"),
    [
        (at(1, 9), at(2, 0)),  # the next midnight: one day less
        (at(12, 8, 20), at(12, 9)),  # on the hour of the deadline's last day: 9 hours to 8
        (at(12, 16, 30), at(12, 17)),  # the deadline itself
    ],
)
def test_when_the_countdown_next_changes(now, changes):
    assert deadlines.countdown_changes_at(DEADLINE, "Europe/Paris", now) == changes


def test_time_zones_offered_are_places():
    names = deadlines.zone_names()
    assert "Europe/Paris" in names and "Africa/Ouagadougou" in names
    assert not [name for name in names if name.startswith(("Etc/", "US/"))]
    assert deadlines.zone_of("Mars/Olympus") is None
    assert deadlines.zone_of("../../etc/passwd") is None


def test_a_time_skipped_by_the_clocks_does_not_exist():
    assert not deadlines.wall_clock_exists(datetime.datetime(2027, 3, 28, 2, 30, tzinfo=PARIS))
    assert deadlines.wall_clock_exists(datetime.datetime(2027, 3, 28, 3, 30, tzinfo=PARIS))
