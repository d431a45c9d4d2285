from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.core.validators import validate_email
from django.utils.translation import gettext as _

from network_map import access
from network_map.models import RelayOrganisationPage


class Command(BaseCommand):
    help = (
        "Give a relay organisation's contact access to the organisation's own page (in every "
        "language), the pages it adds under it (NETWORK_MAP_RELAY_SUBPAGE_TYPES) and its "
        "media, or take it back. Granting again is harmless, and completes an older access."
    )

    def add_arguments(self, parser):
        actions = parser.add_subparsers(dest="action", required=True)
        grant = actions.add_parser(
            "grant",
            help="Give access; makes and invites a new account for an e-mail address, or "
            "gives it to an existing account named with --account.",
        )
        grant.add_argument("page", help="The relay page's id or slug.")
        grant.add_argument("email", nargs="?")
        grant.add_argument("--account", help="Username of an existing account.")
        revoke = actions.add_parser(
            "revoke", help="Take access back; the account, pages and media stay."
        )
        revoke.add_argument("page", help="The relay page's id or slug.")
        revoke.add_argument(
            "email", nargs="?", help="Only the person with this address (default: everyone)."
        )
        revoke.add_argument("--account", help="Only this account (its username).")

    def handle(self, *args, action, page, email=None, account=None, **options):
        try:
            relay_page = access.find_relay_page(page)
        except (
            RelayOrganisationPage.DoesNotExist,
            RelayOrganisationPage.MultipleObjectsReturned,
        ) as error:
            raise CommandError(str(error)) from None
        if action == "grant":
            self._grant(relay_page, email, account)
        else:
            self._revoke(relay_page, email, account)

    def _grant(self, relay_page, email, account):
        if (email is None) == (account is None):
            raise CommandError(_("Give either an e-mail address or --account, not both."))
        if account is not None:
            grant = access.grant_access(relay_page, user=self._account(account))
        else:
            try:
                validate_email(email.strip())
            except ValidationError:
                raise CommandError(
                    _("“%(email)s” is not a valid e-mail address.") % {"email": email}
                ) from None
            try:
                grant = access.grant_access(relay_page, email)
            except access.AccessRefused as refusal:
                raise CommandError(
                    str(refusal) + " " + _("Use --account with the account's username.")
                ) from None
        if grant.created_user:
            message = _("%(email)s (new account) can edit “%(title)s”.")
        else:
            message = _("%(email)s (existing account) can edit “%(title)s”.")
        self.stdout.write(
            self.style.SUCCESS(message % {"email": grant.user.email, "title": relay_page.title})
        )
        self.stdout.write(
            _("Group: %(group)s. Collection of images and documents: %(collection)s.")
            % {"group": grant.access.group.name, "collection": grant.access.collection.name}
        )
        if grant.invited:
            self.stdout.write(
                _("An invitation to choose a password was e-mailed to %(email)s.")
                % {"email": grant.user.email}
            )

    def _account(self, username):
        User = get_user_model()
        try:
            return User.objects.get(**{User.USERNAME_FIELD: username}, is_active=True)
        except User.DoesNotExist:
            raise CommandError(
                _("No active account has the username “%(username)s”.") % {"username": username}
            ) from None

    def _revoke(self, relay_page, email, account):
        people = access.people_with_access(relay_page)
        if account is not None:
            people = people.filter(pk=self._account(account).pk)
        elif email is not None:
            people = people.filter(email__iexact=email.strip())
            if people.count() > 1:
                raise CommandError(
                    _("Several accounts with access use %(email)s: name one with --account.")
                    % {"email": email}
                )
        person = people.first() if account is not None or email is not None else None
        if (account is not None or email is not None) and person is None:
            raise CommandError(
                _("%(email)s had no access to “%(title)s”.")
                % {"email": account or email, "title": relay_page.title}
            )
        removed = access.revoke_access(relay_page, person)
        if not removed:
            raise CommandError(_("Nobody had access to “%(title)s”.") % {"title": relay_page.title})
        for user in removed:
            self.stdout.write(
                self.style.SUCCESS(
                    _("%(email)s can no longer edit “%(title)s”.")
                    % {"email": user.email, "title": relay_page.title}
                )
            )
