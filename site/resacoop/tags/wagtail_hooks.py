from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import TagLabel


class TagLabelViewSet(SnippetViewSet):
    """Where translators give each tag its name in their language, once for all pages."""

    model = TagLabel
    icon = "tag"
    menu_label = _("Tag labels")
    list_display = ["name", "tag", "locale"]
    list_filter = ["locale"]
    search_fields = ["name"]


register_snippet(TagLabelViewSet)
