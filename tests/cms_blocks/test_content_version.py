"""The content version: one per site, in the database, changed only by what cached pages show."""

import pytest
from django.contrib.auth import get_user_model
from django.db import transaction
from wagtail.images import get_image_model
from wagtail.models import PageViewRestriction

from cms_blocks.content_version import cached_until_changed, content_changed, content_version


@pytest.mark.django_db
def test_a_change_starts_a_new_version():
    before = content_version()

    content_changed()

    assert content_version() != before


@pytest.mark.django_db
def test_a_change_rolled_back_never_happened():
    before = content_version()

    with pytest.raises(RuntimeError), transaction.atomic():
        content_changed()
        raise RuntimeError("the publication fails")

    assert content_version() == before


@pytest.mark.django_db
def test_saving_what_no_page_shows_keeps_the_version():
    before = content_version()

    get_user_model().objects.create_user("visiteuse", "v@example.org", "x")

    assert content_version() == before


def test_wagtail_recording_an_image_size_keeps_the_version(image):
    image = get_image_model().objects.get(pk=image.pk)
    before = content_version()

    image.file_size = None
    image.get_file_size()  # Wagtail saves the size it has just measured

    assert content_version() == before
    image.title = "Nouveau titre"
    image.save()
    assert content_version() != before


def test_restricting_a_page_and_lifting_the_restriction_each_start_a_new_version(home_page):
    before = content_version()

    restriction = PageViewRestriction.objects.create(
        page=home_page, restriction_type=PageViewRestriction.LOGIN
    )
    restricted = content_version()
    restriction.delete()

    assert before != restricted != content_version() != before


@pytest.mark.django_db
def test_cached_until_changed_builds_once_a_version():
    builds = []

    def build():
        builds.append(content_version())
        return f"built {len(builds)}"

    assert cached_until_changed("test:thing", build) == "built 1"
    assert cached_until_changed("test:thing", build) == "built 1"
    content_changed()
    assert cached_until_changed("test:thing", build) == "built 2"
    assert len(set(builds)) == 2
