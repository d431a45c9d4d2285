"""Builders of test content for the pluggable apps, made with the test project's page types.

Each fills sensible defaults the caller may override. Nothing here imports the test project's
models at import time: the reference site's tests use the map and block builders too.
"""

import datetime

from django.conf import settings
from django.utils.text import slugify
from wagtail.models import Collection, Locale, Page, Site

from cms_blocks import examples
from cms_blocks.blocks import BodyStreamBlock
from cms_blocks.taxonomy import ensure_terms
from cms_blocks.translation import ensure_translations
from network_map.examples import add_relay
from network_map.models import Audience, NetworkMapPage

# The audiences of relays the tests expect, in the three languages of the test project.
AUDIENCES = [
    {"fr": "Jeunes", "en": "Young people", "es": "Jóvenes"},
    {"fr": "Établissements scolaires", "en": "Schools", "es": "Centros educativos"},
    {"fr": "Collectivités territoriales", "en": "Local authorities", "es": "Entidades locales"},
    {"fr": "Associations", "en": "Associations", "es": "Asociaciones"},
]


def setup_site():
    """Locales, the root collection, the audiences, a home page and its translations.

    Idempotent: tests that cannot run in a transaction empty the database after them, and
    the next one builds the site again. Returns the French home page.
    """
    from .models import HomePage

    locales = [
        Locale.objects.get_or_create(language_code=code)[0]
        for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES
    ]
    if not Collection.get_first_root_node():
        Collection.add_root(name="Root")
    ensure_terms(Audience, AUDIENCES)
    site = Site.objects.filter(is_default_site=True).first()
    home = HomePage.objects.filter(locale=Locale.get_default()).first()
    if home is None:
        root = Page.get_first_root_node() or Page.add_root(
            instance=Page(title="Root", slug="root", locale=Locale.get_default())
        )
        home = root.add_child(
            instance=HomePage(title="Accueil", slug="accueil", locale=Locale.get_default())
        )
        placeholder = site.root_page if site else None
        # The host the test client asks for, so that full URLs (open data, e-mails) match.
        site = site or Site(is_default_site=True)
        site.hostname, site.port = "testserver", 80
        site.root_page = home
        site.save()
        if placeholder and type(placeholder.specific) is Page and placeholder.numchild == 0:
            placeholder.delete()
    ensure_translations(home, locales[1:])
    return home


def make_standard_page(parent, *, publish=True, model=None, **fields):
    """A published standard page, made of a heading and a paragraph: the test project's,
    or ``model``."""
    if model is None:
        from .models import StandardPage as model

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
    return examples.add_page(parent, model(**fields), publish=publish)


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


def make_map(home, **fields):
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


def make_relay_event(relay, *, publish=True, owner=None, **fields):
    """An event under ``relay`` (the test project's ``RelayEventPage``), added by ``owner``."""
    from .models import RelayEventPage

    fields.setdefault("title", "Rencontre des porteurs de projets")
    fields.setdefault("slug", slugify(fields["title"])[:50] or "evenement")
    fields.setdefault("start", datetime.date(2027, 3, 18))
    fields.setdefault("summary", "Une matinée d’échanges.")
    return examples.add_page(relay, RelayEventPage(owner=owner, **fields), publish=publish)
