"""Images and the brochure of the demo, drawn here: nothing is downloaded.

Drawings are made with Pillow at four times their size and scaled down, which smooths their
edges; shapes are placed on a grid of 100 × 100 units, whatever the size asked for. The
brochure is a real PDF (text, not pictures of text) made with fpdf2.
"""

import hashlib
import io
import math
import unicodedata
import wave
from dataclasses import dataclass, field
from xml.sax.saxutils import escape

from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFont

# Dark enough for white initials to pass WCAG AA contrast (4.5:1 and more), and for
# themselves to pass it as text on white.
COLOURS = ["#0b5c6b", "#8a2c0d", "#3d4f8f", "#2f6b2f", "#6b2f6b", "#5a4a12", "#1f4e79"]
# The site's primary and accent colours (the design system's --colour-primary, --accent).
PRIMARY = "#0b5c6b"
ACCENT = "#b8430f"
PALE = "#d9e8eb"

SMALL_WORDS = {"de", "des", "du", "et", "la", "le", "les", "en", "sans", "pour", "d", "l"}
SUPERSAMPLING = 4


def initials(name):
    """Up to three letters: "Culture et développement" gives "CD"."""
    words = name.replace("-", " ").replace("’", " ").replace("'", " ").split()
    words = [word for word in words if word[:1].isalnum() and word.lower() not in SMALL_WORDS]
    letters = "".join(word[0] for word in words[:3]) or name[:2]
    if len(words) == 1:
        # A single word keeps its number: "Solicoop42" gives "S42".
        letters += "".join(character for character in words[0] if character.isdigit())
    # Without accents: initials read the same in every language, and in the smallest sizes.
    return unicodedata.normalize("NFKD", letters).encode("ascii", "ignore").decode().upper()


class Canvas:
    """A square drawing on a 100 × 100 grid, drawn large and scaled down when saved."""

    def __init__(self, size, background=(0, 0, 0, 0)):
        self.size = size
        self.unit = size * SUPERSAMPLING / 100
        self.image = Image.new("RGBA", (size * SUPERSAMPLING,) * 2, background)
        self.draw = ImageDraw.Draw(self.image)

    def box(self, left, top, right, bottom):
        return [left * self.unit, top * self.unit, right * self.unit, bottom * self.unit]

    def points(self, *points):
        return [(x * self.unit, y * self.unit) for x, y in points]

    def rounded(self, box, radius, **options):
        if "width" in options:
            options["width"] = round(options["width"] * self.unit)
        self.draw.rounded_rectangle(self.box(*box), radius=radius * self.unit, **options)

    def disc(self, x, y, radius, **options):
        if "width" in options:
            options["width"] = round(options["width"] * self.unit)
        self.draw.ellipse(self.box(x - radius, y - radius, x + radius, y + radius), **options)

    def polygon(self, *points, fill):
        self.draw.polygon(self.points(*points), fill=fill)

    def line(self, *points, fill, width):
        self.draw.line(self.points(*points), fill=fill, width=round(width * self.unit))

    def text(self, text, centre, height, fill, *, max_width=80):
        """``text`` centred on ``centre`` (units), as tall as ``height`` units at most and no
        wider than ``max_width``."""
        size = height * self.unit
        font = ImageFont.load_default(size=size)
        left, top, right, bottom = self.draw.textbbox((0, 0), text, font=font)
        if right - left > max_width * self.unit:
            size *= max_width * self.unit / (right - left)
            font = ImageFont.load_default(size=size)
            left, top, right, bottom = self.draw.textbbox((0, 0), text, font=font)
        x, y = centre[0] * self.unit, centre[1] * self.unit
        position = (x - (right - left) / 2 - left, y - (bottom - top) / 2 - top)
        self.draw.text(position, text, fill=fill, font=font)

    def png(self, mode="RGBA"):
        image = self.image.resize((self.size, self.size), Image.Resampling.LANCZOS)
        output = io.BytesIO()
        image.convert(mode).save(output, format="PNG", optimize=True)
        return output.getvalue()


# Member logos -------------------------------------------------------------------------------


def _disc(canvas, colour, text):
    canvas.disc(50, 50, 48, fill=colour)
    canvas.text(text, (50, 50), 34, "white", max_width=72)


def _band(canvas, colour, text):
    canvas.rounded((2, 2, 98, 98), 10, fill=colour)
    canvas.rounded((2, 72, 98, 98), 10, fill=ACCENT)
    canvas.draw.rectangle(canvas.box(2, 72, 98, 84), fill=ACCENT)
    canvas.text(text, (50, 40), 32, "white", max_width=80)


def _hexagon(canvas, colour, text):
    canvas.polygon((50, 2), (92, 26), (92, 74), (50, 98), (8, 74), (8, 26), fill=colour)
    canvas.text(text, (50, 50), 30, "white", max_width=66)


def _frame(canvas, colour, text):
    canvas.rounded((3, 3, 97, 97), 18, fill="white", outline=colour, width=7)
    canvas.text(text, (50, 46), 30, colour, max_width=70)
    canvas.line((30, 72), (70, 72), fill=ACCENT, width=4)


def _split(canvas, colour, text):
    canvas.polygon((0, 0), (100, 0), (100, 100), (0, 100), fill=colour)
    canvas.polygon((0, 100), (100, 55), (100, 100), fill=PRIMARY if colour != PRIMARY else ACCENT)
    canvas.text(text, (50, 40), 30, "white", max_width=80)


def _nodes(canvas, colour, text):
    canvas.rounded((2, 2, 98, 98), 24, fill=colour)
    canvas.text(text, (50, 38), 30, "white", max_width=80)
    canvas.line((28, 74), (50, 74), (72, 74), fill="white", width=3)
    for x in (28, 50, 72):
        canvas.disc(x, 74, 7, fill="white" if x != 50 else ACCENT)


LOGO_LAYOUTS = [_disc, _band, _hexagon, _frame, _split, _nodes]


def logo_png(name, text=None, size=240, layout=None):
    """A logo: ``text`` (the initials of ``name`` by default) in a shape with a colour.

    ``layout`` (an index into ``LOGO_LAYOUTS``: disc, band, hexagon, frame, split, nodes)
    and the colour are chosen from the name unless given; the corners outside the shape are
    transparent.
    """
    digest = hashlib.sha256(name.encode()).digest()
    colour = COLOURS[digest[0] % len(COLOURS)]
    layout = digest[1] if layout is None else layout
    canvas = Canvas(size)
    LOGO_LAYOUTS[layout % len(LOGO_LAYOUTS)](canvas, colour, text or initials(name))
    return canvas.png()


# Mission pictograms --------------------------------------------------------------------------


def _information(canvas):
    """An "i" in a speech bubble."""
    canvas.rounded((16, 18, 84, 68), 14, fill="white")
    canvas.polygon((28, 64), (26, 86), (48, 66), fill="white")
    canvas.disc(50, 30, 5.5, fill=PRIMARY)
    canvas.rounded((45, 40, 55, 60), 3, fill=PRIMARY)
    canvas.disc(74, 22, 7, fill=ACCENT)


def _references(canvas):
    """An open book, lines of text on its pages."""
    canvas.polygon((12, 28), (48, 34), (48, 80), (12, 74), fill="white")
    canvas.polygon((52, 34), (88, 28), (88, 74), (52, 80), fill="white")
    canvas.line((50, 30), (50, 84), fill=ACCENT, width=4)
    for row in range(4):
        top = 43 + row * 8
        canvas.line((18, top - 3), (42, top + 1), fill=PRIMARY, width=2.2)
        canvas.line((58, top + 1), (82, top - 3), fill=PRIMARY, width=2.2)


def _exchange(canvas):
    """Two arrows going opposite ways."""
    canvas.rounded((14, 30, 66, 42), 3, fill="white")
    canvas.polygon((62, 20), (86, 36), (62, 52), fill="white")
    canvas.rounded((34, 58, 86, 70), 3, fill=ACCENT)
    canvas.polygon((38, 48), (14, 64), (38, 80), fill=ACCENT)


def _concerted(canvas):
    """Three linked rings, as hands joined in a circle."""
    canvas.disc(37, 40, 20, outline="white", width=6)
    canvas.disc(63, 40, 20, outline="white", width=6)
    canvas.disc(50, 62, 20, outline=ACCENT, width=6)


def _capitalise(canvas):
    """A stack of archive boxes, each with its handle."""
    for number, top in enumerate((18, 42, 66)):
        canvas.rounded((18, top, 82, top + 18), 3, fill="white" if number else ACCENT)
        canvas.rounded((42, top + 6, 58, top + 11), 2, fill=PRIMARY)


PICTOGRAMS = {
    "information": _information,
    "references": _references,
    "exchange": _exchange,
    "concerted": _concerted,
    "capitalise": _capitalise,
}


def pictogram_png(kind, size=240):
    """The pictogram of a mission, white and orange on the primary colour in a rounded
    square. ``kind`` is one of ``PICTOGRAMS``."""
    canvas = Canvas(size)
    canvas.rounded((0, 0, 100, 100), 20, fill=PRIMARY)
    PICTOGRAMS[kind](canvas)
    return canvas.png()


# The network's logo --------------------------------------------------------------------------

# Its mark: a ring (the world) crossed by three linked points (the network's members).
MARK_NODES = [(30, 62), (50, 28), (72, 58)]


def _mark(canvas):
    canvas.disc(50, 50, 40, outline=PRIMARY, width=7)
    canvas.line(*MARK_NODES, MARK_NODES[0], fill=PRIMARY, width=5)
    for number, (x, y) in enumerate(MARK_NODES):
        canvas.disc(x, y, 10, fill=ACCENT if number == 1 else PRIMARY)


def network_icon_png(size=240):
    """The network's mark alone, on white: its icon for browser tabs and phones."""
    canvas = Canvas(size, background="white")
    _mark(canvas)
    return canvas.png(mode="RGB")


def network_logo_svg(name="RESACOOP", tagline="Coopération internationale en Auvergne-Rhône-Alpes"):
    """The network's logo as SVG text: its mark, its name, and a tagline under it.

    Drawn for a white background, 3.4 times as wide as tall; ``<title>`` gives it its text
    alternative where it is shown on its own.
    """
    name, tagline = escape(name), escape(tagline)
    ring = "".join(
        f'<circle cx="{x}" cy="{y}" r="10" fill="{ACCENT if number == 1 else PRIMARY}"/>'
        for number, (x, y) in enumerate(MARK_NODES)
    )
    path = " ".join(f"{x},{y}" for x, y in [*MARK_NODES, MARK_NODES[0]])
    return (
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 340 100" width="340" '
        f'height="100" role="img" aria-labelledby="network-logo-title">'
        f'<title id="network-logo-title">{name}</title>'
        f'<circle cx="50" cy="50" r="40" fill="none" stroke="{PRIMARY}" stroke-width="7"/>'
        f'<polyline points="{path}" fill="none" stroke="{PRIMARY}" stroke-width="5" '
        'stroke-linejoin="round"/>'
        f"{ring}"
        f'<text x="106" y="58" fill="{PRIMARY}" font-family="Arial, Helvetica, sans-serif" '
        f'font-size="40" font-weight="700" letter-spacing="1">{name}</text>'
        f'<text x="107" y="80" fill="#333333" font-family="Arial, Helvetica, sans-serif" '
        f'font-size="11.5">{tagline}</text>'
        "</svg>"
    )


def network_logo_png(name="RESACOOP", height=120):
    """The logo of :func:`network_logo_svg` as a PNG with a transparent background, without
    its tagline (the one font Pillow carries has no accented letters)."""
    width = round(height * 3.4)
    scale = SUPERSAMPLING * height / 100
    image = Image.new("RGBA", (width * SUPERSAMPLING, height * SUPERSAMPLING), (0, 0, 0, 0))
    mark = Canvas(height)
    _mark(mark)
    image.alpha_composite(mark.image)
    draw = ImageDraw.Draw(image)
    font = ImageFont.load_default(size=34 * scale)
    # Bold by a stroke of the text's own colour: Pillow's built-in font has one weight.
    draw.text(
        (104 * scale, 62 * scale),
        name,
        font=font,
        fill=PRIMARY,
        anchor="ls",
        stroke_width=round(scale),
        stroke_fill=PRIMARY,
    )
    image = image.crop(image.getbbox()) if image.getbbox() else image
    image = image.resize(
        (round(image.width / SUPERSAMPLING), round(image.height / SUPERSAMPLING)),
        Image.Resampling.LANCZOS,
    )
    output = io.BytesIO()
    image.save(output, format="PNG", optimize=True)
    return output.getvalue()


def banner_png(name, width=1200, height=630):
    """A sharing image in the proportions social networks show (1.91:1): ``name`` in white
    on the site's primary colour, over a line of the accent colour."""
    image = Image.new("RGB", (width, height), PRIMARY)
    draw = ImageDraw.Draw(image)
    font = ImageFont.load_default(size=height // 5)
    left, top, right, bottom = draw.textbbox((0, 0), name, font=font)
    position = ((width - (right - left)) / 2 - left, (height - (bottom - top)) / 2 - top)
    draw.text(position, name, fill="white", font=font)
    line_top = position[1] + bottom + height // 12
    draw.rectangle([width / 3, line_top, width * 2 / 3, line_top + height // 60], fill=ACCENT)
    output = io.BytesIO()
    image.save(output, format="PNG", optimize=True)
    return output.getvalue()


# The brochure --------------------------------------------------------------------------------


@dataclass
class Section:
    """A part of the brochure: a heading, paragraphs, then a list of items (or none)."""

    heading: str
    paragraphs: list = field(default_factory=list)
    items: list = field(default_factory=list)
    new_page: bool = False


@dataclass
class Brochure:
    title: str
    subtitle: str
    language: str
    author: str
    sections: list
    logo_png: bytes | None = None


class _BrochurePDF(FPDF):
    def __init__(self, brochure):
        super().__init__(format="A4")
        self.brochure = brochure

    def footer(self):
        if self.page_no() == 1:
            return
        self.set_y(-15)
        self.set_font("helvetica", size=9)
        self.set_text_color(80)
        self.cell(0, 10, f"{self.brochure.author} · {self.page_no()} / {{nb}}", align="C")


def brochure_pdf(brochure):
    """The brochure as an A4 PDF: a cover (logo, title, subtitle), then its sections.

    Its text is real text in Helvetica (selectable, read aloud, searchable); the document
    says its title, author and language, and opens on its title rather than its file name.
    """
    pdf = _BrochurePDF(brochure)
    # Windows-1252 covers French and Spanish with their typographic apostrophes and quotes.
    pdf.core_fonts_encoding = "windows-1252"
    pdf.set_title(brochure.title)
    pdf.set_author(brochure.author)
    pdf.set_subject(brochure.subtitle)
    pdf.set_creator("RESACOOP demo (fpdf2)")
    pdf.set_lang(brochure.language)
    pdf.set_display_mode("fullpage")
    pdf.set_margins(22, 22, 22)
    pdf.set_auto_page_break(True, margin=22)

    pdf.add_page()
    if brochure.logo_png:
        pdf.image(io.BytesIO(brochure.logo_png), x=22, y=30, h=30)
    pdf.set_y(110)
    pdf.set_text_color(PRIMARY)
    pdf.set_font("helvetica", "B", 30)
    pdf.multi_cell(0, 13, brochure.title)
    pdf.ln(4)
    pdf.set_draw_color(ACCENT)
    pdf.set_line_width(1.2)
    pdf.line(22, pdf.get_y(), 80, pdf.get_y())
    pdf.ln(8)
    pdf.set_text_color(30)
    pdf.set_font("helvetica", size=15)
    pdf.multi_cell(0, 8, brochure.subtitle)

    for section in brochure.sections:
        if section.new_page or pdf.page_no() == 1:
            pdf.add_page()
        else:
            pdf.ln(6)
        pdf.set_text_color(PRIMARY)
        pdf.set_font("helvetica", "B", 17)
        pdf.multi_cell(0, 9, section.heading)
        pdf.ln(2)
        pdf.set_text_color(30)
        pdf.set_font("helvetica", size=11)
        for paragraph in section.paragraphs:
            pdf.multi_cell(0, 5.6, paragraph)
            pdf.ln(2.5)
        for item in section.items:
            pdf.set_x(26)
            pdf.multi_cell(0, 5.6, f"•  {item}", new_x="LMARGIN")
            pdf.ln(1)
    return bytes(pdf.output())


def chime_wav(seconds=2.0, rate=8000):
    """A short recording for the audio block of the demo: three soft notes, mono WAV."""
    notes = [523.25, 659.25, 783.99]  # C, E, G
    frames = bytearray()
    total = int(seconds * rate)
    for index in range(total):
        note = notes[min(len(notes) - 1, index * len(notes) // total)]
        within = (index * len(notes)) % total / total  # 0 to 1 along the note
        fade = math.sin(math.pi * within)
        sample = 128 + int(60 * fade * math.sin(2 * math.pi * note * index / rate))
        frames.append(max(0, min(255, sample)))
    output = io.BytesIO()
    with wave.open(output, "wb") as recording:
        recording.setnchannels(1)
        recording.setsampwidth(1)
        recording.setframerate(rate)
        recording.writeframes(bytes(frames))
    return output.getvalue()
