from django.contrib.auth.models import Permission
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.search import SearchArea
from wagtail.admin.site_summary import PagesSummaryItem
from wagtail.admin.ui.menus.pages import PageMenuItem
from wagtail.admin.ui.sidebar import LinkMenuItem as LinkMenuItemComponent
from wagtail.admin.ui.tables import Column
from wagtail.admin.viewsets.pages import PageListingViewSet
from wagtail.admin.widgets.button import BaseDropdownMenuButton
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from . import access
from .admin_views import MANAGE_PERMISSION, OwnRelayPagesPanel, RelayAccessView
from .middleware import choosable_pages, relay_may_follow
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


@hooks.register("register_admin_urls")
def register_relay_access_urls():
    return [
        path(
            "network-map/relays/<int:page_id>/access/",
            RelayAccessView.as_view(),
            name="network_map_relay_access",
        )
    ]


@hooks.register("register_permissions")
def register_relay_access_permission():
    return Permission.objects.filter(
        content_type__app_label="network_map", codename="manage_relay_access"
    )


class RelayAccessMenuItem(PageMenuItem):
    label = _("Access of the organisation")
    icon_name = "group"
    priority = 90

    def is_shown(self, user):
        return isinstance(self.page.specific_deferred, RelayOrganisationPage) and user.has_perm(
            MANAGE_PERMISSION
        )

    @property
    def url(self):
        return reverse("network_map_relay_access", args=[self.page.pk])


@hooks.register("register_page_header_buttons")
def relay_access_header_button(page, user, next_url=None, view_name=None):
    yield RelayAccessMenuItem(page=page)


@hooks.register("register_page_listing_more_buttons")
def relay_access_listing_button(page, user, next_url=None):
    yield RelayAccessMenuItem(page=page)


@hooks.register("construct_homepage_panels")
def show_own_relay_pages(request, panels):
    if access.accesses_of(request.user).exists():
        panels.insert(0, OwnRelayPagesPanel(request.user))


@hooks.register("construct_homepage_summary_items", order=100)
def count_no_pages_for_relays(request, summary_items):
    # The page count links to the explorer, closed to relays: their panel shows their page.
    if access.is_relay_user(request.user):
        summary_items[:] = [i for i in summary_items if not isinstance(i, PagesSummaryItem)]


class RelayImageSearchArea(SearchArea):
    """For relays, the admin's search box searches their images (the page search is closed
    to them: it would list other organisations' drafts)."""

    def is_shown(self, request):
        return access.is_relay_user(request.user)


@hooks.register("register_admin_search_area")
def register_relay_image_search_area():
    # Before Wagtail's "Pages" (order 100): the sidebar's search box uses the first one shown.
    return RelayImageSearchArea(
        _("Images"), reverse("wagtailimages:index"), name="relay_images", icon_name="image", order=0
    )


@hooks.register("construct_page_chooser_queryset")
def relays_choose_only_live_pages(pages, request):
    """A relay organisation links to live pages and its own, never to others' drafts."""
    if not access.is_relay_user(request.user):
        return pages
    return pages.filter(pk__in=choosable_pages(request.user).values("pk"))


@hooks.register("construct_page_listing_buttons")
def relays_see_the_buttons_they_may_use(buttons, page, user, context=None):
    """In a relay's explorer (its own pages), no button that RelayAdminMiddleware would refuse:
    copy, move, unpublish, deleting a page once published..."""
    if not access.is_relay_user(user):
        return
    for button in buttons:
        if isinstance(button, BaseDropdownMenuButton):
            button.dropdown_buttons = [
                item for item in button.dropdown_buttons if relay_may_follow(user, item.url)
            ]
    buttons[:] = [
        button
        for button in buttons
        if (
            button.dropdown_buttons
            if isinstance(button, BaseDropdownMenuButton)
            else relay_may_follow(user, button.url)
        )
    ]


class OwnRelayPageMenuItem(MenuItem):
    """In a relay organisation's menu, in place of the page explorer: its own page."""

    def is_shown(self, request):
        return access.is_relay_user(request.user)

    def render_component(self, request):
        page = next(
            (
                access.source_page(relay_access.translation_key)
                for relay_access in access.accesses_of(request.user)
            ),
            None,
        )
        if page is None:
            return None
        return LinkMenuItemComponent(
            self.name,
            self.label,
            reverse("wagtailadmin_pages:edit", args=[page.pk]),
            icon_name=self.icon_name,
        )


@hooks.register("register_admin_menu_item")
def register_own_relay_page_menu_item():
    return OwnRelayPageMenuItem(
        _("Our page"), "#", name="own_relay_page", icon_name="doc-full-inverse", order=100
    )


# What a relay organisation uses in the admin: its page, its media, the help.
RELAY_MENU_ITEMS = {"own_relay_page", "images", "documents", "help"}


@hooks.register("construct_main_menu")
def hide_what_relays_cannot_use(request, menu_items):
    if access.is_relay_user(request.user):
        menu_items[:] = [item for item in menu_items if item.name in RELAY_MENU_ITEMS]
