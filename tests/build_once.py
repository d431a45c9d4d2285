"""Things a test run builds once and its processes share: a wheel, a served site."""

import fcntl
import os
import shutil


def build_once(tmp_path_factory, name, build):
    """The folder ``name`` of this test run, filled by ``build(folder)`` the first time.

    Test workers (pytest-xdist) share it: the first to ask builds while the others wait
    for it, then all of them read it. A build that failed is started again by the next.
    """
    # The run's own temporary folder: each worker's is a folder inside it.
    shared = tmp_path_factory.getbasetemp()
    if "PYTEST_XDIST_WORKER" in os.environ:
        shared = shared.parent
    folder = shared / name
    finished = shared / f"{name}.built"
    with open(shared / f"{name}.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not finished.exists():
            shutil.rmtree(folder, ignore_errors=True)
            folder.mkdir()
            build(folder)
            finished.touch()
    return folder
