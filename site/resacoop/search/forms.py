from django import forms
from django.utils.translation import gettext_lazy as _

MAX_QUERY_LENGTH = 200


class SearchForm(forms.Form):
    # Django's CharField already refuses NUL characters, which PostgreSQL cannot store or
    # compare; the length bound keeps full-text queries cheap.
    query = forms.CharField(
        label=_("Search the site"),
        max_length=MAX_QUERY_LENGTH,
        required=False,
        error_messages={
            "max_length": _("Please shorten your search to %(limit_value)d characters or fewer."),
            "null_characters_not_allowed": _(
                "Your search contains a character that is not allowed."
            ),
        },
    )
