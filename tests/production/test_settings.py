"""Where production keeps uploads (``MEDIA_STORAGE``), and what pages let browsers load from
there. No object store is reached: django-storages connects only when a file is read or
written, and addresses of public files are built without it."""

import json
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured
from storages.backends.s3 import S3Storage

from resacoop.middleware.security import default_admin_policy, default_public_policy
from resacoop.settings.environment import media_storage_from_environment

REPOSITORY = Path(__file__).resolve().parents[2]
S3_ENVIRONMENT = {
    "MEDIA_STORAGE": "s3",
    "AWS_STORAGE_BUCKET_NAME": "resacoop-media",
    "AWS_S3_CUSTOM_DOMAIN": "media.example.org",
    "AWS_S3_ENDPOINT_URL": "https://s3.fr-par.scw.cloud",
    "AWS_S3_REGION_NAME": "fr-par",
    "AWS_LOCATION": "site",
}
AWS_VARIABLES = [*S3_ENVIRONMENT, "AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY"]


@pytest.fixture
def environment(monkeypatch):
    """The process's environment, without any storage variable of the machine's own."""
    for name in AWS_VARIABLES:
        monkeypatch.delenv(name, raising=False)

    def set_variables(**variables):
        for name, value in variables.items():
            monkeypatch.setenv(name, value)

    return set_variables


def test_uploads_are_files_on_disk_by_default(environment):
    storage, media_url = media_storage_from_environment()

    assert storage == {"BACKEND": "django.core.files.storage.FileSystemStorage"}
    assert media_url is None


def test_s3_storage_from_the_environment(environment):
    environment(**S3_ENVIRONMENT)

    storage, media_url = media_storage_from_environment()

    assert storage["BACKEND"] == "storages.backends.s3.S3Storage"
    assert storage["OPTIONS"] == {
        "bucket_name": "resacoop-media",
        "custom_domain": "media.example.org",
        "endpoint_url": "https://s3.fr-par.scw.cloud",
        "region_name": "fr-par",
        "location": "site",
        "querystring_auth": False,
        "file_overwrite": False,
        "object_parameters": {"CacheControl": "public, max-age=86400"},
    }
    assert media_url == "https://media.example.org/site/"
    # django-storages takes these options (it refuses unknown ones), and gives the addresses
    # pages link to: public, unsigned, on the public host.
    s3 = S3Storage(**storage["OPTIONS"])
    assert s3.url("images/logo.max-160x80.png") == (
        "https://media.example.org/site/images/logo.max-160x80.png"
    )


def test_s3_storage_on_amazon_needs_neither_endpoint_nor_folder(environment):
    environment(
        MEDIA_STORAGE="s3",
        AWS_STORAGE_BUCKET_NAME="resacoop-media",
        AWS_S3_CUSTOM_DOMAIN="resacoop-media.s3.eu-west-3.amazonaws.com",
    )

    storage, media_url = media_storage_from_environment()

    assert "endpoint_url" not in storage["OPTIONS"]
    assert media_url == "https://resacoop-media.s3.eu-west-3.amazonaws.com/"
    s3 = S3Storage(**storage["OPTIONS"])
    assert s3.url("original_images/logo.png") == f"{media_url}original_images/logo.png"


def test_credentials_stay_in_the_environment(environment):
    environment(**S3_ENVIRONMENT, AWS_ACCESS_KEY_ID="AKIA-TEST", AWS_SECRET_ACCESS_KEY="secret")

    storage, _media_url = media_storage_from_environment()

    # boto3 reads them from the environment itself: they are never in the settings.
    assert "secret" not in json.dumps(storage)


@pytest.mark.parametrize(
    ("variables", "message"),
    [
        ({"MEDIA_STORAGE": "ftp"}, "MEDIA_STORAGE must be filesystem or s3, not 'ftp'."),
        (
            {"MEDIA_STORAGE": "s3"},
            "MEDIA_STORAGE=s3 needs: AWS_STORAGE_BUCKET_NAME, AWS_S3_CUSTOM_DOMAIN.",
        ),
        (
            {"MEDIA_STORAGE": "s3", "AWS_STORAGE_BUCKET_NAME": "media"},
            "MEDIA_STORAGE=s3 needs: AWS_S3_CUSTOM_DOMAIN.",
        ),
        (
            {
                "MEDIA_STORAGE": "s3",
                "AWS_STORAGE_BUCKET_NAME": "media",
                "AWS_S3_CUSTOM_DOMAIN": "https://media.example.org",
            },
            "AWS_S3_CUSTOM_DOMAIN is a host name",
        ),
    ],
)
def test_a_storage_that_cannot_work_is_a_clear_error(environment, variables, message):
    environment(**variables)

    with pytest.raises(ImproperlyConfigured, match=message.replace(".", r"\.")):
        media_storage_from_environment()


def production_settings(**variables):
    """STORAGES, MEDIA_URL, CACHES and the public policy as resacoop.settings.production makes them
    from ``variables``, in a process of their own (settings are read once a process)."""
    script = (
        "import json, django; django.setup(); "
        "from django.conf import settings; "
        "from django.core.files.storage import storages; "
        "from resacoop.middleware.security import default_public_policy; "
        "print(json.dumps({'STORAGES': settings.STORAGES, 'MEDIA_URL': settings.MEDIA_URL, "
        "'url': storages['default'].url('images/logo.png'), "
        "'CACHES': settings.CACHES, "
        "'policy': default_public_policy()}))"
    )
    environment = {
        "PATH": "/usr/bin:/bin",
        "PYTHONPATH": f"{REPOSITORY}:{REPOSITORY / 'site'}",
        "DJANGO_SETTINGS_MODULE": "resacoop.settings.production",
        "SECRET_KEY": "settings-test-" + "x" * 50,
        "ALLOWED_HOSTS": "www.example.org",
        **variables,
    }
    result = subprocess.run(  # noqa: S603 - this interpreter
        [sys.executable, "-c", script],
        env=environment,
        cwd=REPOSITORY,
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(result.stdout.splitlines()[-1])


def test_production_settings_keep_uploads_on_disk_by_default():
    production = production_settings(MEDIA_ROOT="/srv/resacoop/media")

    assert production["STORAGES"] == {
        "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
        "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
    }
    assert production["MEDIA_URL"] == "/media/"
    assert production["url"] == "/media/images/logo.png"
    assert "img-src 'self' data:;" in production["policy"]


def test_production_keeps_renditions_in_each_processs_memory():
    production = production_settings(CACHE_URL="redis://127.0.0.1:6379/1")

    # Pages in Redis, shared by every process; the renditions Wagtail looks up and writes
    # back as it uses them, in each process's memory, for a few minutes.
    assert production["CACHES"]["default"]["BACKEND"] == "django_redis.cache.RedisCache"
    assert production["CACHES"]["renditions"]["BACKEND"].endswith("LocMemCache")
    assert 0 < production["CACHES"]["renditions"]["TIMEOUT"] <= 600


def test_production_settings_put_uploads_in_the_bucket():
    production = production_settings(**S3_ENVIRONMENT)

    assert production["STORAGES"]["default"]["BACKEND"] == "storages.backends.s3.S3Storage"
    assert production["STORAGES"]["default"]["OPTIONS"]["bucket_name"] == "resacoop-media"
    assert production["STORAGES"]["staticfiles"] == {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
    }
    assert production["MEDIA_URL"] == "https://media.example.org/site/"
    assert production["url"] == "https://media.example.org/site/images/logo.png"
    # Pages show the images from the bucket's host, and nothing else from it.
    assert "img-src 'self' data: https://media.example.org;" in production["policy"]


def test_policies_let_images_come_from_the_host_of_uploads(settings):
    settings.MEDIA_URL = "https://media.example.org/site/"

    assert "img-src 'self' data: https://media.example.org;" in default_public_policy()
    assert "img-src 'self' data: blob: https://media.example.org;" in default_admin_policy()

    settings.MEDIA_URL = "/media/"

    assert "img-src 'self' data:;" in default_public_policy()
    assert "img-src 'self' data: blob:;" in default_admin_policy()
