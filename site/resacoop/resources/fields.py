"""The languages a resource is written or spoken in: several codes in one column."""

from django import forms
from django.conf import global_settings
from django.db import models
from django.utils.text import capfirst
from django.utils.translation import get_language_info

from resacoop.core.sorting import sort_key

#: Every language Django names (and translates the name of): ``{code: English name}``.
LANGUAGE_NAMES = dict(global_settings.LANGUAGES)


def language_name(code):
    """The name of the language ``code`` in the active language ("anglais" in French)."""
    try:
        return capfirst(get_language_info(code)["name_translated"])
    except KeyError:
        return code


def language_choices():
    """``[(code, name)]`` in alphabetical order of the names in the active language."""
    return sorted(
        ((code, language_name(code)) for code in LANGUAGE_NAMES),
        key=lambda choice: sort_key(choice[1]),
    )


class LanguagesFormField(forms.TypedMultipleChoiceField):
    def __init__(self, *args, **kwargs):
        kwargs.pop("max_length", None)
        kwargs.pop("empty_value", None)
        super().__init__(*args, choices=language_choices, **kwargs)


class LanguagesField(models.CharField):
    """A list of language codes of ``global_settings.LANGUAGES``, stored as ``"en,fr"``.

    Every code is checked; the order the editor gave is kept.
    """

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("max_length", 200)
        kwargs.setdefault("default", "")
        super().__init__(*args, **kwargs)

    def from_db_value(self, value, expression, connection):
        return self.to_python(value)

    def to_python(self, value):
        if isinstance(value, list | tuple):
            return [str(code) for code in value if code]
        if not value:
            return []
        return [code for code in str(value).split(",") if code]

    def get_prep_value(self, value):
        return ",".join(self.to_python(value))

    def value_to_string(self, obj):
        return self.get_prep_value(self.value_from_object(obj))

    def validate(self, value, model_instance):
        codes = self.to_python(value)
        unknown = [code for code in codes if code not in LANGUAGE_NAMES]
        if unknown:
            raise forms.ValidationError(
                self.error_messages["invalid_choice"],
                code="invalid_choice",
                params={"value": unknown[0]},
            )
        if not self.blank and not codes:
            raise forms.ValidationError(self.error_messages["blank"], code="blank")

    def run_validators(self, value):
        # The CharField's length check applies to the stored text, not to the list.
        super().run_validators(self.get_prep_value(value))

    def formfield(self, **kwargs):
        return super().formfield(
            **{
                "form_class": LanguagesFormField,
                "choices_form_class": LanguagesFormField,
                "required": not self.blank,
                "widget": forms.SelectMultiple(attrs={"size": 8}),
                **kwargs,
            }
        )
