"""Every text of the demo site in French, English and Spanish.

Written from the facts about the network (``FACTS.md``), in our own words. French is the
source; the English and Spanish versions are given to wagtail-localize as a translator's
work (see ``build.translate_page``).
"""

from dataclasses import dataclass

#: French text → {language code: translation}, filled as texts are declared below.
CATALOGUE = {}


@dataclass(frozen=True)
class T:
    """One text in the three languages of the site."""

    fr: str
    en: str
    es: str

    def __post_init__(self):
        CATALOGUE[self.fr] = {"en": self.en, "es": self.es}

    def __str__(self):
        return self.fr


# The home page ---------------------------------------------------------------------------

HOME_INTRODUCTION = T(
    "Le réseau qui conseille et accompagne les acteurs de la coopération et de la solidarité "
    "internationale en Auvergne-Rhône-Alpes.",
    "The network that advises and supports those working in international cooperation and "
    "solidarity in Auvergne-Rhône-Alpes.",
    "La red que asesora y acompaña a quienes trabajan en cooperación y solidaridad "
    "internacional en Auvergne-Rhône-Alpes.",
)
FIGURES_TITLE = T("Le réseau en chiffres", "The network in figures", "La red en cifras")
FIGURE_MEMBERS = T("membres du groupement", "members of the grouping", "miembros de la agrupación")
FIGURE_MISSIONS = T("missions", "missions", "misiones")
FIGURE_DEPARTEMENTS = T("départements couverts", "départements covered", "departamentos cubiertos")
FIGURE_FOUNDED = T("année de création", "year founded", "año de creación")
MISSIONS_TITLE = T("Nos cinq missions", "Our five missions", "Nuestras cinco misiones")
MAP_TITLE = T("Un relais près de chez vous", "A relay near you", "Un relevo cerca de usted")
MEMBERS_TITLE = T(
    "Les membres du groupement", "The members of the grouping", "Los miembros de la agrupación"
)
CTA_TITLE = T(
    "Un projet à l'international ?",
    "A project abroad?",
    "¿Un proyecto internacional?",
)
CTA_TEXT = T(
    "Nos conseils sont gratuits pour les organisations et les habitants de la région.",
    "Our advice is free for the region's organisations and inhabitants.",
    "Nuestro asesoramiento es gratuito para las organizaciones y los habitantes de la región.",
)
CTA_LABEL = T("Nous contacter", "Contact us", "Contactarnos")

# Sections --------------------------------------------------------------------------------

ABOUT = T("Qui sommes-nous", "About us", "Quiénes somos")
ABOUT_SLUG = T("qui-sommes-nous", "about-us", "quienes-somos")
ABOUT_INTRODUCTION = T(
    "Un groupement d'intérêt public au service de la coopération internationale de toute la "
    "région, avec deux bureaux : Lyon et Clermont-Ferrand.",
    "A public-interest grouping serving the international cooperation of the whole region, "
    "with two offices: Lyon and Clermont-Ferrand.",
    "Una agrupación de interés público al servicio de la cooperación internacional de toda la "
    "región, con dos oficinas: Lyon y Clermont-Ferrand.",
)
OBJECTIVES = T("Deux objectifs", "Two objectives", "Dos objetivos")
OBJECTIVE_1 = T(
    "Aider les actions de coopération internationale menées dans la région à se développer et "
    "à gagner en qualité.",
    "Helping the international cooperation work done in the region to grow and improve in quality.",
    "Ayudar a que las acciones de cooperación internacional de la región crezcan y ganen en "
    "calidad.",
)
OBJECTIVE_2 = T(
    "Mobiliser tous les acteurs régionaux autour d'actions de sensibilisation qui ouvrent les "
    "habitants au monde.",
    "Bringing every regional actor into awareness-raising work that opens the region's "
    "inhabitants to the world.",
    "Movilizar a todos los actores regionales en acciones de sensibilización que abran a los "
    "habitantes al mundo.",
)
GOVERNANCE = T(
    "Un groupement et sa gouvernance",
    "A grouping and its governance",
    "Una agrupación y su gobernanza",
)
GOVERNANCE_1 = T(
    "Depuis 2006, le réseau est un groupement d'intérêt public. Ses membres, aujourd'hui 27, "
    "l'orientent et le financent : État, collectivités, universités, centres de formation, "
    "associations et collectifs.",
    "Since 2006 the network has been a public-interest grouping. Its members, 27 today, steer "
    "and fund it: the State, local authorities, universities, training centres, associations "
    "and collectives.",
    "Desde 2006 la red es una agrupación de interés público. Sus miembros, hoy 27, la orientan "
    "y la financian: el Estado, entidades locales, universidades, centros de formación, "
    "asociaciones y colectivos.",
)
GOVERNANCE_2 = T(
    "Le conseil d'administration se réunit trois à quatre fois par an ; sa présidence est "
    "élue pour deux ans. Une équipe technique de onze personnes fait vivre le réseau au "
    "quotidien.",
    "The board meets three or four times a year and elects its chair for two years. A "
    "technical team of eleven people runs the network day to day.",
    "El consejo de administración se reúne tres o cuatro veces al año y elige su presidencia "
    "por dos años. Un equipo técnico de once personas anima la red en el día a día.",
)
HISTORY = T("Notre histoire", "Our history", "Nuestra historia")
HISTORY_1994 = T(
    "Naissance du réseau",
    "The network is born",
    "Nace la red",
)
HISTORY_1994_TEXT = T(
    "À l'initiative de l'État et de la Région, juste après la reconnaissance par la loi de la "
    "coopération internationale des collectivités.",
    "Started by the State and the Region, right after the law recognised the international "
    "cooperation of local authorities.",
    "Por iniciativa del Estado y de la Región, justo después de que la ley reconociera la "
    "cooperación internacional de las entidades locales.",
)
HISTORY_2006 = T(
    "Groupement d'intérêt public",
    "Public-interest grouping",
    "Agrupación de interés público",
)
HISTORY_2006_TEXT = T(
    "Quatorze membres fondateurs donnent au réseau un statut juridique propre.",
    "Fourteen founding members give the network a legal status of its own.",
    "Catorce miembros fundadores dan a la red un estatuto jurídico propio.",
)
HISTORY_2017 = T(
    "Toute la région Auvergne-Rhône-Alpes",
    "The whole Auvergne-Rhône-Alpes region",
    "Toda la región Auvergne-Rhône-Alpes",
)
HISTORY_2017_TEXT = T(
    "Le réseau reprend les activités du réseau auvergnat CERAPCOOP.",
    "The network takes over the activities of CERAPCOOP, the Auvergne network.",
    "La red asume las actividades de CERAPCOOP, la red de Auvernia.",
)
FAQ_TITLE = T(
    "Pourquoi un groupement d'intérêt public ?",
    "Why a public-interest grouping?",
    "¿Por qué una agrupación de interés público?",
)
FAQ_Q1 = T(
    "Comment le réseau a-t-il commencé ?",
    "How did the network begin?",
    "¿Cómo empezó la red?",
)
FAQ_A1 = T(
    "Comme un programme expérimental, animé par le CIEDEL et piloté par un comité technique "
    "réunissant l'État, la Région et le CIEDEL.",
    "As an experimental programme, run by CIEDEL and steered by a technical committee of the "
    "State, the Region and CIEDEL.",
    "Como un programa experimental, animado por el CIEDEL y dirigido por un comité técnico "
    "formado por el Estado, la Región y el CIEDEL.",
)
FAQ_Q2 = T(
    "Pourquoi en changer ?",
    "Why change?",
    "¿Por qué cambiar?",
)
FAQ_A2 = T(
    "Pour associer bien plus d'organisations à ses choix et lui donner de nouveaux moyens : "
    "il fallait un statut juridique à lui.",
    "To involve many more organisations in its choices and give it new means: it needed a "
    "legal status of its own.",
    "Para asociar a muchas más organizaciones a sus decisiones y darle nuevos medios: "
    "necesitaba un estatuto jurídico propio.",
)
BROCHURE_TITLE = T(
    "La plaquette de présentation",
    "The presentation brochure",
    "El folleto de presentación",
)
BROCHURE_DESCRIPTION = T(
    "Le réseau, ses missions et ses membres en une page.",
    "The network, its missions and its members on one page.",
    "La red, sus misiones y sus miembros en una página.",
)

CONTACT = T("Contact", "Contact", "Contacto")
CONTACT_SLUG = T("contact", "contact", "contacto")
CONTACT_INTRODUCTION = T(
    "Une question, un projet ? L'équipe vous répond depuis Lyon et Clermont-Ferrand.",
    "A question, a project? The team answers from Lyon and Clermont-Ferrand.",
    "¿Una pregunta, un proyecto? El equipo le responde desde Lyon y Clermont-Ferrand.",
)
CONTACT_TEXT = T(
    "Nos services sont gratuits, sauf les formations. Ils s'adressent d'abord aux "
    "organisations et aux habitants de la région.",
    "Our services are free, except training. They are meant first for the region's "
    "organisations and inhabitants.",
    "Nuestros servicios son gratuitos, salvo la formación. Se dirigen ante todo a las "
    "organizaciones y a los habitantes de la región.",
)

MISSIONS = T("Nos missions", "Our missions", "Nuestras misiones")
MISSIONS_SLUG = T("missions", "missions", "misiones")
MISSIONS_INTRODUCTION = T(
    "Cinq façons d'aider la coopération internationale de la région à grandir.",
    "Five ways of helping the region's international cooperation grow.",
    "Cinco maneras de ayudar a crecer a la cooperación internacional de la región.",
)
MISSION_PAGES = [
    (
        T("Informer", "Informing", "Informar"),
        T("informer", "informing", "informar"),
        T(
            "Diffuser les informations utiles au développement de la coopération dans la région.",
            "Sharing the information that helps cooperation develop in the region.",
            "Difundir la información útil para que la cooperación se desarrolle en la región.",
        ),
    ),
    (
        T("Outiller et former", "Tools and training", "Herramientas y formación"),
        T("outiller-et-former", "tools-and-training", "herramientas-y-formacion"),
        T(
            "Offrir des références, un appui, des outils de méthode et des formations.",
            "Offering references, support, methodological tools and training.",
            "Ofrecer referencias, apoyo, herramientas metodológicas y formación.",
        ),
    ),
    (
        T("Faire échanger", "Sharing experience", "Intercambiar"),
        T("faire-echanger", "sharing-experience", "intercambiar"),
        T(
            "Favoriser le partage d'informations, d'expériences et de compétences.",
            "Encouraging the sharing of information, experience and skills.",
            "Fomentar el intercambio de información, experiencias y competencias.",
        ),
    ),
    (
        T("Concerter", "Working together", "Concertar"),
        T("concerter", "working-together", "concertar"),
        T(
            "Soutenir les programmes concertés entre acteurs de la coopération de la région.",
            "Supporting joint programmes between the region's cooperation actors.",
            "Apoyar los programas concertados entre los actores de la cooperación de la región.",
        ),
    ),
    (
        T("Capitaliser", "Learning from experience", "Capitalizar"),
        T("capitaliser", "learning-from-experience", "capitalizar"),
        T(
            "Tirer les leçons des expériences de la région et les faire connaître.",
            "Drawing lessons from the region's experience and making them known.",
            "Sacar lecciones de las experiencias de la región y darlas a conocer.",
        ),
    ),
]
MISSION_BODY = T(
    "Cette mission s'adresse à toutes les organisations de la région engagées à "
    "l'international, quelle que soit leur taille.",
    "This mission is for every organisation of the region working abroad, whatever its size.",
    "Esta misión se dirige a todas las organizaciones de la región que actúan en el "
    "extranjero, sea cual sea su tamaño.",
)

MEMBERS = T("Nos membres", "Our members", "Nuestros miembros")
MEMBERS_SLUG = T("membres", "members", "miembros")
MEMBERS_INTRODUCTION = T(
    "Vingt-sept organisations de statuts très différents pilotent et financent le réseau.",
    "Twenty-seven organisations of very different kinds steer and fund the network.",
    "Veintisiete organizaciones de naturaleza muy distinta dirigen y financian la red.",
)
MEMBER_SUMMARY = T(
    "Membre du groupement d'intérêt public.",
    "Member of the public-interest grouping.",
    "Miembro de la agrupación de interés público.",
)

# Tags: (French name, English, Spanish).
TAGS = {
    "collectivités": T("collectivités", "local authorities", "entidades locales"),
    "enseignement supérieur": T("enseignement supérieur", "higher education", "educación superior"),
    "formation": T("formation", "training", "formación"),
    "solidarité internationale": T(
        "solidarité internationale", "international solidarity", "solidaridad internacional"
    ),
    "jeunesse": T("jeunesse", "youth", "juventud"),
    "santé": T("santé", "health", "salud"),
    "migrations": T("migrations", "migration", "migraciones"),
    "urgence": T("urgence", "emergencies", "emergencias"),
    "agriculture": T("agriculture", "agriculture", "agricultura"),
}

# Members: (name, acronym, category (French), tags, relay départements or None).
MEMBER_LIST = [
    ("Préfecture de région Auvergne-Rhône-Alpes", "", "État", ["collectivités"], None),
    ("Région Auvergne-Rhône-Alpes", "", "Région", ["collectivités"], None),
    ("Département de l'Ardèche", "", "Départements", ["collectivités"], None),
    ("Département de l'Isère", "", "Départements", ["collectivités"], None),
    ("Département de l'Allier", "", "Départements", ["collectivités", "jeunesse"], "03"),
    ("Métropole de Lyon", "", "Métropole et intercommunalités", ["collectivités"], None),
    ("Annemasse Agglo", "", "Métropole et intercommunalités", ["collectivités"], None),
    (
        "Communauté de communes de Faucigny-Glières",
        "",
        "Métropole et intercommunalités",
        ["collectivités"],
        None,
    ),
    ("Ville de Chambéry", "", "Villes", ["collectivités"], None),
    ("Ville de Grenoble", "", "Villes", ["collectivités"], None),
    ("Ville de Clermont-Ferrand", "", "Villes", ["collectivités"], None),
    ("Université Grenoble Alpes", "UGA", "Universités", ["enseignement supérieur"], None),
    ("Université Clermont Auvergne", "UCA", "Universités", ["enseignement supérieur"], None),
    (
        "Centre international d'études pour le développement local",
        "CIEDEL",
        "Centres de formation",
        ["formation"],
        None,
    ),
    ("Institut Bioforce", "", "Centres de formation", ["formation", "urgence"], None),
    ("Hospices civils de Lyon", "HCL", "Établissement public", ["santé"], None),
    (
        "Agronomes et vétérinaires sans frontières",
        "AVSF",
        "Associations et ONG",
        ["agriculture", "solidarité internationale"],
        None,
    ),
    (
        "Ardèche Drôme Ouro Sogui Sénégal",
        "ADOS",
        "Associations et ONG",
        ["solidarité internationale", "jeunesse"],
        "07 26",
    ),
    ("Handicap International", "HI", "Associations et ONG", ["santé", "urgence"], None),
    ("Culture et développement", "", "Associations et ONG", ["solidarité internationale"], None),
    ("Forum réfugiés - Cosi", "", "Associations et ONG", ["migrations"], None),
    (
        "Groupe urgence réhabilitation développement",
        "Groupe URD",
        "Associations et ONG",
        ["urgence"],
        None,
    ),
    (
        "Service de coopération au développement",
        "SCD",
        "Associations et ONG",
        ["solidarité internationale", "jeunesse"],
        None,
    ),
    (
        "Auvergne Solidarités Internationale",
        "AUSI",
        "Collectifs et réseaux",
        ["solidarité internationale", "jeunesse"],
        "15 43 63",
    ),
    (
        "Collectif des organisations de solidarité internationale issues des migrations",
        "COSIM",
        "Collectifs et réseaux",
        ["migrations", "solidarité internationale"],
        None,
    ),
    (
        "Pays de Savoie solidaires",
        "",
        "Collectifs et réseaux",
        ["solidarité internationale", "jeunesse"],
        "73 74",
    ),
    ("Solicoop42", "", "Collectifs et réseaux", ["solidarité internationale", "jeunesse"], "42"),
]

MAP = T("Les relais départementaux", "Departmental relays", "Los relevos departamentales")
MAP_SLUG = T("relais", "relays", "relevos")
MAP_INTRODUCTION = T(
    "Dans les départements, des organisations relaient les activités du réseau au plus près "
    "des habitants, des jeunes en particulier. Choisissez votre département.",
    "In the départements, organisations pass the network's activities on close to the "
    "inhabitants, young people above all. Choose your département.",
    "En los departamentos, varias organizaciones acercan las actividades de la red a los "
    "habitantes, sobre todo a los jóvenes. Elija su departamento.",
)
RELAY_SUMMARY = T(
    "Relais du réseau dans son territoire, en particulier auprès des jeunes.",
    "The network's relay in its area, for young people above all.",
    "Relevo de la red en su territorio, sobre todo para los jóvenes.",
)

TAG_INDEX = T("Thèmes", "Topics", "Temas")
TAG_INDEX_SLUG = T("themes", "topics", "temas")
TAG_INDEX_INTRODUCTION = T(
    "Les pages du site, thème par thème.",
    "The site's pages, topic by topic.",
    "Las páginas del sitio, tema por tema.",
)

BLOCKS = T("Bibliothèque de blocs", "Block library", "Biblioteca de bloques")
BLOCKS_SLUG = T("bibliotheque-de-blocs", "block-library", "biblioteca-de-bloques")
BLOCKS_INTRODUCTION = T(
    "Chaque bloc que les rédacteurs peuvent utiliser, une fois, pour voir à quoi il ressemble.",
    "Every block editors can use, once each, to see what it looks like.",
    "Cada bloque que pueden usar los redactores, una vez, para ver su aspecto.",
)
BLOCK_TEXTS = {
    "heading": T("Un titre de section", "A section heading", "Un título de sección"),
    "paragraph": T(
        "Un paragraphe de texte, tel qu'un rédacteur l'écrit.",
        "A paragraph of text, as an editor writes it.",
        "Un párrafo de texto, tal como lo escribe un redactor.",
    ),
    "quote": T(
        "La coopération commence par la rencontre.",
        "Cooperation begins with meeting people.",
        "La cooperación empieza por el encuentro.",
    ),
    "quote_attribution": T("Une adhérente", "A member", "Una socia"),
    "notice_title": T("Bon à savoir", "Good to know", "Conviene saber"),
    "notice": T(
        "Les conseils du réseau sont gratuits.",
        "The network's advice is free.",
        "El asesoramiento de la red es gratuito.",
    ),
    "image_alt": T(
        "Logo d'exemple, des initiales sur fond de couleur",
        "Example logo, initials on a coloured background",
        "Logotipo de ejemplo, iniciales sobre fondo de color",
    ),
    "image_caption": T(
        "Une image avec sa légende", "An image with its caption", "Una imagen con su leyenda"
    ),
    "video_title": T("Une vidéo d'exemple", "An example video", "Un vídeo de ejemplo"),
    "video_caption": T(
        "Rien n'est chargé depuis le site de la vidéo avant de lancer la lecture.",
        "Nothing is loaded from the video's site until you press play.",
        "No se carga nada del sitio del vídeo hasta pulsar reproducir.",
    ),
    "table_caption": T("Dates clés", "Key dates", "Fechas clave"),
    "table_step": T("Étape", "Step", "Etapa"),
    "table_year": T("Année", "Year", "Año"),
    "people_title": T("Une équipe", "A team", "Un equipo"),
    "person_role": T("Chargée de mission", "Project officer", "Responsable de proyectos"),
    "cards_title": T("À découvrir", "Explore", "Descubrir"),
    "latest_title": T(
        "Dernières missions publiées", "Latest missions published", "Últimas misiones publicadas"
    ),
    "logos_title": T(
        "Des logos de membres", "Some members' logos", "Algunos logotipos de miembros"
    ),
    "column_left": T("Une colonne de gauche.", "A left-hand column.", "Una columna izquierda."),
    "buttons_more": T("Voir les membres", "See the members", "Ver los miembros"),
}

OFFICES = [
    (T("Siège, Lyon", "Head office, Lyon", "Sede, Lyon"), "Lyon"),
    (
        T("Bureau de Clermont-Ferrand", "Clermont-Ferrand office", "Oficina de Clermont-Ferrand"),
        "Clermont-Ferrand",
    ),
]
BROCHURE_DOCUMENT = T(
    "Plaquette de présentation du réseau",
    "The network's presentation brochure",
    "Folleto de presentación de la red",
)
BROCHURE_PARAGRAPHS = [
    str(HOME_INTRODUCTION),
    str(OBJECTIVE_1),
    str(OBJECTIVE_2),
    str(GOVERNANCE_1),
]
