"""The demo's agenda: an index in the main menu, events in French, English and Spanish, and
the coming events on the home page.

Dates are counted from the day the demo is loaded, so that it always has coming events, one
in progress and an archive. Events are the kind the network holds (regional days, workshops,
trainings, which are its only paid service, online sessions) and two are proposed by relay
organisations under their own pages. Only towns are given, with their postcode and
coordinates: no street address, no venue of a real organisation, no person.
"""

import datetime
from dataclasses import dataclass, field
from decimal import Decimal

from django.db import transaction
from django.utils import timezone

from cms_blocks import examples
from resacoop.agenda.models import AgendaIndexPage, EventPage
from resacoop.pages.blocks import SiteBodyBlock

from .texts import T

AGENDA = T("Agenda", "Events", "Agenda")
AGENDA_SLUG = T("agenda", "events", "agenda")
AGENDA_INTRODUCTION = T(
    "Journées régionales, ateliers, formations et rencontres en ligne : les rendez-vous du "
    "réseau, de ses membres et de ses relais dans toute la région.",
    "Regional days, workshops, trainings and online meetings: what the network, its members "
    "and its relays hold across the region.",
    "Jornadas regionales, talleres, formaciones y encuentros en línea: las citas de la red, "
    "de sus miembros y de sus relevos en toda la región.",
)
ONLINE = "https://visio.example.org/"


@dataclass(frozen=True)
class Town:
    name: str
    postcode: str
    departement: str
    latitude: str
    longitude: str


LYON = Town("Lyon", "69001", "69", "45.76404", "4.83566")
CLERMONT = Town("Clermont-Ferrand", "63000", "63", "45.77966", "3.08628")
GRENOBLE = Town("Grenoble", "38000", "38", "45.18756", "5.73578")
SAINT_ETIENNE = Town("Saint-Étienne", "42000", "42", "45.43389", "4.39000")
VALENCE = Town("Valence", "26000", "26", "44.93333", "4.89236")
BOURG = Town("Bourg-en-Bresse", "01000", "01", "46.20574", "5.22580")
ANNECY = Town("Annecy", "74000", "74", "45.89916", "6.12939")
CHAMBERY = Town("Chambéry", "73000", "73", "45.56628", "5.92079")
AURILLAC = Town("Aurillac", "15000", "15", "44.92539", "2.43983")


@dataclass(frozen=True)
class Event:
    slug: T
    title: T
    summary: T
    paragraphs: list
    in_days: int  # the first day, counted from the day the demo is loaded
    days: int = 1
    times: tuple | None = None  # (start, end) as "HH:MM"; None: whole days
    town: Town | None = None
    venue: T | None = None
    online: bool = False
    status: str = "scheduled"
    tags: list = field(default_factory=list)
    audiences: list = field(default_factory=list)  # French names (seeds.AUDIENCES)
    paid: T | None = None  # the price of a paid event
    registration: bool = False
    relay: int | None = None  # proposed by the n-th relay of the demo, under its page

    @property
    def network_organised(self):
        return self.relay is None


EVENTS = [
    Event(
        slug=T("journee-regionale", "regional-day", "jornada-regional"),
        title=T(
            "Journée régionale de la solidarité internationale",
            "Regional day of international solidarity",
            "Jornada regional de la solidaridad internacional",
        ),
        summary=T(
            "Une journée pour présenter ses projets, trouver des partenaires et suivre des "
            "ateliers pratiques, ouverte à toutes les structures de la région.",
            "A day to present projects, find partners and follow practical workshops, open to "
            "every organisation of the region.",
            "Una jornada para presentar proyectos, encontrar socios y seguir talleres "
            "prácticos, abierta a todas las entidades de la región.",
        ),
        paragraphs=[
            T(
                "Le matin, des tables rondes croisent les regards d'associations, de "
                "collectivités et d'universités sur la coopération avec leurs partenaires.",
                "In the morning, round tables bring together associations, local authorities "
                "and universities to compare how they work with their partners.",
                "Por la mañana, mesas redondas reúnen a asociaciones, entidades locales y "
                "universidades para comparar cómo trabajan con sus socios.",
            ),
            T(
                "L'après-midi est consacré à des ateliers en petits groupes : monter un "
                "budget, évaluer un projet, accueillir des partenaires en France.",
                "The afternoon is for workshops in small groups: drawing up a budget, "
                "evaluating a project, welcoming partners in France.",
                "La tarde se dedica a talleres en grupos pequeños: elaborar un presupuesto, "
                "evaluar un proyecto, acoger a socios en Francia.",
            ),
        ],
        in_days=24,
        town=LYON,
        venue=T("Salle des congrès", "Conference hall", "Sala de congresos"),
        tags=["solidarité internationale", "collectivités"],
        audiences=["Associations", "Collectivités territoriales"],
        registration=True,
    ),
    Event(
        slug=T(
            "atelier-monter-un-projet", "workshop-building-a-project", "taller-montar-un-proyecto"
        ),
        title=T(
            "Atelier : monter un projet de solidarité internationale",
            "Workshop: building an international solidarity project",
            "Taller: montar un proyecto de solidaridad internacional",
        ),
        summary=T(
            "Trois heures pour passer d'une idée à un projet : partenaires, objectifs, budget "
            "et premiers financements.",
            "Three hours to turn an idea into a project: partners, aims, budget and first funding.",
            "Tres horas para pasar de una idea a un proyecto: socios, objetivos, presupuesto y "
            "primera financiación.",
        ),
        paragraphs=[
            T(
                "L'atelier s'adresse aux associations qui débutent. Chacun repart avec une "
                "fiche de projet et la liste des interlocuteurs utiles dans la région.",
                "The workshop is for associations starting out. Everyone leaves with a "
                "project sheet and the list of useful contacts in the region.",
                "El taller se dirige a las asociaciones que empiezan. Cada participante se "
                "lleva una ficha de proyecto y la lista de contactos útiles en la región.",
            ),
        ],
        in_days=9,
        times=("14:00", "17:00"),
        town=CLERMONT,
        venue=T("Maison des associations", "Community centre", "Casa de las asociaciones"),
        tags=["formation"],
        audiences=["Associations"],
        registration=True,
    ),
    Event(
        slug=T("formation-ecsi", "training-global-citizenship", "formacion-ciudadania-global"),
        title=T(
            "Formation : éducation à la citoyenneté mondiale",
            "Training: global citizenship education",
            "Formación: educación para la ciudadanía global",
        ),
        summary=T(
            "Deux jours pour concevoir des animations qui ouvrent les jeunes aux enjeux du "
            "monde, avec des outils à réutiliser en classe ou en centre de loisirs.",
            "Two days to design activities that open young people to global issues, with "
            "tools to reuse at school or in youth centres.",
            "Dos días para diseñar actividades que abran a los jóvenes a los retos del mundo, "
            "con herramientas para reutilizar en clase o en centros de ocio.",
        ),
        paragraphs=[
            T(
                "La formation alterne apports, mises en situation et échanges de pratiques. "
                "Le nombre de places est limité à vingt.",
                "The training mixes short talks, role plays and sharing of practice. Places "
                "are limited to twenty.",
                "La formación alterna exposiciones, simulaciones e intercambio de prácticas. "
                "Las plazas se limitan a veinte.",
            ),
        ],
        in_days=38,
        days=2,
        times=("09:30", "17:00"),
        town=GRENOBLE,
        tags=["jeunesse", "formation"],
        audiences=["Jeunes", "Établissements scolaires"],
        paid=T(
            "60 € les deux jours, 30 € pour les bénévoles",
            "€60 for the two days, €30 for volunteers",
            "60 € los dos días, 30 € para voluntarios",
        ),
        registration=True,
    ),
    Event(
        slug=T(
            "webinaire-financer-son-projet",
            "webinar-funding-a-project",
            "webinario-financiar-un-proyecto",
        ),
        title=T(
            "Webinaire : financer son projet",
            "Webinar: funding your project",
            "Webinario: financiar su proyecto",
        ),
        summary=T(
            "Une heure en ligne pour connaître les principaux financements publics et privés "
            "de la solidarité internationale.",
            "One hour online to learn about the main public and private funding of "
            "international solidarity.",
            "Una hora en línea para conocer las principales ayudas públicas y privadas de la "
            "solidaridad internacional.",
        ),
        paragraphs=[
            T(
                "Le lien de connexion est envoyé la veille aux personnes inscrites. La séance "
                "est enregistrée.",
                "The link is sent the day before to those who registered. The session is recorded.",
                "El enlace se envía la víspera a las personas inscritas. La sesión se graba.",
            ),
        ],
        in_days=5,
        times=("12:30", "13:30"),
        online=True,
        tags=["solidarité internationale"],
        audiences=["Associations"],
        registration=True,
    ),
    Event(
        slug=T("rencontre-jeunes-engages", "young-people-meeting", "encuentro-jovenes"),
        title=T(
            "Rencontre des jeunes engagés",
            "Meeting of committed young people",
            "Encuentro de jóvenes comprometidos",
        ),
        summary=T(
            "Des jeunes revenus d'un volontariat ou d'un chantier à l'étranger racontent leur "
            "expérience à ceux qui préparent leur départ.",
            "Young people back from volunteering or a work camp abroad tell those preparing "
            "to leave about their experience.",
            "Jóvenes que volvieron de un voluntariado o un campo de trabajo en el extranjero "
            "cuentan su experiencia a quienes preparan su salida.",
        ),
        paragraphs=[
            T(
                "La rencontre est reportée : sa nouvelle date sera annoncée ici.",
                "The meeting is postponed: its new date will be announced here.",
                "El encuentro se aplaza: su nueva fecha se anunciará aquí.",
            ),
        ],
        in_days=15,
        times=("18:00", "20:30"),
        town=SAINT_ETIENNE,
        status="postponed",
        tags=["jeunesse"],
        audiences=["Jeunes"],
    ),
    Event(
        slug=T("cafe-debat-migrations", "migration-debate", "cafe-debate-migraciones"),
        title=T(
            "Café-débat : migrations et développement",
            "Café debate: migration and development",
            "Café-debate: migraciones y desarrollo",
        ),
        summary=T(
            "Une soirée d'échanges sur le rôle des personnes issues des migrations dans la "
            "coopération entre territoires.",
            "An evening of discussion on the part people from migrant backgrounds play in "
            "cooperation between territories.",
            "Una velada de intercambio sobre el papel de las personas migrantes en la "
            "cooperación entre territorios.",
        ),
        paragraphs=[
            T(
                "Cette soirée est annulée. Les personnes inscrites ont été prévenues.",
                "This evening is cancelled. Those who registered have been told.",
                "Esta velada se anula. Las personas inscritas han sido avisadas.",
            ),
        ],
        in_days=3,
        times=("19:00", "21:00"),
        town=VALENCE,
        status="cancelled",
        tags=["migrations"],
        audiences=["Associations"],
    ),
    Event(
        slug=T("forum-ain", "forum-ain", "foro-ain"),
        title=T(
            "Forum des porteurs de projets de l'Ain",
            "Forum of project leaders in the Ain",
            "Foro de promotores de proyectos del Ain",
        ),
        summary=T(
            "Le forum se tient désormais en ligne : présentations de projets et questions aux "
            "conseillers du réseau.",
            "The forum now takes place online: project presentations and questions to the "
            "network's advisers.",
            "El foro se celebra ahora en línea: presentaciones de proyectos y preguntas a los "
            "asesores de la red.",
        ),
        paragraphs=[
            T(
                "Chaque porteur de projet dispose de dix minutes pour présenter son action, "
                "puis d'un temps de questions.",
                "Each project leader has ten minutes to present their work, followed by questions.",
                "Cada promotor dispone de diez minutos para presentar su acción y después de "
                "un turno de preguntas.",
            ),
        ],
        in_days=29,
        times=("10:00", "12:00"),
        town=BOURG,
        online=True,
        status="moved_online",
        tags=["solidarité internationale"],
        audiences=["Associations", "Collectivités territoriales"],
    ),
    Event(
        slug=T("semaine-solidarite-bilan", "solidarity-week-review", "semana-solidaridad-balance"),
        title=T(
            "Retour sur la semaine de la solidarité",
            "Looking back on solidarity week",
            "Balance de la semana de la solidaridad",
        ),
        summary=T(
            "Les structures qui ont animé la semaine de la solidarité mettent en commun ce "
            "qui a marché et ce qui est à revoir.",
            "The organisations that ran solidarity week share what worked and what to change.",
            "Las entidades que animaron la semana de la solidaridad ponen en común lo que "
            "funcionó y lo que hay que mejorar.",
        ),
        paragraphs=[
            T(
                "Les notes de la rencontre sont disponibles sur demande auprès du réseau.",
                "The notes of the meeting are available from the network on request.",
                "Las notas del encuentro están disponibles bajo petición a la red.",
            ),
        ],
        in_days=-21,
        days=2,
        town=ANNECY,
        tags=["solidarité internationale"],
        audiences=["Associations", "Établissements scolaires"],
    ),
    Event(
        slug=T("atelier-partenariats", "partnerships-workshop", "taller-alianzas"),
        title=T(
            "Atelier : construire un partenariat équilibré",
            "Workshop: building a balanced partnership",
            "Taller: construir una alianza equilibrada",
        ),
        summary=T(
            "Comment décider ensemble, partager les responsabilités et se dire les "
            "difficultés avec un partenaire éloigné.",
            "How to decide together, share responsibilities and talk about difficulties with "
            "a distant partner.",
            "Cómo decidir juntos, compartir responsabilidades y hablar de las dificultades "
            "con un socio lejano.",
        ),
        paragraphs=[
            T(
                "L'atelier s'appuie sur des situations vécues apportées par les participants.",
                "The workshop starts from real situations brought by the participants.",
                "El taller parte de situaciones reales aportadas por los participantes.",
            ),
        ],
        in_days=-46,
        times=("14:00", "17:30"),
        town=CHAMBERY,
        tags=["formation"],
        audiences=["Associations"],
    ),
    Event(
        slug=T("reunion-des-relais", "meeting-of-the-relays", "reunion-de-los-relevos"),
        title=T(
            "Réunion des relais départementaux",
            "Meeting of the departmental relays",
            "Reunión de los relevos departamentales",
        ),
        summary=T(
            "Les relais du réseau font le point sur leurs actions auprès des jeunes, à Lyon et "
            "en ligne.",
            "The network's relays review their work with young people, in Lyon and online.",
            "Los relevos de la red hacen balance de sus acciones con los jóvenes, en Lyon y en "
            "línea.",
        ),
        paragraphs=[
            T(
                "Chaque relais présente ses actions de l'année et ses projets pour la suivante.",
                "Each relay presents the year's work and its plans for the next.",
                "Cada relevo presenta sus acciones del año y sus proyectos para el siguiente.",
            ),
        ],
        in_days=-8,
        times=("09:30", "12:30"),
        town=LYON,
        online=True,
        tags=["jeunesse"],
        audiences=["Jeunes"],
    ),
    Event(
        slug=T("permanence-conseil-aurillac", "advice-session-aurillac", "asesoria-aurillac"),
        title=T(
            "Permanence conseil à Aurillac",
            "Advice session in Aurillac",
            "Asesoría en Aurillac",
        ),
        summary=T(
            "Un conseiller du réseau reçoit sans rendez-vous les porteurs de projets du Cantal.",
            "An adviser of the network sees project leaders from the Cantal, no appointment "
            "needed.",
            "Un asesor de la red atiende sin cita a los promotores de proyectos del Cantal.",
        ),
        paragraphs=[
            T(
                "Apportez vos questions et, si vous en avez, les documents de votre projet.",
                "Bring your questions and, if you have them, your project's documents.",
                "Traiga sus preguntas y, si los tiene, los documentos de su proyecto.",
            ),
        ],
        in_days=0,
        times=("09:00", "17:00"),
        town=AURILLAC,
        tags=["solidarité internationale"],
        audiences=["Associations", "Collectivités territoriales"],
    ),
    Event(
        slug=T("atelier-relais-jeunes", "relay-youth-workshop", "taller-relevo-jovenes"),
        title=T(
            "Atelier jeunesse et solidarité",
            "Youth and solidarity workshop",
            "Taller juventud y solidaridad",
        ),
        summary=T(
            "Le relais propose aux jeunes de son territoire un après-midi pour découvrir les "
            "façons de s'engager à l'international.",
            "The relay offers the young people of its area an afternoon to discover ways to "
            "get involved internationally.",
            "El relevo propone a los jóvenes de su territorio una tarde para descubrir formas "
            "de comprometerse a nivel internacional.",
        ),
        paragraphs=[
            T(
                "Témoignages, jeux et informations pratiques sur le volontariat.",
                "Stories, games and practical information on volunteering.",
                "Testimonios, juegos e información práctica sobre el voluntariado.",
            ),
        ],
        in_days=12,
        times=("14:00", "17:00"),
        tags=["jeunesse"],
        audiences=["Jeunes"],
        relay=0,
    ),
    Event(
        slug=T("rencontre-porteurs-relais", "relay-project-leaders", "encuentro-promotores-relevo"),
        title=T(
            "Rencontre des porteurs de projets du territoire",
            "Meeting of the area's project leaders",
            "Encuentro de promotores de proyectos del territorio",
        ),
        summary=T(
            "Le relais réunit les associations de son territoire pour échanger sur leurs "
            "projets et leurs besoins.",
            "The relay brings together the associations of its area to talk about their "
            "projects and needs.",
            "El relevo reúne a las asociaciones de su territorio para hablar de sus proyectos "
            "y necesidades.",
        ),
        paragraphs=[
            T(
                "Un temps convivial clôt la rencontre.",
                "The meeting ends with a friendly get-together.",
                "El encuentro termina con un momento de convivencia.",
            ),
        ],
        in_days=19,
        times=("18:00", "20:00"),
        tags=["solidarité internationale"],
        audiences=["Associations"],
        relay=1,
    ),
]


def build_agenda(builder):
    """The agenda section of the demo, for ``DemoBuilder`` (``build.py``), once the other
    sections are translated: the agenda comes after them in every language's menu.

    Returns the line the builder logs.
    """
    # Imported here: build.py imports this module.
    from .build import child, section, translate_page

    today = timezone.localdate()
    with transaction.atomic():
        index = section(builder.home, AgendaIndexPage, AGENDA_SLUG, AGENDA, AGENDA_INTRODUCTION)
        pages = []
        for event in EVENTS:
            parent = index
            fields = {}
            if event.relay is not None and event.relay < len(builder.relays):
                parent = builder.relays[event.relay]
                fields.update(
                    town=parent.city,
                    postcode=parent.postcode,
                    departement=parent.departement_codes[0],
                    latitude=parent.latitude,
                    longitude=parent.longitude,
                )
            elif event.town is not None:
                fields.update(
                    town=event.town.name,
                    postcode=event.town.postcode,
                    departement=event.town.departement,
                    latitude=Decimal(event.town.latitude),
                    longitude=Decimal(event.town.longitude),
                )
            else:
                # An online event still says where its organiser is, for the filters.
                fields.update(departement=LYON.departement)
            if event.network_organised:
                fields["organiser_name"] = builder.home.get_site().site_name or "RESACOOP"
            pages.append(
                child(
                    parent,
                    EventPage,
                    str(event.slug),
                    tags=event.tags,
                    **fields,
                    **event_fields(event, today),
                )
            )
        for page, event in zip(pages, EVENTS, strict=True):
            _set_audiences(page, event.audiences)
        _add_upcoming_events_to_home(builder.home)
    # One transaction per page, as build_translations does (see there).
    for page in [index, *pages]:
        with transaction.atomic():
            translate_page(page, builder.others)
    with transaction.atomic():
        builder.update_translations(builder.home)
    return f"{len(pages)} events"


def event_fields(event, today):
    """The fields of ``event``'s page, its dates counted from ``today``."""
    first = today + datetime.timedelta(days=event.in_days)
    fields = {
        "title": str(event.title),
        "summary": str(event.summary),
        "start_date": first,
        "end_date": first + datetime.timedelta(days=event.days - 1) if event.days > 1 else None,
        "status": event.status,
        "venue": str(event.venue) if event.venue else "",
        "body": examples.as_stored(
            SiteBodyBlock(),
            [{"type": "paragraph", "value": f"<p>{text}</p>"} for text in event.paragraphs],
        ),
    }
    if event.times:
        start, end = (datetime.time.fromisoformat(time) for time in event.times)
        fields.update(start_time=start, end_time=end)
    if event.online:
        fields["online_url"] = ONLINE + str(event.slug)
    if event.paid:
        fields.update(admission="paid", price=str(event.paid))
    elif event.network_organised:
        fields["admission"] = "free"  # the network's services are free, but training
    if event.registration:
        fields["registration_url"] = "https://inscriptions.example.org/" + str(event.slug)
        deadline = datetime.datetime.combine(
            first - datetime.timedelta(days=2),
            datetime.time(12),
            tzinfo=timezone.get_default_timezone(),
        )
        fields["registration_deadline"] = deadline
    return fields


def _set_audiences(page, names):
    from network_map.models import Audience

    if not names or page.audiences.exists():
        return
    page.audiences.set(Audience.objects.filter(locale=page.locale, name__in=names))
    page.save_revision().publish()


def _add_upcoming_events_to_home(home):
    """Put the coming events on the home page, before the members, once."""
    home.refresh_from_db()
    raw = list(home.body.raw_data)
    if any(block["type"] == "upcoming_events" for block in raw):
        return
    position = next(
        (number for number, block in enumerate(raw) if block["type"] == "members"), len(raw)
    )
    raw.insert(
        position,
        {"type": "upcoming_events", "value": {"title": "", "number": 3, "departement": ""}},
    )
    home.body = examples.as_stored(SiteBodyBlock(), [dict(block) for block in raw])
    home.save_revision().publish()
