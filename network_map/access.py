"""Relay organisations edit their own page, and nothing else.

Giving a relay organisation access is one call, :func:`grant_access`, which creates or reuses:

- a group for the relay, allowed into the admin, to *change* its page in the site's default
  language and to *add* pages under it, of the types the host names in
  ``NETWORK_MAP_RELAY_SUBPAGE_TYPES`` (events, say); no publishing, deleting, moving, locking
  or unlocking: every change goes through moderation. The translations of the page are kept
  by the network's staff;
- a collection of its own where the group may add, change and choose images and documents;
- the moderation workflow of relay changes on the map page (see :func:`relay_workflow`);
- the person's account, invited by e-mail with a link to choose a password.

Access always goes to one account, never to an e-mail address, which people can change.
:func:`revoke_access` takes one account out of the group: the account and everything the
relay wrote stay.
"""

from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.contrib.auth.tokens import default_token_generator
from django.core.mail import send_mail
from django.db import transaction
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from django.utils.translation import gettext as _
from wagtail.admin.utils import get_admin_base_url
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Locale,
    Page,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from .conf import get_setting, stored_name
from .models import NetworkMapPage, RelayAccess, RelayOrganisationPage
from .roles import is_relay_user  # noqa: F401 - part of this module's interface

MEDIA_PERMISSIONS = [
    ("wagtailimages", f"{action}_image") for action in ("add", "change", "choose")
] + [("wagtaildocs", f"{action}_document") for action in ("add", "change", "choose")]


@dataclass
class Grant:
    access: RelayAccess
    user: object
    created_user: bool
    invited: bool


class AccessRefused(Exception):
    """Access cannot be given as asked; the message says why and what to do instead."""


@transaction.atomic
def grant_access(relay_page, email=None, *, user=None):
    """Let one person edit ``relay_page`` (in its source language) and nothing else.

    Access goes to one account, never to whoever holds an e-mail address: people can change
    the address of their own account, so an address is only used to *create* an account.

    - With ``user``: that account, chosen by the staff.
    - With ``email``: the account already in the relay's group with this address (granting
      again is harmless), else a new account, invited by e-mail. If an account outside the
      group already uses the address, nothing is given: the staff must choose that account
      explicitly (:class:`AccessRefused`).

    Safe to call again: it reuses what exists and adds what is missing (a workflow removed by
    mistake, a page moved to another map).

    Returns:
        A :class:`Grant`: the relay's access, the account, whether the account was created
        and whether an invitation was sent (to a new account, or one never activated).
    """
    if (email is None) == (user is None):
        raise TypeError("grant_access() takes an e-mail address or an account, not both.")
    access = ensure_relay_access(relay_page)
    created = False
    if user is None:
        user, created = _account_for(access, email)
    user.groups.add(access.group)
    invited = not user.has_usable_password()
    if invited:
        transaction.on_commit(lambda: send_invitation(user, relay_page))
    return Grant(access=access, user=user, created_user=created, invited=invited)


@transaction.atomic
def revoke_access(relay_page, user=None):
    """Take one account (or, without ``user``, everyone) out of the relay's group.

    Returns:
        The accounts that lost access. Their pages, images and documents are kept.
    """
    access = RelayAccess.objects.filter(translation_key=relay_page.translation_key).first()
    if access is None:
        return []
    members = access.group.user_set.all()
    if user is not None:
        members = members.filter(pk=user.pk)
    members = list(members)
    access.group.user_set.remove(*members)
    return members


def people_with_access(relay_page):
    """The accounts that may edit ``relay_page``, by e-mail address."""
    access = RelayAccess.objects.filter(translation_key=relay_page.translation_key).first()
    if access is None:
        return get_user_model().objects.none()
    return access.group.user_set.order_by("email", "pk")


def accounts_using(email):
    """Every account whose e-mail address is ``email`` (compared without case)."""
    User = get_user_model()
    email = User.objects.normalize_email(email.strip())
    return User.objects.filter(**{f"{User.get_email_field_name()}__iexact": email})


def ensure_relay_access(relay_page):
    """The relay's group, collection, permissions and workflow, made or completed."""
    source = source_page(relay_page.translation_key)
    access = RelayAccess.objects.filter(translation_key=relay_page.translation_key).first()
    if access is None:
        access = RelayAccess.objects.create(
            translation_key=relay_page.translation_key,
            group=Group.objects.create(name=_group_name(source)),
            collection=_relay_collections().add_child(name=source.title),
        )
    group = access.group
    group.permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    )
    allow_relay_to_change(access, source)
    for app_label, codename in MEDIA_PERMISSIONS:
        GroupCollectionPermission.objects.get_or_create(
            group=group,
            collection=access.collection,
            permission=Permission.objects.get(content_type__app_label=app_label, codename=codename),
        )
    for map_page in _map_pages_of(relay_page):
        assign_relay_workflow(map_page)
    return access


def source_page(translation_key):
    """The relay page that relays edit: the one in the site's default language.

    Its translations are made and kept current by the network's staff with wagtail-localize
    (see docs/relay-organisations.md); fields that are the same in every language follow this
    page when it is published (:func:`network_map.signals.synchronise_translations`).
    Without a page in the default language, the oldest page stands in.
    """
    pages = RelayOrganisationPage.objects.filter(translation_key=translation_key)
    return (
        pages.filter(locale__language_code=Locale.get_default().language_code).first()
        or pages.order_by("pk").first()
    )


# What a relay's group holds on its page, and through Wagtail's tree on the pages under it:
# "change" to edit them and save drafts, "add" to create children (which Wagtail offers only
# when NETWORK_MAP_RELAY_SUBPAGE_TYPES names some). Never "publish": every change, a new child
# included, goes through the workflow of the map page. Nor "delete", "bulk_delete", "lock" or
# "unlock"; RelayAdminMiddleware keeps deletion to children that were never published.
RELAY_PAGE_PERMISSIONS = ["change_page", "add_page"]


def allow_relay_to_change(access, page):
    """:data:`RELAY_PAGE_PERMISSIONS` on ``page`` only: not on its translations, which the
    staff keep, nor anywhere else (a permission given by hand to the group is taken back)."""
    wanted = Permission.objects.filter(
        content_type__app_label="wagtailcore", codename__in=RELAY_PAGE_PERMISSIONS
    )
    for permission in wanted:
        GroupPagePermission.objects.get_or_create(
            group=access.group, page=page, permission=permission
        )
    GroupPagePermission.objects.filter(group=access.group).exclude(
        page=page, permission__in=wanted
    ).delete()


def relay_workflow():
    """The workflow of relay changes: one approval by the network's staff."""
    workflow, _created = Workflow.objects.get_or_create(name=stored_name("WORKFLOW_NAME"))
    if not workflow.workflow_tasks.exists():
        reviewers, _created = Group.objects.get_or_create(name=get_setting("REVIEWERS_GROUP"))
        task = GroupApprovalTask.objects.create(name=stored_name("REVIEW_TASK_NAME"))
        task.groups.set([reviewers])
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    return workflow


def assign_relay_workflow(map_page):
    """Send changes to the relays of ``map_page`` through :func:`relay_workflow`.

    A workflow the staff chose for this map page themselves is left in place.
    """
    WorkflowPage.objects.get_or_create(page=map_page, defaults={"workflow": relay_workflow()})


def accesses_of(user):
    """The relay organisations ``user`` edits pages for."""
    if not user.is_authenticated:
        return RelayAccess.objects.none()
    return RelayAccess.objects.filter(group__user=user)


def find_relay_page(reference):
    """The relay page with this id or slug (the slug in any language)."""
    reference = str(reference).strip()
    pages = RelayOrganisationPage.objects.all()
    matches = pages.filter(Q(slug=reference) | (Q(pk=reference) if reference.isdigit() else Q()))
    found = list(matches.order_by("pk")[:2])
    if not found:
        raise RelayOrganisationPage.DoesNotExist(
            _("No relay organisation page has the id or slug “%(reference)s”.")
            % {"reference": reference}
        )
    if len({page.translation_key for page in found}) > 1:
        raise RelayOrganisationPage.MultipleObjectsReturned(
            _("Several relay organisations have the slug “%(reference)s”: give the page id.")
            % {"reference": reference}
        )
    return found[0]


def send_invitation(user, relay_page):
    """E-mail ``user`` a link to choose their password; no password is ever sent or stored."""
    path = reverse(
        "wagtailadmin_password_reset_confirm",
        kwargs={
            "uidb64": urlsafe_base64_encode(force_bytes(user.pk)),
            "token": default_token_generator.make_token(user),
        },
    )
    context = {
        "user": user,
        "relay_page": relay_page,
        "set_password_url": get_admin_base_url() + path,
        "admin_url": get_admin_base_url() + reverse("wagtailadmin_home"),
    }
    send_mail(
        subject=render_to_string("network_map/access/invitation_subject.txt", context).strip(),
        message=render_to_string("network_map/access/invitation.txt", context),
        from_email=None,
        recipient_list=[user.email],
    )


def _account_for(access, email):
    """The account in the relay's group with this address, or a new one."""
    User = get_user_model()
    email = User.objects.normalize_email(email.strip())
    holders = accounts_using(email)
    member = holders.filter(groups=access.group).order_by("pk").first()
    if member is not None:
        return member, False
    if holders.exists():
        raise AccessRefused(
            _(
                "An account already uses the address %(email)s. Nothing was given: check "
                "whose account it is, then choose it explicitly."
            )
            % {"email": email}
        )
    fields = {User.get_email_field_name(): email}
    if User.USERNAME_FIELD != User.get_email_field_name():
        fields[User.USERNAME_FIELD] = _free_username(User, email)
    user = User(**fields)
    user.set_unusable_password()
    user.save()
    return user, True


def _free_username(User, email):
    # Usernames are unique; an address is only a starting point for one.
    username, number = email, 1
    while User.objects.filter(**{User.USERNAME_FIELD: username}).exists():
        number += 1
        username = f"{email}-{number}"
    return username


def _group_name(source):
    # Group names are unique: the page id tells apart two relays of the same name.
    with translation.override(settings.LANGUAGE_CODE):
        name = _("Relay organisation: %(title)s") % {"title": source.title}
    return f"{name[:130]} (#{source.pk})"


def _relay_collections():
    """The collection that holds one collection per relay organisation."""
    root = Collection.get_first_root_node()
    name = stored_name("COLLECTION_NAME")
    parent = root.get_children().filter(name=name).first()
    return parent or root.add_child(name=name)


def _map_pages_of(relay_page):
    parent = relay_page.get_parent()
    return (
        NetworkMapPage.objects.filter(translation_key=parent.translation_key)
        if parent
        else Page.objects.none()
    )
