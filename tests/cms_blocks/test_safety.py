"""Nothing an editor types in a block is rendered as markup, except sanitised rich text."""

from wagtail import blocks
from wagtail.contrib.typed_table_block.blocks import BaseTypedTableBlock

from cms_blocks.blocks import BodyStreamBlock

from ..html import injected_markup
from ..testapp.builders import make_standard_page


def poison(block, raw, payload, poisoned):
    """Put ``payload`` in every plain-text field of ``raw``; count them in ``poisoned``."""
    if isinstance(block, blocks.StreamBlock):
        return [
            {
                **child,
                "value": poison(
                    block.child_blocks[child["type"]], child["value"], payload, poisoned
                ),
            }
            for child in raw
        ]
    if isinstance(block, blocks.ListBlock):
        return [
            {**item, "value": poison(block.child_block, item["value"], payload, poisoned)}
            for item in raw
        ]
    if isinstance(block, blocks.StructBlock):
        return {
            name: poison(block.child_blocks[name], value, payload, poisoned)
            if name in block.child_blocks
            else value
            for name, value in raw.items()
        }
    if isinstance(block, BaseTypedTableBlock):
        poisoned.append("table")
        return {
            "caption": payload,
            "columns": [{**column, "heading": payload} for column in raw["columns"]],
            "rows": [
                {
                    "values": [
                        payload if column["type"] == "text" else value
                        for column, value in zip(raw["columns"], row["values"], strict=True)
                    ]
                }
                for row in raw["rows"]
            ],
        }
    if isinstance(block, blocks.CharBlock | blocks.TextBlock):
        poisoned.append(block.name)
        return payload
    return raw


def test_every_plain_text_field_of_every_block_is_escaped(
    client, home_page, every_block, xss_payloads
):
    body = BodyStreamBlock()
    for number, payload in enumerate(xss_payloads):
        poisoned = []
        stream = poison(body, every_block, payload, poisoned)
        page = make_standard_page(
            home_page, title=f"Page {number}", slug=f"page-{number}", body=stream
        )

        response = client.get(page.url)

        assert response.status_code == 200
        assert injected_markup(response.content.decode()) == [], payload
        # Every block with text took part: quote, notice, figure, video, document, link...
        assert len(poisoned) >= 30


def test_hostile_text_is_shown_as_text(client, home_page, every_block):
    payload = "<script>window.pwned=1</script>"
    stream = poison(BodyStreamBlock(), every_block, payload, [])
    page = make_standard_page(home_page, title="Hostile", slug="hostile", body=stream)

    html = client.get(page.url).content.decode()

    # Visible, escaped, in many places: the payload was rendered, not dropped.
    assert html.count("&lt;script&gt;window.pwned=1&lt;/script&gt;") >= 20
