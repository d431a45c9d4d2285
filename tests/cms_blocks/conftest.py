import pytest
from django.core.files.base import ContentFile
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file

from ..builders import make_standard_page


@pytest.fixture
def image(db):
    return Image.objects.create(title="Carte de la région", file=get_test_image_file())


@pytest.fixture
def document(db):
    pdf = ContentFile(b"%PDF-1.4\n" + b"0" * 2048, name="plaquette.pdf")
    return Document.objects.create(title="Plaquette de présentation", file=pdf)


@pytest.fixture
def missions_page(home_page):
    return make_standard_page(
        home_page, title="Nos missions", slug="missions", search_description="Cinq missions."
    )


@pytest.fixture
def every_block(image, document, missions_page):
    """Raw stream data using every block of the body stream, with French texts."""
    return every_block_stream(image, document, missions_page)


def every_block_stream(image, document, page):
    link_to_page = {"page": page.pk, "url": "", "label": ""}
    return [
        {"type": "heading", "value": {"text": "Qui sommes-nous ?", "level": "h2", "anchor": "qui"}},
        {"type": "paragraph", "value": "<p>Un réseau régional de <b>coopération</b>.</p>"},
        {
            "type": "quote",
            "value": {
                "quote": "La coopération commence par la rencontre.",
                "attribution": "Une adhérente",
                "source": "Assemblée générale",
            },
        },
        {
            "type": "notice",
            "value": {
                "kind": "important",
                "title": "Appel à projets",
                "text": "<p>Les dossiers sont attendus avant la fin du mois.</p>",
            },
        },
        {
            "type": "image",
            "value": {
                "image": {
                    "image": image.pk,
                    "alt_text": "Carte des départements",
                    "decorative": False,
                },
                "caption": "Les douze départements",
                "credit": "Photo : le réseau",
            },
        },
        {
            "type": "video",
            "value": {
                "url": "https://www.youtube.com/watch?v=aqz-KE-bpKQ",
                "title": "Présentation du réseau",
                "caption": "Trois minutes pour comprendre.",
                "poster": None,
            },
        },
        {
            "type": "document",
            "value": {
                "document": document.pk,
                "title": "Télécharger la plaquette",
                "description": "Le réseau en quatre pages.",
            },
        },
        {
            "type": "call_to_action",
            "value": {
                "title": "Rejoindre le réseau",
                "text": "Collectivités et associations sont les bienvenues.",
                "link": {"page": None, "url": "https://example.org/adhesion", "label": "Adhérer"},
                "style": "highlight",
            },
        },
        {
            "type": "buttons",
            "value": {
                "buttons": [
                    {**link_to_page, "style": "primary"},
                    {
                        "page": None,
                        "url": "https://example.org/",
                        "label": "Site partenaire",
                        "style": "secondary",
                    },
                ],
                "alignment": "start",
            },
        },
        {
            "type": "key_figures",
            "value": {
                "title": "Le réseau en chiffres",
                "figures": [
                    {"number": "27", "unit": "", "label": "membres"},
                    {"number": "12000", "unit": "", "label": "visiteurs"},
                ],
            },
        },
        {
            "type": "timeline",
            "value": {
                "title": "Notre histoire",
                "events": [
                    {
                        "date": "2017-07-01",
                        "precision": "day",
                        "title": "Fusion des régions",
                        "description": "",
                    },
                    {
                        "date": "1994-01-01",
                        "precision": "year",
                        "title": "Création",
                        "description": "Un programme.",
                    },
                ],
            },
        },
        {
            "type": "faq",
            "value": {
                "title": "Questions fréquentes",
                "items": [
                    {
                        "question": "Qui peut adhérer ?",
                        "answer": "<p>Toute organisation de la région.</p>",
                    }
                ],
            },
        },
        {
            "type": "table",
            "value": {
                "caption": "Dates clés",
                "columns": [
                    {"type": "text", "heading": "Étape"},
                    {"type": "number", "heading": "Année"},
                ],
                "rows": [{"values": ["Création", "1994"]}, {"values": ["Groupement", "2006"]}],
            },
        },
        {
            "type": "cards",
            "value": {
                "title": "À découvrir",
                "cards": [{"page": page.pk, "image": image.pk, "summary": ""}],
                "columns": "3",
            },
        },
        {
            "type": "page_list",
            "value": {
                "title": "Dernières pages",
                "parent": page.get_parent().pk,
                "count": 3,
                "show_summary": True,
            },
        },
        {
            "type": "people",
            "value": {
                "title": "L'équipe",
                "people": [{"name": "Camille Dupont", "role": "Coordinatrice", "photo": image.pk}],
            },
        },
        {
            "type": "logos",
            "value": {
                "title": "Partenaires",
                "partners": [
                    {"name": "Partenaire régional", "logo": image.pk, "url": "https://example.org/"}
                ],
            },
        },
        {
            "type": "two_columns",
            "value": {
                "first": [{"type": "paragraph", "value": "<p>Colonne de gauche.</p>"}],
                "second": [
                    {
                        "type": "call_to_action",
                        "value": {
                            "title": "Nous écrire",
                            "text": "",
                            "link": link_to_page,
                            "style": "plain",
                        },
                    }
                ],
                "ratio": "1-1",
            },
        },
    ]
