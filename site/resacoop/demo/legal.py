"""The demo's obligation pages and contact form, in French, English and Spanish.

The facts come from ``FACTS.md`` (a public-interest grouping, its head office in Lyon and its
office in Clermont-Ferrand); what it does not give (postal addresses, phone numbers, the
host, the data protection officer) is a placeholder that says so, never an invented
organisation. The accessibility statement describes a self-assessment of the demo by its
team, which is what a demo can honestly claim.
"""

import datetime
from decimal import Decimal

from django.db import transaction

from cms_blocks import examples
from resacoop.forms.models import FormField, FormPage
from resacoop.legal.models import (
    AccessibilityStatementPage,
    ConformanceStatus,
    LegalBasis,
    LegalNoticePage,
    PersonalDataPage,
    SitePlanPage,
)

from .texts import T

#: Placeholder addresses of the demo (example.org is reserved for examples).
CONTACT_EMAIL = "contact@example.org"
DPO_EMAIL = "dpo@example.org"

# The contact form -----------------------------------------------------------------------

FORM = T("Écrire au réseau", "Write to the network", "Escribir a la red")
FORM_SLUG = T("ecrire-au-reseau", "write-to-us", "escribanos")
FORM_INTRODUCTION = T(
    "Posez votre question ou présentez votre projet : un membre de l'équipe vous répond, "
    "en général sous une semaine.",
    "Ask your question or tell us about your project: someone from the team answers, "
    "usually within a week.",
    "Haga su pregunta o preséntenos su proyecto: alguien del equipo le responde, "
    "normalmente en una semana.",
)
FORM_SUBJECT = T(
    "Message reçu par le formulaire du site",
    "Message received through the site's form",
    "Mensaje recibido por el formulario del sitio",
)
FORM_THANKS = T(
    "Merci, votre message est bien parti. Nous vous répondons à l'adresse que vous avez donnée.",
    "Thank you, your message is on its way. We will answer at the address you gave.",
    "Gracias, su mensaje ha sido enviado. Le responderemos a la dirección que nos indicó.",
)
FORM_NOTICE = T(
    "Vos réponses ne servent qu'à vous répondre. Elles sont lues par l'équipe du réseau et "
    "gardées un an. La page « Données personnelles » dit comment exercer vos droits.",
    "Your answers are used only to reply to you. The network's team reads them and keeps "
    "them for a year. The “Personal data” page says how to exercise your rights.",
    "Sus respuestas solo sirven para contestarle. Las lee el equipo de la red y se conservan "
    "un año. La página «Datos personales» explica cómo ejercer sus derechos.",
)
FIELDS = [
    (T("Votre nom", "Your name", "Su nombre"), "singleline", True, None),
    (
        T("Votre adresse électronique", "Your e-mail address", "Su correo electrónico"),
        "email",
        True,
        None,
    ),
    (T("Objet", "Subject", "Asunto"), "singleline", True, None),
    (
        T("Votre message", "Your message", "Su mensaje"),
        "multiline",
        True,
        T(
            "5 000 caractères au plus.",
            "5,000 characters at most.",
            "5000 caracteres como máximo.",
        ),
    ),
    (
        T(
            "J'accepte que le réseau utilise ces informations pour me répondre",
            "I agree that the network uses this information to answer me",
            "Acepto que la red utilice estos datos para responderme",
        ),
        "checkbox",
        True,
        None,
    ),
]

# The accessibility statement -------------------------------------------------------------

STATEMENT = T(
    "Déclaration d'accessibilité", "Accessibility statement", "Declaración de accesibilidad"
)
STATEMENT_SLUG = T(
    "declaration-accessibilite", "accessibility-statement", "declaracion-accesibilidad"
)
STATEMENT_INTRODUCTION = T(
    "Le réseau, groupement d'intérêt public, s'engage à rendre son site accessible à tous, "
    "comme la loi le demande aux organismes publics.",
    "The network, a public-interest grouping, is committed to making its site accessible to "
    "everyone, as the law asks of public bodies.",
    "La red, agrupación de interés público, se compromete a que su sitio sea accesible para "
    "todos, como la ley exige a los organismos públicos.",
)
AUDITOR = T(
    "L'équipe du site (auto-évaluation de démonstration, pas un audit indépendant)",
    "The site's team (a demonstration self-assessment, not an independent audit)",
    "El equipo del sitio (autoevaluación de demostración, no una auditoría independiente)",
)
AUDITED_PAGES = T(
    "Accueil, à propos, contact et formulaire, missions, annuaire des membres et une page de "
    "membre, carte des relais, agenda et un événement, actualités, recherche, mentions "
    "légales, plan du site.",
    "Home, about, contact and form, missions, directory of members and one member's page, "
    "map of relays, agenda and one event, news, search, legal notices, site plan.",
    "Inicio, quiénes somos, contacto y formulario, misiones, directorio de miembros y la "
    "página de un miembro, mapa de relevos, agenda y un evento, noticias, búsqueda, aviso "
    "legal, mapa del sitio.",
)
AUDIT_METHOD = T(
    "Firefox et Chromium avec les lecteurs d'écran NVDA et Orca ; navigation au clavier seul ; "
    "tests automatiques axe-core et validateur HTML Nu.",
    "Firefox and Chromium with the NVDA and Orca screen readers; keyboard-only browsing; "
    "automated checks with axe-core and the Nu HTML checker.",
    "Firefox y Chromium con los lectores de pantalla NVDA y Orca; navegación solo con "
    "teclado; pruebas automáticas con axe-core y el validador HTML Nu.",
)
NON_CONFORMITIES = [
    T(
        "Des documents PDF envoyés par les membres ne sont pas balisés pour les lecteurs "
        "d'écran (critère 13.3).",
        "Some PDF documents sent by members are not tagged for screen readers (criterion 13.3).",
        "Algunos documentos PDF enviados por los miembros no están etiquetados para lectores "
        "de pantalla (criterio 13.3).",
    ),
    T(
        "Quelques images de la bibliothèque de médias n'ont pas encore de description "
        "(critère 1.2).",
        "A few images of the media library have no description yet (criterion 1.2).",
        "Algunas imágenes de la mediateca aún no tienen descripción (criterio 1.2).",
    ),
]
DEROGATIONS = [
    T(
        "Les vidéos des rencontres enregistrées avant 2024 n'ont pas de transcription : les "
        "faire transcrire coûterait plus que le budget annuel du site.",
        "Videos of meetings recorded before 2024 have no transcript: having them transcribed "
        "would cost more than the site's yearly budget.",
        "Los vídeos de los encuentros grabados antes de 2024 no tienen transcripción: "
        "transcribirlos costaría más que el presupuesto anual del sitio.",
    ),
]
EXEMPT = [
    T(
        "Les documents bureautiques publiés avant le 23 septembre 2018.",
        "Office documents published before 23 September 2018.",
        "Los documentos ofimáticos publicados antes del 23 de septiembre de 2018.",
    ),
    T(
        "Les sites des membres vers lesquels le site renvoie.",
        "The members' own sites that this site links to.",
        "Los sitios propios de los miembros a los que enlaza este sitio.",
    ),
]

# The legal notices -----------------------------------------------------------------------

NOTICES = T("Mentions légales", "Legal notices", "Aviso legal")
NOTICES_SLUG = T("mentions-legales", "legal-notices", "aviso-legal")
LEGAL_FORM = T(
    "Groupement d'intérêt public (GIP)",
    "Public-interest grouping (GIP, groupement d'intérêt public)",
    "Agrupación de interés público (GIP, groupement d'intérêt public)",
)
PUBLISHER_ADDRESS = T(
    "Siège à Lyon, bureau à Clermont-Ferrand : leurs adresses sont en pied de page.",
    "Head office in Lyon, office in Clermont-Ferrand: their addresses are in the footer.",
    "Sede en Lyon, oficina en Clermont-Ferrand: sus direcciones figuran al pie de página.",
)
DIRECTOR = T(
    "La présidence du groupement, élue pour deux ans par ses membres",
    "The chair of the grouping, elected for two years by its members",
    "La presidencia de la agrupación, elegida por dos años por sus miembros",
)
HOST_NAME = T(
    "Hébergeur à préciser (site de démonstration)",
    "Host to be given (demonstration site)",
    "Proveedor de alojamiento por indicar (sitio de demostración)",
)
HOST_ADDRESS = T(
    "Adresse de l'hébergeur à préciser.",
    "Host's address to be given.",
    "Dirección del proveedor por indicar.",
)
CREDITS = T(
    "Site construit avec les logiciels libres Wagtail et wagtail-localize. Contours du monde : "
    "@svg-maps/world (licence CC BY 4.0). Logos et illustrations de la démonstration dessinés "
    "par programme.",
    "Site built with the free software Wagtail and wagtail-localize. World outlines: "
    "@svg-maps/world (CC BY 4.0 licence). The demonstration's logos and pictures are drawn "
    "by a program.",
    "Sitio construido con los programas libres Wagtail y wagtail-localize. Contornos del "
    "mundo: @svg-maps/world (licencia CC BY 4.0). Los logotipos e ilustraciones de la "
    "demostración están dibujados por un programa.",
)

# The personal data page ------------------------------------------------------------------

DATA = T("Données personnelles", "Personal data", "Datos personales")
DATA_SLUG = T("donnees-personnelles", "personal-data", "datos-personales")
NOTICES_INTRODUCTION = T(
    "Qui publie ce site, qui en répond et qui l'héberge.",
    "Who publishes this site, who answers for it and who hosts it.",
    "Quién publica este sitio, quién responde de él y quién lo aloja.",
)
DATA_INTRODUCTION = T(
    "Ce que le site recueille sur vous, pourquoi, pour combien de temps, et vos droits.",
    "What the site collects about you, why, for how long, and your rights.",
    "Lo que el sitio recoge sobre usted, por qué, durante cuánto tiempo, y sus derechos.",
)
CONTROLLER = T(
    "RESACOOP, groupement d'intérêt public, siège à Lyon (adresse en pied de page).",
    "RESACOOP, a public-interest grouping, head office in Lyon (address in the footer).",
    "RESACOOP, agrupación de interés público, sede en Lyon (dirección al pie de página).",
)
PROCESSING = [
    (
        T(
            "Répondre aux messages du formulaire",
            "Answering the form's messages",
            "Responder a los mensajes del formulario",
        ),
        T(
            "Nom, adresse électronique, objet et message.",
            "Name, e-mail address, subject and message.",
            "Nombre, correo electrónico, asunto y mensaje.",
        ),
        LegalBasis.CONSENT,
        T(
            "Un an après notre dernière réponse",
            "One year after our last answer",
            "Un año después de nuestra última respuesta",
        ),
        T(
            "L'équipe technique du réseau",
            "The network's technical team",
            "El equipo técnico de la red",
        ),
    ),
    (
        T(
            "Inscrire aux rencontres et formations",
            "Registering people for meetings and trainings",
            "Inscribir en encuentros y formaciones",
        ),
        T(
            "Nom, organisation, adresse électronique.",
            "Name, organisation, e-mail address.",
            "Nombre, organización, correo electrónico.",
        ),
        LegalBasis.PUBLIC_TASK,
        T("Un an après l'événement", "One year after the event", "Un año después del evento"),
        T(
            "L'équipe du réseau et le membre qui coorganise",
            "The network's team and the co-organising member",
            "El equipo de la red y el miembro coorganizador",
        ),
    ),
    (
        T(
            "Gérer les comptes des relais",
            "Managing the relays' accounts",
            "Gestionar las cuentas de los relevos",
        ),
        T(
            "Nom, adresse électronique, connexions.",
            "Name, e-mail address, sign-ins.",
            "Nombre, correo electrónico, conexiones.",
        ),
        LegalBasis.PUBLIC_TASK,
        T(
            "Tant que le relais a accès au site, puis un an",
            "As long as the relay has access, then one year",
            "Mientras el relevo tenga acceso, y un año más",
        ),
        T(
            "Les administrateurs du site",
            "The site's administrators",
            "Los administradores del sitio",
        ),
    ),
]
RIGHTS_CONTACT = T(
    "Écrivez-nous par le formulaire de contact du site, ou par courrier au siège, à Lyon. "
    "Nous répondons dans le mois.",
    "Write to us through the site's contact form, or by post to the head office in Lyon. "
    "We answer within a month.",
    "Escríbanos por el formulario de contacto del sitio, o por correo postal a la sede, en "
    "Lyon. Respondemos en el plazo de un mes.",
)
DPO = T(
    f"Délégué à la protection des données : {DPO_EMAIL} (adresse de démonstration).",
    f"Data protection officer: {DPO_EMAIL} (demonstration address).",
    f"Delegado de protección de datos: {DPO_EMAIL} (dirección de demostración).",
)
COOKIES = T(
    "Le site ne dépose aucun cookie de mesure d'audience ni de publicité. Un cookie protège "
    "les formulaires contre la falsification de requêtes (un an au plus) ; les éditeurs "
    "connectés en ont un de session.",
    "The site sets no audience-measurement or advertising cookie. One cookie protects forms "
    "against request forgery (a year at most); editors who sign in get a session cookie.",
    "El sitio no instala ninguna cookie de medición de audiencia ni de publicidad. Una cookie "
    "protege los formularios contra la falsificación de peticiones (un año como máximo); los "
    "editores conectados reciben una cookie de sesión.",
)

# The site plan ---------------------------------------------------------------------------

PLAN = T("Plan du site", "Site plan", "Mapa del sitio")
PLAN_SLUG = T("plan-du-site", "site-plan", "mapa-del-sitio")
PLAN_INTRODUCTION = T(
    "Toutes les pages publiques du site, rangées comme ses rubriques.",
    "Every public page of the site, arranged like its sections.",
    "Todas las páginas públicas del sitio, ordenadas como sus secciones.",
)


def items(texts):
    return [("item", str(text)) for text in texts]


def build_legal(builder):
    """The contact form under the contact page and the four obligation pages under the home
    page, for ``DemoBuilder`` (``build.py``), once the contact page is translated.

    Returns the line the builder logs.
    """
    # Imported here: build.py imports this module.
    from .build import child, translate_page

    with transaction.atomic():
        form = child(
            builder.contact,
            FormPage,
            str(FORM_SLUG),
            title=str(FORM),
            introduction=str(FORM_INTRODUCTION),
            to_address=CONTACT_EMAIL,
            subject=str(FORM_SUBJECT),
            thank_you_text=str(FORM_THANKS),
            data_notice=str(FORM_NOTICE),
            form_fields=[
                FormField(
                    label=str(label),
                    field_type=kind,
                    required=required,
                    help_text=str(help_text or ""),
                )
                for label, kind, required, help_text in FIELDS
            ],
        )
        pages = [
            form,
            child(
                builder.home,
                AccessibilityStatementPage,
                str(STATEMENT_SLUG),
                title=str(STATEMENT),
                introduction=str(STATEMENT_INTRODUCTION),
                status=ConformanceStatus.PARTIAL,
                compliance_rate=Decimal("78"),
                audit_date=datetime.date(2026, 11, 16),
                auditor=str(AUDITOR),
                audited_pages=str(AUDITED_PAGES),
                audit_method=str(AUDIT_METHOD),
                non_conformities=items(NON_CONFORMITIES),
                derogations=items(DEROGATIONS),
                exempt_content=items(EXEMPT),
                contact_email=CONTACT_EMAIL,
                contact_page=form,
            ),
            child(
                builder.home,
                LegalNoticePage,
                str(NOTICES_SLUG),
                title=str(NOTICES),
                introduction=str(NOTICES_INTRODUCTION),
                publisher_name="RESACOOP",
                publisher_legal_form=str(LEGAL_FORM),
                publisher_address=str(PUBLISHER_ADDRESS),
                publisher_email=CONTACT_EMAIL,
                director=str(DIRECTOR),
                host_name=str(HOST_NAME),
                host_address=str(HOST_ADDRESS),
                credits=str(CREDITS),
            ),
            child(
                builder.home,
                PersonalDataPage,
                str(DATA_SLUG),
                title=str(DATA),
                introduction=str(DATA_INTRODUCTION),
                controller=str(CONTROLLER),
                processing=examples.as_stored(
                    PersonalDataPage.processing.field.stream_block,
                    [
                        {
                            "type": "processing",
                            "value": {
                                "purpose": str(purpose),
                                "data": str(data),
                                "legal_basis": str(basis),
                                "retention": str(retention),
                                "recipients": str(recipients),
                            },
                        }
                        for purpose, data, basis, retention, recipients in PROCESSING
                    ],
                ),
                rights_contact=str(RIGHTS_CONTACT),
                dpo_contact=str(DPO),
                cookies=str(COOKIES),
            ),
            child(
                builder.home,
                SitePlanPage,
                str(PLAN_SLUG),
                title=str(PLAN),
                introduction=str(PLAN_INTRODUCTION),
            ),
        ]
    # One transaction per page, as build_translations does (see there).
    for page in pages:
        with transaction.atomic():
            translate_page(page, builder.others)
    return f"{len(pages) - 1} obligation pages and a contact form"
