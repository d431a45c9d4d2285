"""Debian's Chromium driven by Playwright, for every test that looks at pages in a browser.

Locally those tests skip when a tool is missing; in CI (``CI=true``) a missing tool is a
failure, so the tests cannot silently stop running. The browser itself is the session
fixture ``browser`` (``tests/conftest.py``): Playwright's synchronous API runs once a process.
"""

import os
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
IN_CI = os.environ.get("CI", "").lower() == "true"


def require(condition, reason):
    """Skip the test without ``condition``, or fail it in CI."""
    if not condition:
        if IN_CI:
            pytest.fail(f"{reason} (required in CI)")
        pytest.skip(reason)
