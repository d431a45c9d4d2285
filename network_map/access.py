"""Relay organisations edit their own page, and nothing else.

Giving a relay organisation access is one call, :func:`grant_access`, which creates or reuses:

- a group for the relay, allowed into the admin and to *change* its page in every language
  (no adding, publishing, deleting, moving, locking or unlocking);
- a collection of its own where the group may add, change and choose images and documents;
- the moderation workflow of relay changes on the map page (see :func:`relay_workflow`);
- the person's account, invited by e-mail with a link to choose a password.

:func:`revoke_access` takes the person out of the group: their account and everything the
relay wrote stay.
"""

from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.contrib.auth.tokens import default_token_generator
from django.core.mail import send_mail
from django.db import transaction
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from django.utils.translation import gettext as _
from wagtail.admin.utils import get_admin_base_url
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from .conf import get_setting
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


def relay_pages(translation_key):
    """The relay page in every language it exists in."""
    return RelayOrganisationPage.objects.filter(translation_key=translation_key)


@transaction.atomic
def grant_access(relay_page, email):
    """Let the person at ``email`` edit ``relay_page`` in every language, and nothing else.

    Safe to call again: it reuses what exists and adds what is missing (a translation made
    since, a workflow removed by mistake).

    Returns:
        A :class:`Grant`: the relay's access, the account, whether the account was created
        and whether an invitation was sent (to a new account, or one never activated).
    """
    access = ensure_relay_access(relay_page)
    user, created = _user_for(email)
    user.groups.add(access.group)
    invited = not user.has_usable_password()
    if invited:
        transaction.on_commit(lambda: send_invitation(user, relay_page))
    return Grant(access=access, user=user, created_user=created, invited=invited)


@transaction.atomic
def revoke_access(relay_page, email=None):
    """Take one person (or, without ``email``, everyone) out of the relay's group.

    Returns:
        The accounts that lost access. Their pages, images and documents are kept.
    """
    access = RelayAccess.objects.filter(translation_key=relay_page.translation_key).first()
    if access is None:
        return []
    members = access.group.user_set.all()
    if email is not None:
        members = members.filter(email__iexact=email.strip())
    members = list(members)
    access.group.user_set.remove(*members)
    return members


def ensure_relay_access(relay_page):
    """The relay's group, collection, permissions and workflow, made or completed."""
    access = RelayAccess.objects.filter(translation_key=relay_page.translation_key).first()
    if access is None:
        source = relay_page.get_translations(inclusive=True).order_by("pk").first()
        access = RelayAccess.objects.create(
            translation_key=relay_page.translation_key,
            group=Group.objects.create(name=_group_name(source)),
            collection=_relay_collections().add_child(name=source.title),
        )
    group = access.group
    group.permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    )
    for page in relay_pages(access.translation_key):
        allow_relay_to_change(access, page)
    for app_label, codename in MEDIA_PERMISSIONS:
        GroupCollectionPermission.objects.get_or_create(
            group=group,
            collection=access.collection,
            permission=Permission.objects.get(content_type__app_label=app_label, codename=codename),
        )
    for map_page in _map_pages_of(relay_page):
        assign_relay_workflow(map_page)
    return access


def allow_relay_to_change(access, page):
    GroupPagePermission.objects.get_or_create(
        group=access.group,
        page=page,
        permission=Permission.objects.get(
            content_type__app_label="wagtailcore", codename="change_page"
        ),
    )


def relay_workflow():
    """The workflow of relay changes: one approval by the network's staff."""
    workflow, _created = Workflow.objects.get_or_create(name=get_setting("WORKFLOW_NAME"))
    if not workflow.workflow_tasks.exists():
        reviewers, _created = Group.objects.get_or_create(name=get_setting("REVIEWERS_GROUP"))
        task = GroupApprovalTask.objects.create(name=get_setting("REVIEW_TASK_NAME"))
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


def _user_for(email):
    User = get_user_model()
    email = User.objects.normalize_email(email.strip())
    user = User.objects.filter(email__iexact=email).order_by("pk").first()
    if user is not None:
        return user, False
    fields = {User.get_email_field_name(): email}
    if User.USERNAME_FIELD != User.get_email_field_name():
        fields[User.USERNAME_FIELD] = email
    user = User(**fields)
    user.set_unusable_password()
    user.save()
    return user, True


def _group_name(source):
    # Group names are unique: the page id tells apart two relays of the same name.
    name = _("Relay organisation: %(title)s") % {"title": source.title}
    return f"{name[:130]} (#{source.pk})"


def _relay_collections():
    """The collection that holds one collection per relay organisation."""
    root = Collection.get_first_root_node()
    name = get_setting("COLLECTION_NAME")
    parent = root.get_children().filter(name=name).first()
    return parent or root.add_child(name=name)


def _map_pages_of(relay_page):
    parent = relay_page.get_parent()
    return (
        NetworkMapPage.objects.filter(translation_key=parent.translation_key)
        if parent
        else Page.objects.none()
    )
