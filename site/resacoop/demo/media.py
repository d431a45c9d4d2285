"""Images and the brochure of the demo, drawn here: nothing is downloaded."""

import hashlib
import io
import unicodedata
import zlib

from PIL import Image, ImageDraw, ImageFont

# Dark enough for white initials to pass WCAG AA contrast (4.5:1 and more).
COLOURS = ["#0b5c6b", "#8a2c0d", "#3d4f8f", "#2f6b2f", "#6b2f6b", "#5a4a12", "#1f4e79"]


SMALL_WORDS = {"de", "des", "du", "et", "la", "le", "les", "en", "sans", "pour", "d", "l"}


def initials(name):
    """Up to three letters: "Culture et développement" gives "CD"."""
    words = name.replace("-", " ").replace("’", " ").replace("'", " ").split()
    words = [word for word in words if word[:1].isalnum() and word.lower() not in SMALL_WORDS]
    letters = "".join(word[0] for word in words[:3]) or name[:2]
    # Without accents: the default font of Pillow draws ASCII only.
    return unicodedata.normalize("NFKD", letters).encode("ascii", "ignore").decode().upper()


def logo_png(name, text=None, size=240):
    """A square logo: ``text`` (the initials of ``name`` by default) in white on a colour
    chosen from the name."""
    digest = hashlib.sha256(name.encode()).digest()
    colour = COLOURS[digest[0] % len(COLOURS)]
    image = Image.new("RGB", (size, size), colour)
    draw = ImageDraw.Draw(image)
    text = text or initials(name)
    font = ImageFont.load_default(size=size // (2 + len(text) // 2))
    left, top, right, bottom = draw.textbbox((0, 0), text, font=font)
    position = ((size - (right - left)) / 2 - left, (size - (bottom - top)) / 2 - top)
    draw.text(position, text, fill="white", font=font)
    output = io.BytesIO()
    image.save(output, format="PNG", optimize=True)
    return output.getvalue()


def banner_png(name, width=1200, height=630):
    """A sharing image in the proportions social networks show (1.91:1): ``name`` in white
    on the site's primary colour, over a line of the accent colour."""
    image = Image.new("RGB", (width, height), "#0b5c6b")
    draw = ImageDraw.Draw(image)
    font = ImageFont.load_default(size=height // 5)
    left, top, right, bottom = draw.textbbox((0, 0), name, font=font)
    position = ((width - (right - left)) / 2 - left, (height - (bottom - top)) / 2 - top)
    draw.text(position, name, fill="white", font=font)
    line_top = position[1] + bottom + height // 12
    draw.rectangle([width / 3, line_top, width * 2 / 3, line_top + height // 60], fill="#b8430f")
    output = io.BytesIO()
    image.save(output, format="PNG", optimize=True)
    return output.getvalue()


def _pdf_text(text):
    # PDF literal strings: escape the delimiters; Latin-1 covers French (WinAnsi encoding).
    escaped = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    return escaped.encode("cp1252", errors="replace")


def brochure_pdf(title, paragraphs):
    """A one-page A4 PDF: a title and paragraphs of text, wrapped at about 80 characters."""
    lines = [(title, 20)]
    for paragraph in paragraphs:
        lines.append(("", 11))
        words, line = paragraph.split(), ""
        for word in words:
            if len(line) + len(word) > 80:
                lines.append((line, 11))
                line = ""
            line = f"{line} {word}".strip()
        lines.append((line, 11))

    content = b"BT /F1 20 Tf 56 780 Td 16 TL\n"
    for text, size in lines:
        content += b"/F1 %d Tf (" % size + _pdf_text(text) + b") Tj T*\n"
    content += b"ET"
    stream = zlib.compress(content)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Title (" + _pdf_text(title) + b") >>",
    ]
    pdf = b"%PDF-1.4\n"
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(pdf))
        pdf += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(pdf)
    pdf += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    pdf += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    pdf += b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return pdf
