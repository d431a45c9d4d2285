from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.tables import Column
from wagtail.admin.viewsets.pages import PageListingViewSet

from .models import CallPage


class CallFilterSet(PageListingViewSet.filterset_class):
    class Meta:
        model = CallPage
        fields = ["locale"]


class CallPageListingViewSet(PageListingViewSet):
    """Every call for projects in one listing, with its deadline."""

    model = CallPage
    icon = "time"
    menu_label = _("Calls for projects")
    menu_order = 165
    add_to_admin_menu = True
    columns = [
        *PageListingViewSet.columns,
        Column("deadline", label=_("Deadline"), sort_key="deadline"),
        Column("funder_name", label=_("Funder")),
    ]
    filterset_class = CallFilterSet


@hooks.register("register_admin_viewset")
def register_call_listing():
    return CallPageListingViewSet("call_pages")
