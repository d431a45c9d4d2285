from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.core.validators import validate_email
from django.utils.translation import gettext as _

from network_map import access
from network_map.models import RelayOrganisationPage


class Command(BaseCommand):
    help = (
        "Give a relay organisation's contact access to the organisation's own page (in every "
        "language) and media, or take it back. Granting again is harmless."
    )

    def add_arguments(self, parser):
        actions = parser.add_subparsers(dest="action", required=True)
        grant = actions.add_parser("grant", help="Give access; invites a new account by e-mail.")
        grant.add_argument("page", help="The relay page's id or slug.")
        grant.add_argument("email")
        revoke = actions.add_parser(
            "revoke", help="Take access back; the account, pages and media stay."
        )
        revoke.add_argument("page", help="The relay page's id or slug.")
        revoke.add_argument("email", nargs="?", help="Only this person (default: everyone).")

    def handle(self, *args, action, page, email=None, **options):
        try:
            relay_page = access.find_relay_page(page)
        except (
            RelayOrganisationPage.DoesNotExist,
            RelayOrganisationPage.MultipleObjectsReturned,
        ) as error:
            raise CommandError(str(error)) from None
        if action == "grant":
            self._grant(relay_page, email)
        else:
            self._revoke(relay_page, email)

    def _grant(self, relay_page, email):
        try:
            validate_email(email.strip())
        except ValidationError:
            raise CommandError(
                _("“%(email)s” is not a valid e-mail address.") % {"email": email}
            ) from None
        grant = access.grant_access(relay_page, email)
        if grant.created_user:
            message = _("%(email)s (new account) can edit “%(title)s” in every language.")
        else:
            message = _("%(email)s (existing account) can edit “%(title)s” in every language.")
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

    def _revoke(self, relay_page, email):
        removed = access.revoke_access(relay_page, email)
        if not removed:
            raise CommandError(
                _("Nobody had access to “%(title)s”.") % {"title": relay_page.title}
                if email is None
                else _("%(email)s had no access to “%(title)s”.")
                % {"email": email, "title": relay_page.title}
            )
        for user in removed:
            self.stdout.write(
                self.style.SUCCESS(
                    _("%(email)s can no longer edit “%(title)s”.")
                    % {"email": user.email, "title": relay_page.title}
                )
            )
