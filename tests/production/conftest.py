"""The reference site served as in production, for the tests of ``tests/production``: nginx
with the repository's configuration (``deploy/nginx/``) in front of gunicorn with the
production settings, on loopback, over HTTPS with a certificate made for the run.

Two sites are served. The test content's (``content.py``: a SQLite database and uploads) is
built once a run by ``manage.py`` commands and shared by the test processes of pytest-xdist.
The demo's is a copy of the demo the site's tests read (``demo_snapshot``), on the tests'
database engine. Static files are collected once a run. Each process serves its own copy of
a site's database and uploads with a gunicorn and an nginx of its own, on free ports, with
their files in its temporary folder.

Locally the tests skip without nginx or openssl; in CI (``CI=true``) they fail instead.
"""

import http.client
import json
import os
import secrets
import shutil
import socket
import ssl
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from ..build_once import build_once
from ..chromium import require

REPOSITORY = Path(__file__).resolve().parents[2]
RENDER = REPOSITORY / "deploy" / "nginx" / "render"
TEMPLATE = REPOSITORY / "deploy" / "nginx" / "site.conf.template"
GUNICORN = Path(sys.executable).parent / "gunicorn"
HOST = "127.0.0.1"

# nginx's own files (pid, logs, request bodies) in the test's folder, not in /var: it runs
# without root, and beside any nginx of the machine.
MAIN_CONFIGURATION = """\
{user}daemon off;
worker_processes 1;
pid {folder}/nginx.pid;
error_log {folder}/nginx-error.log warn;
events {{ worker_connections 256; }}
http {{
    include {mime_types};
    default_type application/octet-stream;
    access_log {folder}/nginx-access.log;
    client_body_temp_path {folder}/nginx-client-body;
    proxy_temp_path {folder}/nginx-proxy;
    fastcgi_temp_path {folder}/nginx-fastcgi;
    uwsgi_temp_path {folder}/nginx-uwsgi;
    scgi_temp_path {folder}/nginx-scgi;
    include {folder}/site.conf;
}}
"""


def find_nginx():
    found = shutil.which("nginx") or "/usr/sbin/nginx"
    return found if os.access(found, os.X_OK) else None


def run(command, environment):
    result = subprocess.run(  # noqa: S603 - this repository's commands
        command, cwd=REPOSITORY, env=environment, capture_output=True, text=True, check=False
    )
    if result.returncode:
        pytest.fail(f"{' '.join(map(str, command))} failed:\n{result.stderr[-3000:]}")
    return result.stdout


def site_environment(database_url, media, static, **more):
    """The environment of the site's commands and server: production settings, and nothing
    of the environment the tests run in (its DATABASE_URL, REDIS_URL...)."""
    return {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": os.environ.get("HOME", "/tmp"),  # noqa: S108 - only where HOME is unset
        "LANG": "C.UTF-8",
        "DJANGO_SETTINGS_MODULE": "resacoop.settings.production",
        "SECRET_KEY": f"production-test-{secrets.token_urlsafe(32)}",
        "ALLOWED_HOSTS": HOST,
        "DATABASE_URL": database_url,
        "CACHE_URL": "locmem://production-test",
        "MEDIA_ROOT": str(media),
        "STATIC_ROOT": str(static),
        "LOG_LEVEL": "WARNING",
        **more,
    }


@pytest.fixture(scope="session")
def nginx():
    """nginx's executable (and openssl, for the certificate)."""
    found = find_nginx()
    require(found, "nginx is not installed (apt-get install nginx)")
    require(shutil.which("openssl"), "openssl is not installed (apt-get install openssl)")
    return found


def sqlite_url(path):
    return f"sqlite:///{path}"


def manage(arguments, environment):
    """Run ``manage.py`` with ``arguments`` in ``environment``; returns what it printed."""
    return run([sys.executable, "manage.py", *arguments], environment)


@pytest.fixture(scope="session")
def static_build(nginx, tmp_path_factory):
    """The site's static files collected with the production settings, once for the run."""

    def collect(folder):
        environment = site_environment(
            sqlite_url(folder / "unused.sqlite3"), folder / "unused-media", folder
        )
        manage(["collectstatic", "--noinput", "-v0"], environment)

    return build_once(tmp_path_factory, "static", collect)


@pytest.fixture(scope="session")
def production_build(nginx, tmp_path_factory):
    """The test content's site (``content.py``), built once for the whole run by
    ``manage.py`` commands with the production settings: its database, uploads and the
    addresses of its pages.

    About half a minute of migrations; test workers (pytest-xdist) wait for the first one
    to build it, then copy it.
    """

    def build(folder):
        environment = site_environment(
            sqlite_url(folder / "db.sqlite3"),
            folder / "media",
            folder / "static",
            # The site's address in the sitemap and open data (setup_site).
            WAGTAILADMIN_BASE_URL=f"https://{HOST}",
        )
        script = "from tests.production.content import build; build({!r})"
        manage(["migrate", "--noinput", "-v0"], environment)
        manage(["shell", "-c", script.format(str(folder / "addresses.json"))], environment)

    return build_once(tmp_path_factory, "production-site", build)


def free_ports(count):
    sockets = [socket.socket() for _ in range(count)]
    for each in sockets:
        each.bind((HOST, 0))
    ports = [each.getsockname()[1] for each in sockets]
    for each in sockets:
        each.close()
    return ports


def wait_for(port, processes, logs, timeout=90):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for process in processes:
            if process.poll() is not None:
                pytest.fail(f"{process.args[0]} stopped:\n" + read_logs(logs))
        try:
            socket.create_connection((HOST, port), timeout=1).close()
            return
        except OSError:
            time.sleep(0.2)
    pytest.fail(f"nothing answered on port {port} in {timeout} s:\n" + read_logs(logs))


def read_logs(logs):
    return "\n".join(log.read_text(errors="replace")[-2000:] for log in logs if log.exists())


@dataclass
class Response:
    status: int
    headers: http.client.HTTPMessage
    body: bytes

    def header(self, name):
        return self.headers.get(name)

    def values(self, name):
        """Every comma-separated value of every ``name`` header, in lower case."""
        return {
            value.strip().lower()
            for line in self.headers.get_all(name, [])
            for value in line.split(",")
            if value.strip()
        }


@dataclass
class ProductionSite:
    folder: Path
    static_root: Path
    https_port: int
    http_port: int
    app_port: int
    addresses: dict
    tls: ssl.SSLContext = field(repr=False)

    @property
    def origin(self):
        return f"https://{HOST}:{self.https_port}"

    def request(self, path, *, method="GET", headers=None, body=None, source=HOST, to=None):
        """One request over a new connection, through nginx's HTTPS server unless ``to`` is
        ``"http"`` (nginx's plain-HTTP server) or ``"gunicorn"`` (straight to the app).
        The body is returned as sent: a compressed one is not decompressed."""
        if to is None:
            connection = http.client.HTTPSConnection(
                HOST, self.https_port, context=self.tls, timeout=60, source_address=(source, 0)
            )
        else:
            port = {"http": self.http_port, "gunicorn": self.app_port}[to]
            connection = http.client.HTTPConnection(
                HOST, port, timeout=60, source_address=(source, 0)
            )
        try:
            connection.request(method, path, body=body, headers=headers or {})
            response = connection.getresponse()
            return Response(response.status, response.headers, response.read())
        finally:
            connection.close()

    def database(self):
        return self.folder / "db.sqlite3"


@pytest.fixture(scope="session")
def production_site(nginx, production_build, static_build, tmp_path_factory):
    """This test process's own gunicorn and nginx, serving its copy of the test site."""
    folder = tmp_path_factory.mktemp("production")
    shutil.copy2(production_build / "db.sqlite3", folder / "db.sqlite3")
    yield from serve(
        nginx,
        folder,
        database_url=sqlite_url(folder / "db.sqlite3"),
        media=production_build / "media",
        static_root=static_build,
        addresses=production_build / "addresses.json",
    )


@pytest.fixture(scope="session")
def demo_site(nginx, static_build, demo_snapshot, django_db_blocker, tmp_path_factory):
    """This test process's own gunicorn and nginx, serving its copy of the demo (the one the
    tests read, ``demo_snapshot``: loading the demo again would cost a minute), whose Site
    record has the address it is served at (as ``setup_site`` does after a move), with the
    address of one page of each type in each language."""
    folder = tmp_path_factory.mktemp("demo")
    with django_db_blocker.unblock():
        database_url = demo_snapshot.copy_for_server(folder)
    environment = site_environment(database_url, demo_snapshot.media_root, static_build)
    script = "from tests.production.content import write_demo_addresses as w; w({!r})"
    manage(["shell", "-c", script.format(str(folder / "addresses.json"))], environment)
    try:
        yield from serve(
            nginx,
            folder,
            database_url=database_url,
            media=demo_snapshot.media_root,
            static_root=static_build,
            addresses=folder / "addresses.json",
            follow_address=True,
        )
    finally:
        if database_url.startswith("postgres"):
            from ..site.demo_snapshot import drop_database

            with django_db_blocker.unblock():
                drop_database(database_url.rsplit("/", 1)[1])


def serve(nginx, folder, *, database_url, media, static_root, addresses, follow_address=False):
    """Serve a site from ``folder``: gunicorn with the production settings, on the database
    of ``database_url``, behind nginx with the repository's configuration, until the
    generator is closed. The uploads of ``media`` are copied into ``folder`` first.
    Yields the ``ProductionSite``."""
    shutil.copytree(media, folder / "media")
    (folder / "acme" / ".well-known" / "acme-challenge").mkdir(parents=True)
    (folder / "acme" / ".well-known" / "acme-challenge" / "token").write_text("challenge")
    run(
        [
            "openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1",
            "-nodes", "-days", "2", "-subj", f"/CN={HOST}", "-addext", f"subjectAltName=IP:{HOST}",
            "-keyout", str(folder / "key.pem"), "-out", str(folder / "certificate.pem"),
        ],
        {"PATH": os.environ.get("PATH", "/usr/bin:/bin")},
    )  # fmt: skip
    app_port, http_port, https_port = free_ports(3)

    environment = site_environment(
        database_url,
        folder / "media",
        static_root,
        # What README's "Production" asks for behind deploy/nginx.
        SECURE_PROXY_SSL_HEADER_ENABLED="true",
        TRUSTED_PROXY_COUNT="1",
        PAGE_CACHE_TIMEOUT="3600",
        WAGTAILADMIN_BASE_URL=f"https://{HOST}:{https_port}",
    )
    if follow_address:
        run([sys.executable, "manage.py", "setup_site"], environment)
    gunicorn_log = folder / "gunicorn.log"
    nginx_log = folder / "nginx-error.log"
    logs = [gunicorn_log, nginx_log]
    with open(gunicorn_log, "wb") as output:
        gunicorn = subprocess.Popen(  # noqa: S603
            [
                str(GUNICORN), "--chdir", "site", "resacoop.wsgi",
                "--bind", f"{HOST}:{app_port}", "--workers", "1", "--threads", "4",
                "--error-logfile", "-",
            ],
            cwd=REPOSITORY, env=environment, stdout=output, stderr=subprocess.STDOUT,
        )  # fmt: skip
    processes = [gunicorn]
    try:
        configuration = run(
            [sys.executable, str(RENDER)],
            {
                "SERVER_NAME": HOST,
                "STATIC_ROOT": str(static_root),
                "MEDIA_ROOT": str(folder / "media"),
                "TLS_CERTIFICATE": str(folder / "certificate.pem"),
                "TLS_CERTIFICATE_KEY": str(folder / "key.pem"),
                "UPSTREAM": f"{HOST}:{app_port}",
                "HTTP_LISTEN": f"{HOST}:{http_port}",
                "HTTPS_LISTEN": f"{HOST}:{https_port}",
                "ACME_ROOT": str(folder / "acme"),
                "NAME": f"production_test_{https_port}",
            },
        )
        (folder / "site.conf").write_text(configuration)
        (folder / "nginx.conf").write_text(
            MAIN_CONFIGURATION.format(
                folder=folder,
                mime_types=Path(nginx_configuration_folder(nginx)) / "mime.types",
                # Run by root, nginx's workers would otherwise be "nobody", who may not read
                # the test's folder.
                user="user root;\n" if os.geteuid() == 0 else "",
            )
        )
        with open(nginx_log, "ab") as output:
            processes.append(
                subprocess.Popen(  # noqa: S603
                    [nginx, "-p", folder, "-c", folder / "nginx.conf", "-e", nginx_log],
                    stdout=subprocess.DEVNULL,
                    stderr=output,
                )
            )
        wait_for(app_port, processes, logs)
        wait_for(https_port, processes, logs)
        yield ProductionSite(
            folder=folder,
            static_root=static_root,
            https_port=https_port,
            http_port=http_port,
            app_port=app_port,
            addresses=json.loads(addresses.read_text()) if addresses.exists() else {},
            tls=ssl.create_default_context(cafile=folder / "certificate.pem"),
        )
    finally:
        for process in processes:
            process.terminate()
        for process in processes:
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()


def nginx_configuration_folder(nginx):
    """Where this nginx keeps its own files (mime.types): /etc/nginx on Debian."""
    result = subprocess.run([nginx, "-V"], capture_output=True, text=True, check=False)  # noqa: S603
    for option in result.stderr.split():
        if option.startswith("--conf-path="):
            return str(Path(option.removeprefix("--conf-path=")).parent)
    return "/etc/nginx"
