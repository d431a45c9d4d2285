"""A relay's change sent for moderation: one e-mail to each reviewer, with working links."""

import re
from collections import Counter
from urllib.parse import urlsplit

from django.core import mail
from django.test import override_settings

from .test_relay_access import sign_in, submit

ADMIN_ADDRESS = "https://admin.resacoop.example"


@override_settings(WAGTAILADMIN_BASE_URL=ADMIN_ADDRESS)
def test_submission_sends_one_email_to_each_reviewer(client, network, run_on_commit):
    editor = network.users["editor"]  # the "Moderators" group reviews relay changes
    mail.outbox.clear()
    assert sign_in(client, network.users["relay_a"])

    response = run_on_commit(submit, client, network.relay_a, summary="Permanence le mercredi.")

    assert response.status_code == 302
    assert Counter(address for message in mail.outbox for address in message.to) == {
        editor.email: 1
    }
    (message,) = mail.outbox
    assert "ADOS" in message.subject
    # Greeted by name; the reference site's catalogue makes it "Bonjour" (tests/site/
    # test_relay_workflow_mail.py), Wagtail's own French is another word.
    assert message.body.splitlines()[0].endswith(f" {editor.get_username()},")
    links = re.findall(r"https?://\S+", message.body)
    assert links
    client.force_login(editor)
    for link in links:
        assert link.startswith(f"{ADMIN_ADDRESS}/admin/"), link
        address = urlsplit(link)
        assert client.get(address.path).status_code == 200, link
