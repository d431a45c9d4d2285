"""The public form built from the fields an editor chose, with the honeypot of ``spam``."""

import django.forms
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.forms.forms import BaseForm, FormBuilder

from .spam import HONEYPOT_NAME

#: The longest text a multi-line field takes: a long message, never a flood.
MULTILINE_MAX_LENGTH = 5000


class PublicForm(BaseForm):
    """A form of the site: its editor's fields, and the honeypot.

    After validation, :attr:`is_spam` says whether the honeypot was filled; the honeypot is
    never in ``cleaned_data`` (so neither stored nor e-mailed).
    """

    is_spam = False

    def clean(self):
        cleaned_data = super().clean()
        self.is_spam = bool(cleaned_data.pop(HONEYPOT_NAME, ""))
        return cleaned_data

    def shown_fields(self):
        """The fields people fill in, in the editor's order."""
        return [field for field in self if field.name != HONEYPOT_NAME]

    def honeypot(self):
        return self[HONEYPOT_NAME]


class PublicFormBuilder(FormBuilder):
    """Wagtail's builder, with lengths bounded, dates typed and the honeypot added."""

    def create_multiline_field(self, field, options):
        options["max_length"] = MULTILINE_MAX_LENGTH
        return super().create_multiline_field(field, options)

    def create_date_field(self, field, options):
        options.setdefault("widget", django.forms.DateInput(attrs={"type": "date"}))
        return super().create_date_field(field, options)

    def create_email_field(self, field, options):
        options.setdefault("widget", django.forms.EmailInput(attrs={"autocomplete": "email"}))
        return super().create_email_field(field, options)

    def create_url_field(self, field, options):
        options["max_length"] = 500
        return super().create_url_field(field, options)

    @property
    def formfields(self):
        fields = super().formfields
        fields[HONEYPOT_NAME] = django.forms.CharField(
            label=_("Leave this field empty"),
            required=False,
            max_length=200,
            widget=django.forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
        )
        return fields

    def get_form_class(self):
        return type("PublicFormFromFields", (PublicForm,), self.formfields)
