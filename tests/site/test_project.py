import os
import subprocess
import sys
from io import StringIO
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.core.management import call_command
from django.db import connection

from resacoop.demo import site_setup
from resacoop.settings.environment import cache_from_url, database_from_url, env_bool

REPOSITORY = Path(__file__).resolve().parents[2]


def test_migrations_are_complete(db):
    output = StringIO()

    call_command("makemigrations", "--check", "--dry-run", stdout=output)

    assert "No changes detected" in output.getvalue()


def test_setup_site_command_prints_the_new_admin_password_once(db):
    first, second = StringIO(), StringIO()

    call_command("setup_site", stdout=first)
    call_command("setup_site", stdout=second)

    assert "Administrator account created: admin / " in first.getvalue()
    assert "already exists" in second.getvalue()
    assert "/ " not in second.getvalue().split("already exists")[1]


def test_superuser_password_is_stored_hashed(db):
    user, password = site_setup.ensure_superuser()

    assert password
    assert password not in user.password
    assert user.check_password(password)


def test_postgresql_connections_run_without_jit_compilation():
    database = database_from_url("postgres://site@db:5432/resacoop", conn_max_age=60)

    assert database["NAME"] == "resacoop"
    assert database["CONN_MAX_AGE"] == 60
    assert database["CONN_HEALTH_CHECKS"] is True
    assert database["OPTIONS"]["options"] == "-c jit=off"


def test_database_url_options_are_kept():
    database = database_from_url("postgres://site@db/resacoop?options=-c%20jit%3Don")

    assert database["OPTIONS"]["options"] == "-c jit=on"


def test_sqlite_takes_no_postgresql_option():
    assert database_from_url("sqlite:////tmp/site.sqlite3").get("OPTIONS", {}) == {}


def test_the_test_database_compiles_no_query(db):
    """What the settings ask is what PostgreSQL does (SQLite has no compiler to turn off)."""
    if connection.vendor != "postgresql":
        pytest.skip("PostgreSQL only: CI runs it")
    with connection.cursor() as cursor:
        cursor.execute("SHOW jit")
        assert cursor.fetchone() == ("off",)


@pytest.mark.parametrize(
    ("url", "backend", "location"),
    [
        (
            "redis://127.0.0.1:6379/1",
            "django_redis.cache.RedisCache",
            "redis://127.0.0.1:6379/1",
        ),
        ("locmem://pages", "django.core.cache.backends.locmem.LocMemCache", "pages"),
    ],
)
def test_cache_url(url, backend, location):
    cache = cache_from_url(url)

    assert cache["BACKEND"] == backend
    assert cache["LOCATION"] == location


def test_cache_url_options():
    cache = cache_from_url("redis://cache:6379/0?timeout=60&key_prefix=site")

    assert cache["LOCATION"] == "redis://cache:6379/0"
    assert cache["TIMEOUT"] == 60
    assert cache["KEY_PREFIX"] == "site"


def test_unknown_cache_scheme_is_a_clear_error():
    with pytest.raises(ImproperlyConfigured, match="Unsupported cache URL scheme 'memcache'"):
        cache_from_url("memcache://127.0.0.1:11211")


def test_env_bool_refuses_ambiguous_values(monkeypatch):
    monkeypatch.setenv("FEATURE", "maybe")

    with pytest.raises(ImproperlyConfigured, match="FEATURE must be true or false"):
        env_bool("FEATURE")


def run_check(settings_module, **environment):
    ignored = {"SECRET_KEY", "DJANGO_ALLOW_ASYNC_UNSAFE"}
    env = {key: value for key, value in os.environ.items() if key not in ignored}
    env.update(environment, DJANGO_SETTINGS_MODULE=settings_module)
    return subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=REPOSITORY,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )


def test_production_settings_require_a_secret_key():
    result = run_check("resacoop.settings.production", ALLOWED_HOSTS="example.org")

    assert result.returncode != 0
    assert "Set the SECRET_KEY environment variable for production." in result.stderr


def test_production_settings_pass_the_deployment_checklist():
    result = run_check(
        "resacoop.settings.production",
        SECRET_KEY="a-long-random-production-secret-" + "x7Qp" * 10,
        ALLOWED_HOSTS="example.org",
    )

    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("path", ["/fr/", "/fr/recherche/?query=r", "/sitemap.xml"])
def test_public_responses_carry_a_strict_security_policy(client, home_page, path):
    response = client.get(path)

    policy = response["Content-Security-Policy"]
    assert "default-src 'self'" in policy and "frame-ancestors 'none'" in policy
    assert "unsafe-inline" not in policy and "unsafe-eval" not in policy
    assert "https://www.youtube-nocookie.com" in policy  # video players, after a click only
    assert "camera=()" in response["Permissions-Policy"]
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["X-Frame-Options"] == "DENY"


def test_embedded_pages_and_recordings_are_allowed_from_the_hosts_of_the_blocks(
    client, home_page, settings
):
    settings.CMS_BLOCKS_EMBED_HOSTS = ["carte.example.org"]

    policy = dict(
        directive.strip().split(" ", 1)
        for directive in client.get("/fr/")["Content-Security-Policy"].split(";")
    )

    assert "https://carte.example.org" in policy["frame-src"].split()
    assert "https://www.openstreetmap.org" not in policy["frame-src"].split()
    assert policy["media-src"].split() == ["'self'", "https:"]


def test_admin_has_its_own_policy(client, home_page):
    response = client.get("/admin/login/")

    assert "frame-ancestors 'self'" in response["Content-Security-Policy"]


def test_documents_are_served_by_wagtail_with_safe_headers(client, document):
    response = client.get(document.url)

    assert response.status_code == 200
    assert response["Content-Security-Policy"] == "default-src 'none'"
    assert response["X-Content-Type-Options"] == "nosniff"


def test_private_pages_and_collections_need_an_account_not_a_shared_password(db):
    from wagtail.admin.forms.collections import CollectionViewRestrictionForm
    from wagtail.admin.forms.pages import PageViewRestrictionForm
    from wagtail.models import PageViewRestriction

    every_option = ["password", "groups", "login"]
    for form in (
        PageViewRestrictionForm(private_page_options=every_option),
        CollectionViewRestrictionForm(),
    ):
        choices = [value for value, _label in form.fields["restriction_type"].choices]
        assert PageViewRestriction.PASSWORD not in choices
        assert PageViewRestriction.LOGIN in choices


@pytest.mark.parametrize("language", ["fr", "en"])
def test_database_outage_answers_503_back_in_a_moment(rf, language):
    from django.db import OperationalError
    from django.utils import translation

    from resacoop.middleware.database import DatabaseUnavailableMiddleware

    def view(request):
        raise OperationalError("terminating connection due to administrator command")

    middleware = DatabaseUnavailableMiddleware(view)
    with translation.override(language):
        response = middleware.process_exception(rf.get("/fr/"), OperationalError("down"))

    assert response.status_code == 503
    assert response["Retry-After"] == "10"
    title = {"fr": "Nous revenons tout de suite", "en": "Back in a moment"}[language]
    assert title in response.content.decode()
    assert middleware.process_exception(rf.get("/fr/"), ValueError("other")) is None
