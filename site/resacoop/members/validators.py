from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


def validate_not_in_future(year):
    this_year = timezone.localdate().year
    if year is not None and year > this_year:
        raise ValidationError(
            _("The year cannot be after this year (%(year)s)."),
            params={"year": this_year},
            code="future_year",
        )
