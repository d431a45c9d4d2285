"""A relay page's translations: kept by the staff, and always on the same spot of the map."""

import json
from decimal import Decimal

import pytest
from wagtail_localize.models import OverridableSegment, TranslationSource

from network_map.models import RelayOrganisationPage

from ..testapp.builders import ensure_translations, translation_of


@pytest.fixture
def translated(relays, locales, run_on_commit):
    map_page = relays[0].get_parent()
    run_on_commit(ensure_translations, map_page, [locales["en"], locales["es"]])
    run_on_commit(ensure_translations, relays[0], [locales["en"], locales["es"]])
    return relays[0]


def publish_change(page, **fields):
    page = RelayOrganisationPage.objects.get(pk=page.pk)
    for name, value in fields.items():
        setattr(page, name, value)
    page.save_revision().publish()


def test_shared_fields_follow_the_source_when_it_is_published(translated, image, client):
    publish_change(
        translated,
        departements="26",
        latitude=Decimal("44.93"),
        longitude=Decimal("4.89"),
        phone="04 75 11 11 11",
        logo=image,
    )

    for language in ("en", "es"):
        translation = translation_of(translated, language)
        assert translation.departements == "26"
        assert (translation.latitude, translation.longitude) == (Decimal("44.93"), Decimal("4.89"))
        assert translation.phone == "04 75 11 11 11"
        assert translation.logo_id == image.pk
    english_map = translation_of(translated.get_parent(), "en")
    geojson = json.loads(client.get(english_map.url + "relays.geojson").content)
    [feature] = geojson["features"]
    assert feature["properties"]["departements"] == ["26"]


def test_publishing_an_older_translation_keeps_the_sources_values(translated):
    spanish = translation_of(translated, "es")
    spanish.title = "ADOS (es)"
    old_draft = spanish.save_revision()  # made while the source still says 07 26
    publish_change(translated, departements="26")

    old_draft.publish()

    assert translation_of(translated, "es").departements == "26"
    assert translation_of(translated, "es").title == "ADOS (es)"


def test_translation_editor_offers_no_override_of_shared_fields(translated):
    source = TranslationSource.objects.get(object_id=translated.translation_key)
    overridable = set(
        OverridableSegment.objects.filter(source=source).values_list("context__path", flat=True)
    )
    shared = set(RelayOrganisationPage.SAME_IN_EVERY_LANGUAGE) | {"logo", "audiences"}
    assert not overridable & shared
