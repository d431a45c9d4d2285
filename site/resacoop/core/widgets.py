"""Chooser widgets that survive a posted value that is not an id.

Wagtail's chooser widgets look the posted value up to draw the form again, and catch only
"does not exist" (``BaseChooser.get_instance``): ``logo=abc`` in a forged edit form is then a
server error instead of the field's own "Select a valid choice". These subclasses draw an
empty chooser instead; the form field still refuses the value with its message.
"""

from django.core.exceptions import ValidationError
from django.db.models import ForeignKey
from wagtail.admin.forms.models import register_form_field_override
from wagtail.admin.widgets import AdminPageChooser
from wagtail.images import get_image_model
from wagtail.images.widgets import AdminImageChooser
from wagtail.models import AbstractPage

UNREADABLE_ID = (ValueError, TypeError, ValidationError, OverflowError)


class ForgivingChooserMixin:
    def get_instance(self, value):
        try:
            return super().get_instance(value)
        except UNREADABLE_ID:
            return None


class ForgivingImageChooser(ForgivingChooserMixin, AdminImageChooser):
    pass


class ForgivingPageChooser(ForgivingChooserMixin, AdminPageChooser):
    pass


def register_forgiving_choosers():
    """Use these widgets for every image and page ForeignKey of the admin's forms.

    Called when Wagtail builds its admin URLs (``wagtail_hooks``), after every app's
    ``ready()`` (where wagtail.images registers its own widget) and before the admin builds
    its forms, so these registrations come last and win.
    """
    register_form_field_override(
        ForeignKey, to=get_image_model(), override={"widget": ForgivingImageChooser}
    )
    register_form_field_override(
        ForeignKey,
        to=AbstractPage,
        override=lambda db_field: {
            "widget": ForgivingPageChooser(target_models=[db_field.remote_field.model])
        },
    )
