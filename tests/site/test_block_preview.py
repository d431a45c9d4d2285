"""The admin's previews of blocks are styled as the reference site (its template override)."""

import pytest
from django.urls import reverse

from cms_blocks.blocks import BodyStreamBlock


@pytest.mark.parametrize("name", list(BodyStreamBlock().child_blocks))
def test_block_preview_uses_the_sites_stylesheet(admin_client, home_page, image, document, name):
    block = BodyStreamBlock().child_blocks[name]
    response = admin_client.get(
        reverse("wagtailadmin_block_preview"), {"id": block.definition_prefix}
    )

    assert response.status_code == 200
    assert b"cms_blocks/css/blocks.css" in response.content
    assert b"resacoop/css/main.css" in response.content
