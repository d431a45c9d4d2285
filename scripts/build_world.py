#!/usr/bin/env python3
"""Regenerate site/resacoop/countries/data/world.json, the countries the world map draws.

Run from the repository root after ``npm ci``:

    python scripts/build_world.py

Outlines come from the npm package @svg-maps/world (CC BY 4.0, Victor Cazanave, after
MapSVG): one path per country or territory, with its ISO 3166-1 alpha-2 code in lower case as
id. Every page of partner countries embeds the whole world, so the outlines are made small:
simplified (Douglas-Peucker, a tolerance of half a unit on a drawing 1,010 units wide, where
a unit is under a pixel on a desktop), pieces under a square unit left out, coordinates
rounded to whole units and rewritten as relative moves with the encoding of the départements
(``build_departements.encode``). That takes 1.2 MB of outlines to about 60 KB. Countries too
small to point at get a marker.

Ids become upper-case ISO codes: the six pieces of the United States Minor Outlying Islands
(``um-dq`` …) become one ``UM``, the Glorioso Islands and Juan de Nova (``go``, ``ju``), part
of the French Southern Territories, join ``TF``. Kosovo (``xk``) has no ISO 3166-1 code yet:
its outline is kept as ``background`` (drawn, never a partner country).
"""

import json
import math
import re
import sys
from pathlib import Path

from defusedxml import ElementTree

sys.path.insert(0, str(Path(__file__).resolve().parent))
from build_departements import NUMBER, _area, encode, simplify  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "node_modules" / "@svg-maps" / "world"
TARGET = ROOT / "site" / "resacoop" / "countries" / "data" / "world.json"

# Source ids that are not ISO 3166-1 alpha-2 codes, and the code they belong to.
MERGED = {
    "um-dq": "UM",
    "um-fq": "UM",
    "um-hq": "UM",
    "um-jq": "UM",
    "um-mq": "UM",
    "um-wq": "UM",
    "go": "TF",
    "ju": "TF",
}
# Outlines drawn without a country code.
BACKGROUND = {"xk"}

TOLERANCE = 0.5
DIGITS = 0
# Pieces smaller than this (in square units) are left out: a third of a pixel at most on a
# phone, where the map is about 350 px wide. A country keeps its largest piece whatever its
# size, so that every country keeps a shape.
MIN_AREA = 1.0
# Below this width or height, a country gets a marker on the map (see ``small``).
SMALL = 4.0


def subpaths(d):
    """Absolute points of each subpath of a path made of ``m`` (relative) and ``z`` only.

    As ``build_departements.subpaths``, with numbers such as ``10e-4`` (this package has them).
    """
    if set(re.findall(r"[a-df-zA-DF-Z]", d)) - {"m", "z"}:
        raise ValueError(f"unexpected path commands in {d[:40]}…")
    x = y = 0.0
    result = []
    for chunk in re.split(r"[mz]", d):
        numbers = [float(n) for n in NUMBER.findall(chunk)]
        if not numbers:
            continue
        points = []
        for index in range(0, len(numbers), 2):
            x, y = x + numbers[index], y + numbers[index + 1]
            points.append((x, y))
        result.append(points)
        x, y = points[0]  # after "z", the pen is back at the subpath's start
    return result


def _pieces(paths):
    """Simplified pieces of a country: its largest one always, the others if big enough."""
    pieces = [simplify(polygon, TOLERANCE) for polygon in paths]
    largest = max(range(len(paths)), key=lambda i: _area(paths[i]))
    kept = []
    for index, piece in enumerate(pieces):
        rounded = list(dict.fromkeys((round(x, DIGITS), round(y, DIGITS)) for x, y in piece))
        if index == largest or (len(rounded) >= 3 and _area(piece) >= MIN_AREA):
            kept.append(piece)
    return kept


def _bbox(paths):
    xs = [x for points in paths for x, _y in points]
    ys = [y for points in paths for _x, y in points]
    return [round(min(xs), 1), round(min(ys), 1), round(max(xs), 1), round(max(ys), 1)]


def _read():
    svg = ElementTree.parse(SOURCE / "world.svg").getroot()
    outlines, background = {}, []
    for element in svg.iter("{http://www.w3.org/2000/svg}path"):
        source_id = element.get("id")
        paths = subpaths(element.get("d"))
        if source_id in BACKGROUND:
            background.extend(paths)
            continue
        code = MERGED.get(source_id, source_id.upper())
        if len(code) != 2 or not code.isalpha():
            raise ValueError(f"unexpected id in the outlines: {source_id!r}")
        outlines.setdefault(code, []).extend(paths)
    return outlines, background


def build():
    """The content of the data file, from the npm package."""
    outlines, background = _read()
    countries = []
    for code in sorted(outlines):
        paths = outlines[code]
        pieces = _pieces(paths)
        left, top, right, bottom = _bbox(paths)
        entry = {"code": code, "path": encode(pieces, DIGITS), "bbox": [left, top, right, bottom]}
        if right - left < SMALL and bottom - top < SMALL:
            # Too small to point at: the map adds a marker at its centre.
            entry["marker"] = [round((left + right) / 2, 1), round((top + bottom) / 2, 1)]
        countries.append(entry)
    view_box = ElementTree.parse(SOURCE / "world.svg").getroot().get("viewBox")
    return {
        "source": {
            "package": "@svg-maps/world",
            "version": json.loads((SOURCE / "package.json").read_text())["version"],
            "author": "Victor Cazanave",
            "origin": "MapSVG",
            "licence": "CC-BY-4.0",
            "licence_name": "CC BY 4.0",
            "licence_url": "https://creativecommons.org/licenses/by/4.0/",
        },
        "viewBox": [math.floor(float(value)) for value in view_box.split()],
        "countries": countries,
        "background": encode(_pieces(background), DIGITS) if background else "",
    }


def main():
    data = build()
    TARGET.parent.mkdir(parents=True, exist_ok=True)
    # One country per line: small diffs when the package changes.
    lines = [
        "{",
        f'"source": {json.dumps(data["source"], ensure_ascii=False)},',
        f'"viewBox": {json.dumps(data["viewBox"])},',
        f'"background": {json.dumps(data["background"])},',
        '"countries": [',
        ",\n".join(json.dumps(entry, separators=(",", ":")) for entry in data["countries"]),
        "]",
        "}",
    ]
    TARGET.write_text("\n".join(lines) + "\n", encoding="utf-8")
    markers = sum(1 for entry in data["countries"] if "marker" in entry)
    print(
        f"{TARGET.relative_to(ROOT)}: {len(data['countries'])} countries ({markers} with a "
        f"marker), {TARGET.stat().st_size} bytes"
    )


if __name__ == "__main__":
    main()
