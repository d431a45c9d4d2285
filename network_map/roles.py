"""Who is a relay organisation in the admin, as opposed to the network's staff."""

from wagtail.models import GroupPagePermission, PagePermissionTester


def is_relay_user(user):
    """True for someone who edits pages only as a relay organisation.

    That is: a member of a relay organisation's group (see ``network_map.access``) who holds
    no page permission through any other group, and is not a superuser. The answer is kept on
    the user object for the rest of the request.
    """
    if user is None or not user.is_authenticated or user.is_superuser:
        return False
    if not hasattr(user, "_network_map_is_relay"):
        user._network_map_is_relay = _only_relay_groups(user)
    return user._network_map_is_relay


def _only_relay_groups(user):
    groups = user.groups.all()
    if not groups.filter(relay_access__isnull=False).exists():
        return False
    other_page_permissions = GroupPagePermission.objects.filter(
        group__in=groups, group__relay_access__isnull=True
    )
    return not other_page_permissions.exists()


class RelayPagePermissionTester(PagePermissionTester):
    """Wagtail's rules, except that a relay organisation never deletes, moves, copies or
    unpublishes its page, whatever the page's state.

    (Wagtail lets "change" delete a page that is not live: a relay could delete its page once
    the staff unpublish it.)
    """

    def _is_relay(self):
        return is_relay_user(self.user)

    def can_delete(self, ignore_bulk=False):
        return not self._is_relay() and super().can_delete(ignore_bulk)

    def can_unpublish(self):
        return not self._is_relay() and super().can_unpublish()

    def can_move(self):
        return not self._is_relay() and super().can_move()

    def can_move_to(self, destination):
        return not self._is_relay() and super().can_move_to(destination)

    def can_copy(self):
        return not self._is_relay() and super().can_copy()

    def can_copy_to(self, destination, recursive=False):
        return not self._is_relay() and super().can_copy_to(destination, recursive)
