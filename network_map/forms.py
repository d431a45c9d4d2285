from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm

from cms_blocks.references import may_choose, refused_references

from . import departements as data
from .conf import get_setting
from .roles import is_relay_user

# Fields a relay organisation sees but only the network's staff may change: where the relay
# sits on the map, its address on the site, and when the page goes live or expires (which
# would publish or unpublish it without review).
STAFF_ONLY_FIELDS = ["departements", "slug", "show_in_menus", "go_live_at", "expire_at"]


def _is_id(value):
    return value == "" or (value.isdigit() and int(value) < 2**63)


class RelayOrganisationPageForm(WagtailAdminPageForm):
    """Départements as checkboxes of the map's region; coordinates checked against them."""

    departements = forms.MultipleChoiceField(
        label=_("Départements"),
        widget=forms.CheckboxSelectMultiple,
        help_text=_("The départements this organisation covers."),
        error_messages={
            "invalid_choice": _("%(value)s is not a département of this map's region."),
            "required": _("Choose at least one département."),
        },
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        region = self._region()
        choices = data.in_region(region) if region else data.all_departements().values()
        self.fields["departements"].choices = [(d.code, f"{d.name} ({d.code})") for d in choices]
        if self.instance.pk:
            self.initial["departements"] = self.instance.departement_codes
        if "audiences" in self.fields:
            # Audiences are written in each language; a page offers those of its own.
            locale = self._locale()
            audiences = self.fields["audiences"].queryset
            self.fields["audiences"].queryset = (
                audiences.filter(locale=locale) if locale else audiences
            )
        if is_relay_user(self.for_user):
            self._make_staff_only_fields_read_only()
        self._unreadable_choices = self._set_aside_unreadable_ids() if self.is_bound else []

    def _set_aside_unreadable_ids(self):
        """Put back the saved choice where the form posts something that is not an id.

        Otherwise Wagtail's image chooser, drawing the form again with the posted value,
        looks it up unchecked (a ValueError in ``BaseChooser.get_instance``), and SQLite
        overflows on an id beyond 64 bits in Django's multiple choice field: server errors
        instead of a message.
        """
        unreadable = []
        for name in ("logo", "audiences"):
            if name not in self.fields or name not in self.data:
                continue
            if all(_is_id(value) for value in self.data.getlist(name)):
                continue
            if not unreadable:
                self.data = self.data.copy()
            initial = self.get_initial_for_field(self.fields[name], name)
            saved = initial if isinstance(initial, list | tuple) else [initial]
            ids = [getattr(item, "pk", item) for item in saved]
            self.data.setlist(name, [str(pk) for pk in ids if pk is not None])
            unreadable.append(name)
        return unreadable

    def _make_staff_only_fields_read_only(self):
        # A disabled field keeps its initial value whatever the request sends.
        for name in STAFF_ONLY_FIELDS:
            if name in self.fields:
                field = self.fields[name]
                field.disabled = True
                note = _("Only the network's staff can change this.")
                field.help_text = f"{field.help_text} {note}" if field.help_text else note

    def _locale(self):
        if self.instance.pk:
            return self.instance.locale
        return getattr(self.parent_page, "locale", None)

    def _region(self):
        parent = self.parent_page
        if parent is None and self.instance.pk:
            parent = self.instance.get_parent()
        region = getattr(getattr(parent, "specific", None), "region", None)
        return region

    def clean_departements(self):
        return " ".join(self.cleaned_data["departements"])

    def clean_tags(self):
        tags = self.cleaned_data["tags"]
        most = get_setting("MAX_TAGS")
        if len(tags) > most:
            raise forms.ValidationError(
                _("A page can have at most %(most)d tags; this one has %(count)d.")
                % {"most": most, "count": len(tags)}
            )
        return tags

    def clean_logo(self):
        logo = self.cleaned_data["logo"]
        if logo and logo.pk != self.instance.logo_id and self.for_user is not None:
            if not may_choose(self.for_user, type(logo), logo.pk):
                raise forms.ValidationError(_("Choose an image from the image library's list."))
        return logo

    def clean_body(self):
        body = self.cleaned_data["body"]
        if self.for_user is None:
            return body
        stream_block = self.instance._meta.get_field("body").stream_block
        before = self.instance.body if self.instance.pk else None
        if refused_references(self.for_user, stream_block, body, before):
            raise forms.ValidationError(
                _(
                    "Some blocks point at pages, images or documents that you cannot choose. "
                    "Choose them again with the choosers."
                )
            )
        return body

    def clean(self):
        cleaned_data = super().clean()
        for name in self._unreadable_choices:
            self.add_error(name, _("Choose again from the list: this choice could not be read."))
        latitude, longitude = cleaned_data.get("latitude"), cleaned_data.get("longitude")
        if (latitude is None) != (longitude is None):
            missing = "longitude" if longitude is None else "latitude"
            self.add_error(missing, _("Give both the latitude and the longitude, or neither."))
        elif (
            latitude is not None
            and -90 <= latitude <= 90
            and -180 <= longitude <= 180
            and cleaned_data.get("departements")
        ):
            # Out of range, the fields' own validators say so; in range, check the place.
            self._check_coordinates(latitude, longitude, cleaned_data["departements"].split())
        return cleaned_data

    def _check_coordinates(self, latitude, longitude, codes):
        known = data.all_departements()
        boxes = [data.unproject_box(known[code].bbox) for code in codes if known[code].bbox]
        if not boxes:
            return  # overseas départements: nothing drawn to check against
        tolerance = get_setting("COORDINATE_TOLERANCE")
        for south, west, north, east in boxes:
            if (
                south - tolerance <= latitude <= north + tolerance
                and west - tolerance <= longitude <= east + tolerance
            ):
                return
        self.add_error(
            "latitude",
            _(
                "These coordinates are far from the départements this organisation covers. "
                "Check them, and that latitude and longitude are not swapped."
            ),
        )
