"""Relay organisations propose pages under their own page (issue #18: events), through
moderation, and touch nobody else's.

The child page types are the host's choice, ``NETWORK_MAP_RELAY_SUBPAGE_TYPES``; the test
project names ``testapp.RelayEventPage``.
"""

from django.test import override_settings

from network_map.models import RelayOrganisationPage

from ..testapp.models import RelayEventPage, StandardPage


def test_relay_pages_allow_the_child_types_of_the_setting():
    assert RelayOrganisationPage.allowed_subpage_models() == [RelayEventPage]
    assert RelayEventPage.allowed_parent_page_models() == [RelayOrganisationPage]


@override_settings(NETWORK_MAP_RELAY_SUBPAGE_TYPES=[])
def test_without_the_setting_relay_pages_have_no_children():
    assert RelayOrganisationPage.allowed_subpage_models() == []
    assert RelayOrganisationPage.creatable_subpage_models() == []
    assert RelayEventPage.allowed_parent_page_models() == []


def test_the_setting_is_read_when_wagtail_asks(settings):
    # Wagtail keeps a page type's subpage models for good once read; relay pages do not.
    assert RelayOrganisationPage.creatable_subpage_models() == [RelayEventPage]

    settings.NETWORK_MAP_RELAY_SUBPAGE_TYPES = []
    assert RelayOrganisationPage.creatable_subpage_models() == []

    settings.NETWORK_MAP_RELAY_SUBPAGE_TYPES = ["testapp.RelayEventPage", "testapp.Nothing"]
    assert RelayOrganisationPage.creatable_subpage_models() == [RelayEventPage]


def test_a_type_whose_parents_leave_out_relay_pages_is_not_allowed(settings):
    settings.NETWORK_MAP_RELAY_SUBPAGE_TYPES = ["testapp.StandardPage"]

    assert RelayOrganisationPage.allowed_subpage_models() == []
    assert RelayOrganisationPage not in StandardPage.allowed_parent_page_models()


def test_relay_pages_can_hold_their_children(relays):
    relay = relays[0]

    assert RelayEventPage.can_create_at(relay)
    assert not RelayEventPage.can_create_at(relay.get_parent())
    with override_settings(NETWORK_MAP_RELAY_SUBPAGE_TYPES=[]):
        assert not RelayEventPage.can_create_at(relay)
