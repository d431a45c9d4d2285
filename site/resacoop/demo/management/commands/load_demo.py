import time

from django.conf import settings
from django.core.management.base import BaseCommand

from resacoop.demo.build import DemoBuilder, remove_demo


class Command(BaseCommand):
    help = (
        "Build the demo site (the network's pages in French, English and Spanish, its members, "
        "missions, map of relays, media and accounts). Running it again changes nothing; "
        "--reset rebuilds it from scratch."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--password",
            help="Password of the demo accounts (default: generated and shown once).",
        )
        parser.add_argument(
            "--reset",
            "--force",
            action="store_true",
            dest="reset",
            help="Remove the demo content first, then rebuild it (--force says the same).",
        )

    def handle(self, *args, password=None, reset=False, **options):
        started = time.monotonic()
        if reset:
            remove_demo()
            self.stdout.write("Demo content removed.")
        result = DemoBuilder(self.stdout.write, password=password).build()
        base_url = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
        self.stdout.write(
            self.style.SUCCESS(f"Demo site ready in {time.monotonic() - started:.0f} s.")
        )
        self.stdout.write(f"Site:  {base_url}/")
        self.stdout.write(f"Admin: {base_url}/admin/  as {result.admin.get_username()}")
        for relay, user in result.relay_accounts:
            self.stdout.write(f"       or as {user.email} (relay organisation: {relay.title})")
        if result.new_passwords and not password:
            self.stdout.write(
                self.style.WARNING(
                    f"Password of the new demo accounts: {result.password} (shown only once)"
                )
            )
        elif not result.new_passwords and not password:
            self.stdout.write("Passwords unchanged (set them with --password).")
