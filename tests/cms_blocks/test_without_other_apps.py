"""``cms_blocks`` needs Wagtail and nothing else: no ``network_map``, no wagtail-localize.

The test project installs both apps, so this runs a project of Wagtail's own apps and
``cms_blocks`` alone, in a process of its own: system checks, migrations, then every block of
the body stream rendered from its example.
"""

import json
import os
import subprocess
import sys
from pathlib import Path

from cms_blocks.blocks import BodyStreamBlock

REPOSITORY = Path(__file__).resolve().parents[2]

PROJECT = """
import json
import sys

import django
from django.conf import settings

settings.configure(
    SECRET_KEY="only-for-this-test",
    INSTALLED_APPS=[
        "cms_blocks",
        "wagtail.contrib.typed_table_block",
        "wagtail.embeds", "wagtail.users", "wagtail.documents", "wagtail.images",
        "wagtail.search", "wagtail.admin", "wagtail", "modelcluster", "taggit",
        "django.contrib.auth", "django.contrib.contenttypes", "django.contrib.sessions",
        "django.contrib.messages", "django.contrib.staticfiles",
    ],
    DATABASES={"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}},
    TEMPLATES=[{
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "APP_DIRS": True,
        "OPTIONS": {"context_processors": ["django.template.context_processors.request"]},
    }],
    STATIC_URL="/static/",
    ROOT_URLCONF="wagtail.urls",
    WAGTAIL_SITE_NAME="blocks only",
    WAGTAILADMIN_BASE_URL="http://localhost",
)
django.setup()

from django.core.management import call_command
from cms_blocks.blocks import BodyStreamBlock
from cms_blocks.examples import every_block

call_command("check", fail_level="WARNING")
call_command("migrate", verbosity=0)
stream_block = BodyStreamBlock()
value = stream_block.to_python(every_block(stream_block))
print(json.dumps({
    "imported": sorted(
        name for name in sys.modules if name.startswith(("network_map", "wagtail_localize"))
    ),
    "rendered": {child.block_type: len(str(child.render()).strip()) for child in value},
}))
"""


def test_cms_blocks_runs_in_a_project_with_only_wagtail():
    # A clean environment: the settings module of the test run must not leak in.
    environment = {
        name: value for name, value in os.environ.items() if not name.startswith("DJANGO_")
    }
    result = subprocess.run(  # noqa: S603 - this interpreter, a script of this file
        [sys.executable, "-c", PROJECT],
        cwd=REPOSITORY,
        env={**environment, "PYTHONPATH": str(REPOSITORY)},
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    report = json.loads(result.stdout.splitlines()[-1])

    assert report["imported"] == []
    # Every block renders some HTML of its own (blocks that show pages or files may be empty
    # on a site without any: only those).
    may_be_empty = {"cards", "page_list", "document", "image", "logos"}
    empty = {name for name, length in report["rendered"].items() if not length}
    assert empty <= may_be_empty, empty
    assert len(report["rendered"]) == len(BodyStreamBlock().child_blocks)
