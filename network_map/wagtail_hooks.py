from django.contrib.auth.models import Permission
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.menus.pages import PageMenuItem
from wagtail.admin.ui.tables import Column
from wagtail.admin.viewsets.pages import PageListingViewSet
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet
from wagtail_localize.views.report import TranslationsReportView

from . import access
from .admin_views import MANAGE_PERMISSION, OwnRelayPagesPanel, RelayAccessView
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


@hooks.register("construct_page_chooser_queryset")
def relays_choose_only_live_pages(pages, request):
    """A relay organisation links to live pages and its own, never to others' drafts."""
    if not access.is_relay_user(request.user):
        return pages
    own = RelayOrganisationPage.objects.filter(
        translation_key__in=access.accesses_of(request.user).values("translation_key")
    )
    return pages.filter(Q(live=True) | Q(pk__in=own.values("pk")))


# What a relay organisation uses in the admin: its page (explorer), its media, the help.
RELAY_MENU_ITEMS = {"explorer", "images", "documents", "help"}


@hooks.register("construct_main_menu")
def hide_what_relays_cannot_use(request, menu_items):
    if access.is_relay_user(request.user):
        menu_items[:] = [item for item in menu_items if item.name in RELAY_MENU_ITEMS]


def not_for_relays(view):
    def view_for_staff(request, *args, **kwargs):
        if access.is_relay_user(request.user):
            raise PermissionDenied
        return view(request, *args, **kwargs)

    return view_for_staff


@hooks.register("register_admin_urls", order=-1)
def keep_relays_out_of_the_translations_report():
    # wagtail-localize shows its report (every translated page and snippet, drafts included)
    # to anyone who may enter the admin. These addresses come first and turn relays away.
    return [
        path(
            "localize/reports/translations/",
            not_for_relays(TranslationsReportView.as_view()),
        ),
        path(
            "localize/reports/translations/results/",
            not_for_relays(TranslationsReportView.as_view(results_only=True)),
        ),
    ]
