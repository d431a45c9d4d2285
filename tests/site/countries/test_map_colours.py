"""The world map's colours (countries/css/world-map.css) hold WCAG's 3:1 for shapes, and its
shades get lighter to darker in the legend's order."""

import re
from pathlib import Path

from resacoop.countries.world_map import SHADES

from ...network_map.test_map_reads_on_its_own import contrast, luminance

STYLESHEET = (
    Path(__file__).resolve().parents[3]
    / "site/resacoop/countries/static/countries/css/world-map.css"
)
SEA = "#ffffff"  # the page behind the drawing


def colours():
    css = STYLESHEET.read_text(encoding="utf-8")
    return dict(re.findall(r"--world-map-([a-z]+):\s*(#[0-9a-f]{6})", css))


def test_every_partner_country_stands_out_from_what_surrounds_it():
    found = colours()
    border = found["border"]
    for shade in SHADES:
        fill = found[shade.name]
        for around in (found["other"], SEA):
            # Its fill, or else its border on both sides, at 3:1 at least.
            assert contrast(fill, around) >= 3 or (
                contrast(border, fill) >= 3 and contrast(border, around) >= 3
            ), (shade.name, around)
    # A focused country keeps its border (thicker), which its fill stands out from.
    assert contrast(found["focus"], border) >= 3


def test_shades_darken_in_the_order_of_the_legend():
    found = colours()
    lightness = [luminance(found[shade.name]) for shade in SHADES]

    assert lightness == sorted(lightness, reverse=True)
    assert all(found[shade.name] != found["other"] for shade in SHADES)
