"""The system checks tell a host what network_map needs, by name, before anything breaks."""

import pytest
from django.apps import apps
from django.core.checks import run_checks

from network_map.checks import AUTHENTICATION_MIDDLEWARE, RELAY_ADMIN_MIDDLEWARE


def error_ids():
    return [message.id for message in run_checks() if message.id.startswith("network_map.")]


def test_the_test_project_passes_every_check():
    assert error_ids() == []


def test_a_project_without_the_relay_admin_middleware_is_told(settings):
    settings.MIDDLEWARE = [m for m in settings.MIDDLEWARE if m != RELAY_ADMIN_MIDDLEWARE]

    assert error_ids() == ["network_map.E001"]


def test_the_relay_admin_middleware_must_come_after_authentication(settings):
    others = [m for m in settings.MIDDLEWARE if m != RELAY_ADMIN_MIDDLEWARE]
    position = others.index(AUTHENTICATION_MIDDLEWARE)
    settings.MIDDLEWARE = [*others[:position], RELAY_ADMIN_MIDDLEWARE, *others[position:]]

    assert error_ids() == ["network_map.E002"]


def test_a_project_without_wagtail_localize_is_told(monkeypatch):
    # Not by changing INSTALLED_APPS: reloading the app registry mid-run upsets Wagtail's API.
    installed = apps.is_installed
    monkeypatch.setattr(
        apps, "is_installed", lambda name: name != "wagtail_localize" and installed(name)
    )

    assert error_ids() == ["network_map.E003"]


@pytest.mark.parametrize(
    ("types", "expected"),
    [
        (["testapp.RelayEventPage"], []),
        ([], []),
        (["testapp.NoSuchPage"], ["network_map.E006"]),
        (["nosuchapp.EventPage"], ["network_map.E006"]),
        (["RelayEventPage"], ["network_map.E006"]),
        ("testapp.RelayEventPage", ["network_map.E006"]),  # a string, not a list
        (["network_map.Audience"], ["network_map.E007"]),
        # A page type whose parent_page_types leave out relay pages: it cannot be added.
        (["testapp.StandardPage"], ["network_map.W001"]),
        (["testapp.RelayEventPage", "testapp.NoSuchPage"], ["network_map.E006"]),
    ],
)
def test_relay_subpage_types_are_checked(settings, types, expected):
    settings.NETWORK_MAP_RELAY_SUBPAGE_TYPES = types

    assert error_ids() == expected


def test_an_unknown_relay_subpage_type_is_named_in_the_message(settings):
    settings.NETWORK_MAP_RELAY_SUBPAGE_TYPES = ["agenda.EventPage"]

    (message,) = [m for m in run_checks() if m.id == "network_map.E006"]
    assert "'agenda.EventPage'" in message.msg
    assert "app_label.ModelName" in message.hint
