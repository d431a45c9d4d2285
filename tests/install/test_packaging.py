"""The wheel and sdist that other networks install: the two apps, whole, and nothing of the site."""

import tarfile
import zipfile
from email.parser import HeaderParser

from .conftest import REPOSITORY
from .readme_steps import FENCE, section_text

APPS = ("cms_blocks", "network_map")
SITE_ONLY = ("psycopg", "dj-database-url", "whitenoise", "gunicorn", "redis", "django-axes")


def app_files():
    """Every file of the two apps in the repository (sources of compiled files included)."""
    for app in APPS:
        for path in (REPOSITORY / app).rglob("*"):
            if path.is_file() and "__pycache__" not in path.parts:
                yield path.relative_to(REPOSITORY).as_posix()


def test_the_wheel_holds_every_file_of_the_two_apps_and_nothing_else(built):
    wheel, _sdist = built
    names = set(zipfile.ZipFile(wheel).namelist())
    shipped = {name for name in names if ".dist-info/" not in name}

    assert shipped == set(app_files())
    for needed in [
        "cms_blocks/templates/cms_blocks/blocks/heading.html",
        "cms_blocks/static/cms_blocks/css/blocks.css",
        "cms_blocks/migrations/0001_initial.py",
        "cms_blocks/locale/fr/LC_MESSAGES/django.mo",
        "network_map/static/network_map/js/network-map.js",
        "network_map/data/departements.json",
        "network_map/data/LICENSE-departements.md",
        "network_map/locale/es/LC_MESSAGES/django.mo",
    ]:
        assert needed in names, needed


def test_the_wheel_asks_only_what_the_apps_import(built):
    wheel, _sdist = built
    with zipfile.ZipFile(wheel) as archive:
        (metadata_name,) = [n for n in archive.namelist() if n.endswith(".dist-info/METADATA")]
        metadata = HeaderParser().parsestr(archive.read(metadata_name).decode())
        licence = [n for n in archive.namelist() if n.endswith("licenses/LICENSE")]

    required = [r for r in metadata.get_all("Requires-Dist") if "extra ==" not in r]
    assert sorted(r.split(">")[0].split("<")[0].lower() for r in required) == [
        "django",
        "django-modelcluster",
        "django-taggit",
        "wagtail",
        "wagtail-localize",
    ]
    assert "Django<6.2,>=5.2" in required  # 5.2 LTS up to 6.1, as Wagtail 8
    assert not any(name in r for r in required for name in SITE_ONLY)
    assert "Framework :: Django :: 6.1" in metadata.get_all("Classifier")
    assert metadata["License-Expression"] == "BSD-3-Clause" and licence
    description = metadata.get_payload()
    assert "pip install" in description and "](docs/" not in description


def test_the_sdist_has_the_licence_and_not_the_site(built):
    _wheel, sdist = built
    with tarfile.open(sdist) as archive:
        names = [name.split("/", 1)[1] for name in archive.getnames() if "/" in name]

    assert "LICENSE" in names and "pyproject.toml" in names
    assert not [name for name in names if name.startswith(("site/", "tests/", "templates/"))]


def test_the_package_description_gives_the_readme_steps_that_the_install_test_applies():
    description = (REPOSITORY / "docs" / "package.md").read_text()
    installing = description[description.index("## Installing") : description.index("## Caching")]

    assert FENCE.findall(installing) == FENCE.findall(section_text())
