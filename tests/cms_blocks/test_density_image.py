"""Pictures shown at a fixed size (logos, pictograms) stay sharp on high-density screens."""

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.template import Context, Template
from django.test.utils import CaptureQueriesContext
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file

from cms_blocks.prefetch import prefetch_renditions
from cms_blocks.templatetags.cms_blocks_tags import double_size

TEMPLATE = Template(
    '{% load cms_blocks_tags %}{% density_image picture "max-96x96" class="icon" alt="" %}'
)


def render(picture):
    return TEMPLATE.render(Context({"picture": picture}))


@pytest.fixture
def picture(db):
    return Image.objects.create(title="Pictogram", file=get_test_image_file(size=(640, 480)))


@pytest.mark.parametrize(
    ("spec", "doubled"),
    [
        ("max-96x96", "max-192x192"),
        ("width-640|format-webp", "width-1280|format-webp"),
        ("fill-640x360-c50", "fill-1280x720-c50"),
        ("height-80", "height-160"),
        ("original", "original"),
    ],
)
def test_sizes_are_doubled_and_the_other_operations_kept(spec, doubled):
    assert double_size(spec) == doubled


def test_the_picture_offers_a_rendition_twice_as_large_at_the_same_size(picture):
    img = BeautifulSoup(render(picture), "html.parser").img

    assert (img["width"], img["height"]) == ("96", "72")
    assert img["class"] == ["icon"]
    assert img["alt"] == ""
    normal, double = (candidate.split() for candidate in img["srcset"].split(", "))
    assert normal == [img["src"], "1x"]
    assert double[1] == "2x"
    assert (
        Image.get_rendition_model().objects.get(file=double[0].removeprefix("/media/")).width == 192
    )


def test_a_small_original_has_no_second_candidate(db):
    small = Image.objects.create(title="Small", file=get_test_image_file(size=(90, 60)))

    img = BeautifulSoup(render(small), "html.parser").img

    assert img["width"] == "90"
    assert not img.has_attr("srcset")


def test_no_picture_renders_nothing():
    assert render(None) == ""


def test_prefetched_renditions_cost_no_query(picture):
    render(picture)  # the renditions exist
    picture = Image.objects.get(pk=picture.pk)
    prefetch_renditions([picture])

    with CaptureQueriesContext(connection) as queries:
        render(picture)

    assert len(queries) == 0
