from django.urls import path
from wagtail import hooks

from .override_guard import checked_edit_override
from .po_upload import checked_upload_pofile
from .widgets import register_forgiving_choosers


@hooks.register("register_admin_urls", order=-1)
def check_translation_uploads_and_links_first():
    # Wagtail builds its admin URLs once every app is ready, and before any admin form:
    # the moment to replace the chooser widgets that wagtail.images registers in ready().
    register_forgiving_choosers()
    # Same addresses as wagtail-localize's PO upload and link override, listed before them.
    return [
        path(
            "localize/translate/<int:translation_id>/pofile/upload/",
            checked_upload_pofile,
        ),
        path(
            "localize/translate/<int:translation_id>/overrides/<int:overridable_segment_id>/edit/",
            checked_edit_override,
        ),
    ]
