from django.core.management.base import BaseCommand

from resacoop.demo import site_setup


class Command(BaseCommand):
    help = (
        "Prepare the site: a locale per content language, the member categories, the home "
        "page and its translations, and an administrator account if there is none. "
        "Safe to run again."
    )

    def add_arguments(self, parser):
        parser.add_argument("--admin-username", default="admin")
        parser.add_argument("--admin-email", default="admin@example.org")
        parser.add_argument(
            "--admin-password",
            help="Password for a new administrator account (default: generated and printed).",
        )

    def handle(self, *args, **options):
        site_setup.setup_site(log=self.stdout.write)

        user, password = site_setup.ensure_superuser(
            options["admin_username"], options["admin_email"], options["admin_password"]
        )
        if password and not options["admin_password"]:
            self.stdout.write(
                self.style.SUCCESS(
                    f"Administrator account created: {user.get_username()} / {password}\n"
                    "This password is shown only once."
                )
            )
        elif password:
            self.stdout.write(self.style.SUCCESS(f"Administrator account created: {user}"))
        else:
            self.stdout.write(
                f"Administrator account already exists: {user.get_username()} "
                "(forgotten password? python manage.py changepassword "
                f"{user.get_username()})"
            )
