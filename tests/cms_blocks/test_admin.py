"""Editors compose pages from every block in Wagtail's page editor."""

import json

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse

from cms_blocks.blocks import BodyStreamBlock

from ..form_data import block_form_data
from ..html import injected_markup
from ..testapp.models import StandardPage


def add_page_url(parent):
    return reverse("wagtailadmin_pages:add", args=("testapp", "standardpage", parent.pk))


def page_form(body, **fields):
    data = {"title": "Tous les blocs", "slug": "tous-les-blocs", "introduction": "", **fields}
    data.update(block_form_data(BodyStreamBlock(), body, "body"))
    return data


def test_editor_publishes_a_page_with_every_block(admin_client, client, home_page, every_block):
    response = admin_client.post(
        add_page_url(home_page), {**page_form(every_block), "action-publish": "action-publish"}
    )

    assert response.status_code == 302, response.context["form"].errors if response.context else ""
    page = StandardPage.objects.get(slug="tous-les-blocs")
    assert page.live
    assert [child.block_type for child in page.body] == [item["type"] for item in every_block]
    html = client.get(page.url).content.decode()
    for text in ["Qui sommes-nous ?", "Appel à projets", "Télécharger la plaquette", "Nous écrire"]:
        assert text in html


def test_editor_form_offers_every_block_with_a_preview(admin_client, home_page):
    response = admin_client.get(add_page_url(home_page))

    assert response.status_code == 200
    body_block = BodyStreamBlock()
    for name, block in body_block.child_blocks.items():
        assert block.meta.icon != "placeholder", name
        assert block.get_description(), name


@pytest.mark.parametrize("name", list(BodyStreamBlock().child_blocks))
def test_block_preview_renders_in_the_admin(admin_client, home_page, image, document, name):
    block = BodyStreamBlock().child_blocks[name]
    response = admin_client.get(
        reverse("wagtailadmin_block_preview"), {"id": block.definition_prefix}
    )

    assert response.status_code == 200
    assert b"cms_blocks/css/blocks.css" in response.content
    # The preview shows the block itself, filled with an example value.
    main = BeautifulSoup(response.content, "html.parser").main
    assert main.find(class_=lambda classes: classes and classes.startswith("block-")), name
    # A separator is a line and an anchor a place: neither has text of its own.
    if name not in {"separator", "anchor"}:
        assert main.get_text(strip=True), name


def test_invalid_block_is_refused_with_its_message_and_nothing_is_saved(admin_client, home_page):
    body = [
        {
            "type": "call_to_action",
            "id": "cta",
            "value": {
                "title": "Adhérer",
                "text": "",
                "style": "plain",
                "link": {"page": home_page.pk, "url": "https://example.org/", "label": ""},
            },
        }
    ]

    response = admin_client.post(
        add_page_url(home_page), {**page_form(body), "action-publish": "action-publish"}
    )

    assert response.status_code == 200
    assert not StandardPage.objects.filter(slug="tous-les-blocs").exists()
    # The reason, in the editor's language, on the field it concerns...
    error = response.context["form"].errors["body"].as_data()[0].as_json_data()
    link_errors = error["blockErrors"][0]["blockErrors"]["link"]["blockErrors"]
    assert link_errors["url"]["messages"] == [
        "Choisissez une page ou une adresse externe, pas les deux."
    ]
    # ...and what the editor typed comes back in the editor, not lost.
    soup = BeautifulSoup(response.content, "html.parser")
    stream = soup.find(attrs={"data-w-block-arguments-value": True})
    assert "Adhérer" in json.dumps(
        json.loads(stream["data-w-block-arguments-value"]), ensure_ascii=False
    )


def test_rich_text_goes_through_wagtail_sanitising(admin_client, client, home_page):
    # What a forged editor submission could hold: markup typed as text, a script link,
    # an unknown block type carrying HTML.
    contentstate = {
        "blocks": [
            {
                "key": "a1",
                "type": "unstyled",
                "text": "Texte gras <script>window.pwned=1</script> lien",
                "depth": 0,
                "inlineStyleRanges": [{"offset": 6, "length": 4, "style": "BOLD"}],
                "entityRanges": [{"offset": 45, "length": 4, "key": 0}],
                "data": {},
            },
            {
                "key": "b2",
                "type": "raw-html",
                "text": '<img src=x onerror="window.pwned=1">',
                "depth": 0,
                "inlineStyleRanges": [],
                "entityRanges": [],
                "data": {},
            },
        ],
        "entityMap": {
            "0": {
                "type": "LINK",
                "mutability": "MUTABLE",
                "data": {"url": "javascript:window.pwned=1"},
            }
        },
    }
    data = page_form([{"type": "paragraph", "id": "p", "value": "<p>x</p>"}])
    data["body-0-value"] = json.dumps(contentstate)

    response = admin_client.post(
        add_page_url(home_page), {**data, "action-publish": "action-publish"}
    )

    assert response.status_code == 302
    page = StandardPage.objects.get(slug="tous-les-blocs")
    html = client.get(page.url).content.decode()
    assert "Texte <b>gras</b>" in html
    assert "&lt;script&gt;window.pwned=1&lt;/script&gt;" in html
    assert injected_markup(html) == []
