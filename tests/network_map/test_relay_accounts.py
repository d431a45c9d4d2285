"""Access belongs to accounts, not to e-mail addresses that their owners can change."""

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.urls import reverse

from network_map import access

EDIT_EMAIL_ON_THE_ACCOUNT_PAGE = {"WAGTAIL_EMAIL_MANAGEMENT_ENABLED": True}


def change_own_email(client, email):
    """What anybody may do on their account page when the host lets people manage e-mails."""
    return client.post(
        reverse("wagtailadmin_account"),
        {
            "name_email-first_name": "Relais",
            "name_email-last_name": "A",
            "name_email-email": email,
            "locale-preferred_language": "fr",
            "locale-current_time_zone": "",
            "theme-theme": "system",
            "theme-density": "default",
            "theme-contrast": "system",
        },
    )


def access_url(page):
    return reverse("network_map_relay_access", args=[page.pk])


def can_edit(client, page):
    return client.get(reverse("wagtailadmin_pages:edit", args=[page.pk])).status_code == 200


@pytest.fixture
def relay_a_client(client, network):
    client.force_login(network.users["relay_a"])
    return client


def test_taking_another_relays_address_does_not_capture_its_access(
    client, network, settings, run_on_commit
):
    settings.WAGTAIL_EMAIL_MANAGEMENT_ENABLED = True
    relay_a = network.users["relay_a"]
    client.force_login(relay_a)
    change_own_email(client, "RELAIS-B@example.org")
    relay_a.refresh_from_db()
    assert relay_a.email == "RELAIS-B@example.org"  # the attack is possible on such a host

    # The staff give relay B's contact access again, as they would after a password loss.
    client.force_login(network.users["editor"])
    response = run_on_commit(
        client.post, access_url(network.relay_b), {"email": "relais-b@example.org"}
    )

    assert response.status_code == 302
    assert not relay_a.groups.filter(pk=network.access_b.group.pk).exists()
    client.force_login(relay_a)
    assert not can_edit(client, network.relay_b)


def test_taking_the_address_of_a_person_about_to_be_invited_gets_nothing(
    client, network, settings, run_on_commit
):
    settings.WAGTAIL_EMAIL_MANAGEMENT_ENABLED = True
    relay_a = network.users["relay_a"]
    client.force_login(relay_a)
    change_own_email(client, "nouvelle@solicoop.example")
    mail.outbox.clear()

    client.force_login(network.users["editor"])
    response = run_on_commit(
        client.post, access_url(network.relay_b), {"email": "nouvelle@solicoop.example"}
    )

    assert response.status_code == 409
    text = response.content.decode()
    assert "Un compte utilise déjà l’adresse nouvelle@solicoop.example" in text
    assert relay_a.username in text  # the staff see whose account it is, and what it edits
    assert network.access_a.group.name in text
    assert not relay_a.groups.filter(pk=network.access_b.group.pk).exists()
    assert mail.outbox == []
    client.force_login(relay_a)
    assert not can_edit(client, network.relay_b)


def test_staff_may_knowingly_give_access_to_an_existing_account(client, network, run_on_commit):
    colleague = get_user_model().objects.create_user(
        "collegue", "collegue@solicoop.example", "a-long-test-passphrase"
    )
    client.force_login(network.users["editor"])

    response = run_on_commit(
        client.post, access_url(network.relay_b), {"account": str(colleague.pk)}
    )

    assert response.status_code == 302
    client.force_login(colleague)
    assert can_edit(client, network.relay_b)


def test_relays_cannot_change_their_address_on_this_site(relay_a_client, network):
    relay_a_client.post(
        reverse("wagtailadmin_account"),
        {"name_email-first_name": "R", "name_email-last_name": "A", "name_email-email": "x@y.z"},
    )

    network.users["relay_a"].refresh_from_db()
    assert network.users["relay_a"].email == "relais-a@example.org"
    assert (
        'name="name_email-email"'
        not in relay_a_client.get(reverse("wagtailadmin_account")).content.decode()
    )


def test_taking_back_access_removes_only_that_account(client, network, run_on_commit):
    same_address = get_user_model().objects.create_user(
        "homonyme", "relais-a@example.org", "a-long-test-passphrase"
    )
    run_on_commit(access.grant_access, network.relay_a, user=same_address)
    client.force_login(network.users["editor"])

    client.post(access_url(network.relay_a), {"revoke": str(same_address.pk)})

    assert not same_address.groups.exists()
    assert network.users["relay_a"].groups.filter(pk=network.access_a.group.pk).exists()


def test_names_made_for_relays_are_in_the_sites_language(network):
    workflow = network.map_page.get_workflow()

    assert workflow.name == "Modifications des organisations relais"
    assert [task.name for task in workflow.tasks] == ["Validation par l’équipe du réseau"]
    assert network.access_a.collection.get_parent().name == "Organisations relais"
    assert network.access_a.group.name.startswith("Organisation relais : ADOS")
