"""Small builders for test content; each fills sensible defaults the caller may override."""

from django.utils.text import slugify
from wagtail.models import Locale

from cms_blocks import examples
from cms_blocks.blocks import BodyStreamBlock
from network_map.examples import add_relay
from resacoop.pages.models import StandardPage


def make_standard_page(parent, *, publish=True, **fields):
    fields.setdefault("title", "Page de test")
    fields.setdefault("slug", "page-de-test")
    fields.setdefault("show_in_menus", True)
    fields.setdefault("introduction", "Une page composée de blocs.")
    fields.setdefault(
        "body",
        [
            ("heading", {"text": "Nos objectifs", "level": "h2", "anchor": "objectifs"}),
            ("paragraph", "<p>Accompagner la coopération internationale.</p>"),
        ],
    )
    return examples.add_page(parent, StandardPage(**fields), publish=publish)


def translation_of(page, language_code):
    """The translation of ``page`` in the given language, as its specific class."""
    return page.get_translation(Locale.objects.get(language_code=language_code)).specific


def every_block(image, document, page):
    """Stream data using every block of the body stream, with French texts, as stored."""
    return examples.as_stored(BodyStreamBlock(), every_block_stream(image, document, page))


def every_block_stream(image, document, page):
    link_to_page = {"page": page.pk, "url": "", "label": ""}
    return examples.every_block(
        BodyStreamBlock(),
        heading={"text": "Qui sommes-nous ?", "level": "h2", "anchor": "qui"},
        paragraph="<p>Un réseau régional de <b>coopération</b>.</p>",
        quote={
            "quote": "La coopération commence par la rencontre.",
            "attribution": "Une adhérente",
            "source": "Assemblée générale",
        },
        notice={
            "kind": "important",
            "title": "Appel à projets",
            "text": "<p>Les dossiers sont attendus avant la fin du mois.</p>",
        },
        image={
            "image": {"image": image.pk, "alt_text": "Carte des départements", "decorative": False},
            "caption": "Les douze départements",
            "credit": "Photo : le réseau",
        },
        video={
            "url": "https://www.youtube.com/watch?v=aqz-KE-bpKQ",
            "title": "Présentation du réseau",
            "caption": "Trois minutes pour comprendre.",
            "poster": None,
        },
        document={
            "document": document.pk,
            "title": "Télécharger la plaquette",
            "description": "Le réseau en quatre pages.",
        },
        call_to_action={
            "title": "Rejoindre le réseau",
            "text": "Collectivités et associations sont les bienvenues.",
            "link": {"page": None, "url": "https://example.org/adhesion", "label": "Adhérer"},
            "style": "highlight",
        },
        buttons={
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
        key_figures={
            "title": "Le réseau en chiffres",
            "figures": [
                {"number": "27", "unit": "", "label": "membres"},
                {"number": "12000", "unit": "", "label": "visiteurs"},
            ],
        },
        timeline={
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
        faq={
            "title": "Questions fréquentes",
            "items": [
                {
                    "question": "Qui peut adhérer ?",
                    "answer": "<p>Toute organisation de la région.</p>",
                }
            ],
        },
        table={
            "caption": "Dates clés",
            "columns": [
                {"type": "text", "heading": "Étape"},
                {"type": "number", "heading": "Année"},
            ],
            "rows": [{"values": ["Création", "1994"]}, {"values": ["Groupement", "2006"]}],
        },
        cards={
            "title": "À découvrir",
            "cards": [{"page": page.pk, "image": image.pk, "summary": ""}],
            "columns": "3",
        },
        page_list={
            "title": "Dernières pages",
            "parent": page.get_parent().pk,
            "count": 3,
            "show_summary": True,
        },
        people={
            "title": "L'équipe",
            "people": [{"name": "Camille Dupont", "role": "Coordinatrice", "photo": image.pk}],
        },
        logos={
            "title": "Partenaires",
            "partners": [
                {"name": "Partenaire régional", "logo": image.pk, "url": "https://example.org/"}
            ],
        },
        two_columns={
            # Nested streams are stored with their ids, as the editor saves them.
            "first": [
                {"type": "paragraph", "value": "<p>Colonne de gauche.</p>", "id": "column-1-text"}
            ],
            "second": [
                {
                    "id": "column-2-cta",
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
    )


def make_member_index(home, **fields):
    from resacoop.members.models import MemberIndexPage

    fields.setdefault("title", "Nos membres")
    fields.setdefault("slug", "membres")
    return home.add_child(instance=MemberIndexPage(**fields))


def make_member(index, *, tags=(), publish=True, **fields):
    """A member organisation under ``index``; ``category`` defaults to the first one."""
    from resacoop.members.models import MemberCategory, MemberPage

    fields.setdefault("title", "Organisation membre")
    fields.setdefault("slug", slugify(fields["title"])[:50] or "membre")
    fields.setdefault(
        "category",
        MemberCategory.objects.filter(locale=index.locale).order_by("sort_order").first(),
    )
    fields.setdefault("summary", "Une organisation de la région.")
    return examples.add_page(index, MemberPage(**fields), tags=tags, publish=publish)


def make_mission_index(home, **fields):
    from resacoop.missions.models import MissionIndexPage

    fields.setdefault("title", "Nos missions")
    fields.setdefault("slug", "nos-missions")
    return home.add_child(instance=MissionIndexPage(**fields))


def make_mission(index, order, *, tags=(), **fields):
    from resacoop.missions.models import MissionPage

    fields.setdefault("title", f"Mission {order}")
    fields.setdefault("slug", f"mission-{order}")
    fields.setdefault("summary", f"Résumé de la mission {order}.")
    return examples.add_page(index, MissionPage(order=order, **fields), tags=tags)


def make_tag_index(home, **fields):
    from resacoop.tags.models import TagIndexPage

    fields.setdefault("title", "Thèmes")
    fields.setdefault("slug", "themes")
    return home.add_child(instance=TagIndexPage(**fields))


def make_map(home, **fields):
    from network_map.models import NetworkMapPage

    fields.setdefault("title", "Carte des relais")
    fields.setdefault("slug", "relais")
    fields.setdefault("region", "84")
    return home.add_child(instance=NetworkMapPage(**fields))


def make_relay(map_page, *, departements="07", audiences=(), tags=(), publish=True, **fields):
    """A relay organisation under ``map_page``; ``audiences`` are French audience names."""
    fields.setdefault("title", "Organisation relais")
    fields.setdefault("slug", slugify(fields["title"])[:50] or "relais")
    fields.setdefault("city", "Privas")
    return add_relay(
        map_page,
        departements=departements,
        audiences=audiences,
        tags=tags,
        publish=publish,
        **fields,
    )
