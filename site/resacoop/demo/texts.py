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
    "Le réseau, ses missions, ses membres et ses relais en quelques pages.",
    "The network, its missions, its members and its relays in a few pages.",
    "La red, sus misiones, sus miembros y sus relevos en unas pocas páginas.",
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
MISSION_SERVICES_HEADING = T(
    "Ce que vous pouvez nous demander",
    "What you can ask us for",
    "Lo que puede pedirnos",
)


@dataclass(frozen=True)
class MissionBody:
    """The body of a mission page: paragraphs, then the services an organisation can ask for."""

    paragraphs: tuple
    services: tuple


# One per mission of MISSION_PAGES, in the same order.
MISSION_BODIES = [
    MissionBody(
        paragraphs=(
            T(
                "Appels à projets, financements, rencontres, actualité des pays partenaires : "
                "l'information utile est dispersée. Le réseau la rassemble, la trie et la met à "
                "la portée de toutes les organisations de la région.",
                "Calls for projects, funding, meetings, news of partner countries: useful "
                "information is scattered. The network gathers it, sorts it and puts it within "
                "reach of every organisation in the region.",
                "Convocatorias, financiación, encuentros, actualidad de los países socios: la "
                "información útil está dispersa. La red la reúne, la ordena y la pone al "
                "alcance de todas las organizaciones de la región.",
            ),
            T(
                "Il tient aussi à jour une vue d'ensemble de qui fait quoi, où, et avec qui, "
                "pour que chacun puisse trouver des partenaires près de chez lui.",
                "It also keeps an up-to-date picture of who does what, where and with whom, so "
                "that everyone can find partners nearby.",
                "También mantiene al día una visión de conjunto de quién hace qué, dónde y con "
                "quién, para que cada cual encuentre socios cerca.",
            ),
        ),
        services=(
            T(
                "Un premier rendez-vous pour faire le point sur votre projet",
                "A first meeting to take stock of your project",
                "Una primera cita para hacer balance de su proyecto",
            ),
            T(
                "La liste des financements qui correspondent à votre action",
                "The list of funding that fits your work",
                "La lista de financiaciones que corresponden a su acción",
            ),
            T(
                "Les contacts d'acteurs de la région présents dans le même pays",
                "Contacts of actors in the region working in the same country",
                "Los contactos de actores de la región presentes en el mismo país",
            ),
            T(
                "La lettre d'information et l'agenda des rencontres",
                "The newsletter and the calendar of meetings",
                "El boletín y la agenda de encuentros",
            ),
        ),
    ),
    MissionBody(
        paragraphs=(
            T(
                "Monter un projet avec un partenaire lointain demande de la méthode : "
                "diagnostic partagé, budget, suivi, évaluation. Le réseau met à disposition des "
                "guides, des fiches pratiques et des exemples tirés de projets réels.",
                "Building a project with a distant partner takes method: a shared assessment, "
                "a budget, monitoring, evaluation. The network offers guides, practical sheets "
                "and examples drawn from real projects.",
                "Montar un proyecto con un socio lejano requiere método: diagnóstico "
                "compartido, presupuesto, seguimiento, evaluación. La red pone a disposición "
                "guías, fichas prácticas y ejemplos tomados de proyectos reales.",
            ),
            T(
                "Des formations courtes, payantes mais à petit prix, complètent ces outils. "
                "Tous les autres services sont gratuits.",
                "Short courses, paid for but at a small price, complete these tools. Every "
                "other service is free.",
                "Formaciones cortas, de pago pero a bajo precio, completan estas "
                "herramientas. Todos los demás servicios son gratuitos.",
            ),
        ),
        services=(
            T(
                "Un accompagnement pour écrire ou revoir votre dossier de projet",
                "Support in writing or reviewing your project proposal",
                "Un acompañamiento para redactar o revisar su expediente de proyecto",
            ),
            T(
                "Des guides de méthode et des modèles de documents",
                "Method guides and document templates",
                "Guías de método y modelos de documentos",
            ),
            T(
                "Des formations sur le cycle de projet, le partenariat ou l'évaluation",
                "Courses on the project cycle, partnership or evaluation",
                "Formaciones sobre el ciclo de proyecto, la alianza o la evaluación",
            ),
            T(
                "L'accès au centre de ressources du réseau et à ses publications",
                "Access to the network's resource centre and publications",
                "El acceso al centro de recursos de la red y a sus publicaciones",
            ),
        ),
    ),
    MissionBody(
        paragraphs=(
            T(
                "Une association de village, une université et une grande ville n'ont pas les "
                "mêmes moyens, mais elles se posent souvent les mêmes questions. Le réseau les "
                "fait se rencontrer pour qu'elles apprennent les unes des autres.",
                "A village association, a university and a large city do not have the same "
                "means, but they often ask themselves the same questions. The network brings "
                "them together so that they learn from one another.",
                "Una asociación de pueblo, una universidad y una gran ciudad no tienen los "
                "mismos medios, pero a menudo se hacen las mismas preguntas. La red las reúne "
                "para que aprendan unas de otras.",
            ),
            T(
                "Groupes de travail par pays ou par thème, journées d'échange, visites : "
                "chacun y apporte son expérience et repart avec celle des autres.",
                "Working groups by country or by theme, exchange days, visits: everyone brings "
                "their experience and leaves with that of the others.",
                "Grupos de trabajo por país o por tema, jornadas de intercambio, visitas: "
                "cada cual aporta su experiencia y se lleva la de los demás.",
            ),
        ),
        services=(
            T(
                "Une place dans un groupe de travail par pays ou par thème",
                "A seat in a working group by country or by theme",
                "Un lugar en un grupo de trabajo por país o por tema",
            ),
            T(
                "Une mise en relation avec une organisation qui a vécu la même situation",
                "An introduction to an organisation that has faced the same situation",
                "Una puesta en contacto con una organización que ha vivido la misma situación",
            ),
            T(
                "Une aide pour organiser une rencontre dans votre département",
                "Help in organising a meeting in your département",
                "Ayuda para organizar un encuentro en su departamento",
            ),
            T(
                "Un appui pour accueillir une délégation de vos partenaires",
                "Support in hosting a delegation of your partners",
                "Apoyo para acoger a una delegación de sus socios",
            ),
        ),
    ),
    MissionBody(
        paragraphs=(
            T(
                "Dans un même pays, plusieurs organisations de la région travaillent parfois "
                "sans le savoir à quelques kilomètres les unes des autres. Le réseau les aide à "
                "se coordonner et à construire ensemble des programmes plus solides.",
                "In one country, several organisations of the region sometimes work a few "
                "kilometres apart without knowing it. The network helps them coordinate and "
                "build stronger programmes together.",
                "En un mismo país, varias organizaciones de la región trabajan a veces a pocos "
                "kilómetros unas de otras sin saberlo. La red las ayuda a coordinarse y a "
                "construir juntas programas más sólidos.",
            ),
            T(
                "Il peut animer la concertation entre collectivités, associations et "
                "établissements, et porter lui-même la coordination d'un programme commun.",
                "It can lead the dialogue between local authorities, associations and "
                "institutions, and coordinate a joint programme itself.",
                "Puede animar la concertación entre entidades locales, asociaciones y "
                "establecimientos, y coordinar él mismo un programa común.",
            ),
        ),
        services=(
            T(
                "Une réunion des acteurs de la région présents sur un même territoire",
                "A meeting of the region's actors working in the same area",
                "Una reunión de los actores de la región presentes en un mismo territorio",
            ),
            T(
                "Un appui pour répondre à plusieurs à un appel à projets",
                "Support in answering a call for projects together",
                "Apoyo para responder entre varios a una convocatoria",
            ),
            T(
                "L'animation d'un comité de pilotage partagé",
                "Leading a shared steering committee",
                "La animación de un comité de seguimiento compartido",
            ),
            T(
                "Des conseils pour associer les partenaires étrangers aux décisions",
                "Advice on involving partners abroad in decisions",
                "Consejos para asociar a los socios extranjeros a las decisiones",
            ),
        ),
    ),
    MissionBody(
        paragraphs=(
            T(
                "Chaque projet apprend quelque chose, y compris de ses difficultés. Le réseau "
                "aide les organisations à garder une trace de ce qu'elles ont appris et à le "
                "transmettre.",
                "Every project learns something, including from its difficulties. The network "
                "helps organisations keep a record of what they have learnt and pass it on.",
                "Cada proyecto aprende algo, también de sus dificultades. La red ayuda a las "
                "organizaciones a conservar lo aprendido y a transmitirlo.",
            ),
            T(
                "Études, fiches d'expérience et publications rendent ces leçons accessibles à "
                "tous, dans la région et au-delà, en lien avec les autres réseaux régionaux.",
                "Studies, experience sheets and publications make these lessons available to "
                "all, in the region and beyond, together with the other regional networks.",
                "Estudios, fichas de experiencia y publicaciones ponen estas lecciones al "
                "alcance de todos, en la región y más allá, junto con las demás redes "
                "regionales.",
            ),
        ),
        services=(
            T(
                "Un accompagnement pour tirer le bilan d'un projet",
                "Support in reviewing a finished project",
                "Un acompañamiento para hacer balance de un proyecto",
            ),
            T(
                "La publication de votre expérience dans le centre de ressources",
                "Publishing your experience in the resource centre",
                "La publicación de su experiencia en el centro de recursos",
            ),
            T(
                "Les études du réseau sur la coopération de la région",
                "The network's studies of the region's cooperation",
                "Los estudios de la red sobre la cooperación de la región",
            ),
            T(
                "Une intervention pour présenter vos résultats lors d'une rencontre",
                "A slot to present your results at a meeting",
                "Un espacio para presentar sus resultados en un encuentro",
            ),
        ),
    ),
]

MEMBERS = T("Nos membres", "Our members", "Nuestros miembros")
MEMBERS_SLUG = T("membres", "members", "miembros")
MEMBERS_INTRODUCTION = T(
    "Vingt-sept organisations de statuts très différents pilotent et financent le réseau.",
    "Twenty-seven organisations of very different kinds steer and fund the network.",
    "Veintisiete organizaciones de naturaleza muy distinta dirigen y financian la red.",
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


@dataclass(frozen=True)
class Member:
    """One member of the grouping: its profile page, and its relay page if it is one.

    ``town``, ``departement`` (INSEE code) and ``website`` are public facts; a website we are
    not sure of is left empty rather than guessed.
    """

    name: str
    acronym: str
    category: str  # French name of its member category (seeds.CATEGORIES)
    tags: tuple
    relay_departements: str | None  # the départements it relays the network in, or None
    town: str
    departement: str
    website: str
    summary: T
    body: tuple = ()


# The 27 members, in the order of the grouping's own list by status (FACTS.md).
MEMBER_LIST = [
    Member(
        "Préfecture de région Auvergne-Rhône-Alpes",
        "",
        "État",
        ("collectivités",),
        None,
        town="Lyon",
        departement="69",
        website="https://www.prefectures-regions.gouv.fr/auvergne-rhone-alpes",
        summary=T(
            "L'État siège au groupement par la préfecture de région. Avec la Région, il est à "
            "l'origine du réseau en 1994 et reste l'un de ses principaux financeurs.",
            "The State sits in the grouping through the regional prefecture. With the Region, "
            "it started the network in 1994 and is still one of its main funders.",
            "El Estado participa en la agrupación a través de la prefectura regional. Con la "
            "Región, creó la red en 1994 y sigue siendo uno de sus principales financiadores.",
        ),
        body=(
            T(
                "La préfecture relaie auprès des acteurs de la région les orientations "
                "nationales de la coopération et de la solidarité internationale. Elle suit le "
                "réseau au conseil d'administration et l'aide à faire le lien avec les "
                "dispositifs de l'État.",
                "The prefecture brings the national policies of cooperation and international "
                "solidarity to the region's actors. It follows the network on the board and "
                "helps it connect with the State's schemes.",
                "La prefectura transmite a los actores de la región las orientaciones "
                "nacionales de la cooperación y la solidaridad internacional. Sigue la red en "
                "el consejo de administración y la ayuda a enlazar con los dispositivos del "
                "Estado.",
            ),
        ),
    ),
    Member(
        "Région Auvergne-Rhône-Alpes",
        "",
        "Région",
        ("collectivités",),
        None,
        town="Lyon",
        departement="69",
        website="https://www.auvergnerhonealpes.fr",
        summary=T(
            "La Région a fondé le réseau avec l'État, et une élue régionale préside aujourd'hui "
            "son conseil d'administration. Elle mène ses propres partenariats avec des régions "
            "du monde.",
            "The Region founded the network with the State, and a regional councillor chairs "
            "its board today. It runs partnerships of its own with regions around the world.",
            "La Región fundó la red con el Estado, y una consejera regional preside hoy su "
            "consejo de administración. Mantiene sus propias alianzas con regiones del mundo.",
        ),
        body=(
            T(
                "Depuis 2017, le réseau couvre les douze départements de la région fusionnée. "
                "La Région compte sur lui pour informer et outiller les porteurs de projets de "
                "tout le territoire.",
                "Since 2017 the network has covered the twelve départements of the merged "
                "region. The Region relies on it to inform and equip project leaders across "
                "the whole territory.",
                "Desde 2017 la red cubre los doce departamentos de la región fusionada. La "
                "Región cuenta con ella para informar y equipar a quienes llevan proyectos en "
                "todo el territorio.",
            ),
        ),
    ),
    Member(
        "Département de l'Ardèche",
        "",
        "Départements",
        ("collectivités",),
        None,
        town="Privas",
        departement="07",
        website="https://www.ardeche.fr",
        summary=T(
            "Le Département de l'Ardèche soutient les associations et les communes ardéchoises "
            "engagées à l'international. Il entretient des liens anciens avec le nord du "
            "Sénégal, aux côtés de l'association ADOS.",
            "The Ardèche Département supports the associations and towns of the Ardèche that "
            "work abroad. It has long-standing ties with northern Senegal, alongside the ADOS "
            "association.",
            "El Departamento de Ardèche apoya a las asociaciones y municipios de Ardèche que "
            "actúan en el extranjero. Mantiene lazos antiguos con el norte de Senegal, junto a "
            "la asociación ADOS.",
        ),
    ),
    Member(
        "Département de l'Isère",
        "",
        "Départements",
        ("collectivités",),
        None,
        town="Grenoble",
        departement="38",
        website="https://www.isere.fr",
        summary=T(
            "Le Département de l'Isère accompagne les initiatives de solidarité internationale "
            "nées sur son territoire, des communes aux associations de quartier.",
            "The Isère Département backs the international solidarity initiatives born in its "
            "territory, from towns to neighbourhood associations.",
            "El Departamento de Isère acompaña las iniciativas de solidaridad internacional "
            "nacidas en su territorio, de los municipios a las asociaciones de barrio.",
        ),
        body=(
            T(
                "Le Département fait connaître le réseau aux communes et aux associations "
                "iséroises, et prend part à ses groupes de travail.",
                "The Département makes the network known to the towns and associations of the "
                "Isère, and takes part in its working groups.",
                "El Departamento da a conocer la red a los municipios y asociaciones de Isère, y "
                "participa en sus grupos de trabajo.",
            ),
        ),
    ),
    Member(
        "Département de l'Allier",
        "",
        "Départements",
        ("collectivités", "jeunesse"),
        "03",
        town="Moulins",
        departement="03",
        website="https://www.allier.fr",
        summary=T(
            "Le Département de l'Allier est le relais du réseau dans l'Allier. Il anime le "
            "réseau départemental des acteurs de la solidarité internationale et fait remonter "
            "leurs attentes.",
            "The Allier Département is the network's relay in the Allier. It leads the "
            "département's network of international solidarity actors and passes their needs "
            "on.",
            "El Departamento de Allier es el relevo de la red en Allier. Anima la red "
            "departamental de actores de la solidaridad internacional y transmite sus "
            "necesidades.",
        ),
        body=(
            T(
                "Plus d'une centaine d'organisations publiques et associatives de l'Allier "
                "agissent à l'international. Le Département leur fait connaître les formations, "
                "les rencontres et les outils du réseau, près de chez elles.",
                "More than a hundred public bodies and associations of the Allier work abroad. "
                "The Département tells them about the network's training, meetings and tools, "
                "close to home.",
                "Más de un centenar de organismos públicos y asociaciones de Allier actúan en "
                "el extranjero. El Departamento les da a conocer las formaciones, los "
                "encuentros y las herramientas de la red, cerca de ellas.",
            ),
        ),
    ),
    Member(
        "Métropole de Lyon",
        "",
        "Métropole et intercommunalités",
        ("collectivités",),
        None,
        town="Lyon",
        departement="69",
        website="https://www.grandlyon.com",
        summary=T(
            "La Métropole de Lyon conduit des coopérations avec des villes d'Afrique, d'Asie "
            "et d'Europe sur l'eau, les transports ou l'urbanisme. Elle partage ce savoir-faire "
            "de collectivité avec le réseau.",
            "The Métropole de Lyon runs partnerships with cities in Africa, Asia and Europe on "
            "water, transport and urban planning. It shares this local-government know-how "
            "with the network.",
            "La Metrópoli de Lyon mantiene cooperaciones con ciudades de África, Asia y Europa "
            "sobre agua, transporte y urbanismo. Comparte con la red este saber hacer de "
            "entidad local.",
        ),
    ),
    Member(
        "Annemasse Agglo",
        "",
        "Métropole et intercommunalités",
        ("collectivités",),
        None,
        town="Annemasse",
        departement="74",
        website="https://www.annemasse-agglo.fr",
        summary=T(
            "L'agglomération d'Annemasse, à la frontière suisse, soutient les projets "
            "solidaires de ses habitants et de ses associations.",
            "The Annemasse conurbation, on the Swiss border, supports the solidarity projects "
            "of its inhabitants and associations.",
            "La aglomeración de Annemasse, en la frontera suiza, apoya los proyectos "
            "solidarios de sus habitantes y asociaciones.",
        ),
        body=(
            T(
                "Au sein du groupement, elle apporte le regard d'un territoire frontalier, tourné "
                "vers ses voisins.",
                "Within the grouping, it brings the outlook of a border area that looks to its "
                "neighbours.",
                "Dentro de la agrupación, aporta la mirada de un territorio fronterizo, abierto a "
                "sus vecinos.",
            ),
        ),
    ),
    Member(
        "Communauté de communes de Faucigny-Glières",
        "",
        "Métropole et intercommunalités",
        ("collectivités",),
        None,
        town="Bonneville",
        departement="74",
        website="",
        summary=T(
            "Cette communauté de communes de Haute-Savoie, autour de Bonneville, montre qu'une "
            "petite intercommunalité peut elle aussi s'engager à l'international.",
            "This community of communes in Haute-Savoie, around Bonneville, shows that a small "
            "inter-municipal body can work abroad too.",
            "Esta mancomunidad de Alta Saboya, en torno a Bonneville, demuestra que una "
            "pequeña mancomunidad también puede actuar en el extranjero.",
        ),
        body=(
            T(
                "Elle apporte au groupement l'expérience d'une petite collectivité, dont les "
                "moyens et les questions diffèrent de ceux d'une grande ville.",
                "It brings the grouping the experience of a small local authority, whose means "
                "and questions differ from those of a large city.",
                "Aporta a la agrupación la experiencia de una pequeña entidad local, cuyos medios "
                "y preguntas difieren de los de una gran ciudad.",
            ),
        ),
    ),
    Member(
        "Ville de Chambéry",
        "",
        "Villes",
        ("collectivités",),
        None,
        town="Chambéry",
        departement="73",
        website="https://www.chambery.fr",
        summary=T(
            "Chambéry est l'une des villes fondatrices du groupement. Sa coopération avec "
            "Ouahigouya, au Burkina Faso, dure depuis des décennies et mobilise de nombreux "
            "habitants.",
            "Chambéry is one of the grouping's founding cities. Its partnership with "
            "Ouahigouya, in Burkina Faso, has lasted for decades and involves many of its "
            "inhabitants.",
            "Chambéry es una de las ciudades fundadoras de la agrupación. Su cooperación con "
            "Uahiguya, en Burkina Faso, dura desde hace décadas y moviliza a muchos "
            "habitantes.",
        ),
    ),
    Member(
        "Ville de Grenoble",
        "",
        "Villes",
        ("collectivités",),
        None,
        town="Grenoble",
        departement="38",
        website="https://www.grenoble.fr",
        summary=T(
            "Grenoble, ville fondatrice du groupement, entretient des partenariats avec des "
            "villes de plusieurs continents et associe ses habitants et ses étudiants à ses "
            "projets.",
            "Grenoble, a founding city of the grouping, has partnerships with cities on several "
            "continents and involves its inhabitants and students in its projects.",
            "Grenoble, ciudad fundadora de la agrupación, mantiene alianzas con ciudades de "
            "varios continentes y asocia a sus habitantes y estudiantes a sus proyectos.",
        ),
        body=(
            T(
                "La ville soutient aussi les associations grenobloises de solidarité "
                "internationale et les fait se rencontrer.",
                "The city also supports Grenoble's international solidarity associations and "
                "brings them together.",
                "La ciudad también apoya a las asociaciones de solidaridad internacional de "
                "Grenoble y favorece su encuentro.",
            ),
        ),
    ),
    Member(
        "Ville de Clermont-Ferrand",
        "",
        "Villes",
        ("collectivités",),
        None,
        town="Clermont-Ferrand",
        departement="63",
        website="https://clermont-ferrand.fr",
        summary=T(
            "Clermont-Ferrand a rejoint le groupement quand il s'est étendu à l'Auvergne. La "
            "ville accueille l'un des deux bureaux du réseau.",
            "Clermont-Ferrand joined the grouping when it grew to cover the Auvergne. The city "
            "is home to one of the network's two offices.",
            "Clermont-Ferrand se unió a la agrupación cuando esta se extendió a Auvernia. La "
            "ciudad acoge una de las dos oficinas de la red.",
        ),
    ),
    Member(
        "Université Grenoble Alpes",
        "UGA",
        "Universités",
        ("enseignement supérieur",),
        None,
        town="Saint-Martin-d'Hères",
        departement="38",
        website="https://www.univ-grenoble-alpes.fr",
        summary=T(
            "L'université grenobloise accueille des étudiants et des chercheurs du monde "
            "entier. Elle apporte au réseau ses travaux et ses formations sur le développement "
            "et les relations internationales.",
            "The Grenoble university welcomes students and researchers from all over the "
            "world. It brings the network its research and courses on development and "
            "international relations.",
            "La universidad de Grenoble acoge a estudiantes e investigadores de todo el mundo. "
            "Aporta a la red sus trabajos y formaciones sobre desarrollo y relaciones "
            "internacionales.",
        ),
    ),
    Member(
        "Université Clermont Auvergne",
        "UCA",
        "Universités",
        ("enseignement supérieur",),
        None,
        town="Clermont-Ferrand",
        departement="63",
        website="https://www.uca.fr",
        summary=T(
            "L'université de Clermont-Ferrand noue des partenariats de formation et de "
            "recherche avec des établissements d'Afrique et d'ailleurs, et encourage la "
            "mobilité de ses étudiants.",
            "The Clermont-Ferrand university builds teaching and research partnerships with "
            "institutions in Africa and elsewhere, and encourages its students to go abroad.",
            "La universidad de Clermont-Ferrand establece alianzas de formación e "
            "investigación con instituciones de África y de otros lugares, y fomenta la "
            "movilidad de sus estudiantes.",
        ),
        body=(
            T(
                "Ses étudiants et ses chercheurs trouvent dans le réseau des interlocuteurs pour "
                "leurs projets à l'international.",
                "Its students and researchers find people to talk to in the network about their "
                "projects abroad.",
                "Sus estudiantes e investigadores encuentran en la red interlocutores para sus "
                "proyectos internacionales.",
            ),
        ),
    ),
    Member(
        "Centre international d'études pour le développement local",
        "CIEDEL",
        "Centres de formation",
        ("formation",),
        None,
        town="Lyon",
        departement="69",
        website="https://www.ciedel.org",
        summary=T(
            "Le CIEDEL forme des professionnels du développement local venus de nombreux pays. "
            "Il a animé le réseau à ses débuts et met encore une partie de son équipe à sa "
            "disposition.",
            "CIEDEL trains local development professionals from many countries. It ran the "
            "network in its early years and still seconds part of its team.",
            "El CIEDEL forma a profesionales del desarrollo local de numerosos países. Animó "
            "la red en sus comienzos y todavía pone a su disposición parte de su equipo.",
        ),
        body=(
            T(
                "Institut rattaché à l'Université catholique de Lyon, le CIEDEL conduit aussi "
                "des études et des évaluations pour les collectivités et les associations. "
                "Ses formations courtes sont ouvertes aux acteurs de la région.",
                "An institute of the Catholic University of Lyon, CIEDEL also carries out "
                "studies and evaluations for local authorities and associations. Its short "
                "courses are open to the region's actors.",
                "Instituto vinculado a la Universidad Católica de Lyon, el CIEDEL también "
                "realiza estudios y evaluaciones para entidades locales y asociaciones. Sus "
                "formaciones cortas están abiertas a los actores de la región.",
            ),
        ),
    ),
    Member(
        "Institut Bioforce",
        "",
        "Centres de formation",
        ("formation", "urgence"),
        None,
        town="Vénissieux",
        departement="69",
        website="https://www.bioforce.org",
        summary=T(
            "Bioforce prépare aux métiers de l'action humanitaire : logistique, coordination de "
            "projets, gestion des ressources humaines et des finances sur le terrain.",
            "Bioforce trains people for humanitarian work: logistics, project coordination, and "
            "managing people and finances in the field.",
            "Bioforce prepara para los oficios de la acción humanitaria: logística, "
            "coordinación de proyectos y gestión de personas y finanzas sobre el terreno.",
        ),
        body=(
            T(
                "Ses formations, à Vénissieux et en Afrique, sont reconnues par les ONG. Avec "
                "le réseau, il aide les petites associations à professionnaliser leurs "
                "pratiques.",
                "Its courses, in Vénissieux and in Africa, are recognised by NGOs. With the "
                "network, it helps small associations make their practice more professional.",
                "Sus formaciones, en Vénissieux y en África, son reconocidas por las ONG. Con "
                "la red, ayuda a las pequeñas asociaciones a profesionalizar sus prácticas.",
            ),
        ),
    ),
    Member(
        "Hospices civils de Lyon",
        "HCL",
        "Établissement public",
        ("santé",),
        None,
        town="Lyon",
        departement="69",
        website="https://www.chu-lyon.fr",
        summary=T(
            "Le centre hospitalier universitaire de Lyon coopère avec des hôpitaux de "
            "plusieurs pays pour former des soignants et améliorer l'organisation des soins.",
            "Lyon's university hospital works with hospitals in several countries to train "
            "health workers and improve the way care is organised.",
            "El hospital universitario de Lyon coopera con hospitales de varios países para "
            "formar a profesionales sanitarios y mejorar la organización de la atención.",
        ),
        body=(
            T(
                "Au sein du réseau, les HCL partagent leur expérience des partenariats "
                "hospitaliers avec les établissements de santé de la région qui veulent se "
                "lancer.",
                "Within the network, the HCL share their experience of hospital partnerships "
                "with the region's health institutions that want to start one.",
                "Dentro de la red, los HCL comparten su experiencia de alianzas hospitalarias "
                "con los centros de salud de la región que quieren emprender una.",
            ),
        ),
    ),
    Member(
        "Agronomes et vétérinaires sans frontières",
        "AVSF",
        "Associations et ONG",
        ("agriculture", "solidarité internationale"),
        None,
        town="Lyon",
        departement="69",
        website="https://www.avsf.org",
        summary=T(
            "AVSF soutient l'agriculture paysanne et l'élevage dans une vingtaine de pays "
            "d'Afrique, d'Amérique latine et d'Asie. Son siège est à Lyon.",
            "AVSF supports small-scale farming and livestock keeping in some twenty countries "
            "of Africa, Latin America and Asia. Its head office is in Lyon.",
            "AVSF apoya la agricultura campesina y la ganadería en una veintena de países de "
            "África, América Latina y Asia. Su sede está en Lyon.",
        ),
        body=(
            T(
                "Agronomes, vétérinaires et techniciens y travaillent avec les organisations "
                "paysannes sur la santé animale, l'accès aux marchés et l'adaptation au "
                "changement climatique.",
                "Agronomists, vets and technicians work there with farmers' organisations on "
                "animal health, access to markets and adapting to climate change.",
                "Agrónomos, veterinarios y técnicos trabajan con las organizaciones campesinas "
                "en sanidad animal, acceso a los mercados y adaptación al cambio climático.",
            ),
        ),
    ),
    Member(
        "Ardèche Drôme Ouro Sogui Sénégal",
        "ADOS",
        "Associations et ONG",
        ("solidarité internationale", "jeunesse"),
        "07 26",
        town="Bourg-lès-Valence",
        departement="26",
        website="https://www.ados-association.org",
        summary=T(
            "Née en 1985 d'une rencontre entre Valence et des habitants originaires d'Ouro "
            "Sogui, ADOS accompagne les partenariats entre collectivités de Drôme-Ardèche et de "
            "la région de Matam, au Sénégal.",
            "Born in 1985 when Valence met people from Ouro Sogui, ADOS supports the "
            "partnerships between local authorities of the Drôme and Ardèche and the Matam "
            "region of Senegal.",
            "Nacida en 1985 del encuentro entre Valence y personas originarias de Ouro Sogui, "
            "ADOS acompaña las alianzas entre entidades locales de Drôme-Ardèche y la región "
            "de Matam, en Senegal.",
        ),
        body=(
            T(
                "Eau, assainissement, éducation, santé ou finances locales : l'association "
                "travaille avec ses équipes des deux côtés.",
                "Water, sanitation, education, health or local finances: the association "
                "works with its teams on both sides.",
                "Agua, saneamiento, educación, salud o finanzas locales: la asociación trabaja "
                "con sus equipos de ambos lados.",
            ),
            T(
                "Relais du réseau en Ardèche et dans la Drôme, ADOS prépare aussi les jeunes "
                "et les établissements scolaires à la rencontre interculturelle.",
                "As the network's relay in the Ardèche and the Drôme, ADOS also prepares young "
                "people and schools for meeting other cultures.",
                "Como relevo de la red en Ardèche y Drôme, ADOS también prepara a los jóvenes "
                "y a los centros educativos para el encuentro intercultural.",
            ),
        ),
    ),
    Member(
        "Handicap International",
        "HI",
        "Associations et ONG",
        ("santé", "urgence"),
        None,
        town="Lyon",
        departement="69",
        website="https://www.handicap-international.fr",
        summary=T(
            "Fondée à Lyon en 1982, Handicap International agit aux côtés des personnes "
            "handicapées et des populations vulnérables dans les situations de pauvreté, de "
            "conflit et de catastrophe.",
            "Founded in Lyon in 1982, Handicap International works alongside people with "
            "disabilities and vulnerable populations in poverty, conflict and disaster.",
            "Fundada en Lyon en 1982, Handicap International actúa junto a las personas con "
            "discapacidad y las poblaciones vulnerables en situaciones de pobreza, conflicto "
            "y catástrofe.",
        ),
        body=(
            T(
                "Réadaptation, inclusion, lutte contre les mines et les armes explosives : "
                "l'ONG partage avec le réseau son expérience de l'action humanitaire à grande "
                "échelle.",
                "Rehabilitation, inclusion, action against mines and explosive weapons: the NGO "
                "shares with the network its experience of large-scale humanitarian work.",
                "Rehabilitación, inclusión, lucha contra las minas y las armas explosivas: la "
                "ONG comparte con la red su experiencia de la acción humanitaria a gran "
                "escala.",
            ),
        ),
    ),
    Member(
        "Culture et développement",
        "",
        "Associations et ONG",
        ("solidarité internationale",),
        None,
        town="Grenoble",
        departement="38",
        website="",
        summary=T(
            "Culture et développement défend la place de la culture dans les projets de "
            "solidarité internationale et accompagne les acteurs qui veulent l'y intégrer.",
            "Culture et développement argues for the place of culture in international "
            "solidarity projects and supports those who want to give it one.",
            "Culture et développement defiende el lugar de la cultura en los proyectos de "
            "solidaridad internacional y acompaña a quienes quieren integrarla.",
        ),
        body=(
            T(
                "L'association propose des ressources et des temps de réflexion sur les liens "
                "entre culture et développement.",
                "The association offers resources and times for reflection on the links between "
                "culture and development.",
                "La asociación ofrece recursos y espacios de reflexión sobre los vínculos entre "
                "cultura y desarrollo.",
            ),
        ),
    ),
    Member(
        "Forum réfugiés - Cosi",
        "",
        "Associations et ONG",
        ("migrations",),
        None,
        town="Villeurbanne",
        departement="69",
        website="https://www.forumrefugies.org",
        summary=T(
            "L'association accueille et accompagne les demandeurs d'asile et les réfugiés, "
            "défend le droit d'asile et soutient l'état de droit dans plusieurs pays.",
            "The association welcomes and supports asylum seekers and refugees, defends the "
            "right of asylum and supports the rule of law in several countries.",
            "La asociación acoge y acompaña a solicitantes de asilo y refugiados, defiende el "
            "derecho de asilo y apoya el Estado de derecho en varios países.",
        ),
        body=(
            T(
                "Elle apporte au réseau son regard sur les migrations et les liens entre "
                "solidarité ici et là-bas.",
                "It brings the network its view of migration and of the links between "
                "solidarity here and there.",
                "Aporta a la red su mirada sobre las migraciones y los vínculos entre la "
                "solidaridad aquí y allá.",
            ),
        ),
    ),
    Member(
        "Groupe urgence réhabilitation développement",
        "Groupe URD",
        "Associations et ONG",
        ("urgence",),
        None,
        town="Plaisians",
        departement="26",
        website="https://www.urd.org",
        summary=T(
            "Le Groupe URD est un centre de réflexion sur l'action humanitaire. Il étudie et "
            "évalue les pratiques pour aider les organisations à mieux relier urgence et "
            "développement.",
            "Groupe URD is a think tank on humanitarian action. It studies and evaluates "
            "practice to help organisations link emergency relief and development better.",
            "El Groupe URD es un centro de reflexión sobre la acción humanitaria. Estudia y "
            "evalúa las prácticas para ayudar a las organizaciones a enlazar mejor urgencia y "
            "desarrollo.",
        ),
        body=(
            T(
                "Installé dans la Drôme, il publie des guides de qualité et forme les équipes "
                "humanitaires ; le réseau relaie ses outils auprès des associations de la "
                "région.",
                "Based in the Drôme, it publishes quality guides and trains humanitarian "
                "teams; the network passes its tools on to the region's associations.",
                "Instalado en Drôme, publica guías de calidad y forma a equipos humanitarios; "
                "la red difunde sus herramientas entre las asociaciones de la región.",
            ),
        ),
    ),
    Member(
        "Service de coopération au développement",
        "SCD",
        "Associations et ONG",
        ("solidarité internationale", "jeunesse"),
        None,
        town="Lyon",
        departement="69",
        website="",
        summary=T(
            "Le SCD prépare et accompagne des volontaires qui partent plusieurs mois ou "
            "plusieurs années auprès d'organisations partenaires à l'étranger.",
            "SCD prepares and supports volunteers who spend months or years with partner "
            "organisations abroad.",
            "El SCD prepara y acompaña a voluntarios que pasan meses o años con "
            "organizaciones socias en el extranjero.",
        ),
        body=(
            T(
                "Avant le départ comme au retour, l'association aide chaque volontaire à donner "
                "du sens à son engagement.",
                "Before departure and after return, the association helps each volunteer make "
                "sense of their commitment.",
                "Antes de la partida y al regreso, la asociación ayuda a cada voluntario a dar "
                "sentido a su compromiso.",
            ),
        ),
    ),
    Member(
        "Auvergne Solidarités Internationale",
        "AUSI",
        "Collectifs et réseaux",
        ("solidarité internationale", "jeunesse"),
        "15 43 63",
        town="Clermont-Ferrand",
        departement="63",
        website="",
        summary=T(
            "AUSI rassemble les associations de solidarité internationale d'Auvergne. Elle "
            "relaie le réseau dans le Cantal, la Haute-Loire et le Puy-de-Dôme.",
            "AUSI brings together the international solidarity associations of the Auvergne. "
            "It relays the network in the Cantal, the Haute-Loire and the Puy-de-Dôme.",
            "AUSI reúne a las asociaciones de solidaridad internacional de Auvernia. Es el "
            "relevo de la red en Cantal, Alto Loira y Puy-de-Dôme.",
        ),
        body=(
            T(
                "Le collectif organise des temps d'échange entre associations et des "
                "animations pour les jeunes et le grand public.",
                "The collective organises exchanges between associations and activities for "
                "young people and the general public.",
                "El colectivo organiza espacios de intercambio entre asociaciones y "
                "actividades para los jóvenes y el público en general.",
            ),
        ),
    ),
    Member(
        "Collectif des organisations de solidarité internationale issues des migrations",
        "COSIM",
        "Collectifs et réseaux",
        ("migrations", "solidarité internationale"),
        None,
        town="Lyon",
        departement="69",
        website="",
        summary=T(
            "Le COSIM Auvergne-Rhône-Alpes fédère des associations créées par des personnes "
            "issues des migrations, qui agissent pour le développement de leur région "
            "d'origine.",
            "COSIM Auvergne-Rhône-Alpes unites associations founded by people with a "
            "migration background, who work for the development of their home regions.",
            "El COSIM Auvergne-Rhône-Alpes federa asociaciones creadas por personas migrantes "
            "que actúan por el desarrollo de su región de origen.",
        ),
        body=(
            T(
                "Il renforce leurs compétences et les fait reconnaître comme des acteurs à "
                "part entière de la coopération.",
                "It builds up their skills and gets them recognised as full actors of cooperation.",
                "Refuerza sus competencias y logra que se las reconozca como actoras de pleno "
                "derecho de la cooperación.",
            ),
        ),
    ),
    Member(
        "Pays de Savoie solidaires",
        "",
        "Collectifs et réseaux",
        ("solidarité internationale", "jeunesse"),
        "73 74",
        town="Chambéry",
        departement="73",
        website="https://paysdesavoiesolidaires.org",
        summary=T(
            "Pays de Savoie solidaires conduit des coopérations durables entre les territoires "
            "savoyards et leurs partenaires, au Sénégal ou en Haïti, et relaie le réseau en "
            "Savoie et en Haute-Savoie.",
            "Pays de Savoie solidaires runs lasting partnerships between the Savoy territories "
            "and their partners, in Senegal or Haiti, and relays the network in the Savoie and "
            "the Haute-Savoie.",
            "Pays de Savoie solidaires lleva cooperaciones duraderas entre los territorios "
            "saboyanos y sus socios, en Senegal o Haití, y es el relevo de la red en Saboya y "
            "Alta Saboya.",
        ),
        body=(
            T(
                "Elle accompagne aussi les jeunes qui montent un projet solidaire, de l'idée "
                "jusqu'au retour.",
                "It also supports young people who set up a solidarity project, from the first "
                "idea to their return.",
                "También acompaña a los jóvenes que montan un proyecto solidario, desde la "
                "idea hasta el regreso.",
            ),
        ),
    ),
    Member(
        "Solicoop42",
        "",
        "Collectifs et réseaux",
        ("solidarité internationale", "jeunesse"),
        "42",
        town="Saint-Étienne",
        departement="42",
        website="",
        summary=T(
            "Solicoop42 réunit les acteurs de la solidarité internationale de la Loire et "
            "relaie le réseau dans ce département.",
            "Solicoop42 brings together the international solidarity actors of the Loire and "
            "relays the network in that département.",
            "Solicoop42 reúne a los actores de la solidaridad internacional de Loira y es el "
            "relevo de la red en ese departamento.",
        ),
        body=(
            T(
                "Rencontres, formations de proximité et animations dans les établissements "
                "scolaires : le collectif fait vivre la solidarité internationale près de chez "
                "vous.",
                "Meetings, local training and activities in schools: the collective keeps "
                "international solidarity alive close to home.",
                "Encuentros, formaciones de proximidad y actividades en los centros "
                "educativos: el colectivo da vida a la solidaridad internacional cerca de "
                "usted.",
            ),
        ),
    ),
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


@dataclass(frozen=True)
class Relay:
    """Where a relay organisation is and how to reach it: public facts only. A street we do
    not know is left out (postcode and town only); phone and e-mail likewise."""

    address: str
    postcode: str
    city: str
    latitude: str  # of its town, in decimal degrees
    longitude: str
    website: str = ""
    phone: str = ""
    email: str = ""


# By the name of the member that relays the network (Member.relay_departements).
RELAYS = {
    "Département de l'Allier": Relay(
        "Hôtel du Département\n1 avenue Victor-Hugo",
        "03000",
        "Moulins",
        "46.56590",
        "3.33290",
        website="https://www.allier.fr",
    ),
    "Ardèche Drôme Ouro Sogui Sénégal": Relay(
        "",
        "26500",
        "Bourg-lès-Valence",
        "44.94800",
        "4.89420",
        website="https://www.ados-association.org",
    ),
    "Auvergne Solidarités Internationale": Relay(
        "", "63000", "Clermont-Ferrand", "45.77720", "3.08700"
    ),
    "Pays de Savoie solidaires": Relay(
        "",
        "73000",
        "Chambéry",
        "45.56460",
        "5.91780",
        website="https://paysdesavoiesolidaires.org",
    ),
    "Solicoop42": Relay("", "42000", "Saint-Étienne", "45.43970", "4.38720"),
}

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
BLOCKS_LINK = T(
    "Pour les rédacteurs : tous les blocs du site",
    "For editors: every block of the site",
    "Para los redactores: todos los bloques del sitio",
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
        "Logo d'exemple : des initiales dans une forme de couleur",
        "Example logo: initials in a coloured shape",
        "Logotipo de ejemplo: iniciales en una forma de color",
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


@dataclass(frozen=True)
class OfficeText:
    name: T
    address: str
    postcode: str
    city: str


# The network's two sites. Their street addresses are not among the facts we hold, so they
# are given by town (and postcode where the town has a single one).
OFFICES = [
    OfficeText(T("Siège, Lyon", "Head office, Lyon", "Sede, Lyon"), "", "", "Lyon"),
    OfficeText(
        T("Bureau de Clermont-Ferrand", "Clermont-Ferrand office", "Oficina de Clermont-Ferrand"),
        "",
        "63000",
        "Clermont-Ferrand",
    ),
]
BROCHURE_DOCUMENT = T(
    "Plaquette de présentation du réseau",
    "The network's presentation brochure",
    "Folleto de presentación de la red",
)
# The recording of the block library's audio block: three notes, made by the demo.
RECORDING_DOCUMENT = T("Carillon d'exemple", "Example chime", "Carillón de ejemplo")
# The brochure is the network's own document, in French (its source language); its texts
# are those of the site, so it says the same as the pages.
BROCHURE_SUBTITLE = T(
    "Réseau Auvergne-Rhône-Alpes d'appui à la coopération et à la solidarité internationale",
    "The Auvergne-Rhône-Alpes network supporting international cooperation and solidarity",
    "Red de Auvergne-Rhône-Alpes de apoyo a la cooperación y la solidaridad internacional",
)
BROCHURE_WHO = T(
    "Le réseau conseille les organisations de la région qui agissent avec des partenaires "
    "d'Afrique, d'Amérique du Sud, d'Asie et d'Europe de l'Est. Centre de ressources ouvert à "
    "tous les habitants, il joue le rôle d'un service public de la coopération internationale.",
    "The network advises the region's organisations that work with partners in Africa, South "
    "America, Asia and Eastern Europe. A resource centre open to every inhabitant, it acts as "
    "a public service of international cooperation.",
    "La red asesora a las organizaciones de la región que actúan con socios de África, "
    "América del Sur, Asia y Europa del Este. Centro de recursos abierto a todos los "
    "habitantes, desempeña el papel de un servicio público de la cooperación internacional.",
)
BROCHURE_NATIONAL = T(
    "Le réseau fait partie des réseaux régionaux multi-acteurs (RRMA) qui existent dans "
    "d'autres régions françaises, avec le soutien du ministère de l'Europe et des Affaires "
    "étrangères.",
    "The network is one of the regional multi-actor networks (RRMA) found in other French "
    "regions too, supported by the French ministry for Europe and foreign affairs.",
    "La red forma parte de las redes regionales multiactor (RRMA) que existen en otras "
    "regiones francesas, con el apoyo del ministerio francés de Europa y Asuntos Exteriores.",
)
BROCHURE_RELAYS = T(
    "Des organisations relaient ses activités dans les départements, en particulier auprès "
    "des jeunes :",
    "Organisations pass its activities on in the départements, to young people above all:",
    "Varias organizaciones acercan sus actividades a los departamentos, sobre todo a los jóvenes:",
)
BROCHURE_WHERE = T("Où nous trouver", "Where to find us", "Dónde encontrarnos")
