from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.tables import Column
from wagtail.admin.viewsets.pages import PageListingViewSet
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import NewsCategory, NewsPage


class NewsFilterSet(PageListingViewSet.filterset_class):
    class Meta:
        model = NewsPage
        fields = ["category", "locale"]


class NewsPageListingViewSet(PageListingViewSet):
    """All news in one listing, with their date and category."""

    model = NewsPage
    icon = "date"
    menu_label = _("News")
    menu_order = 160
    add_to_admin_menu = True
    columns = [
        *PageListingViewSet.columns,
        Column("date", label=_("Date"), sort_key="date"),
        Column("category", label=_("Category")),
    ]
    filterset_class = NewsFilterSet


class NewsCategoryViewSet(SnippetViewSet):
    model = NewsCategory
    icon = "tag"
    menu_label = _("News categories")
    list_display = ["name", "sort_order", "locale"]
    list_filter = ["locale"]
    search_fields = ["name"]
    ordering = ["sort_order", "name"]


@hooks.register("register_admin_viewset")
def register_news_listing():
    return NewsPageListingViewSet("news_pages")


register_snippet(NewsCategoryViewSet)
