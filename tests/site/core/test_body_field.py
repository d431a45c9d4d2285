"""The body field: migrations hold the path of its blocks, never the blocks."""

import pytest
from django.db import models
from wagtail.blocks import CharBlock

from cms_blocks.blocks import BodyStreamBlock
from resacoop.core.fields import BodyField
from resacoop.news.models import NewsPage
from resacoop.pages.blocks import SiteBodyBlock
from resacoop.pages.models import StandardPage


@pytest.mark.parametrize("model", [StandardPage, NewsPage])
def test_what_migrations_hold_is_the_path_of_the_blocks(model):
    field = model._meta.get_field("body")

    _name, path, args, kwargs = field.deconstruct()

    assert path == "resacoop.core.fields.BodyField"
    assert args == ["resacoop.pages.blocks.SiteBodyBlock"]
    assert set(kwargs) == {"blank", "verbose_name"}
    assert isinstance(field.stream_block, SiteBodyBlock)
    assert field.stream_block.required is False


def test_a_block_added_to_the_library_changes_nothing_a_migration_holds(monkeypatch):
    field = BodyField("cms_blocks.blocks.BodyStreamBlock", blank=True)
    before = field.deconstruct()
    monkeypatch.setitem(BodyStreamBlock.base_blocks, "new_block", CharBlock())

    after = BodyField("cms_blocks.blocks.BodyStreamBlock", blank=True)

    assert after.deconstruct() == before
    assert "new_block" in after.stream_block.child_blocks
    assert after.clone().deconstruct() == before


def test_a_path_that_is_not_a_stream_block_is_refused():
    field = BodyField("django.db.models.Model")
    field.set_attributes_from_name("body")
    field.model = models.Model

    with pytest.raises(TypeError, match="not a subclass of StreamBlock"):
        field.stream_block  # noqa: B018
