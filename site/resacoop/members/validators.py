from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from network_map.departements import all_departements


def validate_not_in_future(year):
    this_year = timezone.localdate().year
    if year is not None and year > this_year:
        raise ValidationError(
            _("The year cannot be after this year (%(year)s)."),
            params={"year": this_year},
            code="future_year",
        )


def validate_departement(code):
    """Refuse a code that is not the INSEE code of a French département."""
    if code and code not in all_departements():
        raise ValidationError(
            _(
                "“%(code)s” is not the code of a French département. Give its INSEE code: "
                "two characters such as 07 or 69, 2A or 2B for Corsica, three digits overseas "
                "(974)."
            ),
            params={"code": code},
            code="unknown_departement",
        )
