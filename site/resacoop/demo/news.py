"""The demo's news: an index in the main menu, news items in French, English and Spanish with
categories, tags and pictures, and the latest news on the home page.

The news tell of the kind of thing the network does (regional days, trainings, calls it
passes on, meetings of its relays and members), in our own words; no person is named and no
date is later than the demo's "today" (1 December 2026).
"""

import datetime
import io
from dataclasses import dataclass, field

from django.db import transaction
from PIL import Image as PillowImage
from PIL import ImageDraw

from cms_blocks import examples
from cms_blocks.taxonomy import ensure_terms
from cms_blocks.translation import translate
from resacoop.news.models import NewsCategory, NewsIndexPage, NewsPage
from resacoop.pages.blocks import SiteBodyBlock
from resacoop.tags.models import TagLabel

from . import media
from .texts import T

NEWS = T("Actualités", "News", "Noticias")
NEWS_SLUG = T("actualites", "news", "noticias")
NEWS_INTRODUCTION = T(
    "Les rendez-vous, formations et appels relayés par le réseau, et la vie de ses membres et "
    "de ses relais.",
    "The meetings, trainings and calls the network passes on, and the life of its members and "
    "relays.",
    "Los encuentros, formaciones y convocatorias que difunde la red, y la vida de sus miembros "
    "y relevos.",
)

#: The starting news categories (like the member categories of ``seeds``).
CATEGORIES = [
    {"fr": "Vie du réseau", "en": "Network life", "es": "Vida de la red"},
    {"fr": "Rencontres", "en": "Events", "es": "Encuentros"},
    {"fr": "Formations", "en": "Trainings", "es": "Formaciones"},
    {"fr": "Appels à projets", "en": "Calls for projects", "es": "Convocatorias"},
]


@dataclass(frozen=True)
class Item:
    slug: T
    title: T
    summary: T
    paragraphs: list
    date: datetime.date
    category: str  # French name of a category of CATEGORIES
    tags: list = field(default_factory=list)
    #: A picture drawn by ``picture_png`` (its kind), or None.
    picture: str | None = None
    members: list = field(default_factory=list)  # member names (texts.MEMBER_LIST)
    relays: bool = False  # the relay organisations concerned: all of them


ITEMS = [
    Item(
        slug=T("journee-regionale-2026", "regional-day-2026", "jornada-regional-2026"),
        title=T(
            "Journée régionale de la coopération internationale",
            "Regional day of international cooperation",
            "Jornada regional de la cooperación internacional",
        ),
        summary=T(
            "Associations, collectivités, universités et jeunes de toute la région se sont "
            "retrouvés à Lyon pour une journée d'ateliers et d'échanges.",
            "Associations, local authorities, universities and young people from the whole "
            "region met in Lyon for a day of workshops and exchanges.",
            "Asociaciones, entidades locales, universidades y jóvenes de toda la región se "
            "reunieron en Lyon para una jornada de talleres e intercambios.",
        ),
        paragraphs=[
            T(
                "La journée a commencé par un tour d'horizon des projets menés cette année avec "
                "des partenaires d'Afrique, d'Amérique du Sud, d'Asie et d'Europe de l'Est.",
                "The day began with an overview of this year's projects with partners in "
                "Africa, South America, Asia and Eastern Europe.",
                "La jornada empezó con un repaso de los proyectos del año con socios de África, "
                "América del Sur, Asia y Europa del Este.",
            ),
            T(
                "L'après-midi, six ateliers ont permis de partager des méthodes : monter un "
                "partenariat, mobiliser des jeunes, évaluer une action.",
                "In the afternoon, six workshops shared methods: building a partnership, "
                "involving young people, evaluating an action.",
                "Por la tarde, seis talleres permitieron compartir métodos: construir una "
                "alianza, movilizar a jóvenes, evaluar una acción.",
            ),
        ],
        date=datetime.date(2026, 11, 20),
        category="Rencontres",
        tags=["solidarité internationale", "jeunesse"],
        picture="gathering",
        members=["Région Auvergne-Rhône-Alpes", "Métropole de Lyon"],
    ),
    Item(
        slug=T("formation-montage-de-projet", "project-design-training", "formacion-proyectos"),
        title=T(
            "Formation : monter un projet de solidarité internationale",
            "Training: designing an international solidarity project",
            "Formación: diseñar un proyecto de solidaridad internacional",
        ),
        summary=T(
            "Deux journées pour passer d'une idée à un projet construit avec ses partenaires : "
            "diagnostic, objectifs, budget et suivi.",
            "Two days to go from an idea to a project built with its partners: assessment, "
            "objectives, budget and monitoring.",
            "Dos días para pasar de una idea a un proyecto construido con los socios: "
            "diagnóstico, objetivos, presupuesto y seguimiento.",
        ),
        paragraphs=[
            T(
                "La formation s'adresse aux bénévoles et salariés d'associations comme aux "
                "agents de collectivités qui débutent dans la coopération.",
                "The training is for volunteers and staff of associations and for local "
                "authority officers new to cooperation.",
                "La formación se dirige a voluntarios y personal de asociaciones y a técnicos "
                "de entidades locales que se inician en la cooperación.",
            ),
            T(
                "Comme toutes les formations du réseau, elle est payante ; les autres services "
                "restent gratuits.",
                "Like all the network's trainings it is paid for; its other services remain free.",
                "Como todas las formaciones de la red, es de pago; los demás servicios siguen "
                "siendo gratuitos.",
            ),
        ],
        date=datetime.date(2026, 10, 15),
        category="Formations",
        tags=["formation"],
        picture="training",
    ),
    Item(
        slug=T("appel-initiatives-jeunesse", "youth-initiatives-call", "convocatoria-juventud"),
        title=T(
            "Appel à projets : initiatives de jeunes pour la solidarité",
            "Call for projects: young people's solidarity initiatives",
            "Convocatoria: iniciativas juveniles de solidaridad",
        ),
        summary=T(
            "Un appel soutient les projets portés par des jeunes de la région avec des "
            "partenaires à l'étranger. Le réseau aide à préparer les dossiers.",
            "A call supports projects led by young people of the region with partners abroad. "
            "The network helps to prepare the applications.",
            "Una convocatoria apoya los proyectos de jóvenes de la región con socios en el "
            "extranjero. La red ayuda a preparar las candidaturas.",
        ),
        paragraphs=[
            T(
                "Les relais départementaux accueillent les porteurs de projet près de chez eux "
                "pour relire leur dossier avant l'envoi.",
                "The departmental relays welcome project leaders near their homes to read "
                "their application before it is sent.",
                "Los relevos departamentales reciben a los promotores cerca de su casa para "
                "revisar su candidatura antes del envío.",
            ),
        ],
        date=datetime.date(2026, 9, 28),
        category="Appels à projets",
        tags=["jeunesse"],
        picture="call",
        relays=True,
    ),
    Item(
        slug=T("rencontre-des-relais", "relays-meeting", "encuentro-de-relevos"),
        title=T(
            "Les relais départementaux se retrouvent à Clermont-Ferrand",
            "The departmental relays meet in Clermont-Ferrand",
            "Los relevos departamentales se reúnen en Clermont-Ferrand",
        ),
        summary=T(
            "Une journée pour partager les actions menées auprès des jeunes dans chaque "
            "département et préparer l'année qui vient.",
            "A day to share the work done with young people in each département and to plan "
            "the coming year.",
            "Una jornada para compartir las acciones con jóvenes de cada departamento y "
            "preparar el año que viene.",
        ),
        paragraphs=[
            T(
                "Chaque relais a présenté ses rendez-vous de l'année ; les idées qui ont "
                "marché dans un département seront essayées dans les autres.",
                "Each relay presented its year's events; ideas that worked in one département "
                "will be tried in the others.",
                "Cada relevo presentó sus citas del año; las ideas que funcionaron en un "
                "departamento se probarán en los demás.",
            ),
        ],
        date=datetime.date(2026, 9, 10),
        category="Vie du réseau",
        tags=["jeunesse", "collectivités"],
        picture="map",
        relays=True,
    ),
    Item(
        slug=T("assemblee-des-membres", "members-meeting", "asamblea-de-miembros"),
        title=T(
            "Les membres du groupement font le point sur l'année",
            "The members of the grouping review the year",
            "Los miembros de la agrupación hacen balance del año",
        ),
        summary=T(
            "Réunis en assemblée, les membres ont examiné les actions menées et fixé les "
            "priorités des prochains mois.",
            "Meeting as an assembly, the members examined the work done and set the "
            "priorities for the coming months.",
            "Reunidos en asamblea, los miembros examinaron las acciones realizadas y fijaron "
            "las prioridades de los próximos meses.",
        ),
        paragraphs=[
            T(
                "Le conseil se réunit trois à quatre fois par an ; ses membres pilotent et "
                "financent le réseau.",
                "The board meets three to four times a year; its members steer and fund the "
                "network.",
                "El consejo se reúne de tres a cuatro veces al año; sus miembros dirigen y "
                "financian la red.",
            ),
        ],
        date=datetime.date(2026, 6, 18),
        category="Vie du réseau",
        tags=["collectivités"],
    ),
    Item(
        slug=T("atelier-partenariats", "partnerships-workshop", "taller-alianzas"),
        title=T(
            "Atelier d'échange : construire un partenariat équilibré",
            "Exchange workshop: building a balanced partnership",
            "Taller de intercambio: construir una alianza equilibrada",
        ),
        summary=T(
            "Des associations ont confronté leurs pratiques pour que les partenaires du Sud "
            "aient toute leur place dans les décisions.",
            "Associations compared their practices so that partners in the South have their "
            "full share in decisions.",
            "Varias asociaciones compararon sus prácticas para que los socios del Sur tengan "
            "su lugar en las decisiones.",
        ),
        paragraphs=[
            T(
                "Les échanges ont fait ressortir trois conditions : se connaître avant de "
                "s'engager, écrire ensemble les objectifs, prévoir des bilans communs.",
                "Three conditions stood out: knowing each other before committing, writing the "
                "objectives together, planning joint reviews.",
                "Destacaron tres condiciones: conocerse antes de comprometerse, redactar juntos "
                "los objetivos, prever balances comunes.",
            ),
        ],
        date=datetime.date(2026, 5, 5),
        category="Rencontres",
        tags=["solidarité internationale"],
        picture="exchange",
    ),
    Item(
        slug=T("guide-evaluation", "evaluation-guide", "guia-evaluacion"),
        title=T(
            "Un guide pour évaluer ses actions de coopération",
            "A guide to evaluating cooperation work",
            "Una guía para evaluar las acciones de cooperación",
        ),
        summary=T(
            "Issu des expériences partagées dans le réseau, un guide pratique propose des "
            "questions et des outils simples pour tirer les leçons d'un projet.",
            "Drawn from experience shared in the network, a practical guide offers questions "
            "and simple tools to learn from a project.",
            "Fruto de experiencias compartidas en la red, una guía práctica propone preguntas "
            "y herramientas sencillas para aprender de un proyecto.",
        ),
        paragraphs=[
            T(
                "Le guide est consultable au centre de ressources du réseau, à Lyon et à "
                "Clermont-Ferrand.",
                "The guide can be read at the network's resource centre, in Lyon and "
                "Clermont-Ferrand.",
                "La guía puede consultarse en el centro de recursos de la red, en Lyon y en "
                "Clermont-Ferrand.",
            ),
        ],
        date=datetime.date(2026, 3, 24),
        category="Vie du réseau",
        tags=["formation"],
        picture="training",
    ),
    Item(
        slug=T("groupe-migrations", "migration-working-group", "grupo-migraciones"),
        title=T(
            "Groupe de travail « migrations et solidarité » : nouvelle session",
            "“Migration and solidarity” working group: a new session",
            "Grupo de trabajo «migraciones y solidaridad»: nueva sesión",
        ),
        summary=T(
            "Le groupe thématique ouvert aux membres reprend ses rencontres pour partager "
            "les projets menés avec les diasporas de la région.",
            "The thematic group open to members resumes its meetings to share projects led "
            "with the region's diasporas.",
            "El grupo temático abierto a los miembros retoma sus encuentros para compartir "
            "proyectos con las diásporas de la región.",
        ),
        paragraphs=[
            T(
                "Les membres peuvent rejoindre à tout moment les groupes de travail du réseau.",
                "Members may join the network's working groups at any time.",
                "Los miembros pueden unirse en cualquier momento a los grupos de trabajo de "
                "la red.",
            ),
        ],
        date=datetime.date(2026, 1, 30),
        category="Rencontres",
        tags=["migrations"],
    ),
    Item(
        slug=T("bilan-sensibilisation", "awareness-review", "balance-sensibilizacion"),
        title=T(
            "Sensibilisation : retour sur les animations de l'automne",
            "Awareness-raising: looking back at the autumn's activities",
            "Sensibilización: balance de las actividades de otoño",
        ),
        summary=T(
            "Écoles, médiathèques et associations ont accueilli expositions et débats pour "
            "ouvrir les habitants de la région au monde.",
            "Schools, libraries and associations hosted exhibitions and debates to open the "
            "region's inhabitants to the world.",
            "Escuelas, mediatecas y asociaciones acogieron exposiciones y debates para abrir "
            "a los habitantes de la región al mundo.",
        ),
        paragraphs=[
            T(
                "Le réseau a prêté des outils d'animation et mis en relation les organisateurs "
                "avec des intervenants.",
                "The network lent activity kits and put organisers in touch with speakers.",
                "La red prestó herramientas de animación y puso en contacto a los "
                "organizadores con ponentes.",
            ),
        ],
        date=datetime.date(2025, 12, 4),
        category="Vie du réseau",
        tags=["jeunesse", "solidarité internationale"],
        picture="gathering",
    ),
]

#: What each picture shows, for its alternative text (in French, as the demo's images are).
PICTURES = {
    "gathering": "Des cercles de couleur réunis autour d'une table",
    "training": "Un livre ouvert devant un tableau",
    "call": "Un porte-voix et des ondes",
    "map": "Des points reliés entre eux sur un fond de carte",
    "exchange": "Deux flèches qui se croisent",
}


def picture_png(kind, width=1200, height=675):
    """A news picture (16:9): simple shapes in the site's colours, drawn at twice the size
    and scaled down. Positions are in hundredths of the width and of the height."""
    scale = 2
    image = PillowImage.new("RGB", (width * scale, height * scale), media.PALE)
    draw = ImageDraw.Draw(image)

    def at(x, y):
        return (x * width * scale / 100, y * height * scale / 100)

    def box(left, top, right, bottom):
        return [*at(left, top), *at(right, bottom)]

    def thick(units):
        return units * scale

    draw.rectangle(box(0, 86, 100, 100), fill=media.PRIMARY)
    if kind == "gathering":
        draw.rounded_rectangle(box(26, 52, 74, 66), radius=thick(20), fill=media.PRIMARY)
        for number, x in enumerate((32, 41, 50, 59, 68)):
            draw.ellipse(box(x - 3.5, 30, x + 3.5, 44), fill=media.COLOURS[number + 1])
    elif kind == "training":
        draw.rectangle(box(22, 10, 78, 50), fill="white", outline=media.PRIMARY, width=thick(6))
        for y in (20, 28, 36):
            draw.line(box(28, y, 62, y), fill=media.COLOURS[2], width=thick(4))
        draw.polygon(
            [at(30, 58), at(50, 64), at(70, 58), at(70, 80), at(50, 84), at(30, 80)],
            fill=media.ACCENT,
        )
        draw.line(box(50, 64, 50, 84), fill="white", width=thick(3))
    elif kind == "call":
        draw.polygon([at(26, 40), at(52, 20), at(52, 72), at(26, 54)], fill=media.ACCENT)
        draw.rectangle(box(18, 40, 26, 54), fill=media.PRIMARY)
        for radius in (8, 15, 22):
            draw.arc(
                box(52 - radius, 46 - radius * 1.7, 52 + radius, 46 + radius * 1.7),
                -50,
                50,
                fill=media.PRIMARY,
                width=thick(5),
            )
    elif kind == "map":
        points = [(20, 34), (38, 18), (56, 38), (78, 22), (32, 64), (64, 66)]
        for start, end in zip(points, points[1:], strict=False):
            draw.line([*at(*start), *at(*end)], fill=media.PRIMARY, width=thick(5))
        for number, (x, y) in enumerate(points):
            draw.ellipse(box(x - 2.5, y - 4.5, x + 2.5, y + 4.5), fill=media.COLOURS[number])
    elif kind == "exchange":
        draw.line([*at(18, 28), *at(78, 62)], fill=media.PRIMARY, width=thick(14))
        draw.line([*at(22, 62), *at(82, 28)], fill=media.ACCENT, width=thick(14))
        draw.polygon([at(86, 68), at(72, 70), at(80, 54)], fill=media.PRIMARY)
        draw.polygon([at(88, 22), at(76, 20), at(82, 36)], fill=media.ACCENT)
    image = image.resize((width, height), PillowImage.Resampling.LANCZOS)
    output = io.BytesIO()
    image.save(output, format="PNG", optimize=True)
    return output.getvalue()


def build_news(builder):
    """The news section of the demo, for ``DemoBuilder`` (``build.py``), once the other
    sections are translated: the news index comes after them in every language's menu.

    Returns the line the builder logs.
    """
    # Imported here: build.py imports this module.
    from .build import child, section, translate_page

    with transaction.atomic():
        categories = {term.name: term for term in ensure_terms(NewsCategory, CATEGORIES)}
        index = section(builder.home, NewsIndexPage, NEWS_SLUG, NEWS, NEWS_INTRODUCTION)
        relays = list(builder.relays)
        pages = []
        for item in ITEMS:
            image = None
            if item.picture:
                image = builder.image(
                    str(item.title),
                    lambda kind=item.picture: picture_png(kind),
                    kind="Actualité",
                    description=PICTURES[item.picture],
                )
            pages.append(
                child(
                    index,
                    NewsPage,
                    str(item.slug),
                    tags=item.tags,
                    title=str(item.title),
                    date=item.date,
                    summary=str(item.summary),
                    category=categories[item.category],
                    image=image,
                    body=stored_body(item.paragraphs),
                    related_members=[("member", builder.members[name]) for name in item.members],
                    related_relays=[("relay", relay) for relay in relays] if item.relays else [],
                )
            )
        _add_latest_news_to_home(builder.home)
    # One transaction per page, as build_translations does (see there).
    for page in [index, *pages]:
        with transaction.atomic():
            translate_page(page, builder.others)
    with transaction.atomic():
        _translate_tag_labels(builder)
        # The home page's translations get the latest-news block.
        builder.update_translations(builder.home)
    return f"{len(pages)} news items"


def _translate_tag_labels(builder):
    from .build import strings_for

    names = {name for item in ITEMS for name in item.tags}
    for label in TagLabel.objects.filter(locale=builder.default, name__in=names):
        for locale in builder.others:
            if not label.has_translation(locale):
                translate(label, locale, strings_for(locale))


def stored_body(paragraphs):
    return examples.as_stored(
        SiteBodyBlock(), [{"type": "paragraph", "value": f"<p>{text}</p>"} for text in paragraphs]
    )


def _add_latest_news_to_home(home):
    """Put the latest news after the missions on the home page, once."""
    home.refresh_from_db()
    raw = list(home.body.raw_data)
    if any(block["type"] == "latest_news" for block in raw):
        return
    position = next(
        (number + 1 for number, block in enumerate(raw) if block["type"] == "missions"), len(raw)
    )
    raw.insert(position, {"type": "latest_news", "value": {"title": "", "count": 3, "index": None}})
    home.body = examples.as_stored(SiteBodyBlock(), [dict(block) for block in raw])
    home.save_revision().publish()
