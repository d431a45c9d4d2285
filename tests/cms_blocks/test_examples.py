"""Example content: one of each block, the caller's values first, the blocks' previews else."""

import pytest
from django.utils import translation

from cms_blocks import examples
from cms_blocks.blocks import BodyStreamBlock, HeadingBlock, TimelineBlock


def test_example_is_the_preview_value_as_stored():
    with translation.override("fr"):
        heading = examples.example(HeadingBlock())

    assert heading == {"text": "Nos missions", "level": "h2", "anchor": "missions"}
    assert examples.example(TimelineBlock())["events"][0]["value"]["date"] == "1994-01-01"


def test_every_block_of_a_stream_once_in_its_order(db):
    stream = examples.every_block(BodyStreamBlock(), paragraph="<p>Le nôtre.</p>")

    assert [child["type"] for child in stream] == list(BodyStreamBlock().child_blocks)
    by_type = {child["type"]: child["value"] for child in stream}
    assert by_type["paragraph"] == "<p>Le nôtre.</p>"
    assert by_type["heading"] == examples.example(HeadingBlock())


def test_a_value_for_a_block_the_stream_does_not_have_is_refused():
    with pytest.raises(ValueError, match="missions"):
        examples.every_block(BodyStreamBlock(), missions={"title": ""})


def test_the_examples_of_every_block_are_valid_and_render(
    home_page, image, document, missions_page
):
    body = BodyStreamBlock()

    stream = body.to_python(examples.as_stored(body, examples.every_block(body)))

    body.clean(stream)
    html = body.render(stream)
    assert html.count('class="block-') >= len(body.child_blocks)
