"""Who is a relay organisation in the admin, as opposed to the network's staff."""

from wagtail.models import GroupPagePermission


def is_relay_user(user):
    """True for someone who edits pages only as a relay organisation.

    That is: a member of a relay organisation's group (see ``network_map.access``) who holds
    no page permission through any other group, and is not a superuser.
    """
    if user is None or not user.is_authenticated or user.is_superuser:
        return False
    groups = user.groups.all()
    if not groups.filter(relay_access__isnull=False).exists():
        return False
    other_page_permissions = GroupPagePermission.objects.filter(
        group__in=groups, group__relay_access__isnull=True
    )
    return not other_page_permissions.exists()
