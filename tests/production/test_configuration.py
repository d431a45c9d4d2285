"""deploy/nginx: the template and the script that fills it in (no nginx needed here; the
configuration at work is tested in ``test_nginx.py``)."""

import re
import subprocess
import sys

import pytest
from django.conf import settings

from .conftest import RENDER, TEMPLATE

REQUIRED = {
    "SERVER_NAME": "www.example.org",
    "STATIC_ROOT": "/srv/resacoop/static/",
    "MEDIA_ROOT": "/srv/resacoop/media",
    "TLS_CERTIFICATE": "/etc/letsencrypt/live/www.example.org/fullchain.pem",
    "TLS_CERTIFICATE_KEY": "/etc/letsencrypt/live/www.example.org/privkey.pem",
}


def render(**variables):
    return subprocess.run(  # noqa: S603 - this interpreter, this repository's script
        [sys.executable, str(RENDER)],
        env={"PATH": "/usr/bin:/bin", **variables},
        capture_output=True,
        text=True,
        check=False,
    )


def test_render_fills_in_the_template():
    result = render(**REQUIRED)

    assert result.returncode == 0, result.stderr
    configuration = result.stdout
    assert "${" not in configuration
    assert "server 127.0.0.1:8000;" in configuration  # the default upstream
    assert "listen 443 ssl http2;" in configuration
    assert "server_name www.example.org;" in configuration
    assert "alias /srv/resacoop/static/;" in configuration  # one slash, however given
    assert "alias /srv/resacoop/media/;" in configuration
    # nginx's own variables are nginx's.
    assert "proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;" in configuration
    assert "return 301 https://$host$request_uri;" in configuration


def test_render_names_what_is_missing():
    result = render(SERVER_NAME="www.example.org")

    assert result.returncode == 1
    assert result.stdout == ""
    assert "set MEDIA_ROOT, STATIC_ROOT, TLS_CERTIFICATE, TLS_CERTIFICATE_KEY" in result.stderr


def test_render_lists_its_variables():
    help_text = subprocess.run(  # noqa: S603
        [sys.executable, str(RENDER), "--help"], capture_output=True, text=True, check=True
    ).stdout

    for name in set(re.findall(r"\$\{([A-Z_]+)\}", TEMPLATE.read_text())):
        assert f"  {name} " in help_text


@pytest.mark.parametrize(
    "setting", ["WAGTAILIMAGES_MAX_UPLOAD_SIZE", "WAGTAILDOCS_MAX_UPLOAD_SIZE"]
)
def test_nginx_takes_the_largest_upload_wagtail_takes(setting):
    limit = re.search(r"client_max_body_size (\d+)m;", TEMPLATE.read_text()).group(1)

    # The file and the rest of the form (title, collection, tags, CSRF token...).
    assert getattr(settings, setting) + 64 * 1024 <= int(limit) * 1024 * 1024


def test_nginx_compresses_every_text_format_of_the_site():
    template = TEMPLATE.read_text()
    types = set(re.search(r"gzip_types([^;]+);", template).group(1).split())

    # HTML needs no entry: nginx always compresses it once gzip is on.
    assert "gzip on;" in template
    assert "gzip_proxied any;" in template  # responses of gunicorn too, not only files
    assert {
        "text/css",
        "text/javascript",
        "application/javascript",
        "application/json",
        "application/geo+json",
        "text/csv",
        "application/xml",
        "image/svg+xml",
    } <= types
