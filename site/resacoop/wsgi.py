"""WSGI entry point, e.g. ``gunicorn --chdir site resacoop.wsgi``."""

import os
import sys
from pathlib import Path

from django.core.wsgi import get_wsgi_application

# The repository root holds the pluggable apps; site/ holds this project package.
_site_dir = Path(__file__).resolve().parent.parent
for _path in (_site_dir, _site_dir.parent):
    if str(_path) not in sys.path:
        sys.path.insert(0, str(_path))

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "resacoop.settings.production")

application = get_wsgi_application()
