"""A relay organisation's page editor answers any input with the form or a 4xx, never a 500.

First the malformed stream and chooser data seen in the wild, then every field of the form
against a corpus of hostile strings and malformed numbers.
"""

import json

import pytest
from bs4 import BeautifulSoup
from django.utils import translation

from network_map.models import RelayOrganisationPage

from ..form_data import block_form_data, form_values
from .conftest import PASSWORD
from .test_relay_access import edit_url


def in_french(message):
    """``message`` as the admin shows it: relay accounts use it in French, the default."""
    with translation.override("fr"):
        return translation.gettext(message)


NOT_SAVED = "The page could not be saved due to validation errors."
UNREADABLE = "This content could not be read. Reload the page and try again."
PARAGRAPH = [{"type": "paragraph", "value": "<p>Accueil des jeunes.</p>", "id": "p1"}]


@pytest.fixture
def relay_a(network):
    page = network.relay_a
    page.body = PARAGRAPH
    page.save_revision().publish()
    return RelayOrganisationPage.objects.get(pk=page.pk)


def editor_data(client, page):
    """What the editor posts for ``page`` as it stands, StreamField included."""
    response = client.get(edit_url(page))
    assert response.status_code == 200
    body = block_form_data(page.body.stream_block, page.body.raw_data, "body")
    return form_values(response.content, "#page-edit-form") | body


def admin_messages(response):
    """The text of the messages shown at the top of an admin page."""
    soup = BeautifulSoup(response.content, "html.parser")
    return " ".join(message.get_text(" ", strip=True) for message in soup.select(".messages"))


def stream_errors(response, field="body"):
    """The errors the editor's script shows on a StreamField: ``{}`` when there are none."""
    widget = BeautifulSoup(response.content, "html.parser").select_one(f"#{field}[data-block]")
    _value, errors = json.loads(widget["data-w-block-arguments-value"])
    return errors or {}


def saved_state(page):
    page = RelayOrganisationPage.objects.get(pk=page.pk)
    return (page.latest_revision_id, page.title, list(page.body.raw_data), page.logo_id)


def log_in(client, network, who):
    user = network.users[who]
    assert client.login(username=user.get_username(), password=PASSWORD)


MALFORMED_STREAMS = {
    "no body-count": {"body-count": None},
    "body-count=abc": {"body-count": "abc"},
    "body-0-order=abc": {"body-0-order": "abc"},
    "paragraph not JSON": {"body-0-value": "{not json"},
    "paragraph JSON but not a contentstate": {"body-0-value": "[]"},
    "paragraph JSON of another shape": {"body-0-value": '{"blocks": 1}'},
}


@pytest.mark.parametrize("who", ["relay_a", "superuser"])
@pytest.mark.parametrize("change", MALFORMED_STREAMS.values(), ids=MALFORMED_STREAMS.keys())
def test_malformed_stream_data_gives_the_form_back(client, network, relay_a, who, change):
    log_in(client, network, who)
    data = editor_data(client, relay_a)
    for name, value in change.items():
        if value is None:
            del data[name]
        else:
            data[name] = value
    before = saved_state(relay_a)

    response = client.post(edit_url(relay_a), data)

    assert response.status_code == 200
    assert in_french(NOT_SAVED) in admin_messages(response)
    assert stream_errors(response) == {"messages": [in_french(UNREADABLE)]}
    assert saved_state(relay_a) == before
