"""The gettext catalogues are complete and their compiled .mo files match the .po sources."""

from pathlib import Path

import polib
import pytest
from django.conf import settings

REPOSITORY = Path(__file__).resolve().parents[1]
CATALOGUE_DIRS = [
    REPOSITORY / "locale",
    REPOSITORY / "cms_blocks" / "locale",
    REPOSITORY / "network_map" / "locale",
]
CATALOGUES = [
    directory / code / "LC_MESSAGES" / "django.po"
    for directory in CATALOGUE_DIRS
    for code, _name in settings.LANGUAGES
]


def entries(catalogue):
    return {
        (entry.msgctxt, entry.msgid): entry.msgstr_plural or entry.msgstr
        for entry in catalogue
        if not entry.obsolete
    }


@pytest.mark.parametrize("path", CATALOGUES, ids=lambda path: str(path.relative_to(REPOSITORY)))
def test_catalogue_is_complete(path):
    catalogue = polib.pofile(str(path))

    assert [entry.msgid for entry in catalogue.untranslated_entries()] == []
    assert [entry.msgid for entry in catalogue.fuzzy_entries()] == []


@pytest.mark.parametrize("path", CATALOGUES, ids=lambda path: str(path.relative_to(REPOSITORY)))
def test_compiled_catalogue_matches_its_source(path):
    source = entries(polib.pofile(str(path)))
    compiled = entries(polib.mofile(str(path.with_suffix(".mo"))))

    assert compiled == source, "run: make messages (or compilemessages) and commit the .mo"


@pytest.mark.parametrize("path", CATALOGUES, ids=lambda path: str(path.relative_to(REPOSITORY)))
def test_plural_entries_have_every_form_of_their_language(path):
    """Spanish has three plural forms: a missing one falls back to another language."""
    catalogue = polib.pofile(str(path))
    forms = int(catalogue.metadata["Plural-Forms"].split("nplurals=")[1].split(";")[0])

    missing = [
        entry.msgid
        for entry in catalogue
        if entry.msgid_plural and not entry.obsolete
        if sorted(entry.msgstr_plural) != list(range(forms))
        or not all(entry.msgstr_plural.values())
    ]
    assert missing == []
