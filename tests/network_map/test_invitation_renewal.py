"""A relay account whose invitation expired asks for a new link through "forgot password"."""

import re
from datetime import datetime, timedelta
from unittest import mock

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.tokens import PasswordResetTokenGenerator
from django.core import mail

from network_map import access

NEW_PASSWORD = "un mot de passe bien long"


def link_in(message):
    return re.search(r"http://testserver(/admin/password_reset/confirm/\S+)", message.body)[1]


@pytest.fixture
def four_days_later():
    """Password links last three days (PASSWORD_RESET_TIMEOUT)."""
    later = datetime.now() + timedelta(days=4)
    with mock.patch.object(PasswordResetTokenGenerator, "_now", return_value=later):
        yield


def ask_reset(client, email):
    response = client.post("/admin/password_reset/", {"email": email})
    assert response.status_code == 302
    return response


def test_expired_invitation_is_renewed_and_the_person_signs_in(
    client, relays, run_on_commit, four_days_later
):
    mail.outbox.clear()
    # The invitation was sent four days ago...
    with mock.patch.object(PasswordResetTokenGenerator, "_now", return_value=datetime.now()):
        grant = run_on_commit(access.grant_access, relays[0], "relais@example.org")
    (invitation,) = mail.outbox
    expired = client.get(link_in(invitation), follow=True)
    assert "new_password1" not in expired.content.decode()  # the link no longer works

    mail.outbox.clear()
    ask_reset(client, "Relais@Example.org")

    (renewal,) = mail.outbox
    assert renewal.to == ["relais@example.org"]
    form = client.get(link_in(renewal), follow=True)
    assert "new_password1" in form.content.decode()
    chosen = client.post(
        form.redirect_chain[-1][0],
        {"new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD},
    )
    assert chosen.status_code == 302
    signed_in = client.post(
        "/admin/login/", {"username": grant.user.username, "password": NEW_PASSWORD}
    )
    assert signed_in.status_code == 302
    assert client.get("/admin/").status_code == 200


def test_no_link_for_other_accounts_without_a_password(client, relays, run_on_commit):
    User = get_user_model()
    outsider = User.objects.create_user("sans-mot-de-passe", "sans@example.org")
    outsider.set_unusable_password()
    outsider.save()
    grant = run_on_commit(access.grant_access, relays[1], "ferme@example.org")
    grant.user.is_active = False
    grant.user.save()
    revoked = run_on_commit(access.grant_access, relays[0], "retire@example.org").user
    access.revoke_access(relays[0], revoked)
    mail.outbox.clear()

    for email in ["sans@example.org", "ferme@example.org", "retire@example.org"]:
        ask_reset(client, email)

    assert mail.outbox == []
