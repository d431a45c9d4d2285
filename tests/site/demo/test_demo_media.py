import io
import re
import zlib

from PIL import Image

from resacoop.demo.media import brochure_pdf, initials, logo_png


def test_initials_skip_small_words_and_accents():
    assert initials("Culture et développement") == "CD"
    assert initials("Faire échanger") == "FE"
    assert initials("Forum réfugiés - Cosi") == "FRC"


def test_logo_is_a_square_png():
    image = Image.open(io.BytesIO(logo_png("Solicoop42")))

    assert image.format == "PNG"
    assert image.size == (240, 240)
    assert len(image.getcolors(maxcolors=100_000)) > 1  # initials drawn on the colour


def test_brochure_is_a_well_formed_pdf():
    pdf = brochure_pdf("Plaquette (réseau)", ["Un paragraphe assez long " * 8, "Court."])

    assert pdf.startswith(b"%PDF-1.4") and pdf.rstrip().endswith(b"%%EOF")
    startxref = int(re.search(rb"startxref\n(\d+)", pdf).group(1))
    assert pdf[startxref:].startswith(b"xref")
    offsets = [int(offset) for offset in re.findall(rb"(\d{10}) 00000 n", pdf)]
    for number, offset in enumerate(offsets, start=1):
        assert pdf[offset:].startswith(b"%d 0 obj" % number)
    stream = pdf[pdf.index(b"stream\n") + 7 : pdf.index(b"\nendstream")]
    text = zlib.decompress(stream)
    assert "Plaquette \\(réseau\\)".encode("cp1252") in text
    assert text.count(b"Tj") > 3  # the long paragraph is wrapped over several lines
