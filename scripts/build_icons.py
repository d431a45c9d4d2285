"""Draw the site's default icons: three linked points, white on the site's primary colour.

The network's own icon, chosen in its settings, replaces them (see
``resacoop.pages.metadata``); these are what a site without one shows. One drawing gives the
SVG and, through Pillow, the PNG and ICO files of browsers and devices that do not take SVG.

Run ``.venv/bin/python scripts/build_icons.py`` after changing the drawing; the files are
committed.
"""

from pathlib import Path

from PIL import Image, ImageDraw

ROOT = Path(__file__).resolve().parent.parent
OUTPUT = ROOT / "site/resacoop/static/resacoop/icons"

BACKGROUND = "#0b5c6b"  # --color-primary of main.css
FOREGROUND = "#ffffff"
SIZE = 64  # the drawing's own units
CORNER = 14
POINTS = [(32, 18), (18, 44), (46, 44)]
RADIUS = 7
LINE = 4


def svg():
    lines = "".join(
        f'<line x1="{x1}" y1="{y1}" x2="{x2}" y2="{y2}"/>'
        for (x1, y1), (x2, y2) in zip(POINTS, POINTS[1:] + POINTS[:1], strict=True)
    )
    circles = "".join(f'<circle cx="{x}" cy="{y}" r="{RADIUS}"/>' for x, y in POINTS)
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {SIZE} {SIZE}">'
        f'<rect width="{SIZE}" height="{SIZE}" rx="{CORNER}" fill="{BACKGROUND}"/>'
        f'<g stroke="{FOREGROUND}" stroke-width="{LINE}">{lines}</g>'
        f'<g fill="{FOREGROUND}">{circles}</g>'
        "</svg>\n"
    )


def png(pixels, rounded=True):
    """The drawing at ``pixels`` square, drawn 8 times larger and reduced (smooth edges).

    Without ``rounded``, the background fills the square: Apple's devices round the corners
    of a touch icon themselves, and show transparent ones on black.
    """
    scale = pixels * 8 / SIZE
    large = Image.new("RGBA", (pixels * 8, pixels * 8), (0, 0, 0, 0))
    draw = ImageDraw.Draw(large)
    box = [0, 0, pixels * 8 - 1, pixels * 8 - 1]
    if rounded:
        draw.rounded_rectangle(box, radius=CORNER * scale, fill=BACKGROUND)
    else:
        draw.rectangle(box, fill=BACKGROUND)
    points = [(x * scale, y * scale) for x, y in POINTS]
    for start, end in zip(points, points[1:] + points[:1], strict=True):
        draw.line([start, end], fill=FOREGROUND, width=round(LINE * scale))
    for x, y in points:
        r = RADIUS * scale
        draw.ellipse([x - r, y - r, x + r, y + r], fill=FOREGROUND)
    return large.resize((pixels, pixels), Image.Resampling.LANCZOS)


def main():
    OUTPUT.mkdir(parents=True, exist_ok=True)
    (OUTPUT / "icon.svg").write_text(svg())
    png(32).save(OUTPUT / "icon-32.png", optimize=True)
    png(180, rounded=False).convert("RGB").save(OUTPUT / "apple-touch-icon.png", optimize=True)
    png(48).save(OUTPUT / "favicon.ico", sizes=[(16, 16), (32, 32), (48, 48)])
    for path in sorted(OUTPUT.iterdir()):
        print(path.relative_to(ROOT))  # noqa: T201


if __name__ == "__main__":
    main()
