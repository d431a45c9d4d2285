"""Build the POST data of Wagtail's page editor for StreamField content.

Wagtail's own helpers (``nested_form_data``, ``streamfield``) cover flat streams; this walks
a block definition to produce what the editor's JavaScript would post for any nesting of
struct, list, stream, rich text, chooser and typed table blocks, starting from the same raw
data a StreamField stores.
"""

from wagtail import blocks
from wagtail.contrib.typed_table_block.blocks import BaseTypedTableBlock
from wagtail.test.utils.form_data import rich_text


def block_form_data(block, raw, prefix):
    """Return ``{field name: value}`` for ``raw`` (stored JSON form) under ``prefix``."""
    if isinstance(block, blocks.StreamBlock):
        data = {f"{prefix}-count": str(len(raw))}
        for index, child in enumerate(raw):
            child_prefix = f"{prefix}-{index}"
            data.update(
                {
                    f"{child_prefix}-type": child["type"],
                    f"{child_prefix}-deleted": "",
                    f"{child_prefix}-order": str(index),
                    f"{child_prefix}-id": child.get("id", ""),
                }
            )
            data.update(
                block_form_data(
                    block.child_blocks[child["type"]], child["value"], f"{child_prefix}-value"
                )
            )
        return data
    if isinstance(block, blocks.ListBlock):
        data = {f"{prefix}-count": str(len(raw))}
        for index, item in enumerate(raw):
            # Stored list items are {"type": "item", "value": ..., "id": ...}.
            item_prefix = f"{prefix}-{index}"
            data.update(
                {
                    f"{item_prefix}-deleted": "",
                    f"{item_prefix}-order": str(index),
                    f"{item_prefix}-id": item["id"],
                }
            )
            data.update(block_form_data(block.child_block, item["value"], f"{item_prefix}-value"))
        return data
    if isinstance(block, blocks.StructBlock):
        data = {}
        for name, child in block.child_blocks.items():
            if name in raw:
                data.update(block_form_data(child, raw[name], f"{prefix}-{name}"))
        return data
    if isinstance(block, BaseTypedTableBlock):
        return _table_form_data(block, raw, prefix)
    if isinstance(block, blocks.RichTextBlock):
        return {prefix: rich_text(raw, features=block.features)}
    if isinstance(block, blocks.BooleanBlock):
        return {prefix: "on"} if raw else {}
    return {prefix: "" if raw is None else str(raw)}


def _table_form_data(block, raw, prefix):
    data = {
        f"{prefix}-caption": raw.get("caption", ""),
        f"{prefix}-column-count": str(len(raw["columns"])),
        f"{prefix}-row-count": str(len(raw["rows"])),
    }
    for index, column in enumerate(raw["columns"]):
        data.update(
            {
                f"{prefix}-column-{index}-type": column["type"],
                f"{prefix}-column-{index}-order": str(index),
                f"{prefix}-column-{index}-heading": column["heading"],
                f"{prefix}-column-{index}-deleted": "",
            }
        )
    for row_index, row in enumerate(raw["rows"]):
        data[f"{prefix}-row-{row_index}-order"] = str(row_index)
        data[f"{prefix}-row-{row_index}-deleted"] = ""
        for column_index, (column, value) in enumerate(
            zip(raw["columns"], row["values"], strict=True)
        ):
            cell_block = block.child_blocks[column["type"]]
            data.update(
                block_form_data(cell_block, value, f"{prefix}-cell-{row_index}-{column_index}")
            )
    return data


def form_values(html, selector="form[method=post]"):
    """What a browser would post from the first form matching ``selector``, as it stands.

    Returns ``{name: value}``, with a list for names given more than once (checkboxes,
    multiple selects); buttons are left out, as a browser leaves out those not clicked.
    """
    from bs4 import BeautifulSoup

    form = BeautifulSoup(html, "html.parser").select_one(selector)
    pairs = []
    for element in form.select("input[name], textarea[name], select[name]"):
        name = element["name"]
        if element.name == "textarea":
            pairs.append((name, element.get_text()))
        elif element.name == "select":
            chosen = element.select("option[selected]")
            if not chosen and not element.has_attr("multiple"):
                chosen = element.select("option")[:1]
            pairs.extend((name, option.get("value", option.get_text())) for option in chosen)
        elif element.get("type") in ("checkbox", "radio"):
            if element.has_attr("checked"):
                pairs.append((name, element.get("value", "on")))
        elif element.get("type") not in ("submit", "button", "image", "file"):
            pairs.append((name, element.get("value", "")))
    values = {}
    for name, value in pairs:
        if name in values:
            existing = values[name]
            values[name] = [*existing, value] if isinstance(existing, list) else [existing, value]
        else:
            values[name] = value
    return values
