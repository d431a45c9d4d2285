"""The partner countries of the demo: their page in each language, and the countries of the
members and events that work with them.

Countries are public facts about the members: an organisation whose work abroad we are not
sure of has none. The demo's events are the demo's own; only the meeting that ADOS, whose
partners are in Senegal, holds as a relay names a country.
"""

from django.db import transaction
from wagtail_localize.models import TranslationSource

from resacoop.agenda.models import EventPage
from resacoop.countries.models import PartnerCountriesPage
from resacoop.members.models import MemberPage

from .texts import T

PARTNER_COUNTRIES = T("Pays partenaires", "Partner countries", "Países socios")
PARTNER_COUNTRIES_SLUG = T("pays-partenaires", "partner-countries", "paises-socios")
PARTNER_COUNTRIES_INTRODUCTION = T(
    "Les pays où les acteurs de la région travaillent avec des partenaires : pour chacun, les "
    "fiches d'expérience, les ressources, les rendez-vous et les membres qui s'y engagent.",
    "The countries where the region's actors work with partners: for each one, the experience "
    "sheets, the resources, the events and the members involved there.",
    "Los países donde los actores de la región trabajan con socios: para cada uno, las fichas "
    "de experiencia, los recursos, las citas y los miembros que participan allí.",
)

# By the French name of the member (texts.MEMBER_LIST): the countries where it works.
MEMBER_COUNTRIES = {
    # Ardèche Drôme Ouro Sogui Sénégal: its name says where.
    "Ardèche Drôme Ouro Sogui Sénégal": ["SN"],
    # Projects of family farming in Latin America, Africa and Asia.
    "Agronomes et vétérinaires sans frontières": [
        "BO",
        "EC",
        "GT",
        "HN",
        "HT",
        "KH",
        "LA",
        "MG",
        "ML",
        "MN",
        "PE",
        "SN",
        "TG",
    ],
    "Handicap International": [
        "BF",
        "CO",
        "HT",
        "KH",
        "LA",
        "LB",
        "MG",
        "ML",
        "NE",
        "NP",
        "RW",
        "SN",
    ],
    # Its training centre for Africa is in Dakar.
    "Institut Bioforce": ["SN"],
    # Evaluations and research on humanitarian action.
    "Groupe urgence réhabilitation développement": ["AF", "HT", "ML", "TD"],
    # Decentralised cooperation: Chambéry with Ouahigouya, Grenoble with Ouagadougou.
    "Ville de Chambéry": ["BF"],
    "Ville de Grenoble": ["BF"],
}

# By the French slug of the event (agenda.EVENTS).
EVENT_COUNTRIES = {"rencontre-porteurs-relais": ["SN"]}


def build_countries(builder):
    """The partner countries page of the demo, for ``DemoBuilder`` (``build.py``), after
    the agenda: the members and events it names are there and translated.

    Returns the line the builder logs.
    """
    # Imported here: build.py imports this module.
    from .build import section, translate_page

    with transaction.atomic():
        index = section(
            builder.home,
            PartnerCountriesPage,
            PARTNER_COUNTRIES_SLUG,
            PARTNER_COUNTRIES,
            PARTNER_COUNTRIES_INTRODUCTION,
        )
    with transaction.atomic():
        translate_page(index, builder.others)
    named = 0
    members = MemberPage.objects.filter(locale=builder.default)
    for name, codes in MEMBER_COUNTRIES.items():
        page = members.filter(title=name).first()
        if page is not None:
            set_countries(page, codes)
            named += 1
    events = EventPage.objects.filter(locale=builder.default)
    for slug, codes in EVENT_COUNTRIES.items():
        page = events.filter(slug=slug).first()
        if page is not None:
            set_countries(page, codes)
            named += 1
    return f"{named} pages name their partner countries"


def set_countries(page, codes):
    """Give ``page`` and its translations ``codes`` (a synchronised field), once.

    The translations are published with the source; wagtail-localize's copy of the source is
    brought up to date, so that a later synchronisation keeps them.
    """
    if sorted(str(code) for code in page.countries) == sorted(codes):
        return
    with transaction.atomic():
        for translation in page.get_translations(inclusive=True).specific():
            translation.countries = codes
            translation.save_revision().publish()
        source = TranslationSource.objects.get_for_instance_or_none(page)
        if source is not None:
            source.update_from_db()
