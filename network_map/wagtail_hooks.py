from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.tables import Column
from wagtail.admin.viewsets.pages import PageListingViewSet
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import Audience, RelayOrganisationPage


class AudienceViewSet(SnippetViewSet):
    model = Audience
    icon = "group"
    menu_label = _("Audiences of relays")
    list_display = ["name", "sort_order", "locale"]
    list_filter = ["locale"]
    search_fields = ["name"]


class RelayFilterSet(PageListingViewSet.filterset_class):
    class Meta:
        model = RelayOrganisationPage
        fields = ["locale"]


class RelayPageListingViewSet(PageListingViewSet):
    """Every relay organisation, with the départements it covers and its city."""

    model = RelayOrganisationPage
    icon = "site"
    menu_label = _("Relay organisations")
    menu_order = 160
    add_to_admin_menu = True
    columns = [
        *PageListingViewSet.columns,
        Column("departements", label=_("Départements"), sort_key="departements"),
        Column("city", label=_("City"), sort_key="city"),
    ]
    filterset_class = RelayFilterSet


@hooks.register("register_admin_viewset")
def register_relay_listing():
    return RelayPageListingViewSet("relay_pages")


register_snippet(AudienceViewSet)
