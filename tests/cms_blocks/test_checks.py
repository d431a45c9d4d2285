"""The system checks tell a host what cms_blocks needs, by name, before a page fails."""

import pytest
from django.core.checks import run_checks


def error_ids():
    return [message.id for message in run_checks() if message.id.startswith("cms_blocks.")]


def test_the_test_project_passes_every_check():
    assert error_ids() == []


def test_a_cache_setting_naming_no_cache_is_told(settings):
    settings.CMS_BLOCKS_CACHE = "kept"

    assert error_ids() == ["cms_blocks.E002"]

    settings.CACHES = {**settings.CACHES, "kept": settings.CACHES["default"]}
    assert error_ids() == []


@pytest.mark.parametrize("max_age", ["1", -1, None, True])
def test_a_content_version_max_age_that_is_not_seconds_is_told(settings, max_age):
    settings.CMS_BLOCKS_CONTENT_VERSION_MAX_AGE = max_age

    assert error_ids() == ["cms_blocks.E003"]


@pytest.mark.parametrize("max_age", [0, 1, 0.5])
def test_a_content_version_max_age_in_seconds_passes(settings, max_age):
    settings.CMS_BLOCKS_CONTENT_VERSION_MAX_AGE = max_age

    assert error_ids() == []
