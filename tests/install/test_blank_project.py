"""The apps in a project made by ``wagtail start``, set up with the README's steps as written.

A newcomer's path, on the two ends of what the apps support: Python 3.12 with the Django of
Wagtail's project template (6.1), and Python 3.11 with Django 5.2 LTS. Each run makes a
virtual environment, installs Wagtail and the wheel, applies every step of the README's
section "Using the apps in another Wagtail project" (``readme_steps``), makes content as an
editor would (``exercise.py``), serves the project with ``runserver`` and reads it as a
visitor and as a browser would.

It installs packages from the package index (pinned by the constraints files), so it takes
about a minute and a half a run. Locally it skips when an interpreter is missing; in CI
(``CI=true``) a missing interpreter fails.
"""

import csv
import http.client
import io
import json
import socket
import subprocess
import time
import zipfile
from pathlib import Path

import pytest
from bs4 import BeautifulSoup

from ..chromium import require
from .conftest import REPOSITORY
from .readme_steps import BlankProject, steps

CONSTRAINTS = {
    "3.11": REPOSITORY / "requirements" / "constraints.txt",
    "3.12": REPOSITORY / "requirements" / "constraints-py312.txt",
}


def find_python(version):
    """An interpreter of ``version`` ("3.12") that makes virtualenvs (``scripts/find-python``)."""
    found = subprocess.run(  # noqa: S603 - the repository's own script
        [REPOSITORY / "scripts" / "find-python", version], capture_output=True, text=True
    )
    return found.stdout.strip() or None


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Server:
    """``manage.py runserver`` of the project, and plain HTTP requests to it."""

    def __init__(self, project):
        self.port = free_port()
        self.process = subprocess.Popen(  # noqa: S603 - the project's own manage.py
            [project.bin / "python", "manage.py", "runserver", f"127.0.0.1:{self.port}"]
            + ["--noreload"],
            cwd=project.root,
            env=project.environment(),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(100):
            try:
                self.get("/admin/login/")
                return
            except OSError:
                time.sleep(0.2)
        self.stop()
        raise AssertionError(f"runserver did not start: {self.process.stderr.read()[-3000:]}")

    @property
    def origin(self):
        return f"http://127.0.0.1:{self.port}"

    def get(self, path, **headers):
        """Status, headers and body of ``path``; redirects are not followed."""
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        try:
            connection.request("GET", path, headers=headers)
            response = connection.getresponse()
            return response.status, dict(response.getheaders()), response.read().decode()
        finally:
            connection.close()

    def stop(self):
        self.process.terminate()
        self.process.wait(timeout=30)


@pytest.fixture(scope="session")
def wheel(built):
    return built[0]


@pytest.mark.parametrize("version", ["3.12", "3.11"])
def test_readme_steps_make_a_blank_wagtail_project_serve_the_apps(
    version, wheel, tmp_path, browser
):
    python = find_python(version)
    require(python, f"Python {version} is not installed (PATH or pyenv)")
    require(CONSTRAINTS[version].exists(), f"{CONSTRAINTS[version].name} is missing")
    project = BlankProject(tmp_path, python, wheel, constraints=CONSTRAINTS[version])
    project.create_environment()
    readme_steps = steps()
    assert len(readme_steps) >= 7, "the README's section lost its steps"
    for step in readme_steps:
        project.apply(step)

    # The README's `makemigrations` made the project's own migrations, none for the apps:
    # their migrations hold on this Django too.
    shipped = {n for n in zipfile.ZipFile(wheel).namelist() if "/migrations/0" in n}
    site_packages = next(project.venv.glob("lib/python*/site-packages"))
    installed = {
        path.relative_to(site_packages).as_posix()
        for app in ("cms_blocks", "network_map")
        for path in (site_packages / app / "migrations").glob("0*.py")
    }
    assert installed == shipped

    django_version = project.run([project.bin / "python", "-m", "django", "--version"])
    assert django_version.startswith("6.1." if version == "3.12" else "5.2.")
    project.run([project.bin / "python", "manage.py", "check", "--fail-level", "WARNING"])
    exercise = (Path(__file__).parent / "exercise.py").read_text()
    output = project.run(
        [project.bin / "python", "manage.py", "shell", "--no-imports", "--command", exercise]
    )
    made = json.loads(output.splitlines()[-1])
    assert made["admin"] == dict.fromkeys(made["admin"], 200)

    server = Server(project)
    try:
        check_public_pages(server, made)
        check_the_map_in_a_browser(browser, server, made, tmp_path / f"map-{version}.png")
    finally:
        server.stop()


def check_public_pages(server, made):
    status, headers, _body = server.get("/", **{"Accept-Language": "fr,en;q=0.5"})
    assert status == 302 and headers["Location"] == "/fr/", (status, headers)
    status, headers, _body = server.get("/", **{"Accept-Language": "de"})
    assert status == 302 and headers["Location"] == "/en/"
    # A language the project does not publish: sent into the default language, then a 404.
    status, headers, _body = server.get("/de/")
    assert status == 302 and headers["Location"] == "/en/de/"
    assert server.get("/en/de/")[0] == 404

    status, _headers, html = server.get(made["article"])
    assert status == 200
    soup = BeautifulSoup(html, "html.parser")
    stylesheets = [link["href"] for link in soup.find_all("link", rel="stylesheet")]
    assert "/static/cms_blocks/css/blocks.css" in stylesheets
    # Every block of the library rendered something of its own in the host's layout.
    assert set(made["block_classes"]) == set(made["block_types"])
    for block_type, css_class in made["block_classes"].items():
        assert soup.find(class_=css_class), f"{block_type}: no .{css_class} on the page"

    status, _headers, html = server.get(made["map"])
    assert status == 200
    soup = BeautifulSoup(html, "html.parser")
    stylesheets = [link["href"] for link in soup.find_all("link", rel="stylesheet")]
    assert "/static/network_map/css/map.css" in stylesheets
    assert soup.find("script", src="/static/network_map/js/network-map.js")
    assert "Lyon relay" in html and "Clermont relay" in html
    for stylesheet in ["/static/network_map/css/map.css", "/static/cms_blocks/css/blocks.css"]:
        status, headers, css = server.get(stylesheet)
        assert status == 200 and headers["Content-Type"].startswith("text/css") and css

    status, _headers, html = server.get(made["map"] + "?departement=03")
    panel = BeautifulSoup(html, "html.parser").find(attrs={"data-map-part": "panel"})
    assert status == 200 and "Clermont relay" in panel.text and "Lyon relay" not in panel.text
    status, _headers, fragment = server.get(made["map"] + "?departement=03&fragment=map")
    assert status == 200 and "Clermont relay" in fragment and "<html" not in fragment

    for url, title in zip(made["relays"], ["Lyon relay", "Clermont relay"], strict=True):
        status, _headers, html = server.get(url)
        assert status == 200 and title in html
        assert "/static/network_map/css/map.css" in html

    status, _headers, geojson = server.get(made["map"] + "relays.geojson")
    assert status == 200
    features = json.loads(geojson)["features"]
    assert sorted(feature["properties"]["name"] for feature in features) == [
        "Clermont relay",
        "Lyon relay",
    ]
    status, _headers, table = server.get(made["map"] + "relays.csv")
    assert status == 200
    rows = list(csv.DictReader(io.StringIO(table)))
    assert sorted(row["name"] for row in rows) == ["Clermont relay", "Lyon relay"]


def check_the_map_in_a_browser(browser, server, made, screenshot):
    """The map is drawn with the app's stylesheet: départements filled, relays marked."""
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    try:
        page.goto(server.origin + made["map"])
        fills = page.eval_on_selector_all(
            ".network-map__svg path", "paths => paths.map(path => getComputedStyle(path).fill)"
        )
        markers = page.locator(".network-map__marker").count()
        page.screenshot(path=screenshot, full_page=True)
    finally:
        page.close()
    # Unstyled SVG paths are black: the app's stylesheet gives covered and uncovered
    # départements two colours of their own.
    assert len(fills) == 12 and markers == 2
    assert "rgb(0, 0, 0)" not in fills and len(set(fills)) >= 2, fills
