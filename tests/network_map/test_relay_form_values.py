"""What a relay saves is what its choosers offer, whatever ids the form carries."""

import uuid

import pytest
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Collection

from network_map.models import RelayOrganisationPage

from ..form_data import block_form_data
from .test_relay_access import post_edit

LIBRARY_MESSAGE = "Choisissez une image dans la liste de la médiathèque."
CHOOSER_MESSAGE = "Certains blocs renvoient"  # the rest is escaped in the editor's JSON


@pytest.fixture
def relay_a(client, network):
    client.force_login(network.users["relay_a"])
    return network.relay_a


def draft_of(page):
    return RelayOrganisationPage.objects.get(pk=page.pk).get_latest_revision_as_object()


def with_body(page, *children):
    stream_block = page.body.stream_block
    raw = [{"type": kind, "value": value, "id": str(uuid.uuid4())} for kind, value in children]
    return block_form_data(stream_block, raw, "body")


def test_relay_cannot_use_another_relays_image_as_its_logo(client, network, relay_a):
    image_b = Image.objects.create(
        title="Logo de Solicoop", file=get_test_image_file(), collection=network.access_b.collection
    )

    response = post_edit(client, relay_a, logo=str(image_b.pk))

    assert response.status_code == 200
    assert LIBRARY_MESSAGE in response.content.decode()
    assert draft_of(relay_a).logo_id != image_b.pk


def test_relay_can_use_its_own_image_as_its_logo(client, network, relay_a):
    response = post_edit(client, relay_a, logo=str(network.image_a.pk))

    assert response.status_code == 302
    assert draft_of(relay_a).logo_id == network.image_a.pk


def test_relay_cannot_show_a_private_document_by_typing_its_id(client, network, relay_a):
    private = Collection.get_first_root_node().add_child(name="Bureau")
    secret = Document.objects.create(
        title="Budget interne", file=network.document_a.file, collection=private
    )
    body = with_body(relay_a, ("document", {"document": secret.pk, "title": "", "description": ""}))

    response = post_edit(client, relay_a, **body)

    assert response.status_code == 200
    assert CHOOSER_MESSAGE in response.content.decode()
    assert "Budget interne" not in str(draft_of(relay_a).body.raw_data)
    assert not any(block.block_type == "document" for block in draft_of(relay_a).body)


def test_relay_cannot_link_to_an_unpublished_page(client, network, relay_a):
    body = with_body(
        relay_a,
        ("buttons", buttons_to(network.unpublished)),
    )

    response = post_edit(client, relay_a, **body)

    assert response.status_code == 200
    assert CHOOSER_MESSAGE in response.content.decode()


def test_relay_may_link_to_a_live_page_and_its_own_document(client, network, relay_a):
    body = with_body(
        relay_a,
        ("buttons", buttons_to(network.relay_b)),
        ("document", {"document": network.document_a.pk, "title": "", "description": ""}),
    )

    response = post_edit(client, relay_a, **body)

    assert response.status_code == 302
    assert [block.block_type for block in draft_of(relay_a).body] == ["buttons", "document"]


def test_tags_per_page_are_bounded(client, relay_a):
    response = post_edit(client, relay_a, tags=", ".join(f"mot{n}" for n in range(21)))

    assert response.status_code == 200
    assert "au plus 20 mots-clés" in response.content.decode()

    response = post_edit(client, relay_a, tags=", ".join(f"mot{n}" for n in range(20)))
    assert response.status_code == 302


def buttons_to(page):
    button = {"page": page.pk, "url": "", "label": "Voir", "style": "primary"}
    return {
        "buttons": [{"type": "item", "value": button, "id": str(uuid.uuid4())}],
        "alignment": "start",
    }
