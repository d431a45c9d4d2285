"""Rendering cost does not grow with the number of blocks of the same kind."""

import copy

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file

from ..testapp.builders import make_standard_page


def queries_to_render(client, page):
    client.get(page.url)  # the first visit creates the image renditions
    with CaptureQueriesContext(connection) as queries:
        response = client.get(page.url)
    assert response.status_code == 200
    return len(queries)


def cards_block(pages, images):
    return {
        "type": "cards",
        "value": {
            "title": "Cartes",
            "columns": "3",
            "cards": [
                {"page": page.pk, "image": image.pk, "summary": ""}
                for page, image in zip(pages, images, strict=True)
            ],
        },
    }


@pytest.fixture
def ten_pages_with_images(home_page):
    pages = [
        make_standard_page(home_page, title=f"Membre {number}", slug=f"membre-{number}")
        for number in range(10)
    ]
    images = [
        Image.objects.create(title=f"Logo {number}", file=get_test_image_file())
        for number in range(10)
    ]
    return pages, images


def test_ten_cards_cost_the_same_as_one(client, home_page, ten_pages_with_images):
    pages, images = ten_pages_with_images
    one = make_standard_page(home_page, slug="une", body=[cards_block(pages[:1], images[:1])])
    ten = make_standard_page(home_page, slug="dix", body=[cards_block(pages, images)])

    assert queries_to_render(client, ten) == queries_to_render(client, one)


def test_repeating_every_kind_of_block_costs_nothing_more(client, home_page, every_block):
    # Each "latest pages" block lists its own section, at one query each; all other blocks
    # share the bulk lookups of the stream however many they are.
    repeatable = [item for item in every_block if item["type"] != "page_list"]
    three_times = every_block + copy.deepcopy(repeatable) + copy.deepcopy(repeatable)
    assert len(three_times) == 3 * len(every_block) - 2
    once = make_standard_page(home_page, slug="une-fois", body=every_block)
    many = make_standard_page(home_page, slug="trois-fois", body=three_times)

    once_queries = queries_to_render(client, once)
    assert queries_to_render(client, many) == once_queries
    # Serving the page 7 (the test project caches no routing); the stream 7: the chosen
    # images, documents and pages (every type in one query) one each, the content version
    # the types of the pages are cached under, the renditions, and the latest pages block's
    # own section 2.
    assert once_queries <= 14
