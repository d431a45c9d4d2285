"""Build the demo site: pages, media, translations, settings and accounts.

Every step finds what an earlier run made (pages by slug under their parent, media by
title in the demo collection, accounts by e-mail) and makes only what is missing, so
running it again changes nothing. ``reset`` first removes what the demo makes.
"""

import io
import secrets
from dataclasses import dataclass, field
from decimal import Decimal

from django.contrib.auth import get_user_model
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.db import transaction
from django.utils.text import slugify
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.models import Collection, Locale, Page, Site
from wagtail.utils.file import hash_filelike
from wagtail_localize.models import TranslationSource

from cms_blocks import examples
from cms_blocks.blocks import BodyStreamBlock
from cms_blocks.translation import translate
from network_map import access
from network_map.departements import all_departements
from network_map.examples import add_relay
from network_map.models import NetworkMapPage, RelayAccess
from resacoop.members.models import MemberCategory, MemberIndexPage, MemberPage
from resacoop.missions.models import MissionIndexPage, MissionPage
from resacoop.pages.blocks import SiteBodyBlock
from resacoop.pages.models import HomePage, NetworkSettings, Office, StandardPage
from resacoop.tags.models import TagIndexPage, TagLabel

from . import agenda, calls, countries, legal, media, news, resources, site_setup
from . import texts as t
from .indexes import indexes_updated_at_the_end

COLLECTION_NAME = "Démo"
ADMIN_EMAIL = "admin@example.org"
BROCHURE_FILENAME = "plaquette-resacoop.pdf"
RECORDING_FILENAME = "carillon.wav"
# The pictogram of each mission of texts.MISSION_PAGES, in order (see media.PICTOGRAMS),
# and what it shows, for its image's description.
PICTOGRAMS = [
    ("information", "Une bulle de dialogue marquée d'un i"),
    ("references", "Un livre ouvert"),
    ("exchange", "Deux flèches de sens opposés"),
    ("concerted", "Trois anneaux entrelacés"),
    ("capitalise", "Une pile de boîtes d'archives"),
]


@dataclass
class Result:
    admin: object = None
    password: str = ""
    relay_accounts: list = field(default_factory=list)
    home: object = None
    #: True when an account got ``password`` in this run (it is shown once).
    new_passwords: bool = False


def strings_for(locale):
    """Our translations into ``locale``, for wagtail-localize, keyed by the French text."""
    return {
        french: translations[locale.language_code]
        for french, translations in t.CATALOGUE.items()
        if locale.language_code in translations
    }


def translate_page(page, locales):
    """Translate ``page`` through wagtail-localize into each locale it is missing from."""
    for locale in locales:
        if not page.has_translation(locale):
            translate(page, locale, strings_for(locale))


def existing_child(parent, slug):
    """The child page of ``parent`` with ``slug``, as its specific class, or None."""
    page = parent.get_children().filter(slug=slug).first()
    return page.specific if page is not None else None


def child(parent, model, slug, tags=(), **fields):
    """The published child page of ``parent`` with ``slug``, created if missing."""
    return existing_child(parent, slug) or examples.add_page(
        parent, model(slug=str(slug), **fields), tags=tags
    )


def section(parent, model, slug, title, introduction, **fields):
    """A page of the demo shown in the menus: a section index, "About us"..."""
    return child(
        parent,
        model,
        slug,
        title=str(title),
        introduction=str(introduction),
        show_in_menus=True,
        **fields,
    )


class DemoBuilder:
    def __init__(self, log, password=None):
        self.log = log
        self.password_given = bool(password)
        self.password = password or secrets.token_urlsafe(12)
        self.result = Result(password=self.password)
        self.images = {}

    # Steps ---------------------------------------------------------------------------

    def build(self):
        with indexes_updated_at_the_end():
            self._build_steps()
        self.log("Search and reference indexes")
        return self.result

    def _build_steps(self):
        self.home = site_setup.setup_site()
        self.result.home = self.home
        self.default = Locale.get_default()
        self.others = list(Locale.objects.exclude(pk=self.default.pk))
        self.step("Media (logos, brochure)", self.build_media)
        self.step("Home page", self.build_home_text)
        self.step("About and contact pages", self.build_about_and_contact)
        self.step("Missions", self.build_missions)
        self.step("Members", self.build_members)
        self.step("Map of relays", self.build_map)
        self.step("Topics and block library", self.build_tags_and_blocks)
        self.step("Home page blocks", self.build_home_body)
        self.step("Offices, footer and settings", self.build_offices_and_settings)
        self.step("Translations (English, Spanish)", self.build_translations, atomic=False)
        self.step("News", lambda: news.build_news(self), atomic=False)
        self.step("Agenda", lambda: agenda.build_agenda(self), atomic=False)
        self.step("Resource centre", lambda: resources.build_resources(self), atomic=False)
        self.step("Partner countries", lambda: countries.build_countries(self), atomic=False)
        self.step("Calls for projects", lambda: calls.build_calls(self), atomic=False)
        self.step("Obligation pages, contact form", lambda: legal.build_legal(self), atomic=False)
        self.step("Accounts", self.build_accounts)

    def step(self, label, function, atomic=True):
        if atomic:
            with transaction.atomic():
                outcome = function()
        else:
            outcome = function()
        self.log(f"{label}: {outcome}" if outcome else label)

    def build_media(self):
        root = Collection.get_first_root_node()
        self.collection = root.get_children().filter(name=COLLECTION_NAME).first()
        if self.collection is None:
            self.collection = root.add_child(name=COLLECTION_NAME)
        for number, member in enumerate(t.MEMBER_LIST):
            self.images[member.name] = self.image(
                member.name,
                # Neighbours in the directory get different shapes, not only colours.
                lambda member=member, number=number: media.logo_png(
                    member.name, member.acronym or None, layout=number
                ),
                description=f"Logo : {member.acronym or media.initials(member.name)}",
            )
        for number, ((title, _slug, _summary), (kind, shows)) in enumerate(
            zip(t.MISSION_PAGES, PICTOGRAMS, strict=True), start=1
        ):
            self.images[f"mission {number}"] = self.image(
                str(title),
                lambda kind=kind: media.pictogram_png(kind),
                kind="Pictogramme",
                description=shows,
            )
        # The network's logo, icon and sharing image (its settings): the header and the head
        # of every page.
        name = Site.objects.get(is_default_site=True).site_name
        self.images["network logo"] = self.image(
            name, lambda: media.network_logo_png(name), kind="Logo du réseau", description=name
        )
        self.images["network icon"] = self.image(
            name, media.network_icon_png, kind="Icône", description=name
        )
        self.images["sharing image"] = self.image(
            name, lambda: media.banner_png(name), kind="Image de partage", description=name
        )
        self.brochure = Document.objects.filter(
            title=str(t.BROCHURE_DOCUMENT), collection=self.collection
        ).first()
        if self.brochure is None:
            pdf = media.brochure_pdf(brochure(name, media.network_logo_png(name)))
            self.brochure = Document(title=str(t.BROCHURE_DOCUMENT), collection=self.collection)
            self.brochure.file.save(BROCHURE_FILENAME, ContentFile(pdf), save=False)
            # What visitors are told the download weighs ("PDF, 30 KB"), and its hash.
            self.brochure.file_size = len(pdf)
            self.brochure.file_hash = hash_filelike(io.BytesIO(pdf))
            self.brochure.save()
        self.recording = self.document(t.RECORDING_DOCUMENT, RECORDING_FILENAME, media.chime_wav)
        return f"{len(self.images)} images, 2 documents"

    def document(self, title, filename, make):
        """The demo's document ``title``, made by ``make()`` (bytes) if it is not there yet."""
        document = Document.objects.filter(title=str(title), collection=self.collection).first()
        if document is None:
            content = make()
            document = Document(title=str(title), collection=self.collection)
            document.file.save(filename, ContentFile(content), save=False)
            document.file_size = len(content)
            document.file_hash = hash_filelike(io.BytesIO(content))
            document.save()
        return document

    def image(self, name, draw, kind="Logo", description=""):
        """The demo's image ``kind : name``, drawn by ``draw()`` (PNG bytes) if it is not
        there yet; ``description`` is its alternative text where it is not decorative."""
        title = f"{kind} : {name}"
        image = Image.objects.filter(title=title, collection=self.collection).first()
        if image is None:
            filename = f"{slugify(name)[:40] or 'logo'}.png"
            image = Image.objects.create(
                title=title,
                description=description,
                collection=self.collection,
                file=ImageFile(io.BytesIO(draw()), name=filename),
            )
        return image

    def build_home_text(self):
        self.home.introduction = str(t.HOME_INTRODUCTION)
        self.home.save_revision().publish()

    def build_about_and_contact(self):
        self.about = section(
            self.home,
            StandardPage,
            t.ABOUT_SLUG,
            t.ABOUT,
            t.ABOUT_INTRODUCTION,
            body=stored(self.about_body()),
        )
        self.contact = section(
            self.home,
            StandardPage,
            t.CONTACT_SLUG,
            t.CONTACT,
            t.CONTACT_INTRODUCTION,
            body=[{"type": "paragraph", "value": f"<p>{t.CONTACT_TEXT}</p>"}],
        )

    def about_body(self):
        return [
            heading(t.OBJECTIVES, "objectifs"),
            {"type": "paragraph", "value": f"<p>{t.OBJECTIVE_1}</p><p>{t.OBJECTIVE_2}</p>"},
            heading(t.GOVERNANCE, "gouvernance"),
            {"type": "paragraph", "value": f"<p>{t.GOVERNANCE_1}</p><p>{t.GOVERNANCE_2}</p>"},
            {
                "type": "timeline",
                "value": {
                    "title": str(t.HISTORY),
                    "events": [
                        event("1994-01-01", "year", t.HISTORY_1994, t.HISTORY_1994_TEXT),
                        event("2006-01-01", "year", t.HISTORY_2006, t.HISTORY_2006_TEXT),
                        event("2017-07-01", "day", t.HISTORY_2017, t.HISTORY_2017_TEXT),
                    ],
                },
            },
            {
                "type": "faq",
                "value": {
                    "title": str(t.FAQ_TITLE),
                    "items": [
                        {"question": str(t.FAQ_Q1), "answer": f"<p>{t.FAQ_A1}</p>"},
                        {"question": str(t.FAQ_Q2), "answer": f"<p>{t.FAQ_A2}</p>"},
                    ],
                },
            },
            {"type": "document", "value": self.brochure_download()},
        ]

    def brochure_download(self):
        return {
            "document": self.brochure.pk,
            "title": str(t.BROCHURE_TITLE),
            "description": str(t.BROCHURE_DESCRIPTION),
        }

    def contact_call_to_action(self):
        return {
            "title": str(t.CTA_TITLE),
            "text": str(t.CTA_TEXT),
            "link": {"page": self.contact.pk, "url": "", "label": str(t.CTA_LABEL)},
            "style": "highlight",
        }

    def build_missions(self):
        self.missions_index = section(
            self.home, MissionIndexPage, t.MISSIONS_SLUG, t.MISSIONS, t.MISSIONS_INTRODUCTION
        )
        self.missions = []
        for number, (title, slug, summary) in enumerate(t.MISSION_PAGES, start=1):
            self.missions.append(
                child(
                    self.missions_index,
                    MissionPage,
                    str(slug),
                    title=str(title),
                    order=number,
                    summary=str(summary),
                    icon=self.images[f"mission {number}"],
                    body=body_stored(mission_body(t.MISSION_BODIES[number - 1])),
                )
            )
        return f"{len(self.missions)} missions"

    def build_members(self):
        self.members_index = section(
            self.home, MemberIndexPage, t.MEMBERS_SLUG, t.MEMBERS, t.MEMBERS_INTRODUCTION
        )
        categories = {
            category.name: category
            for category in MemberCategory.objects.filter(locale=self.default)
        }
        self.members = {}
        for member in t.MEMBER_LIST:
            self.members[member.name] = child(
                self.members_index,
                MemberPage,
                slugify(member.acronym or member.name)[:80],
                tags=member.tags,
                title=member.name,
                acronym=member.acronym,
                category=categories[member.category],
                logo=self.images[member.name],
                website=member.website,
                town=member.town,
                departement=member.departement,
                summary=str(member.summary),
                body=body_stored(paragraphs(member.body)),
            )
        return f"{len(self.members)} members"

    def build_map(self):
        self.map = section(
            self.home,
            NetworkMapPage,
            t.MAP_SLUG,
            t.MAP,
            t.MAP_INTRODUCTION,
            contact_page=self.contact,
        )
        self.relays = []
        for member in t.MEMBER_LIST:
            if member.relay_departements is None:
                continue
            slug = slugify(member.acronym or member.name)[:80]
            where = t.RELAYS[member.name]
            relay = existing_child(self.map, slug) or add_relay(
                self.map,
                slug=slug,
                tags=["jeunesse"],
                audiences=["Jeunes"],
                title=member.name,
                departements=member.relay_departements,
                summary=str(t.RELAY_SUMMARY),
                logo=self.images[member.name],
                address=where.address,
                postcode=where.postcode,
                city=where.city,
                latitude=Decimal(where.latitude),
                longitude=Decimal(where.longitude),
                website=where.website,
                phone=where.phone,
                email=where.email,
            )
            self.relays.append(relay)
            member = self.members[member.name]
            if member.relay_page_id != relay.pk:
                member.relay_page = relay
                member.save_revision().publish()
        return f"{len(self.relays)} relay organisations"

    def build_tags_and_blocks(self):
        self.tag_index = child(
            self.home,
            TagIndexPage,
            t.TAG_INDEX_SLUG,
            title=str(t.TAG_INDEX),
            introduction=str(t.TAG_INDEX_INTRODUCTION),
        )
        # Examples for editors, reached by a button at the foot of the home page: kept out of
        # the menus and of search engines.
        self.blocks_page = child(
            self.home,
            StandardPage,
            t.BLOCKS_SLUG,
            title=str(t.BLOCKS),
            introduction=str(t.BLOCKS_INTRODUCTION),
            show_in_menus=False,
            hidden_from_search_engines=True,
            body=stored(self.every_block()),
        )

    def every_block(self):
        text = t.BLOCK_TEXTS
        logo = self.images["Ardèche Drôme Ouro Sogui Sénégal"]
        members_link = {
            "page": self.members_index.pk,
            "url": "",
            "label": str(text["buttons_more"]),
        }
        # The texts of the blocks of #20, in the three languages (t.T adds each to the
        # catalogue the translations step reads).
        more = {
            "hero_title": t.T(
                "Des exemples de chaque bloc",
                "Examples of every block",
                "Ejemplos de cada bloque",
            ),
            "hero_text": t.T(
                "Cette page montre aux rédacteurs ce que chaque bloc donne en ligne.",
                "This page shows editors what each block looks like once published.",
                "Esta página muestra a los redactores cómo queda cada bloque publicado.",
            ),
            "hero_link": t.T("Écrire au réseau", "Write to the network", "Escribir a la red"),
            "transcript": t.T(
                "Une voix présente le réseau pendant que des images de ses rencontres défilent.",
                "A voice presents the network while pictures of its meetings go by.",
                "Una voz presenta la red mientras pasan imágenes de sus encuentros.",
            ),
            "callout_title": t.T("Bon à savoir", "Good to know", "Conviene saber"),
            "callout": t.T(
                "Les services du réseau sont gratuits, sauf les formations.",
                "The network's services are free, except training.",
                "Los servicios de la red son gratuitos, salvo la formación.",
            ),
            "highlight": t.T(
                "Tout habitant de la région peut s'adresser au réseau.",
                "Any inhabitant of the region may turn to the network.",
                "Cualquier habitante de la región puede dirigirse a la red.",
            ),
            "audio_title": t.T(
                "Un enregistrement d'exemple", "An example recording", "Una grabación de ejemplo"
            ),
            "audio_transcript": t.T(
                "Trois notes de carillon, de la plus grave à la plus aiguë, sans paroles.",
                "Three chime notes, from the lowest to the highest, without words.",
                "Tres notas de carillón, de la más grave a la más aguda, sin palabras.",
            ),
            "embed_title": t.T(
                "Plan du quartier du siège, à Lyon",
                "Map of the area of the head office, in Lyon",
                "Plano del barrio de la sede, en Lyon",
            ),
            "embed_caption": t.T(
                "Une page d'un autre site, affichée seulement à la demande.",
                "A page of another site, shown only when asked for.",
                "Una página de otro sitio, mostrada solo a petición.",
            ),
            "accordion_q1": t.T(
                "À qui s'adresse le réseau ?",
                "Who is the network for?",
                "¿A quién se dirige la red?",
            ),
            "accordion_a1": t.T(
                "Aux collectivités, associations, établissements et habitants de la région.",
                "Local authorities, associations, institutions and inhabitants of the region.",
                "A entidades locales, asociaciones, centros y habitantes de la región.",
            ),
            "accordion_q2": t.T("Comment le joindre ?", "How to reach it?", "¿Cómo contactarla?"),
            "accordion_a2": t.T(
                "Par courriel, par téléphone ou dans l'un de ses deux bureaux.",
                "By e-mail, by phone or at one of its two offices.",
                "Por correo, por teléfono o en una de sus dos oficinas.",
            ),
            "tab_lyon": t.T(
                "Le siège du réseau, où travaille la plus grande partie de l'équipe.",
                "The network's head office, where most of the team works.",
                "La sede de la red, donde trabaja la mayor parte del equipo.",
            ),
            "tab_clermont": t.T(
                "Le bureau qui suit les projets de l'ouest de la région.",
                "The office that follows the projects of the west of the region.",
                "La oficina que sigue los proyectos del oeste de la región.",
            ),
            "image_text_title": t.T(
                "Un logo et son texte", "A logo and its text", "Un logotipo y su texto"
            ),
            "image_text": t.T(
                "Une image à côté d'un texte, du côté que choisit le rédacteur.",
                "An image beside a text, on the side the editor chooses.",
                "Una imagen junto a un texto, del lado que elige el redactor.",
            ),
            "stepper_title": t.T(
                "Monter un projet avec le réseau",
                "Building a project with the network",
                "Montar un proyecto con la red",
            ),
            "step_1": t.T("Présenter son idée", "Present the idea", "Presentar la idea"),
            "step_2": t.T(
                "Rencontrer une chargée de mission",
                "Meet a project officer",
                "Reunirse con una responsable de proyectos",
            ),
            "step_3": t.T("Chercher des partenaires", "Look for partners", "Buscar socios"),
            "tiles_title": t.T("Par où commencer", "Where to start", "Por dónde empezar"),
            "tile_about": t.T(
                "Qui nous sommes et ce que nous faisons",
                "Who we are and what we do",
                "Quiénes somos y qué hacemos",
            ),
            "tile_members": t.T(
                "Les organisations qui font le réseau",
                "The organisations that make the network",
                "Las organizaciones que forman la red",
            ),
            "tile_map": t.T(
                "Un relais près de chez vous",
                "A relay near you",
                "Un relevo cerca de usted",
            ),
            "contact_role": t.T(
                "Structure relais du réseau",
                "Relay organisation of the network",
                "Organización relevo de la red",
            ),
        }

        def tile(page, key):
            return {"page": page.pk, "url": "", "title": "", "text": str(more[key]), "image": None}

        return examples.every_block(
            SiteBodyBlock(),
            hero={
                "title": str(more["hero_title"]),
                "text": str(more["hero_text"]),
                "image": None,
                "link": {"page": self.contact.pk, "url": "", "label": str(more["hero_link"])},
                "layout": "beside",
                "heading_level": "h2",
            },
            callout={
                "title": str(more["callout_title"]),
                "text": f"<p>{more['callout']}</p>",
                "heading_level": "h2",
            },
            highlight={"text": str(more["highlight"])},
            audio={
                "title": str(more["audio_title"]),
                "document": self.recording.pk,
                "url": "",
                "transcript": f"<p>{more['audio_transcript']}</p>",
            },
            embed={
                "url": "https://www.openstreetmap.org/export/embed.html"
                "?bbox=4.83%2C45.74%2C4.87%2C45.76&layer=mapnik",
                "title": str(more["embed_title"]),
                "height": 400,
                "caption": str(more["embed_caption"]),
            },
            accordion={
                "items": [
                    {
                        "title": str(more["accordion_q1"]),
                        "content": f"<p>{more['accordion_a1']}</p>",
                    },
                    {
                        "title": str(more["accordion_q2"]),
                        "content": f"<p>{more['accordion_a2']}</p>",
                    },
                ],
                "heading_level": "h2",
            },
            tabs={
                "tabs": [
                    {"label": "Lyon", "content": f"<p>{more['tab_lyon']}</p>"},
                    {"label": "Clermont-Ferrand", "content": f"<p>{more['tab_clermont']}</p>"},
                ],
                "heading_level": "h2",
            },
            image_text={
                "title": str(more["image_text_title"]),
                "text": f"<p>{more['image_text']}</p>",
                "image": {
                    "image": logo.pk,
                    "alt_text": str(text["image_alt"]),
                    "decorative": False,
                },
                "image_position": "end",
                "heading_level": "h2",
            },
            anchor={"anchor": "exemples"},
            stepper={
                "title": str(more["stepper_title"]),
                "steps": [{"title": str(more[f"step_{n}"]), "text": ""} for n in (1, 2, 3)],
                "current": 2,
                "heading_level": "h2",
            },
            tiles={
                "title": str(more["tiles_title"]),
                "tiles": [
                    tile(self.about, "tile_about"),
                    tile(self.members_index, "tile_members"),
                    tile(self.map, "tile_map"),
                ],
                "heading_level": "h2",
            },
            contact_card={
                "page": self.relays[0].pk,
                "name": "",
                "role": str(more["contact_role"]),
                "organisation": "",
                "email": "",
                "phone": "",
                "address": "",
                "heading_level": "h2",
            },
            heading={"text": str(text["heading"]), "level": "h2", "anchor": "titre"},
            paragraph=f"<p>{text['paragraph']}</p>",
            quote={
                "quote": str(text["quote"]),
                "attribution": str(text["quote_attribution"]),
                "source": "",
            },
            notice={
                "kind": "information",
                "title": str(text["notice_title"]),
                "text": f"<p>{text['notice']}</p>",
            },
            image={
                "image": {
                    "image": logo.pk,
                    "alt_text": str(text["image_alt"]),
                    "decorative": False,
                },
                "caption": str(text["image_caption"]),
                "credit": "",
            },
            video={
                "url": "https://www.youtube.com/watch?v=aqz-KE-bpKQ",
                "title": str(text["video_title"]),
                "caption": str(text["video_caption"]),
                "poster": None,
                "transcript": f"<p>{more['transcript']}</p>",
            },
            document=self.brochure_download(),
            call_to_action=self.contact_call_to_action(),
            buttons={"buttons": [{**members_link, "style": "primary"}], "alignment": "start"},
            key_figures={
                "title": str(t.FIGURES_TITLE),
                "figures": [{"number": "27", "unit": "", "label": str(t.FIGURE_MEMBERS)}],
            },
            timeline={
                "title": str(t.HISTORY),
                "events": [event("2006-01-01", "year", t.HISTORY_2006, t.HISTORY_2006_TEXT)],
            },
            faq={
                "title": str(t.FAQ_TITLE),
                "items": [{"question": str(t.FAQ_Q2), "answer": f"<p>{t.FAQ_A2}</p>"}],
            },
            table={
                "caption": str(text["table_caption"]),
                "columns": [
                    {"type": "text", "heading": str(text["table_step"])},
                    {"type": "number", "heading": str(text["table_year"])},
                ],
                "rows": [
                    {"values": [str(t.HISTORY_1994), "1994"]},
                    {"values": [str(t.HISTORY_2006), "2006"]},
                ],
            },
            cards={
                "title": str(text["cards_title"]),
                "cards": [
                    {"page": self.about.pk, "image": None, "summary": ""},
                    {"page": self.map.pk, "image": None, "summary": ""},
                ],
                "columns": "3",
            },
            page_list={
                "title": str(text["latest_title"]),
                "parent": self.missions_index.pk,
                "count": 3,
                "show_summary": True,
            },
            people={
                "title": str(text["people_title"]),
                "people": [
                    {"name": "Camille Martin", "role": str(text["person_role"]), "photo": None}
                ],
            },
            logos={
                "title": str(text["logos_title"]),
                "partners": [
                    {"name": name, "logo": self.images[name].pk, "url": ""}
                    for name in ["Ardèche Drôme Ouro Sogui Sénégal", "Solicoop42"]
                ],
            },
            two_columns={
                "first": [{"type": "paragraph", "value": f"<p>{text['column_left']}</p>"}],
                "second": [
                    {
                        "type": "call_to_action",
                        "value": {
                            "title": str(t.CONTACT),
                            "text": "",
                            "link": {"page": self.contact.pk, "url": "", "label": ""},
                            "style": "plain",
                        },
                    }
                ],
                "ratio": "1-1",
            },
            missions={"title": str(t.MISSIONS_TITLE), "index": None},
            members={
                "title": str(t.MEMBERS_TITLE),
                "category": None,
                "members": [
                    self.members[name].pk for name in ["Solicoop42", "Pays de Savoie solidaires"]
                ],
            },
            relay_map={"title": str(t.MAP_TITLE), "map_page": self.map.pk},
        )

    def build_home_body(self):
        if self.home.body:
            return "already composed"
        self.home.body = stored(
            [
                {
                    "type": "missions",
                    "value": {"title": str(t.MISSIONS_TITLE), "index": self.missions_index.pk},
                },
                {
                    "type": "relay_map",
                    "value": {"title": str(t.MAP_TITLE), "map_page": self.map.pk},
                },
                {
                    "type": "members",
                    "value": {
                        "title": str(t.MEMBERS_TITLE),
                        "category": None,
                        "members": [member.pk for member in self.members.values()],
                    },
                },
                {"type": "call_to_action", "value": self.contact_call_to_action()},
                # The only way to the page of examples, which the menus leave out.
                {
                    "type": "buttons",
                    "value": {
                        "buttons": [
                            {
                                "page": self.blocks_page.pk,
                                "url": "",
                                "label": str(t.BLOCKS_LINK),
                                "style": "secondary",
                            }
                        ],
                        "alignment": "center",
                    },
                },
            ]
        )
        self.home.save_revision().publish()

    def build_offices_and_settings(self):
        for order, place in enumerate(t.OFFICES):
            office = Office.objects.filter(locale=self.default, city=place.city).first()
            if office is None:
                office = Office.objects.create(
                    name=str(place.name),
                    address=place.address,
                    postcode=place.postcode,
                    city=place.city,
                    sort_order=order,
                )
            for locale in self.others:
                if not office.has_translation(locale):
                    translate(office, locale, strings_for(locale))
        site = Site.objects.get(is_default_site=True)
        network = NetworkSettings.for_site(site)
        network.contact_page = self.contact
        network.brochure = self.brochure
        network.logo = self.images["network logo"]
        network.icon = self.images["network icon"]
        network.sharing_image = self.images["sharing image"]
        network.save()
        for label in TagLabel.objects.filter(locale=self.default, name__in=t.TAGS):
            for locale in self.others:
                if not label.has_translation(locale):
                    translate(label, locale, strings_for(locale))
        return f"{len(t.OFFICES)} offices"

    def build_translations(self):
        pages = [
            self.about,
            self.contact,
            self.missions_index,
            *self.missions,
            self.members_index,
            *self.members.values(),
            self.map,
            *self.relays,
            self.tag_index,
            self.blocks_page,
        ]
        # One transaction per page: wagtail-localize publishes a translation when the
        # transaction commits, from the page as it was when translated. Were a parent's
        # translation published after its children's were made, its stale count of children
        # would be saved, and Wagtail would no longer find them.
        for page in pages:
            with transaction.atomic():
                translate_page(page, self.others)
        # The home page was translated by setup_site, before it had its text and blocks.
        with transaction.atomic():
            self.update_translations(self.home)
        return f"{len(pages) + 1} pages in {len(self.others) + 1} languages"

    def update_translations(self, page):
        source = TranslationSource.objects.get_for_instance_or_none(page)
        if source is None:
            translate_page(page, self.others)
            return
        source.update_from_db()
        for locale in self.others:
            translate(page, locale, strings_for(locale))

    def build_accounts(self):
        User = get_user_model()
        admin = User.objects.filter(is_superuser=True).order_by("pk").first()
        if admin is None:
            admin = User.objects.create_superuser("admin", ADMIN_EMAIL, self.password)
            self.result.new_passwords = True
        elif self.password_given:
            admin.set_password(self.password)
            admin.save()
        self.result.admin = admin
        for relay in self.relays:
            email = f"relais-{relay.slug}@example.org"
            user = User.objects.filter(email=email).first()
            if user is None:
                user = User(username=email, email=email)
                self.result.new_passwords = True
            if user.pk is None or self.password_given:
                # Set before access is granted, so that no invitation is sent.
                user.set_password(self.password)
                user.save()
            access.grant_access(relay, user=user)
            self.result.relay_accounts.append((relay, user))
        return f"1 administrator, {len(self.relays)} relay editors"


def stored(raw):
    """A body stream of the site as the editor saves it, with ids."""
    return examples.as_stored(SiteBodyBlock(), raw)


def body_stored(raw):
    """A body of the library's stream (members, missions) as the editor saves it."""
    return examples.as_stored(BodyStreamBlock(), raw)


def paragraphs(texts):
    return [{"type": "paragraph", "value": f"<p>{text}</p>"} for text in texts]


def mission_body(body):
    """A mission's paragraphs, then the list of what organisations can ask for."""
    items = "".join(f"<li>{service}</li>" for service in body.services)
    return [
        *paragraphs(body.paragraphs),
        heading(t.MISSION_SERVICES_HEADING, "services"),
        {"type": "paragraph", "value": f"<ul>{items}</ul>"},
    ]


def brochure(network_name, logo):
    """The network's presentation brochure (media.Brochure), in French, from the site's
    own texts."""
    members = [
        f"{member.name}{f' ({member.acronym})' if member.acronym else ''}, {member.town}"
        for member in t.MEMBER_LIST
    ]
    known = all_departements()
    relays = [
        f"{member.name} : "
        + ", ".join(f"{known[code].name} ({code})" for code in member.relay_departements.split())
        for member in t.MEMBER_LIST
        if member.relay_departements
    ]
    offices = [
        f"{office.name} : {office.postcode} {office.city}" if office.postcode else str(office.name)
        for office in t.OFFICES
    ]
    missions = [
        media.Section(
            f"{number}. {title}",
            [str(summary), *map(str, body.paragraphs)],
            [str(service) for service in body.services],
        )
        for number, ((title, _slug, summary), body) in enumerate(
            zip(t.MISSION_PAGES, t.MISSION_BODIES, strict=True), start=1
        )
    ]
    history = [
        f"{year} : {title}. {text}"
        for year, title, text in [
            (1994, t.HISTORY_1994, t.HISTORY_1994_TEXT),
            (2006, t.HISTORY_2006, t.HISTORY_2006_TEXT),
            (2017, t.HISTORY_2017, t.HISTORY_2017_TEXT),
        ]
    ]
    return media.Brochure(
        title=str(t.BROCHURE_DOCUMENT),
        subtitle=str(t.BROCHURE_SUBTITLE),
        language="fr",
        author=network_name,
        logo_png=logo,
        sections=[
            media.Section(str(t.ABOUT), [str(t.HOME_INTRODUCTION), str(t.BROCHURE_WHO)], history),
            media.Section(str(t.OBJECTIVES), [str(t.OBJECTIVE_1), str(t.OBJECTIVE_2)]),
            media.Section(
                str(t.GOVERNANCE),
                [str(t.GOVERNANCE_1), str(t.GOVERNANCE_2), str(t.BROCHURE_NATIONAL)],
            ),
            media.Section(str(t.MISSIONS_TITLE), [str(t.MISSIONS_INTRODUCTION)], new_page=True),
            *missions,
            media.Section(
                str(t.MEMBERS_TITLE), [str(t.MEMBERS_INTRODUCTION)], members, new_page=True
            ),
            media.Section(str(t.MAP), [str(t.BROCHURE_RELAYS)], relays),
            media.Section(str(t.BROCHURE_WHERE), [str(t.CONTACT_TEXT)], offices),
        ],
    )


def heading(text, anchor):
    return {"type": "heading", "value": {"text": str(text), "level": "h2", "anchor": anchor}}


def event(date, precision, title, description):
    return {
        "date": date,
        "precision": precision,
        "title": str(title),
        "description": str(description),
    }


@transaction.atomic
def remove_demo():
    """Delete what the demo makes: the pages under each home page, the demo's media,
    offices, relay organisations' groups, collections and accounts (superusers stay)."""
    for home in HomePage.objects.all():
        # By path, not by Wagtail's count of children, which an interrupted run may leave wrong.
        for page in Page.objects.child_of(home):
            page.delete()
    # Loaded again: deleting the children changed the home pages' count of children.
    for home in HomePage.objects.all():
        home.body = []
        home.introduction = ""
        home.save_revision().publish()
    collection = Collection.objects.filter(name=COLLECTION_NAME).first()
    if collection is not None:
        Image.objects.filter(collection=collection).delete()
        Document.objects.filter(collection=collection).delete()
    Office.objects.all().delete()
    relay_collections = []
    for relay_access in RelayAccess.objects.select_related("group", "collection"):
        relay_collections.append(relay_access.collection)
        relay_access.group.user_set.filter(is_superuser=False).delete()
        relay_access.group.delete()  # and the relay access with it
    for relay_collection in relay_collections:
        relay_collection.delete()
