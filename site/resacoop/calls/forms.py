"""The editor's form of a call for projects: its deadline typed in the call's own time zone.

The date and time an editor types are read in the time zone chosen beside them (not in the
site's), and shown again in that zone when the call is edited. A deadline already past is
refused when a call is created, or when its deadline is changed; a closed call can still be
edited (to fix a typo) as long as its deadline stays as it was.
"""

import datetime

from django import forms
from django.core.exceptions import ValidationError
from django.forms.fields import BaseTemporalField
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from django.utils.formats import date_format, time_format
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.widgets import AdminDateTimeInput

from . import deadlines


def validate_time_zone(value):
    if deadlines.zone_of(value) is None:
        raise ValidationError(_("Choose a time zone from the list."), code="invalid_zone")


class WallClockField(forms.DateTimeField):
    """A date and time as typed, without a time zone: the form places it in one.

    Years outside :data:`YEARS` are refused: a date near the ends of Python's calendar
    (9999-12-31 as "no deadline") cannot be moved into another time zone.
    """

    YEARS = range(1900, 3000)

    def prepare_value(self, value):
        return value

    def to_python(self, value):
        if value in self.empty_values:
            return None
        if isinstance(value, datetime.datetime):
            return value
        try:
            result = parse_datetime(value.strip())
        except ValueError:
            raise ValidationError(self.error_messages["invalid"], code="invalid") from None
        # Not ISO 8601: the formats of the admin's date and time picker.
        result = result or BaseTemporalField.to_python(self, value)
        if result.year not in self.YEARS:
            raise ValidationError(
                _("Give a date between the years %(first)s and %(last)s."),
                code="out_of_range",
                params={"first": self.YEARS.start, "last": self.YEARS.stop - 1},
            )
        return result


class CallPageForm(WagtailAdminPageForm):
    deadline = WallClockField(
        label=_("deadline"),
        widget=AdminDateTimeInput(),
        help_text=_("The date and time applications close, in the time zone beside it."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "deadline_timezone" in self.fields:
            self.fields["deadline_timezone"].widget = forms.Select(choices=deadlines.zone_choices())
        instance = self.instance
        if instance.deadline and not self.is_bound:
            # Shown as the editor gave it, in the call's zone.
            self.initial["deadline"] = deadlines.local(
                instance.deadline, instance.deadline_timezone
            ).replace(tzinfo=None)

    def clean(self):
        cleaned_data = super().clean()
        zone = None
        if "deadline_timezone" in cleaned_data:
            zone = deadlines.zone_of(cleaned_data["deadline_timezone"])
            if zone is None:
                # A value the list never offered (a forged form): not repeated.
                self.add_error("deadline_timezone", _("Choose a time zone from the list."))
        wall = cleaned_data.get("deadline")
        if wall is None or zone is None:
            return cleaned_data
        deadline = wall if timezone.is_aware(wall) else wall.replace(tzinfo=zone)
        if not deadlines.wall_clock_exists(deadline):
            self.add_error(
                "deadline",
                _(
                    "This time does not exist in %(zone)s: the clocks go forward that night. "
                    "Choose another time."
                )
                % {"zone": cleaned_data["deadline_timezone"]},
            )
            return cleaned_data
        cleaned_data["deadline"] = deadline
        previous = self.instance.deadline if self.instance.pk else None
        if deadline <= timezone.now() and deadline != previous:
            local = deadline.astimezone(zone)
            self.add_error(
                "deadline",
                _(
                    "This deadline (%(date)s, %(time)s) is already past: a call must still "
                    "be open when it is published."
                )
                % {
                    "date": date_format(local, "DATE_FORMAT"),
                    "time": time_format(local, "TIME_FORMAT"),
                },
            )
        return cleaned_data
