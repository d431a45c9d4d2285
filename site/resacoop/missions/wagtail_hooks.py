from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.tables import Column
from wagtail.admin.viewsets.pages import PageListingViewSet

from .models import MissionPage


class MissionFilterSet(PageListingViewSet.filterset_class):
    class Meta:
        model = MissionPage
        fields = ["locale"]


class MissionPageListingViewSet(PageListingViewSet):
    """The missions of every language in one listing, with their number."""

    model = MissionPage
    icon = "list-ol"
    menu_label = _("Missions")
    menu_order = 140
    add_to_admin_menu = True
    columns = [
        *PageListingViewSet.columns,
        Column("order", label=_("Number"), sort_key="order"),
    ]
    filterset_class = MissionFilterSet


@hooks.register("register_admin_viewset")
def register_mission_listing():
    return MissionPageListingViewSet("mission_pages")
