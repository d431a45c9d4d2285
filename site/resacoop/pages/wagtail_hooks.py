from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Office


class OfficeViewSet(SnippetViewSet):
    model = Office
    icon = "home"
    menu_label = _("Offices")
    list_display = ["name", "city", "locale"]
    list_filter = ["locale"]


register_snippet(OfficeViewSet)
