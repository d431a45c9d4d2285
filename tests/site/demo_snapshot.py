"""The demo's content for the tests that read it: loaded once per test process, then copied
back into the test database for each of them.

``load_demo`` is the slowest thing the tests do (tens of seconds on PostgreSQL), and the tests
that read the demo (accessibility audits of its pages, its agenda, its texts) need it in a
database that runs outside a transaction, which is emptied after each of them. So the first of
them loads the demo and keeps a copy of the whole database: on PostgreSQL a database made from
it as a template, which every test process of the run (pytest-xdist) copies from; on SQLite
(in memory, one database a process) a copy through SQLite's backup API, one a process.
The others get the copy back in about a second. The files the demo uploads stay in a folder
of the run (of the process on SQLite), which the tests use as their media folder.

The demo's own tests (``tests/site/demo/test_demo.py``) still run ``load_demo`` themselves:
the command is what they test.
"""

import re
import shutil
import sqlite3
from io import StringIO
from urllib.parse import quote

from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.db import connection, connections
from django.test import override_settings

DEMO_PASSWORD = "demo-password"  # noqa: S105 - the demo accounts of the test database


class DemoSnapshot:
    """A copy of the test database holding the demo, and the folder of the demo's files."""

    def __init__(self, media_root):
        self.media_root = media_root
        self.storage_settings = storage_settings(media_root)
        #: What ``load_demo`` printed when it loaded the demo.
        self.output = ""
        self._copy = None

    @property
    def on_postgresql(self):
        return connection.vendor == "postgresql"

    def take(self):
        """Load the demo into the test database and keep a copy of it (SQLite)."""
        self.output = self._load()
        connection.ensure_connection()
        self._copy = sqlite3.connect(":memory:", check_same_thread=False)
        connection.connection.backup(self._copy)

    def share(self, folder):
        """Load the demo into the test database and keep a copy of it that every test process
        of the run can copy (PostgreSQL), with the files and output in ``folder``."""
        self.output = self._load()
        (folder / "output.txt").write_text(self.output)
        self._recreate(self.shared_name, template=connection.settings_dict["NAME"])

    def use_shared(self, folder):
        """Use the copy :meth:`share` made, with its files in ``folder``."""
        self.output = (folder / "output.txt").read_text()
        self._copy = self.shared_name

    @property
    def shared_name(self):
        return shared_copy_name(connection.settings_dict["NAME"])

    def _load(self):
        output = StringIO()
        with override_settings(**self.storage_settings):
            call_command("load_demo", "--password", DEMO_PASSWORD, stdout=output)
        return output.getvalue()

    def copy_files(self, folder, settings):
        """Use a copy of the demo's files in ``folder`` for this test (``settings`` is
        pytest-django's fixture): for a test that deletes or changes them."""
        shutil.copytree(self.media_root, folder)
        for name, value in storage_settings(folder).items():
            setattr(settings, name, value)

    def restore(self):
        """Put the test database back as it was right after ``load_demo``."""
        if self.on_postgresql:
            self._recreate(connection.settings_dict["NAME"], template=self._copy)
        else:
            connection.ensure_connection()
            self._copy.backup(connection.connection)
        # The content types are back with the ids they had in the copy. Those this process
        # keeps in memory may be others: emptying the database after a test outside a
        # transaction makes them again, with new ids (and creating the permissions caches
        # them), and a row saved with a stale one (the page editor's editing session) breaks a
        # foreign key.
        ContentType.objects.clear_cache()

    def copy_for_server(self, folder):
        """A database of its own holding the demo, for a server run by the tests; returns
        its ``DATABASE_URL``: on PostgreSQL a new database named after this process's test
        database (drop it with :func:`drop_database`), on SQLite the file
        ``folder/db.sqlite3``."""
        if self.on_postgresql:
            name = f"{connection.settings_dict['NAME']}_served"
            self._recreate(name, template=self._copy)
            return database_url(connection.settings_dict, name)
        target = sqlite3.connect(folder / "db.sqlite3")
        try:
            self._copy.backup(target)
        finally:
            target.close()
        return f"sqlite:///{folder / 'db.sqlite3'}"

    def discard(self):
        """Forget the copy of this process (SQLite); see :func:`drop_database`."""
        if self._copy is not None and not self.on_postgresql:
            self._copy.close()

    def _recreate(self, name, template):
        """Make ``name`` a new copy of ``template`` (PostgreSQL copies a template's files)."""
        # Neither database may have a session open: this thread's are closed here, the live
        # server's are closed after each request, and any other is ended by FORCE.
        connections.close_all()
        with connection._nodb_cursor() as cursor:
            cursor.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
                " WHERE datname = %s AND pid <> pg_backend_pid()",
                [template],
            )
            cursor.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            cursor.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')


def shared_copy_name(test_database):
    """The name of the run's copy on PostgreSQL: its test database's, without the suffix of
    the test process (``test_resacoop_gw1`` -> ``test_resacoop_demo``)."""
    return re.sub(r"_gw\d+$", "", test_database) + "_demo"


def drop_database(name):
    """Drop the database ``name`` (PostgreSQL): the run's copy once no test process needs it
    any more, or a server's copy."""
    connections.close_all()
    with connection._nodb_cursor() as cursor:
        cursor.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def database_url(settings, name):
    """The ``DATABASE_URL`` of the database ``name`` on the server of ``settings`` (Django's
    settings of a PostgreSQL connection)."""
    account = quote(settings["USER"] or "", safe="")
    if settings["PASSWORD"]:
        account += ":" + quote(settings["PASSWORD"], safe="")
    host = settings["HOST"] or "localhost"
    port = f":{settings['PORT']}" if settings["PORT"] else ""
    return f"postgres://{account}@{host}{port}/{quote(name)}"


def storage_settings(media_root):
    """The settings that keep uploads in ``media_root``."""
    return {
        "MEDIA_ROOT": str(media_root),
        "STORAGES": {
            "default": {
                "BACKEND": "django.core.files.storage.FileSystemStorage",
                "OPTIONS": {"location": str(media_root)},
            },
            "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
        },
    }
