from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Office
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


class OfficeViewSet(SnippetViewSet):
    model = Office
    icon = "home"
    menu_label = _("Offices")
    list_display = ["name", "city", "locale"]
    list_filter = ["locale"]


register_snippet(OfficeViewSet)
