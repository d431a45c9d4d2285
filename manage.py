#!/usr/bin/env python
"""Django's command-line utility for the reference site."""

import os
import sys
from pathlib import Path

# site/ is a source root, not a package: Python's standard library owns the name "site".
sys.path.insert(0, str(Path(__file__).resolve().parent / "site"))

if __name__ == "__main__":
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "resacoop.settings.dev")

    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)
