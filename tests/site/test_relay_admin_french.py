"""The admin in French shows no English on the screens relays and the network's staff use.

A check of the reference site: the right French comes from its catalogue (``locale/``), which
corrects the upstream ones.

Reads the HTML each screen is served with (the browser test, ``tests/browser/
test_admin_french.py``, reads what the scripts draw too, such as wagtail-localize's editor).
"""

import pytest

from ..admin_language import editor_screens, english_in, relay_screens, speak_french, visible_text


@pytest.mark.parametrize("role", ["relay_a", "editor"])
def test_admin_screens_in_french_have_no_english(client, network, role):
    user = network.users[role]
    speak_french(user)
    client.force_login(user)
    screens = relay_screens(network) if role == "relay_a" else editor_screens(network)

    english = {}
    for name, path in screens:
        response = client.get(path)
        assert response.status_code == 200, (name, path, response.status_code)
        found = english_in(visible_text(response.content.decode()))
        if found:
            english[name] = found

    assert english == {}, "\n".join(
        f"{name}: {found}" for name, words in english.items() for found in words
    )
