"""The apps' distributions, built once a test run, for the packaging and install tests."""

import subprocess
import sys
from pathlib import Path

import pytest

from ..build_once import build_once

REPOSITORY = Path(__file__).resolve().parents[2]


def build(out):
    subprocess.run(  # noqa: S603 - this interpreter, this repository
        [sys.executable, "-m", "build", "--no-isolation", "--outdir", str(out), str(REPOSITORY)],
        check=True,
        capture_output=True,
    )


@pytest.fixture(scope="session")
def built(tmp_path_factory):
    """Build once for the whole run, offline, with the setuptools of this environment.

    Test workers (pytest-xdist) share one build: a build writes into the source tree, so two
    at once would trip over each other.
    """
    out = build_once(tmp_path_factory, "dist", build)
    (wheel,) = out.glob("*.whl")
    (sdist,) = out.glob("*.tar.gz")
    return wheel, sdist
