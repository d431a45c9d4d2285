"""A page using every block goes through wagtail-localize: extracted, translated, rendered."""

import pytest
from wagtail_localize.models import StringSegment, Translation, TranslationSource

from ..testapp.builders import ensure_translations, make_standard_page

# The French texts of the every-block stream that translators must see, with an English
# translation for each.
ENGLISH = {
    "Qui sommes-nous ?": "Who are we?",
    "Un réseau régional de <b>coopération</b>.": "A regional <b>cooperation</b> network.",
    "La coopération commence par la rencontre.": "Cooperation starts with meeting.",
    "Une adhérente": "A member",
    "Assemblée générale": "General assembly",
    "Appel à projets": "Call for projects",
    "Les dossiers sont attendus avant la fin du mois.": "Applications are due by the end of the month.",
    "Carte des départements": "Map of the départements",
    "Les douze départements": "The twelve départements",
    "Photo : le réseau": "Photo: the network",
    "Présentation du réseau": "Presentation of the network",
    "Trois minutes pour comprendre.": "Three minutes to understand.",
    "Télécharger la plaquette": "Download the brochure",
    "Le réseau en quatre pages.": "The network in four pages.",
    "Rejoindre le réseau": "Join the network",
    "Collectivités et associations sont les bienvenues.": "Local authorities and associations are welcome.",
    "Adhérer": "Join",
    "Site partenaire": "Partner site",
    "Le réseau en chiffres": "The network in figures",
    "membres": "members",
    "visiteurs": "visitors",
    "Notre histoire": "Our history",
    "Fusion des régions": "Merger of the regions",
    "Création": "Creation",
    "Un programme.": "A programme.",
    "Questions fréquentes": "Frequently asked questions",
    "Qui peut adhérer ?": "Who can join?",
    "Toute organisation de la région.": "Any organisation of the region.",
    "Dates clés": "Key dates",
    "Étape": "Milestone",
    "Année": "Year",
    "Groupement": "Grouping",
    "À découvrir": "Discover",
    "Dernières pages": "Latest pages",
    "L'équipe": "The team",
    "Camille Dupont": "Camille Dupont",
    "Coordinatrice": "Coordinator",
    "Partenaire régional": "Regional partner",
    "Colonne de gauche.": "Left column.",
    "Nous écrire": "Write to us",
}

# Values that are the same in every language: never offered to translators.
SYNCHRONISED = ["27", "12000", "1994", "qui", "https://example.org/adhesion", "1-1", "highlight"]


@pytest.fixture
def page_with_every_block(home_page, every_block, missions_page, locales, run_on_commit):
    run_on_commit(ensure_translations, missions_page, [locales["en"]])
    page = make_standard_page(home_page, title="Tous les blocs", slug="blocs", body=every_block)
    return page


def segments_of(page):
    source, _created = TranslationSource.get_or_create_from_instance(page)
    return source, {
        segment.string.data
        for segment in StringSegment.objects.filter(source=source).select_related("string")
    }


def test_every_visible_text_is_offered_to_translators(page_with_every_block):
    _source, texts = segments_of(page_with_every_block)

    assert set(ENGLISH) <= texts, sorted(set(ENGLISH) - texts)
    assert texts.isdisjoint(SYNCHRONISED)


def test_translation_through_a_po_file_renders_in_english(
    client, page_with_every_block, locales, run_on_commit
):
    source, _texts = segments_of(page_with_every_block)
    translation = Translation.objects.create(source=source, target_locale=locales["en"])
    po = translation.export_po()
    for entry in po:
        entry.msgstr = ENGLISH.get(entry.msgid, entry.msgid)

    warnings = translation.import_po(po)
    run_on_commit(translation.save_target, publish=True)

    assert warnings == []
    english = page_with_every_block.get_translation(locales["en"])
    html = client.get(english.url).content.decode()
    for text in [
        "Who are we?",
        "A regional <b>cooperation</b> network.",
        'alt="Map of the départements"',
        "Download the brochure",
        '<summary class="block-faq__question">Who can join?</summary>',
        "<caption>Key dates</caption>",
        '<th scope="col">Milestone</th>',
        '<th scope="row">Grouping</th>',
        "Write to us",
    ]:
        assert text in html, text
    # Synchronised values come through unchanged; links follow pages into English.
    assert "12,000" in html
    assert 'datetime="2017-07-01">July 1, 2017</time>' in html
    assert 'id="qui"' in html
    assert 'href="/en/missions/"' in html
    assert "Qui sommes-nous" not in html
