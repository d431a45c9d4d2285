"""A stream loads the objects of all its choosers at once, one query per model."""

import re
from collections import Counter

import pytest
from django.core.cache import cache
from django.core.files.base import ContentFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file

from cms_blocks import examples
from cms_blocks.blocks import BodyStreamBlock
from cms_blocks.blocks.choosers import ImageChooserBlock
from cms_blocks.prefetch import chooser_preload

from ..testapp.builders import make_map, make_standard_page
from ..testapp.models import StandardPage

TABLE = re.compile(r'\bFROM "(\w+)"')


def tables_read(queries):
    """How many queries read each table first (``FROM "table"``)."""
    return Counter(TABLE.search(query["sql"]).group(1) for query in queries)


def read_every_block(page):
    """Read the stream of ``page`` afresh from the database, converting every block."""
    return [child.value for child in StandardPage.objects.get(pk=page.pk).body]


def queries_to_convert(page):
    """The queries converting every block of the stream of ``page`` costs, and the values."""
    body = StandardPage.objects.get(pk=page.pk).body
    with CaptureQueriesContext(connection) as queries:
        values = [child.value for child in body]
    return tables_read(queries), values


@pytest.fixture
def chosen(home_page):
    """Pages of two types, images and documents for choosers to point at."""
    return {
        "page": make_standard_page(home_page, title="Page choisie", slug="choisie"),
        "map": make_map(home_page),
        "images": [
            Image.objects.create(title=f"Chosen image {n}", file=get_test_image_file())
            for n in range(3)
        ],
        "documents": [
            Document.objects.create(
                title=f"Chosen document {n}",
                file=ContentFile(b"%PDF-1.4\n", name=f"document-{n}.pdf"),
            )
            for n in range(2)
        ],
    }


def stream_with_choosers(chosen):
    """Choosers of pages, images and documents in many kinds of blocks, columns included."""
    page, map_page = chosen["page"], chosen["map"]
    first, second, third = chosen["images"]
    document, other_document = chosen["documents"]
    figure = {"image": {"image": first.pk, "alt_text": "", "decorative": True}, "caption": ""}
    raw = [
        {"type": "image", "value": figure},
        {
            "type": "cards",
            "value": {
                "title": "",
                "columns": "3",
                "cards": [
                    {"page": page.pk, "image": second.pk, "summary": ""},
                    {"page": map_page.pk, "image": third.pk, "summary": ""},
                ],
            },
        },
        {
            "type": "people",
            "value": {"title": "", "people": [{"name": "Camille", "role": "", "photo": third.pk}]},
        },
        {"type": "document", "value": {"document": document.pk, "title": "", "description": ""}},
        {
            "type": "buttons",
            "value": {
                "buttons": [{"page": page.pk, "url": "", "label": "", "style": "primary"}],
                "alignment": "start",
            },
        },
        {
            "type": "two_columns",
            "value": {
                "first": [{"type": "image", "value": figure}],
                "second": [
                    {
                        "type": "document",
                        "value": {"document": other_document.pk, "title": "", "description": ""},
                    }
                ],
                "ratio": "1-1",
            },
        },
    ]
    return examples.as_stored(BodyStreamBlock(), raw)


def test_every_chooser_of_a_stream_costs_one_query_per_model(home_page, chosen):
    page = make_standard_page(home_page, slug="choix", body=stream_with_choosers(chosen))
    cache.clear()

    tables, values = queries_to_convert(page)

    assert tables["wagtailimages_image"] == 1
    assert tables["wagtaildocs_document"] == 1
    # The type of each chosen page (the cache is empty), then every page as its own type.
    assert tables["wagtailcore_page"] == 2
    assert not {"testapp_standardpage", "network_map_networkmappage"} & set(tables)

    cards = values[1]["cards"]
    assert type(cards[0]["page"]) is StandardPage
    assert cards[0]["page"].title == "Page choisie"
    assert cards[1]["page"].specific_class is type(cards[1]["page"])
    assert [card["image"] for card in cards] == chosen["images"][1:]
    assert values[5]["second"][0].value["document"] == chosen["documents"][1]

    # The types of the pages are remembered: one query for all of them.
    tables, _values = queries_to_convert(page)
    assert tables["wagtailcore_page"] == 1


def test_the_stream_is_saved_back_as_it_was_stored(home_page, chosen):
    stored = stream_with_choosers(chosen)
    page = make_standard_page(home_page, slug="choix", body=stored)
    body = StandardPage.objects.get(pk=page.pk).body
    for _child in body:
        pass

    assert body.stream_block.get_prep_value(body) == stored


def test_blocks_choosing_a_deleted_page_or_image_render_without_it(client, home_page, chosen):
    page = make_standard_page(home_page, slug="choix", body=stream_with_choosers(chosen))
    chosen["page"].delete()
    chosen["images"][1].delete()
    chosen["documents"][0].delete()

    values = read_every_block(page)
    response = client.get(page.url)

    assert values[1]["cards"][0]["page"] is None
    assert values[1]["cards"][0]["image"] is None
    assert values[3]["document"] is None
    assert response.status_code == 200
    html = response.content.decode()
    assert "Page choisie" not in html
    assert "/choisie/" not in html
    assert "Chosen document 0" not in html
    assert "document-1" in html  # the other document, in a column, still shows


def test_a_chosen_page_that_is_not_live_is_chosen_but_not_linked(client, home_page, chosen):
    page = make_standard_page(home_page, slug="choix", body=stream_with_choosers(chosen))
    chosen["page"].unpublish()

    values = read_every_block(page)
    html = client.get(page.url).content.decode()

    # As Wagtail's chooser gives it: the editor still sees what they chose.
    assert values[1]["cards"][0]["page"].pk == chosen["page"].pk
    assert "/choisie/" not in html


def test_the_renditions_of_every_image_of_a_stream_come_in_one_query(client, home_page, chosen):
    page = make_standard_page(home_page, slug="choix", body=stream_with_choosers(chosen))
    client.get(page.url)  # the first visit creates the renditions

    with CaptureQueriesContext(connection) as queries:
        response = client.get(page.url)

    assert response.status_code == 200
    assert tables_read(queries)["wagtailimages_rendition"] == 1


def test_the_editor_still_sees_the_chosen_objects(admin_client, home_page, chosen):
    page = make_standard_page(home_page, slug="choix", body=stream_with_choosers(chosen))

    response = admin_client.get(reverse("wagtailadmin_pages:edit", args=(page.pk,)))

    assert response.status_code == 200
    html = response.content.decode()
    for title in ["Chosen image 0", "Chosen image 1", "Chosen document 1", "Page choisie"]:
        assert title in html, title


def other_stream(chosen):
    """A stream choosing other objects of the same models than ``stream_with_choosers``."""
    figure = {"image": {"image": chosen["images"][2].pk, "alt_text": "", "decorative": True}}
    card = {"page": chosen["map"].pk, "image": None, "summary": ""}
    return [
        {"type": "image", "value": {**figure, "caption": ""}},
        {"type": "cards", "value": {"title": "", "columns": "3", "cards": [card]}},
    ]


def test_a_chooser_the_preload_did_not_look_for_finds_its_object_itself(chosen):
    image = chosen["images"][0]
    # As a chooser in a kind of block the preload does not walk.
    with chooser_preload(BodyStreamBlock(), other_stream(chosen)):
        found = ImageChooserBlock().bulk_to_python([image.pk, None])

    assert found == [image, None]


def test_a_stream_read_while_another_converts_loads_its_own_choosers(home_page, chosen):
    page = make_standard_page(home_page, slug="choix", body=stream_with_choosers(chosen))
    body = StandardPage.objects.get(pk=page.pk).body

    with chooser_preload(BodyStreamBlock(), other_stream(chosen)):
        cards = body[1].value["cards"]

    assert [card["page"] for card in cards] == [chosen["page"], chosen["map"]]
    assert [card["image"] for card in cards] == chosen["images"][1:]
