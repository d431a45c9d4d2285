"""The site's design system as its stylesheet defines it: colour pairs that meet WCAG 2.1 AA,
and a print stylesheet (issue #17, item 1)."""

import re
from pathlib import Path

import pytest

STYLESHEET = (
    Path(__file__).resolve().parents[3] / "site/resacoop/static/resacoop/css/main.css"
).read_text(encoding="utf-8")

#: Text on the backgrounds it is shown on: at least 4.5:1 (WCAG 1.4.3, normal-size text).
TEXT_PAIRS = [
    # Body text, headings, secondary text and placeholders on the page and its panels.
    *[
        (text, background)
        for text in ["text", "text-muted", "heading"]
        for background in ["background", "surface", "surface-tint"]
    ],
    # Links in every state: resting, visited, hover; on the page, cards and bands.
    *[
        (link, background)
        for link in ["primary", "link-visited", "primary-dark"]
        for background in ["background", "surface", "surface-tint"]
    ],
    # Kickers, mission numbers (on white, on cards, on the page header's band).
    ("accent", "background"),
    ("accent", "surface"),
    ("accent", "surface-tint"),
    # Buttons, the current language, badges, the hero and the footer.
    ("on-primary", "primary"),
    ("on-primary", "primary-dark"),
    ("on-dark-muted", "primary-dark"),
    ("primary-dark", "surface-tint"),  # a light call to action, hovered
    ("error", "background"),
]

#: Parts of controls against what surrounds them: at least 3:1 (WCAG 1.4.11).
COMPONENT_PAIRS = [
    ("border-strong", "background"),  # the edge of a text field or a select
    ("border-strong", "surface"),  # the directory's filters
    ("primary", "background"),  # the edge of the menu button and of buttons
    ("on-primary", "primary-dark"),  # the edge of an outlined call to action in the hero
    ("focus", "focus-halo"),  # the two rings of the focus indicator, against each other
]

#: Every background a focusable thing sits on.
BACKGROUNDS = ["background", "surface", "surface-tint", "primary", "primary-dark"]


def custom_properties(css):
    """The colour custom properties of the first ``:root`` rule: ``{"text": "#17252b"}``."""
    root = re.search(r":root\s*{(.*?)}", css, re.S).group(1)
    return dict(re.findall(r"--color-([\w-]+):\s*(#[0-9a-fA-F]{6})\s*;", root))


def relative_luminance(hex_colour):
    def channel(value):
        value /= 255
        return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4

    r, g, b = (int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast(first, second):
    lighter, darker = sorted([relative_luminance(first), relative_luminance(second)])[::-1]
    return (lighter + 0.05) / (darker + 0.05)


COLOURS = custom_properties(STYLESHEET)


def test_contrast_is_computed_as_wcag_defines_it():
    assert contrast("#000000", "#ffffff") == pytest.approx(21)
    assert contrast("#ffffff", "#ffffff") == pytest.approx(1)
    assert contrast("#767676", "#ffffff") == pytest.approx(4.54, abs=0.01)


@pytest.mark.parametrize(("text", "background"), TEXT_PAIRS)
def test_text_colours_meet_aa_on_their_backgrounds(text, background):
    ratio = contrast(COLOURS[text], COLOURS[background])

    assert ratio >= 4.5, f"--color-{text} on --color-{background}: {ratio:.2f}:1"


@pytest.mark.parametrize(("part", "background"), COMPONENT_PAIRS)
def test_parts_of_controls_stand_out_from_their_surroundings(part, background):
    ratio = contrast(COLOURS[part], COLOURS[background])

    assert ratio >= 3, f"--color-{part} on --color-{background}: {ratio:.2f}:1"


@pytest.mark.parametrize("background", BACKGROUNDS)
def test_the_focus_indicator_shows_on_every_background(background):
    # Two rings, light and dark: one of them always stands out, whatever the background.
    ring = max(
        contrast(COLOURS["focus"], COLOURS[background]),
        contrast(COLOURS["focus-halo"], COLOURS[background]),
    )

    assert ring >= 3
    assert re.search(
        r":focus-visible\s*{[^}]*outline:\s*3px solid var\(--color-focus\)", STYLESHEET
    )
    assert "0 0 0 5px var(--color-focus-halo)" in STYLESHEET


def test_every_colour_the_stylesheet_uses_is_a_token_it_defines():
    used = set(re.findall(r"var\(--color-([\w-]+)\)", STYLESHEET))

    assert used <= set(COLOURS), used - set(COLOURS)


def test_type_scale_is_fluid_and_bounded():
    steps = dict(re.findall(r"--(step-[-\d]+):\s*clamp\(([^;]+)\);", STYLESHEET))

    assert sorted(steps) == sorted(f"step-{n}" for n in ["-1", "0", "1", "2", "3", "4", "5"])
    # Body text is at least 16 px on the smallest screens.
    assert steps["step-0"].startswith("1rem")


def test_motion_is_reduced_when_the_visitor_asks():
    reduced = re.search(r"@media \(prefers-reduced-motion: reduce\)\s*{(.*?)\n}", STYLESHEET, re.S)

    assert reduced and "--transition: 0s" in reduced.group(1)
    # Smooth scrolling only for visitors who have not asked for less motion.
    smooth = STYLESHEET.index("scroll-behavior: smooth")
    assert STYLESHEET.rindex("prefers-reduced-motion: no-preference", 0, smooth) > 0


def test_stylesheet_uses_logical_properties_only():
    # Right-to-left languages mirror the layout: no physical side in a property name.
    physical = re.findall(
        r"^\s*(?:margin|padding|border)-(?:left|right)\b|^\s*(?:left|right):|"
        r"text-align:\s*(?:left|right)|float:\s*(?:left|right)",
        STYLESHEET,
        re.M,
    )

    assert physical == []


def test_print_stylesheet_hides_the_navigation_and_shows_link_addresses():
    start = STYLESHEET.index("@media print")
    printed = STYLESHEET[start:]

    hidden = re.search(r"([^{}]*){\s*display:\s*none !important;", printed).group(1)
    for chrome in [".skip-link", ".site-menu", ".breadcrumbs", ".directory-filters"]:
        assert chrome in hidden
    assert 'content: " (" attr(href) ")"' in printed
    assert "color: #000000" in printed
