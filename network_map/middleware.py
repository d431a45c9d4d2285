"""What a relay organisation may open in the admin: its own screens, and nothing else.

Wagtail and wagtail-localize check permissions view by view, and several of their views show
data to anyone allowed into the admin (reports, bulk-action confirmations, the admin API,
snippet choosers, other pages' workflow screens). Rather than patch each of them, the admin is
closed to relay organisations except for the screens listed here, and the screens that name a
page, an image or a document by its id answer only for the relay's own.

Add ``network_map.middleware.RelayAdminMiddleware`` to ``MIDDLEWARE`` after Django's
``AuthenticationMiddleware`` (a system check says so when it is missing).
"""

from urllib.parse import urlsplit

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.db.models import F, Q
from django.http import QueryDict
from django.urls import Resolver404, resolve, reverse
from wagtail.admin.auth import permission_denied
from wagtail.models import Page

from cms_blocks.references import media_policies

from .models import RelayOrganisationPage, relay_subpage_models
from .roles import is_relay_user

# Screens that hold nothing of anybody else: signing in and out, the dashboard (whose panels
# we choose), the account, the editor's helpers, the media of the relay's own collection
# (Wagtail lists only the collections a person has permissions on) and the link choosers.
OPEN_VIEWS = {
    "wagtailadmin_home",
    "wagtailadmin_login",
    "wagtailadmin_logout",
    "wagtailadmin_account",
    "wagtailadmin_password_reset",
    "wagtailadmin_password_reset_done",
    "wagtailadmin_password_reset_confirm",
    "wagtailadmin_password_reset_complete",
    "wagtailadmin_javascript_catalog",
    "wagtail_localize:javascript_catalog",
    "wagtailadmin_sprite",
    "wagtailadmin_dismissibles",
    "wagtailadmin_tag_autocomplete",
    "wagtailadmin_tag_model_autocomplete",
    "wagtailadmin_block_preview",
    "wagtailadmin_choose_page",
    "wagtailadmin_choose_page_search",
    "wagtailadmin_choose_page_external_link",
    "wagtailadmin_choose_page_email_link",
    "wagtailadmin_choose_page_phone_link",
    "wagtailadmin_choose_page_anchor_link",
    "wagtailadmin_editing_sessions:release",
    "wagtailembeds:chooser",
    "wagtailembeds:chooser_upload",
    "wagtailimages:index",
    "wagtailimages:index_results",
    "wagtailimages:add",
    "wagtailimages:add_multiple",
    "wagtailimages:create_multiple_from_uploaded_image",
    "wagtailimages:delete_upload_multiple",
    "wagtailimages_chooser:choose",
    "wagtailimages_chooser:choose_results",
    "wagtailimages_chooser:create",
    "wagtaildocs:index",
    "wagtaildocs:index_results",
    "wagtaildocs:add",
    "wagtaildocs:add_multiple",
    "wagtaildocs:create_multiple_from_uploaded_document",
    "wagtaildocs:delete_upload_multiple",
    "wagtaildocs_chooser:choose",
    "wagtaildocs_chooser:choose_results",
    "wagtaildocs_chooser:create",
}

# Screens of one page, open for the relay's own pages only: its relay page and the pages under
# it (Wagtail then applies its own permissions: a relay may edit, preview and follow the
# moderation of its page and of the pages it added under it).
OWN_PAGE_VIEWS = {
    "wagtailadmin_explore": "parent_page_id",
    "wagtailadmin_explore_results": "parent_page_id",
    "wagtailadmin_pages:edit": "page_id",
    "wagtailadmin_pages:preview_on_edit": "page_id",
    "wagtailadmin_pages:view_draft": "page_id",
    "wagtailadmin_pages:history": "page_id",
    "wagtailadmin_pages:history_results": "page_id",
    "wagtailadmin_pages:revisions_index": "page_id",
    "wagtailadmin_pages:revisions_view": "page_id",
    "wagtailadmin_pages:revisions_revert": "page_id",
    "wagtailadmin_pages:revisions_compare": "pk",
    "wagtailadmin_pages:workflow_history": "page_id",
    "wagtailadmin_pages:workflow_history_detail": "page_id",
    "wagtailadmin_pages:workflow_action": "page_id",
    "wagtailadmin_pages:collect_workflow_action_data": "page_id",
    "wagtailadmin_pages:confirm_workflow_cancellation": "page_id",
    "wagtailadmin_pages:workflow_preview": "page_id",
    "wagtailadmin_editing_sessions:ping": "object_id",
}

# Adding a page: only under the relay's own page, and only of a type the host names in
# NETWORK_MAP_RELAY_SUBPAGE_TYPES (Wagtail checks its own rules after).
ADD_CHILD_VIEWS = {
    "wagtailadmin_pages:add_subpage",
    "wagtailadmin_pages:add",
    "wagtailadmin_pages:preview_on_add",
}
# Deleting a page: only one the relay added under its page and nobody ever published. A live
# one is withdrawn through moderation (a change of its status), never unpublished by a relay.
DELETE_CHILD_VIEWS = {"wagtailadmin_pages:delete"}

# Screens of one image or document, open for those the relay may use (its collection).
OWN_MEDIA_VIEWS = {
    "wagtailimages:edit": ("image", "image_id"),
    "wagtailimages:edit_multiple": ("image", "image_id"),
    "wagtailimages:delete_multiple": ("image", "image_id"),
    "wagtailimages:preview": ("image", "image_id"),
    "wagtailimages:url_generator": ("image", "image_id"),
    "wagtailimages:url_generator_output": ("image", "image_id"),
    "wagtailimages_chooser:chosen": ("image", "pk"),
    "wagtailimages_chooser:select_format": ("image", "image_id"),
    "wagtaildocs:edit": ("document", "document_id"),
    "wagtaildocs:edit_multiple": ("document", "doc_id"),
    "wagtaildocs:delete_multiple": ("document", "doc_id"),
    "wagtaildocs_chooser:chosen": ("document", "pk"),
}
# The same, for choosers that receive several ids in the query string.
MEDIA_CHOSEN_MULTIPLE_VIEWS = {
    "wagtailimages_chooser:chosen_multiple": "image",
    "wagtaildocs_chooser:chosen_multiple": "document",
}

# Page choosers: a relay sees and picks live pages and its own, never another's draft.
PAGE_CHOOSER_VIEWS = {
    "wagtailadmin_choose_page_child": "parent_page_id",
    "wagtailadmin_choose_page_chosen_multiple": None,
}


def relay_may_open(view_name):
    """True if a relay organisation may open the admin screen ``view_name`` at all."""
    return (
        view_name in OPEN_VIEWS
        or view_name in OWN_PAGE_VIEWS
        or view_name in ADD_CHILD_VIEWS
        or view_name in DELETE_CHILD_VIEWS
        or view_name in OWN_MEDIA_VIEWS
        or view_name in MEDIA_CHOSEN_MULTIPLE_VIEWS
        or view_name in PAGE_CHOOSER_VIEWS
    )


def relay_roots(user):
    """The pages where ``user``'s relay groups hold their permissions: its relay pages in the
    site's default language (``network_map.access.allow_relay_to_change``)."""
    from .access import accesses_of

    return RelayOrganisationPage.objects.filter(
        group_permissions__group__relay_access__in=accesses_of(user)
    ).distinct()


def relay_may_request(user, view_name, kwargs, query):
    """True if the relay ``user`` may open the admin screen ``view_name`` with these URL
    ``kwargs`` and ``query`` (a ``QueryDict``): the screen is listed, and names its own things."""
    return relay_may_open(view_name) and _names_own_objects(user, view_name, kwargs, query)


def relay_may_follow(user, url):
    """True if the admin would let the relay ``user`` open ``url``: for links and buttons."""
    parts = urlsplit(url)
    if not parts.path.startswith(reverse("wagtailadmin_home")):
        return True  # the public site, not the admin
    try:
        match = resolve(parts.path)
    except Resolver404:
        return False
    return relay_may_request(user, match.view_name, match.kwargs, QueryDict(parts.query))


def own_pages(user):
    """The pages ``user`` works on: its relay pages in every language, and every page under
    the ones it holds permissions on (the pages it added there, which Wagtail's permissions
    reach as they reach the whole branch)."""
    from .access import accesses_of

    relay_pages = Q(
        translation_key__in=accesses_of(user).values("translation_key"),
        content_type=ContentType.objects.get_for_model(RelayOrganisationPage),
    )
    return Page.objects.filter(relay_pages | _under_relay_pages(user))


def own_children(user):
    """The pages under ``user``'s relay pages, not the relay pages themselves."""
    return Page.objects.filter(_under_relay_pages(user))


def deletable_pages(user):
    """Pages a relay may delete: under its own page, and never published by anybody."""
    return own_children(user).filter(live=False, first_published_at__isnull=True)


def _under_relay_pages(user):
    under = Q(pk__in=[])
    for path, depth in relay_roots(user).values_list("path", "depth"):
        under |= Q(path__startswith=path, depth__gt=depth)
    return under


def choosable_pages(user):
    """Pages a relay organisation may see in a chooser and link to: live ones and its own.

    Choosers show a page's latest title, drafts included: a live page whose draft renames it
    stays out of the list until the new title is published.
    """
    public = Q(live=True, draft_title=F("title"))
    return Page.objects.filter(public | Q(pk__in=own_pages(user).values("pk")))


def usable_media(user, kind):
    """Images or documents in the collections where ``user`` may use them."""
    (_image, image_policy), (_document, document_policy) = media_policies()
    policy = image_policy if kind == "image" else document_policy
    return policy.instances_user_has_any_permission_for(user, ["choose", "change"])


class RelayAdminMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        match = request.resolver_match
        if match is None or not request.path_info.startswith(reverse("wagtailadmin_home")):
            return None
        user = getattr(request, "user", None)
        if not is_relay_user(user):
            return None
        name = match.view_name
        if not relay_may_request(user, name, view_kwargs, request.GET):
            if request.method == "GET":
                # As Wagtail's own screens do: back to the dashboard, with a message.
                return permission_denied(request)
            raise PermissionDenied
        return None


def _names_own_objects(user, name, kwargs, query):
    if name == "wagtailadmin_editing_sessions:ping" and kwargs.get("app_label") != "wagtailcore":
        return False
    if name in OWN_PAGE_VIEWS:
        if name.startswith("wagtailadmin_explore") and "search_all" in query:
            return False  # "search the whole tree" from its own page: not for relays
        return _is_id_in(kwargs.get(OWN_PAGE_VIEWS[name]), own_pages(user))
    if name in ADD_CHILD_VIEWS:
        return _is_id_in(kwargs.get("parent_page_id"), relay_roots(user)) and (
            name == "wagtailadmin_pages:add_subpage"
            or _is_relay_subpage_type(
                kwargs.get("content_type_app_name"), kwargs.get("content_type_model_name")
            )
        )
    if name in DELETE_CHILD_VIEWS:
        return _is_id_in(kwargs.get("page_id"), deletable_pages(user))
    if name in OWN_MEDIA_VIEWS:
        kind, argument = OWN_MEDIA_VIEWS[name]
        return _is_id_in(kwargs.get(argument), usable_media(user, kind))
    if name in MEDIA_CHOSEN_MULTIPLE_VIEWS:
        media = usable_media(user, MEDIA_CHOSEN_MULTIPLE_VIEWS[name])
        return all(_is_id_in(pk, media) for pk in query.getlist("id"))
    if name == "wagtailadmin_choose_page_child":
        return _is_id_in(kwargs.get("parent_page_id"), choosable_pages(user))
    if name == "wagtailadmin_choose_page_chosen_multiple":
        ids = query.getlist("id")
        return all(_is_id_in(pk, choosable_pages(user)) for pk in ids)
    return True


def _is_relay_subpage_type(app_label, model_name):
    return any(
        (model._meta.app_label, model._meta.model_name) == (app_label, model_name)
        for model in relay_subpage_models()
    )


def _is_id_in(value, queryset):
    value = str(value)
    return value.isdigit() and queryset.filter(pk=int(value)).exists()
