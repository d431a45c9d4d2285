"""A relay organisation's page editor answers any input with the form or a 4xx, never a 500.

First the malformed stream and chooser data seen in the wild, then every field of the form
against a corpus of hostile strings and malformed numbers.
"""

import json
import re

import pytest
from bs4 import BeautifulSoup
from django.test import Client
from django.utils import translation
from wagtail import blocks
from wagtail.contrib.typed_table_block.blocks import BaseTypedTableBlock

from network_map.models import RelayOrganisationPage

from ..form_data import block_form_data, form_values
from ..html import injected_markup
from ..testapp.builders import every_block
from .fixtures import PASSWORD
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


# The fuzz: every field of the relay page's form gets every hostile string and malformed
# number, id or JSON.

MALFORMED_VALUES = ["abc", "-1", "1e309", "99999999999999999999", "{", "[]", ""]
# Stream fields that describe the stream rather than hold content.
STRUCTURE = re.compile(r"-(count|order|type|id|deleted|column-count|row-count)$")


def stream_leaves(block, raw, prefix):
    """``{field name: block}`` of the fields holding content in ``raw``, named as
    ``block_form_data`` names them."""
    if isinstance(block, blocks.StreamBlock):
        leaves = {}
        for index, child in enumerate(raw):
            child_block = block.child_blocks[child["type"]]
            leaves |= stream_leaves(child_block, child["value"], f"{prefix}-{index}-value")
        return leaves
    if isinstance(block, blocks.ListBlock):
        leaves = {}
        for index, item in enumerate(raw):
            leaves |= stream_leaves(block.child_block, item["value"], f"{prefix}-{index}-value")
        return leaves
    if isinstance(block, blocks.StructBlock):
        leaves = {}
        for name, child in block.child_blocks.items():
            if name in raw:
                leaves |= stream_leaves(child, raw[name], f"{prefix}-{name}")
        return leaves
    if isinstance(block, BaseTypedTableBlock):
        leaves = {f"{prefix}-caption": blocks.CharBlock()}
        for index, column in enumerate(raw["columns"]):
            leaves[f"{prefix}-column-{index}-heading"] = blocks.CharBlock()
            for row_index in range(len(raw["rows"])):
                cell = block.child_blocks[column["type"]]
                leaves[f"{prefix}-cell-{row_index}-{index}"] = cell
        return leaves
    return {prefix: block}


def is_free_text(block):
    """Whether any string of 100 characters is valid content for ``block``."""
    if not isinstance(block, blocks.CharBlock | blocks.TextBlock):
        return False
    return (block.field.max_length or 1000) >= 100


def rotations(fields, values):
    """``len(values)`` posts that give each of ``fields`` each of ``values`` once.

    Post ``k`` gives field ``i`` value ``(i + k) mod n``: each post carries many fields, and
    over all posts no pair (field, value) is left out.
    """
    return [
        {field: values[(index + shift) % len(values)] for index, field in enumerate(fields)}
        for shift in range(len(values))
    ]


@pytest.fixture
def full_relay_a(network):
    """Relay A with every block in its body, pointing at its own image and document."""
    page = network.relay_a
    page.body = every_block(network.image_a, network.document_a, network.map_page)
    page.save_revision().publish()
    return RelayOrganisationPage.objects.get(pk=page.pk)


def test_every_field_of_the_relay_form_survives_hostile_input(
    client, network, full_relay_a, xss_payloads
):
    page = full_relay_a
    log_in(client, network, "relay_a")
    base = editor_data(client, page)
    leaves = stream_leaves(page.body.stream_block, page.body.raw_data, "body")
    form_fields = [name for name in base if not name.startswith("body-")]
    form_fields.remove("csrfmiddlewaretoken")
    structure = [name for name in base if name.startswith("body-") and STRUCTURE.search(name)]
    # Leaves read as they are posted: a bad value in one makes the whole stream unreadable,
    # and would keep the others from being checked if they were posted together.
    read_when_posted = [name for name, block in leaves.items() if is_parsed_when_posted(block)]
    checked_later = [name for name in leaves if name not in read_when_posted]
    texts = [name for name in form_fields if name in TEXT_FIELDS]
    texts += [name for name, block in leaves.items() if is_free_text(block)]
    values = xss_payloads + MALFORMED_VALUES
    posts = [
        # Django's form checks its fields one by one: many of them go in each post.
        *rotations(form_fields + checked_later, values),
        *rotations(read_when_posted, values),
        # A malformed stream structure stops the reading of the stream where it is found.
        *rotations(structure, MALFORMED_VALUES),
        # Hostile strings where text is welcome: saved as a draft, then published below.
        *(dict.fromkeys(texts, payload) for payload in xss_payloads),
    ]

    failures, statuses = fuzz(client, page, network.map_page, base, posts)

    assert failures == [], "\n".join(repr(failure) for failure in failures)
    # Every hostile text was saved, published and shown as text.
    assert statuses[-len(xss_payloads) :] == [302] * len(xss_payloads)


# Fields guarded by the relay form itself (RelayOrganisationPageForm._set_aside_unreadable_ids):
# Wagtail's chooser widget shows the form again with the posted id and looks it up without
# catching ValueError (BaseChooser.get_instance, wagtail/admin/widgets/chooser.py); Django's
# ModelMultipleChoiceField does not catch OverflowError, which SQLite raises for an id beyond
# 64 bits (django/forms/models.py, _check_values).
CHOICE_FIELDS = ["logo", "audiences"]


@pytest.mark.parametrize("field", CHOICE_FIELDS)
def test_choice_field_of_the_relay_form_survives_hostile_input(
    client, network, full_relay_a, xss_payloads, field
):
    log_in(client, network, "relay_a")
    base = editor_data(client, full_relay_a)
    posts = [{field: value} for value in MALFORMED_VALUES + xss_payloads]

    failures, _statuses = fuzz(client, full_relay_a, network.map_page, base, posts)

    assert failures == [], "\n".join(repr(failure) for failure in failures)
    saved = RelayOrganisationPage.objects.get(pk=full_relay_a.pk).get_latest_revision_as_object()
    assert saved.logo_id == full_relay_a.logo_id  # the saved choice is never lost


def fuzz(client, page, map_page, base, posts):
    """Post ``base`` with each of ``posts`` applied; returns what went wrong, and the status
    of each answer."""
    client.raise_request_exception = False  # a server error is a 500 here, not an exception
    visitor = Client()
    failures, statuses = [], []
    for changes in posts:
        response = client.post(edit_url(page), base | changes)
        status = response.status_code
        statuses.append(status)
        if status == 200 and in_french(NOT_SAVED) not in admin_messages(response):
            failures.append(("200 without a form error", changes))
        elif status == 302:
            failures += published_and_rendered(page, map_page, visitor, changes)
        elif status not in (200, 302) and not 400 <= status < 500:
            failures.append((status, culprits(client, page, base, changes)))
    return failures, statuses


def is_parsed_when_posted(block):
    """Whether ``block`` reads its posted value at once: an id to look up, or JSON."""
    return isinstance(block, blocks.ChooserBlock | blocks.RichTextBlock)


def culprits(client, page, base, changes):
    """The fields of ``changes`` that give a server error on their own, to name them."""
    return {
        name: value
        for name, value in changes.items()
        if client.post(edit_url(page), base | {name: value}).status_code >= 500
    } or changes


TEXT_FIELDS = {"title", "summary", "address", "city", "seo_title", "search_description", "tags"}


def published_and_rendered(page, map_page, visitor, changes):
    """Publish the draft as a moderator would; the relay page and the map must still show."""
    page = RelayOrganisationPage.objects.get(pk=page.pk)
    page.get_latest_revision().publish()
    page = RelayOrganisationPage.objects.get(pk=page.pk)
    failures = []
    for shown in (page, map_page):
        response = visitor.get(shown.url)
        if response.status_code != 200:
            failures.append((f"{shown.url} answers {response.status_code}", changes))
        elif injected := injected_markup(response.content.decode()):
            failures.append((f"{shown.url} runs {injected}", changes))
        elif shown == page and "title" in changes:
            heading = BeautifulSoup(response.content, "html.parser").h1.get_text()
            if heading.strip() != changes["title"].strip():
                failures.append((f"{shown.url} shows the title {heading!r}", changes))
    return failures
