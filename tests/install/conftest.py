"""The apps' distributions, built once a test run, for the packaging and install tests."""

import fcntl
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPOSITORY = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def built(tmp_path_factory):
    """Build once for the whole run, offline, with the setuptools of this environment.

    Test workers (pytest-xdist) share one build: a build writes into the source tree, so two
    at once would trip over each other.
    """
    # The run's own temporary folder: each worker's is a folder inside it.
    shared = tmp_path_factory.getbasetemp()
    if "PYTEST_XDIST_WORKER" in os.environ:
        shared = shared.parent
    out = shared / "dist"
    with open(shared / "dist.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not out.exists():
            subprocess.run(  # noqa: S603 - this interpreter, this repository
                [
                    sys.executable,
                    "-m",
                    "build",
                    "--no-isolation",
                    "--outdir",
                    str(out),
                    str(REPOSITORY),
                ],
                check=True,
                capture_output=True,
            )
    (wheel,) = out.glob("*.whl")
    (sdist,) = out.glob("*.tar.gz")
    return wheel, sdist
