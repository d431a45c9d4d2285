"""The body of relay pages: its blocks are the host's choice (NETWORK_MAP_RELAY_BODY_BLOCK), and
no migration of network_map records them."""

import uuid
from io import StringIO

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ImproperlyConfigured
from django.core.management import call_command
from django.db import models
from django.db.models.functions import Cast
from django.urls import reverse

from cms_blocks.blocks import BodyStreamBlock
from network_map.checks import relay_body_block_check
from network_map.fields import RelayBodyField
from network_map.models import RelayOrganisationPage

from ..form_data import block_form_data
from ..testapp.blocks import ShortRelayBodyBlock
from .test_relay_access import post_edit

SHORT_BODY = "tests.testapp.blocks.ShortRelayBodyBlock"


@pytest.fixture
def short_relay_body(settings):
    """Relay pages made of ShortRelayBodyBlock for one test.

    The field keeps its stream block only while the setting names it, so restoring the
    setting at the end of the test gives the next test the default blocks again.
    """
    settings.NETWORK_MAP_RELAY_BODY_BLOCK = SHORT_BODY


def body_field():
    return RelayOrganisationPage._meta.get_field("body")


def test_relay_body_is_the_block_library_by_default():
    assert type(body_field().stream_block) is BodyStreamBlock


def test_relay_body_follows_the_setting_and_back(settings):
    settings.NETWORK_MAP_RELAY_BODY_BLOCK = SHORT_BODY
    assert type(body_field().stream_block) is ShortRelayBodyBlock

    del settings.NETWORK_MAP_RELAY_BODY_BLOCK
    assert type(body_field().stream_block) is BodyStreamBlock


def test_relay_editor_offers_only_the_blocks_of_the_setting(admin_client, relays, short_relay_body):
    response = admin_client.get(reverse("wagtailadmin_pages:edit", args=[relays[0].pk]))

    assert response.status_code == 200
    offered = response.context["form"].fields["body"].block.child_blocks
    assert list(offered) == ["paragraph", "relay_map"]
    # What the editor's script draws the stream from: none of the library's other blocks.
    assert "key_figures" not in response.content.decode()


def test_relay_page_with_a_body_of_other_blocks_is_saved_and_renders(
    client, admin_client, relays, map_page, short_relay_body
):
    raw = [
        {"type": "paragraph", "value": "<p>Permanence le mardi.</p>", "id": str(uuid.uuid4())},
        {
            "type": "relay_map",
            "value": {"title": "Nos voisins", "map_page": map_page.pk},
            "id": str(uuid.uuid4()),
        },
    ]
    body = block_form_data(body_field().stream_block, raw, "body")

    response = post_edit(admin_client, relays[0], **body, **{"action-publish": "1"})

    assert response.status_code == 302
    page = RelayOrganisationPage.objects.get(pk=relays[0].pk)
    assert [child.block_type for child in page.body] == ["paragraph", "relay_map"]
    response = client.get(page.url)
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    assert "Permanence le mardi." in soup.get_text()
    assert soup.select_one(".block-relay-map a.button")["href"] == map_page.url


def test_blocks_the_setting_no_longer_offers_stay_stored_but_unseen(relays, settings):
    # What docs/network_map.md warns of: Wagtail skips the unknown types when it reads a body,
    # so they are out of sight (and a save of the page drops them), not out of the database.
    quote = {"quote": "Agir ensemble.", "attribution": "", "source": ""}
    RelayOrganisationPage.objects.filter(pk=relays[0].pk).update(
        body=[
            {"type": "paragraph", "value": "<p>Bonjour</p>", "id": str(uuid.uuid4())},
            {"type": "quote", "value": quote, "id": str(uuid.uuid4())},
        ]
    )

    settings.NETWORK_MAP_RELAY_BODY_BLOCK = SHORT_BODY

    page = RelayOrganisationPage.objects.get(pk=relays[0].pk)
    assert [child.block_type for child in page.body] == ["paragraph"]
    # The stored JSON, read past the field as the documentation advises data migrations to.
    stored = (
        RelayOrganisationPage.objects.filter(pk=page.pk)
        .values_list(Cast("body", models.JSONField()), flat=True)
        .get()
    )
    assert [child["type"] for child in stored] == ["paragraph", "quote"]


def test_migrations_record_no_blocks(short_relay_body):
    field = body_field()

    _, path, args, kwargs = field.deconstruct()

    assert (path, args) == ("network_map.fields.RelayBodyField", [])
    assert kwargs == {"blank": True, "verbose_name": field.verbose_name}


def test_a_clone_is_the_same_field():
    # Django rebuilds fields from deconstruct() (Field.clone) for migrations and model states.
    field = RelayBodyField(blank=False, min_num=1, max_num=3, verbose_name="body")

    clone = field.clone()

    assert clone.deconstruct() == field.deconstruct()
    meta = clone.stream_block.meta
    assert (meta.required, meta.min_num, meta.max_num) == (True, 1, 3)
    assert list(clone.stream_block.child_blocks) == list(BodyStreamBlock().child_blocks)


@pytest.mark.django_db
def test_other_blocks_need_no_migration(short_relay_body):
    # makemigrations --check exits (SystemExit) when it finds a change.
    output = StringIO()

    call_command("makemigrations", "network_map", "--check", "--dry-run", stdout=output)

    assert "No changes detected" in output.getvalue()


# Outside a transaction: SQLite's schema editor, even only collecting SQL, refuses to run in one.
@pytest.mark.django_db(transaction=True)
def test_the_migration_to_the_field_leaves_the_database_as_it_is():
    # Existing relay bodies stay where they are: the migration has no SQL, on SQLite as on
    # PostgreSQL (CI runs this test on PostgreSQL).
    output = StringIO()

    call_command("sqlmigrate", "network_map", "0004_relay_body_blocks_from_setting", stdout=output)

    statements = [
        line
        for line in output.getvalue().splitlines()
        if line.strip() and not line.startswith("--") and line not in ("BEGIN;", "COMMIT;")
    ]
    assert statements == []


def test_check_accepts_the_default_and_any_stream_block(settings):
    assert relay_body_block_check(None) == []

    settings.NETWORK_MAP_RELAY_BODY_BLOCK = SHORT_BODY
    assert relay_body_block_check(None) == []


@pytest.mark.parametrize(
    ("value", "error_id"),
    [
        ("nowhere.RelayBodyBlock", "network_map.E004"),
        ("cms_blocks.blocks.NoSuchBlock", "network_map.E004"),
        ("BodyStreamBlock", "network_map.E004"),
        (BodyStreamBlock, "network_map.E004"),
        ("cms_blocks.blocks.ParagraphBlock", "network_map.E005"),
        ("cms_blocks.conf.get_setting", "network_map.E005"),
    ],
)
def test_check_refuses_what_is_not_a_stream_block(settings, value, error_id):
    settings.NETWORK_MAP_RELAY_BODY_BLOCK = value

    errors = relay_body_block_check(None)

    assert [error.id for error in errors] == [error_id]
    assert "NETWORK_MAP_RELAY_BODY_BLOCK" in errors[0].msg
    assert errors[0].hint
    # The model's own checks leave the setting to the check above instead of failing.
    assert body_field().check() == []
    # Whatever uses the body before the checks ran says which setting is wrong.
    with pytest.raises(ImproperlyConfigured, match="NETWORK_MAP_RELAY_BODY_BLOCK"):
        body_field().stream_block  # noqa: B018
