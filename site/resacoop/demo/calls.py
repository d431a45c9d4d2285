"""The demo's calls for projects: an index in the main menu and four calls in French, English
and Spanish, two open and two closed.

Deadlines are counted from the day the demo is loaded, so that two calls are always open (a
few weeks ahead) and two closed. Funders are described, not named ("the Region", "a European
programme"...): the demo invents no organisation. Links lead to example.org; the documents
are small PDFs drawn here.
"""

import datetime
import io
from dataclasses import dataclass, field
from decimal import Decimal

from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone
from wagtail.documents.models import Document
from wagtail.utils.file import hash_filelike

from cms_blocks import examples
from resacoop.calls.deadlines import zone_of
from resacoop.calls.models import CallIndexPage, CallPage
from resacoop.pages.blocks import SiteBodyBlock

from . import media
from .texts import T

CALLS = T("Appels à projets", "Calls for projects", "Convocatorias")
CALLS_SLUG = T("appels-a-projets", "calls-for-projects", "convocatorias")
CALLS_INTRODUCTION = T(
    "Les financements ouverts aux associations, collectivités et établissements de la région "
    "pour leurs projets avec des partenaires à l'étranger, et ceux qui sont clos.",
    "Funding open to the region's associations, local authorities and institutions for their "
    "projects with partners abroad, and the calls that have closed.",
    "Las ayudas abiertas a las asociaciones, entidades locales e instituciones de la región "
    "para sus proyectos con socios en el extranjero, y las convocatorias ya cerradas.",
)
LINKS = "https://appels.example.org/"
RULES = T("Règlement de l'appel", "Rules of the call", "Bases de la convocatoria")


@dataclass(frozen=True)
class Call:
    slug: T
    title: T
    funder: T
    summary: T
    eligibility: T
    paragraphs: list
    in_days: int  # the deadline, counted from the day the demo is loaded
    hour: int = 17
    zone: str = "Europe/Paris"
    amounts: tuple = (None, None, None)  # minimum, maximum, total
    currency: str = "EUR"
    countries: list = field(default_factory=list)
    tags: list = field(default_factory=list)
    rules: bool = False  # with a PDF of its rules


CALL_LIST = [
    Call(
        slug=T(
            "solidarite-internationale", "international-solidarity", "solidaridad-internacional"
        ),
        title=T(
            "Soutien aux projets de solidarité internationale",
            "Support for international solidarity projects",
            "Apoyo a los proyectos de solidaridad internacional",
        ),
        funder=T("La Région", "The Region", "La Región"),
        summary=T(
            "Une aide pour les projets que les associations de la région mènent avec un "
            "partenaire à l'étranger : accès à l'eau, éducation, santé, activités économiques.",
            "Funding for projects that associations of the region carry out with a partner "
            "abroad: access to water, education, health, economic activities.",
            "Una ayuda para los proyectos que las asociaciones de la región llevan a cabo con "
            "un socio en el extranjero: acceso al agua, educación, salud, actividades económicas.",
        ),
        eligibility=T(
            "Associations dont le siège est dans la région, actives depuis au moins deux ans, "
            "avec un partenaire local identifié.",
            "Associations based in the region, active for at least two years, with an "
            "identified local partner.",
            "Asociaciones con sede en la región, activas desde hace al menos dos años, con un "
            "socio local identificado.",
        ),
        paragraphs=[
            T(
                "Le projet est construit avec le partenaire, qui en partage les décisions. Le "
                "dossier présente le budget complet et les autres financements demandés.",
                "The project is built with the partner, who shares its decisions. The "
                "application gives the full budget and the other funding applied for.",
                "El proyecto se construye con el socio, que comparte sus decisiones. La "
                "solicitud presenta el presupuesto completo y las demás ayudas solicitadas.",
            ),
            T(
                "Les conseillers du réseau relisent les dossiers qui leur sont envoyés au moins "
                "trois semaines avant la date limite.",
                "The network's advisers read applications sent to them at least three weeks "
                "before the deadline.",
                "Los asesores de la red revisan las solicitudes que reciben al menos tres "
                "semanas antes de la fecha límite.",
            ),
        ],
        in_days=26,
        amounts=(Decimal("3000"), Decimal("15000"), Decimal("300000")),
        countries=["SN", "BF", "MG", "BJ"],
        tags=["solidarité internationale"],
        rules=True,
    ),
    Call(
        slug=T("jeunesse-mobilite", "youth-mobility", "juventud-movilidad"),
        title=T(
            "Jeunesse et engagement international",
            "Youth and international engagement",
            "Juventud y compromiso internacional",
        ),
        funder=T("Un programme européen", "A European programme", "Un programa europeo"),
        summary=T(
            "Des échanges et des chantiers de jeunes entre l'Europe et des pays partenaires, "
            "préparés avec une structure d'accueil sur place.",
            "Youth exchanges and work camps between Europe and partner countries, prepared "
            "with a host organisation there.",
            "Intercambios y campos de trabajo de jóvenes entre Europa y países socios, "
            "preparados con una entidad de acogida en el lugar.",
        ),
        eligibility=T(
            "Associations, collectivités et établissements qui accompagnent des jeunes de 18 "
            "à 30 ans.",
            "Associations, local authorities and institutions that support young people aged "
            "18 to 30.",
            "Asociaciones, entidades locales e instituciones que acompañan a jóvenes de 18 a "
            "30 años.",
        ),
        paragraphs=[
            T(
                "La date limite est donnée à l'heure de Bruxelles, où le programme reçoit les "
                "candidatures.",
                "The deadline is given in Brussels time, where the programme receives "
                "applications.",
                "La fecha límite se da en hora de Bruselas, donde el programa recibe las "
                "solicitudes.",
            ),
        ],
        in_days=47,
        hour=12,
        zone="Europe/Brussels",
        amounts=(None, Decimal("60000"), None),
        countries=["MA", "TN"],
        tags=["jeunesse"],
        rules=True,
    ),
    Call(
        slug=T("sante-communautaire", "community-health", "salud-comunitaria"),
        title=T(
            "Santé communautaire et accès aux soins",
            "Community health and access to care",
            "Salud comunitaria y acceso a la atención",
        ),
        funder=T(
            "L'agence française de développement",
            "The French development agency",
            "La agencia francesa de desarrollo",
        ),
        summary=T(
            "Un cofinancement de projets pluriannuels qui renforcent les centres de santé et "
            "la prévention, menés avec des acteurs locaux.",
            "Co-funding for multi-year projects that strengthen health centres and "
            "prevention, carried out with local actors.",
            "Una cofinanciación de proyectos plurianuales que refuerzan los centros de salud "
            "y la prevención, realizados con actores locales.",
        ),
        eligibility=T(
            "Organisations françaises de solidarité internationale ayant déjà mené un projet "
            "de santé.",
            "French international solidarity organisations that have already carried out a "
            "health project.",
            "Organizaciones francesas de solidaridad internacional que ya han realizado un "
            "proyecto de salud.",
        ),
        paragraphs=[
            T(
                "L'appel est clos. Les projets retenus seront présentés lors d'une prochaine "
                "rencontre du réseau.",
                "This call has closed. The projects chosen will be presented at a coming "
                "meeting of the network.",
                "La convocatoria está cerrada. Los proyectos seleccionados se presentarán en un "
                "próximo encuentro de la red.",
            ),
        ],
        in_days=-19,
        hour=23,
        amounts=(Decimal("50000"), Decimal("300000"), None),
        countries=["BJ", "TG", "CM"],
        tags=["santé"],
    ),
    Call(
        slug=T("agriculture-familiale", "family-farming", "agricultura-familiar"),
        title=T(
            "Agriculture familiale et alimentation",
            "Family farming and food",
            "Agricultura familiar y alimentación",
        ),
        funder=T(
            "Une fondation d'entreprise", "A corporate foundation", "Una fundación empresarial"
        ),
        summary=T(
            "Des aides pour les groupements de producteurs et leurs partenaires : semences, "
            "stockage, transformation et vente des récoltes.",
            "Grants for producer groups and their partners: seeds, storage, processing and "
            "sale of harvests.",
            "Ayudas para las agrupaciones de productores y sus socios: semillas, "
            "almacenamiento, transformación y venta de las cosechas.",
        ),
        eligibility=T(
            "Un groupement de producteurs et une association de la région qui le soutient.",
            "A producer group and an association of the region that supports it.",
            "Una agrupación de productores y una asociación de la región que la apoya.",
        ),
        paragraphs=[
            T(
                "Les candidatures étaient reçues à Dakar : la date limite était donnée à "
                "l'heure de Dakar.",
                "Applications were received in Dakar: the deadline was given in Dakar time.",
                "Las solicitudes se recibían en Dakar: la fecha límite se daba en hora de Dakar.",
            ),
        ],
        in_days=-72,
        hour=18,
        zone="Africa/Dakar",
        amounts=(None, Decimal("10000000"), None),
        currency="XOF",
        countries=["SN", "ML"],
        tags=["agriculture"],
    ),
]


def build_calls(builder):
    """The calls for projects of the demo, for ``DemoBuilder`` (``build.py``), once the other
    sections are translated: they come after them in every language's menu.

    Returns the line the builder logs.
    """
    # Imported here: build.py imports this module.
    from .build import existing_child, section, translate_page

    with transaction.atomic():
        index = section(builder.home, CallIndexPage, CALLS_SLUG, CALLS, CALLS_INTRODUCTION)
        pages = []
        for call in CALL_LIST:
            page = existing_child(index, str(call.slug))
            if page is None:
                page = examples.add_page(
                    index, CallPage(slug=str(call.slug), **call_fields(call)), tags=call.tags
                )
                if call.rules:
                    page.documents.create(document=rules_document(builder, call))
                    page.save_revision().publish()
            pages.append(page)
    # One transaction per page, as build_translations does (see there).
    for page in [index, *pages]:
        with transaction.atomic():
            translate_page(page, builder.others)
    return f"{len(pages)} calls"


def call_fields(call, today=None):
    """The fields of ``call``'s page, its deadline counted from ``today``."""
    zone = zone_of(call.zone)
    day = (today or timezone.localdate(timezone=zone)) + datetime.timedelta(days=call.in_days)
    minimum, maximum, total = call.amounts
    return {
        "title": str(call.title),
        "funder_name": str(call.funder),
        "summary": str(call.summary),
        "eligibility": str(call.eligibility),
        "deadline": datetime.datetime.combine(day, datetime.time(call.hour), tzinfo=zone),
        "deadline_timezone": call.zone,
        "amount_min": minimum,
        "amount_max": maximum,
        "amount_total": total,
        "currency": call.currency,
        "countries": call.countries,
        "call_url": LINKS + str(call.slug),
        "body": examples.as_stored(
            SiteBodyBlock(),
            [{"type": "paragraph", "value": f"<p>{text}</p>"} for text in call.paragraphs],
        ),
    }


def rules_document(builder, call):
    """The PDF of ``call``'s rules (in French), made if it is not there yet."""
    title = f"{RULES} : {call.title}"
    document = Document.objects.filter(title=title, collection=builder.collection).first()
    if document is None:
        name = builder.home.get_site().site_name or "RESACOOP"
        pdf = media.brochure_pdf(
            media.Brochure(
                title=title,
                subtitle=str(call.funder),
                language="fr",
                author=name,
                sections=[
                    media.Section(str(call.title), [str(call.summary), str(call.eligibility)]),
                    media.Section(str(RULES), [str(text) for text in call.paragraphs]),
                ],
            )
        )
        document = Document(title=title, collection=builder.collection)
        document.file.save(f"reglement-{call.slug}.pdf", ContentFile(pdf), save=False)
        document.file_size = len(pdf)
        document.file_hash = hash_filelike(io.BytesIO(pdf))
        document.save()
    return document
