"""A relay's change sent for moderation greets the reviewer in the site's French.

"Bonjour" comes from the site's catalogue (``locale/``), which corrects Wagtail's; the
e-mail itself, its recipients and links are checked on the test project
(tests/network_map/test_workflow_mail.py).
"""

from django.core import mail

from ..network_map.test_relay_access import sign_in, submit


def test_the_reviewer_is_greeted_with_bonjour(client, network, run_on_commit):
    mail.outbox.clear()
    assert sign_in(client, network.users["relay_a"])

    run_on_commit(submit, client, network.relay_a, summary="Permanence le mercredi.")

    (message,) = mail.outbox
    assert message.body.startswith(f"Bonjour {network.users['editor'].get_username()},")
