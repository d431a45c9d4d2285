"""The outlines of the world map: the committed data file, where it comes from, what it holds."""

import importlib.util
import json
import os
from pathlib import Path

import pytest
from django.utils import translation
from django_countries import countries as iso_countries

from resacoop.countries import world
from resacoop.countries.world_map import absolute

REPOSITORY = Path(__file__).resolve().parents[3]
SCRIPT = REPOSITORY / "scripts" / "build_world.py"
NPM_PACKAGE = REPOSITORY / "node_modules" / "@svg-maps" / "world"


def test_every_outline_is_a_country_with_its_iso_code():
    outlines = world.outlines()

    assert len(outlines) > 240
    assert all(code in iso_countries and code.isupper() for code in outlines)
    for code in ("SN", "ML", "BF", "HT", "FR", "BR", "UM", "TF"):
        assert outlines[code].path.startswith("m")
    assert "XK" not in outlines and world.background()  # Kosovo: drawn, without a code


def test_outlines_fit_the_drawing_and_small_countries_have_a_marker():
    left, top, width, height = (int(value) for value in world.view_box().split())

    for outline in world.outlines().values():
        x1, y1, x2, y2 = outline.bbox
        assert left <= x1 <= x2 <= left + width and top <= y1 <= y2 <= top + height
        if outline.marker:
            assert x1 <= outline.marker[0] <= x2 and y1 <= outline.marker[1] <= y2
    assert world.outlines()["AD"].marker  # Andorra: too small to point at
    assert world.outlines()["BR"].marker is None


def test_paths_join_into_one_with_absolute_starts():
    assert absolute("m480,332 -1,0 0,-1z") == "M480,332l-1,0 0,-1z"
    assert absolute("m298,411z") == "M298,411z"


def test_the_data_file_is_small_enough_to_embed():
    assert world.DATA_FILE.stat().st_size < 100_000


@pytest.mark.parametrize(("language", "name"), [("fr", "Sénégal"), ("en", "Senegal")])
def test_names_are_in_the_active_language(language, name):
    with translation.override(language):
        assert world.country_name("SN") == name


@pytest.mark.parametrize(
    ("value", "code"),
    [("sn", "SN"), ("bf", "BF"), ("SN", None), ("zz", None), ("xx1", None), ("", None)],
)
def test_only_a_lower_case_iso_code_names_a_country_in_an_address(value, code):
    assert world.code_from_url(value) == code


def test_attribution_names_the_source_and_licence():
    attribution = world.attribution()

    assert "@svg-maps/world" in attribution and "Victor Cazanave" in attribution
    assert 'href="https://creativecommons.org/licenses/by/4.0/" rel="license"' in attribution
    assert (world.DATA_FILE.parent / "LICENSE-world.md").exists()


def test_committed_data_is_what_the_script_builds_from_the_npm_package(tmp_path):
    if not NPM_PACKAGE.exists():
        if os.environ.get("CI", "").lower() == "true":
            pytest.fail("node_modules/@svg-maps/world is missing (npm ci)")
        pytest.skip("the npm package of outlines is not installed (npm ci)")
    spec = importlib.util.spec_from_file_location("build_world", SCRIPT)
    script = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(script)

    built = script.build()

    assert built == json.loads(world.DATA_FILE.read_text(encoding="utf-8"))
