"""The demo's drawings and brochure, made by code: shapes that say something, and a PDF
with real text."""

import io
from itertools import combinations

import defusedxml.ElementTree as ET
import pytest
from PIL import Image, ImageChops
from pypdf import PdfReader

from resacoop.demo import texts as t
from resacoop.demo.build import brochure
from resacoop.demo.media import (
    LOGO_LAYOUTS,
    PICTOGRAMS,
    brochure_pdf,
    initials,
    logo_png,
    network_icon_png,
    network_logo_png,
    network_logo_svg,
    pictogram_png,
)


def test_initials_skip_small_words_and_accents():
    assert initials("Culture et développement") == "CD"
    assert initials("Faire échanger") == "FE"
    assert initials("Forum réfugiés - Cosi") == "FRC"
    assert initials("Solicoop42") == "S42"


def shape(png):
    """Which pixels are drawn light and which dark, on white: the drawing without its
    colours."""
    image = Image.open(io.BytesIO(png)).convert("RGBA")
    white = Image.new("RGBA", image.size, "white")
    white.alpha_composite(image)
    return white.convert("L").point(lambda value: 255 if value > 160 else 0)


def share_different(first, second):
    """The share of pixels that are light in one shape and dark in the other."""
    same = ImageChops.difference(first, second).histogram()[0]
    return 1 - same / (first.width * first.height)


def test_logo_is_a_square_png():
    image = Image.open(io.BytesIO(logo_png("Solicoop42")))

    assert image.format == "PNG"
    assert image.size == (240, 240)
    assert len(image.getcolors(maxcolors=100_000)) > 1  # initials drawn on the colour


def test_logo_layouts_differ_by_their_shapes_not_only_their_colours():
    # The same name, so the same colour: only the layout changes.
    shapes = [shape(logo_png("Solicoop42", layout=number)) for number in range(len(LOGO_LAYOUTS))]

    for first, second in combinations(shapes, 2):
        assert share_different(first, second) > 0.04


def test_mission_pictograms_are_pairwise_different_drawings():
    drawings = {kind: pictogram_png(kind) for kind in PICTOGRAMS}

    assert len(drawings) == len(t.MISSION_PAGES) == 5
    for first, second in combinations(drawings, 2):
        assert share_different(shape(drawings[first]), shape(drawings[second])) > 0.04, (
            first,
            second,
        )


def test_network_logo_svg_is_well_formed_with_a_text_alternative():
    svg = network_logo_svg("RESACOOP & co")

    root = ET.fromstring(svg)
    namespace = "{http://www.w3.org/2000/svg}"
    assert root.tag == f"{namespace}svg"
    assert root.get("role") == "img"
    assert root.find(f"{namespace}title").text == "RESACOOP & co"
    width, height = (float(value) for value in root.get("viewBox").split()[2:])
    assert width / height <= 3.5  # what the logo setting accepts


def test_network_logo_png_is_transparent_and_not_too_wide():
    image = Image.open(io.BytesIO(network_logo_png("RESACOOP")))

    assert image.mode == "RGBA"
    assert image.getpixel((image.width - 1, 0))[3] == 0
    assert image.width / image.height <= 3.5


def test_network_icon_is_square():
    image = Image.open(io.BytesIO(network_icon_png(180)))

    assert image.size == (180, 180)


@pytest.fixture(scope="module")
def pdf():
    return brochure_pdf(brochure("RESACOOP", network_logo_png("RESACOOP")))


def test_brochure_is_a_pdf_of_several_pages_with_a_title_and_a_language(pdf):
    reader = PdfReader(io.BytesIO(pdf))

    assert pdf.startswith(b"%PDF-")
    assert len(reader.pages) >= 3
    assert len(pdf) > 5_000
    assert reader.metadata.title == str(t.BROCHURE_DOCUMENT)
    assert reader.metadata.author == "RESACOOP"
    assert reader.trailer["/Root"]["/Lang"] == "fr"


def test_brochure_text_can_be_extracted_and_presents_the_network(pdf):
    reader = PdfReader(io.BytesIO(pdf))
    text = " ".join(" ".join(page.extract_text() for page in reader.pages).split())

    assert str(t.OBJECTIVES) in text
    for title, _slug, _summary in t.MISSION_PAGES:
        assert str(title) in text
    for member in t.MEMBER_LIST:
        assert member.name in text
    for office in t.OFFICES:
        assert office.city in text
    assert "Haute-Savoie (74)" in text  # relays by the names of their départements
