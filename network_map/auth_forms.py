"""A password reset form that also reaches relay accounts whose invitation was never used.

:func:`network_map.access.grant_access` creates a relay's account without a password and
e-mails it a link to choose one. The link lasts ``PASSWORD_RESET_TIMEOUT`` (three days by
default). Once it has expired, Django's "forgot password" form would send nothing: it skips
every account without a usable password, as those may be accounts that must never sign in
with one. :class:`InvitationPasswordResetForm` sends the link to those accounts too when they
are active and belong to a relay organisation's group (:class:`network_map.models.RelayAccess`),
and to no other account without a password.

Make it Wagtail's password reset form in the settings::

    WAGTAILADMIN_USER_PASSWORD_RESET_FORM = "network_map.auth_forms.InvitationPasswordResetForm"

or subclass it, to add rules of your own to the form a site uses.
"""

import unicodedata

from django.contrib.auth import get_user_model
from wagtail.admin.forms.auth import PasswordResetForm

__all__ = ["InvitationPasswordResetForm", "never_activated_relay_accounts"]


class InvitationPasswordResetForm(PasswordResetForm):
    """Wagtail's password reset form, also for relay accounts that never chose a password."""

    def get_users(self, email):
        yield from super().get_users(email)
        yield from never_activated_relay_accounts(email)


def never_activated_relay_accounts(email):
    """Active accounts of relay organisations with address ``email`` and no password yet.

    Args:
        email: the address typed into the form, compared as Django compares it (without case,
            after Unicode normalisation, so that look-alike characters match no one else).

    Returns:
        An iterator over the accounts.
    """
    User = get_user_model()
    email_field = User.get_email_field_name()
    accounts = User._default_manager.filter(
        **{f"{email_field}__iexact": email},
        is_active=True,
        groups__relay_access__isnull=False,
    ).distinct()
    return (
        user
        for user in accounts
        if not user.has_usable_password() and _same_address(email, getattr(user, email_field) or "")
    )


def _same_address(typed, stored):
    # Django's PasswordResetForm compares the same way (Unicode TR 36, 2.11.2(B)(2)).
    return unicodedata.normalize("NFKC", typed).casefold() == (
        unicodedata.normalize("NFKC", stored).casefold()
    )
