from django.urls import path
from wagtail import hooks

from .po_upload import checked_upload_pofile


@hooks.register("register_admin_urls", order=-1)
def check_po_uploads_first():
    # Same address as wagtail-localize's upload, listed before it.
    return [
        path(
            "localize/translate/<int:translation_id>/pofile/upload/",
            checked_upload_pofile,
        )
    ]
