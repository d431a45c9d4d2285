from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.tables import BooleanColumn, Column
from wagtail.admin.viewsets.pages import PageListingViewSet
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import MemberCategory, MemberPage


class MemberFilterSet(PageListingViewSet.filterset_class):
    class Meta:
        model = MemberPage
        fields = ["category", "founding_member", "locale"]


class MemberPageListingViewSet(PageListingViewSet):
    """All members in one listing, with their acronym, category and membership."""

    model = MemberPage
    icon = "group"
    menu_label = _("Members")
    menu_order = 150
    add_to_admin_menu = True
    columns = [
        *PageListingViewSet.columns,
        Column("acronym", label=_("Acronym"), sort_key="acronym"),
        Column("category", label=_("Category")),
        BooleanColumn("founding_member", label=_("Founding member")),
        Column("year_joined", label=_("Year joined"), sort_key="year_joined"),
    ]
    filterset_class = MemberFilterSet


class MemberCategoryViewSet(SnippetViewSet):
    model = MemberCategory
    icon = "tag"
    menu_label = _("Member categories")
    list_display = ["name", "sort_order", "locale"]
    list_filter = ["locale"]
    search_fields = ["name"]
    ordering = ["sort_order", "name"]


@hooks.register("register_admin_viewset")
def register_member_listing():
    return MemberPageListingViewSet("member_pages")


register_snippet(MemberCategoryViewSet)
