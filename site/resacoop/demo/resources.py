"""The demo's resource centre: an index in the main menu and twelve resources of every kind
in French, English and Spanish, six of them experience sheets from partner countries.

The experiences are the kind the network's members take part in (water, health, farming,
youth exchanges, twinning of towns); they are told in our own words and only in outline. Their
actors are members of the network or generic names ("a municipality of the Drôme"); no
person is named. Documents are small PDFs drawn here; links lead to example.org.
"""

import io
from dataclasses import dataclass, field

from django.core.files.base import ContentFile
from django.db import transaction
from fpdf import FPDF
from wagtail.documents.models import Document
from wagtail.utils.file import hash_filelike

from cms_blocks import examples
from cms_blocks.translation import translate
from resacoop.pages.blocks import SiteBodyBlock
from resacoop.resources.models import ResourceAuthor, ResourceIndexPage, ResourcePage
from resacoop.tags.models import TagLabel

from . import media
from .texts import T

RESOURCES = T("Ressources", "Resources", "Recursos")
RESOURCES_SLUG = T("ressources", "resources", "recursos")
RESOURCES_INTRODUCTION = T(
    "Guides, études, outils et fiches d'expérience pour préparer, mener et évaluer une action "
    "de coopération, à consulter en ligne ou à télécharger.",
    "Guides, studies, toolkits and experience sheets to prepare, run and evaluate a "
    "cooperation project, to read online or download.",
    "Guías, estudios, herramientas y fichas de experiencia para preparar, llevar a cabo y "
    "evaluar una acción de cooperación, para consultar en línea o descargar.",
)
DROME_TOWN = T("Une commune de la Drôme", "A municipality of the Drôme", "Un municipio de la Drôme")
ISERE_SCHOOL = T(
    "Un lycée agricole de l'Isère",
    "An agricultural high school in the Isère",
    "Un instituto agrícola de Isère",
)
PARTNER_UNION = T(
    "Une union de groupements paysans partenaire",
    "A partner union of farmers' groups",
    "Una unión de agrupaciones campesinas socia",
)
LINK = "https://ressources.example.org/"


@dataclass(frozen=True)
class Resource:
    slug: T
    title: T
    summary: T
    paragraph: T
    kind: str
    year: int
    countries: list = field(default_factory=list)
    languages: list = field(default_factory=lambda: ["fr"])
    tags: list = field(default_factory=list)
    #: Member names (texts.MEMBER_LIST) or generic names (T).
    actors: list = field(default_factory=list)
    #: A small PDF is made for it; otherwise (or also, with ``link``) a link.
    document: bool = False
    link: bool = True


ITEMS = [
    Resource(
        slug=T("guide-monter-un-projet", "project-design-guide", "guia-diseno-proyectos"),
        title=T(
            "Guide pratique du montage de projet",
            "A practical guide to designing a project",
            "Guía práctica para diseñar un proyecto",
        ),
        summary=T(
            "Les étapes d'un projet de solidarité internationale, du premier échange avec les "
            "partenaires au bilan partagé.",
            "The stages of an international solidarity project, from the first exchange with "
            "partners to the shared review.",
            "Las etapas de un proyecto de solidaridad internacional, del primer intercambio "
            "con los socios al balance compartido.",
        ),
        paragraph=T(
            "Chaque étape tient en une double page : les questions à se poser, un exemple et "
            "une grille à remplir ensemble.",
            "Each stage fits on two pages: the questions to ask, an example and a grid to fill "
            "in together.",
            "Cada etapa ocupa dos páginas: las preguntas que hay que plantearse, un ejemplo y "
            "una tabla para rellenar juntos.",
        ),
        kind="guide",
        year=2025,
        languages=["fr", "es"],
        tags=["formation", "solidarité internationale"],
        actors=["Centre international d'études pour le développement local"],
        document=True,
        link=False,
    ),
    Resource(
        slug=T(
            "etude-cooperation-decentralisee",
            "decentralised-cooperation-study",
            "estudio-cooperacion-descentralizada",
        ),
        title=T(
            "La coopération des collectivités de la région en chiffres",
            "The cooperation of the region's local authorities in figures",
            "La cooperación de las entidades locales de la región en cifras",
        ),
        summary=T(
            "Une étude des partenariats que les communes, départements et intercommunalités "
            "de la région mènent à l'étranger.",
            "A study of the partnerships that the region's municipalities, départements and "
            "groupings of municipalities hold abroad.",
            "Un estudio de las alianzas que los municipios, departamentos y mancomunidades de "
            "la región mantienen en el extranjero.",
        ),
        paragraph=T(
            "L'étude compare les pays partenaires, les thèmes et la durée des partenariats.",
            "The study compares partner countries, themes and the length of partnerships.",
            "El estudio compara los países socios, los temas y la duración de las alianzas.",
        ),
        kind="study",
        year=2024,
        countries=["SN", "BF", "MG", "MA"],
        tags=["collectivités"],
        actors=["Université Clermont Auvergne"],
        document=True,
    ),
    Resource(
        slug=T("boite-a-outils-animation", "awareness-toolkit", "herramientas-sensibilizacion"),
        title=T(
            "Boîte à outils pour animer un débat sur la solidarité",
            "A toolkit to lead a debate on solidarity",
            "Caja de herramientas para animar un debate sobre la solidaridad",
        ),
        summary=T(
            "Jeux, photos et questions pour ouvrir une discussion avec des jeunes sur les "
            "liens entre la région et le monde.",
            "Games, photographs and questions to open a discussion with young people on the "
            "links between the region and the world.",
            "Juegos, fotos y preguntas para abrir un debate con jóvenes sobre los vínculos "
            "entre la región y el mundo.",
        ),
        paragraph=T(
            "La boîte se prête dans les deux centres de ressources du réseau.",
            "The kit can be borrowed from the network's two resource centres.",
            "La caja se presta en los dos centros de recursos de la red.",
        ),
        kind="toolkit",
        year=2023,
        languages=["fr", "en"],
        tags=["jeunesse"],
        actors=["Culture et développement"],
    ),
    Resource(
        slug=T(
            "support-formation-evaluation",
            "evaluation-training-material",
            "material-formacion-evaluacion",
        ),
        title=T(
            "Support de formation : évaluer une action de coopération",
            "Training material: evaluating a cooperation project",
            "Material de formación: evaluar una acción de cooperación",
        ),
        summary=T(
            "Les diapositives et exercices de la formation du réseau sur l'évaluation.",
            "The slides and exercises of the network's training on evaluation.",
            "Las diapositivas y ejercicios de la formación de la red sobre evaluación.",
        ),
        paragraph=T(
            "Le support suit le déroulé de la formation, en trois demi-journées.",
            "The material follows the course of the training, in three half-days.",
            "El material sigue el desarrollo de la formación, en tres medias jornadas.",
        ),
        kind="training",
        year=2026,
        tags=["formation"],
        actors=["Groupe urgence réhabilitation développement"],
        document=True,
        link=False,
    ),
    Resource(
        slug=T("video-jeunes-solidaires", "young-people-video", "video-jovenes-solidarios"),
        title=T(
            "Vidéo : des jeunes racontent leur chantier solidaire",
            "Video: young people tell of their solidarity work camp",
            "Vídeo: jóvenes cuentan su campo de trabajo solidario",
        ),
        summary=T(
            "Dix minutes de témoignages de jeunes partis avec une association de la région, "
            "et de leurs hôtes.",
            "Ten minutes of accounts by young people who went abroad with an association of "
            "the region, and by their hosts.",
            "Diez minutos de testimonios de jóvenes que viajaron con una asociación de la "
            "región, y de quienes los acogieron.",
        ),
        paragraph=T(
            "La vidéo est sous-titrée en français, en anglais et en espagnol.",
            "The video has subtitles in French, English and Spanish.",
            "El vídeo tiene subtítulos en francés, inglés y español.",
        ),
        kind="video",
        year=2025,
        countries=["BJ"],
        languages=["fr", "en", "es"],
        tags=["jeunesse", "solidarité internationale"],
        actors=["Pays de Savoie solidaires"],
    ),
    Resource(
        slug=T("guide-accueil-jeunes", "hosting-young-people-guide", "guia-acogida-jovenes"),
        title=T(
            "Accueillir des jeunes venus de pays partenaires",
            "Hosting young people from partner countries",
            "Acoger a jóvenes de países socios",
        ),
        summary=T(
            "Un guide pour préparer la venue de jeunes partenaires : visas, hébergement, "
            "programme et retour.",
            "A guide to preparing the visit of young partners: visas, lodging, programme and "
            "return.",
            "Una guía para preparar la llegada de jóvenes socios: visados, alojamiento, "
            "programa y regreso.",
        ),
        paragraph=T(
            "Il rassemble les conseils des relais départementaux qui accueillent chaque année.",
            "It brings together the advice of the departmental relays that host every year.",
            "Reúne los consejos de los relevos departamentales que acogen cada año.",
        ),
        kind="guide",
        year=2022,
        tags=["jeunesse", "migrations"],
        actors=["Auvergne Solidarités Internationale"],
    ),
    # Experience sheets --------------------------------------------------------------------
    Resource(
        slug=T(
            "experience-eau-vallee-fleuve",
            "water-river-valley-experience",
            "experiencia-agua-valle-rio",
        ),
        title=T(
            "L'eau potable dans des villages de la vallée du fleuve Sénégal",
            "Drinking water in villages of the Senegal River valley",
            "El agua potable en pueblos del valle del río Senegal",
        ),
        summary=T(
            "Comment des comités villageois gèrent des forages avec l'appui d'une association "
            "et de communes de la Drôme et de l'Ardèche.",
            "How village committees run boreholes with the support of an association and "
            "municipalities of the Drôme and the Ardèche.",
            "Cómo comités de aldea gestionan pozos con el apoyo de una asociación y municipios "
            "de la Drôme y la Ardèche.",
        ),
        paragraph=T(
            "La fiche décrit le partage des rôles, le prix de l'eau et l'entretien des "
            "ouvrages, avec ce qui a marché et ce qui reste difficile.",
            "The sheet describes how roles are shared, the price of water and the upkeep of "
            "the works, with what worked and what remains difficult.",
            "La ficha describe el reparto de funciones, el precio del agua y el mantenimiento "
            "de las obras, con lo que funcionó y lo que sigue siendo difícil.",
        ),
        kind="experience",
        year=2024,
        countries=["SN", "ML"],
        tags=["collectivités", "solidarité internationale"],
        actors=["Ardèche Drôme Ouro Sogui Sénégal", DROME_TOWN],
        document=True,
        link=False,
    ),
    Resource(
        slug=T("experience-agroecologie", "agroecology-experience", "experiencia-agroecologia"),
        title=T(
            "Agroécologie : des échanges entre paysans et lycéens",
            "Agroecology: exchanges between farmers and pupils",
            "Agroecología: intercambios entre campesinos y estudiantes",
        ),
        summary=T(
            "Des groupements paysans et un lycée agricole de la région comparent leurs "
            "pratiques de culture sans engrais chimiques.",
            "Farmers' groups and an agricultural high school of the region compare their ways "
            "of growing crops without chemical fertilisers.",
            "Agrupaciones campesinas y un instituto agrícola de la región comparan sus "
            "prácticas de cultivo sin abonos químicos.",
        ),
        paragraph=T(
            "Les visites croisées ont donné lieu à des parcelles d'essai des deux côtés.",
            "The exchange visits led to trial plots on both sides.",
            "Las visitas cruzadas dieron lugar a parcelas de ensayo en ambos lados.",
        ),
        kind="experience",
        year=2025,
        countries=["BF", "MG"],
        tags=["agriculture", "jeunesse"],
        actors=["Agronomes et vétérinaires sans frontières", ISERE_SCHOOL, PARTNER_UNION],
    ),
    Resource(
        slug=T(
            "experience-sante-maternelle", "maternal-health-experience", "experiencia-salud-materna"
        ),
        title=T(
            "Santé maternelle : former des sages-femmes en milieu rural",
            "Maternal health: training midwives in rural areas",
            "Salud materna: formar a parteras en zonas rurales",
        ),
        summary=T(
            "Un hôpital de la région et des centres de santé partenaires ont conçu ensemble "
            "des sessions de formation continue.",
            "A hospital of the region and partner health centres designed continuing training "
            "sessions together.",
            "Un hospital de la región y centros de salud socios diseñaron juntos sesiones de "
            "formación continua.",
        ),
        paragraph=T(
            "La fiche détaille le choix des thèmes, l'accueil de stagiaires et le suivi après "
            "la formation.",
            "The sheet details the choice of topics, the hosting of trainees and the follow-up "
            "after the training.",
            "La ficha detalla la elección de los temas, la acogida de personas en prácticas y "
            "el seguimiento tras la formación.",
        ),
        kind="experience",
        year=2023,
        countries=["BJ"],
        languages=["fr", "en"],
        tags=["santé"],
        actors=["Hospices civils de Lyon"],
        document=True,
    ),
    Resource(
        slug=T(
            "experience-reconstruction-haiti",
            "haiti-rebuilding-experience",
            "experiencia-reconstruccion-haiti",
        ),
        title=T(
            "Après l'urgence : reconstruire avec les habitants en Haïti",
            "After the emergency: rebuilding with the inhabitants in Haiti",
            "Después de la emergencia: reconstruir con los habitantes en Haití",
        ),
        summary=T(
            "Ce que des organisations de la région ont appris en passant de l'aide d'urgence "
            "à des projets conduits par les habitants.",
            "What organisations of the region learned in moving from emergency aid to "
            "projects led by the inhabitants.",
            "Lo que organizaciones de la región aprendieron al pasar de la ayuda de emergencia "
            "a proyectos dirigidos por los habitantes.",
        ),
        paragraph=T(
            "Elle insiste sur le temps nécessaire pour que les décisions reviennent aux "
            "comités de quartier.",
            "It stresses the time needed for decisions to pass to neighbourhood committees.",
            "Insiste en el tiempo necesario para que las decisiones pasen a los comités de barrio.",
        ),
        kind="experience",
        year=2022,
        countries=["HT"],
        tags=["urgence"],
        actors=["Groupe urgence réhabilitation développement", "Handicap International"],
    ),
    Resource(
        slug=T(
            "experience-jumelage-maroc",
            "morocco-twinning-experience",
            "experiencia-hermanamiento-marruecos",
        ),
        title=T(
            "Un jumelage entre une ville de la région et une commune marocaine",
            "A twinning between a town of the region and a Moroccan municipality",
            "Un hermanamiento entre una ciudad de la región y un municipio marroquí",
        ),
        summary=T(
            "Vingt ans d'échanges entre services municipaux, écoles et associations, et un "
            "projet commun de gestion des déchets.",
            "Twenty years of exchanges between municipal services, schools and associations, "
            "and a joint waste management project.",
            "Veinte años de intercambios entre servicios municipales, escuelas y asociaciones, "
            "y un proyecto común de gestión de residuos.",
        ),
        paragraph=T(
            "La fiche montre comment le jumelage s'est appuyé sur des habitants issus des "
            "migrations.",
            "The sheet shows how the twinning relied on inhabitants with a migration background.",
            "La ficha muestra cómo el hermanamiento se apoyó en habitantes procedentes de las "
            "migraciones.",
        ),
        kind="experience",
        year=2026,
        countries=["MA"],
        languages=["fr", "ar"],
        tags=["collectivités", "migrations"],
        actors=[
            "Ville de Chambéry",
            "Collectif des organisations de solidarité internationale issues des migrations",
        ],
        document=True,
    ),
    Resource(
        slug=T(
            "experience-universites-cambodge-armenie",
            "universities-experience",
            "experiencia-universidades",
        ),
        title=T(
            "Des universités partenaires au Cambodge et en Arménie",
            "Partner universities in Cambodia and Armenia",
            "Universidades socias en Camboya y Armenia",
        ),
        summary=T(
            "Échanges d'étudiants et de chercheurs, diplômes communs : deux partenariats "
            "universitaires comparés.",
            "Student and researcher exchanges, joint degrees: two university partnerships "
            "compared.",
            "Intercambios de estudiantes e investigadores, títulos conjuntos: dos alianzas "
            "universitarias comparadas.",
        ),
        paragraph=T(
            "La fiche relève les conditions d'un partenariat durable entre établissements.",
            "The sheet notes what makes a partnership between institutions last.",
            "La ficha señala las condiciones de una alianza duradera entre instituciones.",
        ),
        kind="experience",
        year=2024,
        countries=["KH", "AM"],
        languages=["fr", "en", "km", "hy"],
        tags=["enseignement supérieur"],
        actors=["Université Grenoble Alpes"],
    ),
]


def resource_pdf(title, summary, paragraph, network_name):
    """A one-page A4 PDF of real text: the resource's title, summary and first paragraph."""
    pdf = FPDF()
    pdf.core_fonts_encoding = "windows-1252"
    pdf.set_title(title)
    pdf.set_author(network_name)
    pdf.set_lang("fr")
    pdf.set_creator("RESACOOP demo (fpdf2)")
    pdf.set_margins(22, 22, 22)
    pdf.add_page()
    pdf.set_text_color(media.PRIMARY)
    pdf.set_font("helvetica", "B", 20)
    pdf.multi_cell(0, 10, title)
    pdf.ln(4)
    pdf.set_text_color(30)
    pdf.set_font("helvetica", size=12)
    for text in (summary, paragraph, network_name):
        pdf.multi_cell(0, 6, text)
        pdf.ln(3)
    return bytes(pdf.output())


def document_for(builder, item):
    """The demo's PDF of ``item``, made if it is not there yet."""
    title = str(item.title)
    document = Document.objects.filter(title=title, collection=builder.collection).first()
    if document is None:
        name = builder.home.get_site().site_name or "RESACOOP"
        pdf = resource_pdf(title, str(item.summary), str(item.paragraph), name)
        document = Document(title=title, collection=builder.collection)
        document.file.save(f"{item.slug}.pdf", ContentFile(pdf), save=False)
        document.file_size = len(pdf)
        document.file_hash = hash_filelike(io.BytesIO(pdf))
        document.save()
    return document


def build_resources(builder):
    """The resource centre of the demo, for ``DemoBuilder`` (``build.py``), once the other
    sections are translated: it comes after them in every language's menu.

    Returns the line the builder logs.
    """
    # Imported here: build.py imports this module.
    from .build import existing_child, section, translate_page

    with transaction.atomic():
        index = section(
            builder.home, ResourceIndexPage, RESOURCES_SLUG, RESOURCES, RESOURCES_INTRODUCTION
        )
        pages = []
        for item in ITEMS:
            page = existing_child(index, str(item.slug))
            if page is None:
                page = ResourcePage(
                    slug=str(item.slug),
                    title=str(item.title),
                    kind=item.kind,
                    year=item.year,
                    countries=item.countries,
                    languages=item.languages,
                    summary=str(item.summary),
                    document=document_for(builder, item) if item.document else None,
                    external_url=f"{LINK}{item.slug}" if item.link else "",
                    body=examples.as_stored(
                        SiteBodyBlock(),
                        [{"type": "paragraph", "value": f"<p>{item.paragraph}</p>"}],
                    ),
                )
                for actor in item.actors:
                    if isinstance(actor, T):
                        page.authors.add(ResourceAuthor(name=str(actor)))
                    else:
                        page.authors.add(ResourceAuthor(member=builder.members[actor]))
                page = examples.add_page(index, page, tags=item.tags)
            pages.append(page)
    # One transaction per page, as build_translations does (see there).
    for page in [index, *pages]:
        with transaction.atomic():
            translate_page(page, builder.others)
    with transaction.atomic():
        _translate_tag_labels(builder)
    return f"{len(pages)} resources"


def _translate_tag_labels(builder):
    from .build import strings_for

    names = {name for item in ITEMS for name in item.tags}
    for label in TagLabel.objects.filter(locale=builder.default, name__in=names):
        for locale in builder.others:
            if not label.has_translation(locale):
                translate(label, locale, strings_for(locale))
