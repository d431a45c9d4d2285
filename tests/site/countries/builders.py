"""Builders of the partner countries' pages and of content that names countries."""

from django.db import transaction
from django.test import TestCase
from wagtail.models import Locale

from cms_blocks.translation import ensure_translations
from resacoop.demo import site_setup

from ..agenda.builders import make_agenda, make_event
from ..builders import make_member, make_member_index
from ..resources.builders import make_resource, make_resource_index


def make_partner_countries_page(home, **fields):
    from resacoop.countries.models import PartnerCountriesPage

    fields.setdefault("title", "Pays partenaires")
    fields.setdefault("slug", "pays-partenaires")
    fields.setdefault("introduction", "Les pays où les acteurs de la région ont des partenaires.")
    return home.add_child(instance=PartnerCountriesPage(**fields))


def build_world(home, *, scale=1, translate=True):
    """Partner countries in French (and, translated, in English and Spanish).

    Senegal: two experience sheets, a guide, two members and an event; Mali: a guide and a
    member; Burkina Faso: an event, only in French. ``scale`` multiplies them all (for the
    query counts).
    """
    found = {"countries": make_partner_countries_page(home)}
    directory = make_member_index(home)
    agenda = make_agenda(home)
    resources = make_resource_index(home)
    found["directory"], found["agenda"], found["resources"] = directory, agenda, resources
    members, events, documents = [], [], []
    for number in range(scale):
        suffix = f" {number}" if number else ""
        for index, countries in enumerate([["SN"], ["SN", "ML"]]):
            documents.append(
                make_resource(
                    resources,
                    title=f"Fiche d'expérience {index}{suffix}",
                    slug=f"experience-{index}-{number}",
                    kind="experience",
                    countries=["SN"],
                )
            )
            documents.append(
                make_resource(
                    resources,
                    title=f"Guide {index}{suffix}",
                    slug=f"guide-{index}-{number}",
                    countries=countries[1:] or ["SN"],
                )
            )
        members.append(
            make_member(directory, title=f"ADOS{suffix}", slug=f"ados{number}", countries=["SN"])
        )
        members.append(
            make_member(
                directory,
                title=f"AVSF{suffix}",
                slug=f"avsf{number}",
                countries=["SN", "ML"],
            )
        )
        events.append(
            make_event(
                agenda,
                title=f"Rencontre Sénégal{suffix}",
                slug=f"rencontre-senegal{number}",
                countries=["SN"],
            )
        )
    found["members"], found["events"], found["documents"] = members, events, documents
    if translate:
        others = list(Locale.objects.exclude(language_code="fr"))
        with TestCase.captureOnCommitCallbacks(execute=True):
            pages = [found["countries"], directory, agenda, resources]
            for page in [*pages, *members, *events, *documents]:
                ensure_translations(page, others)
    # Only in French: Burkina Faso is a partner country in French alone.
    found["burkina"] = make_event(
        agenda, title="Journée Burkina Faso", slug="journee-burkina", countries=["BF"]
    )
    return found


def module_world(django_db_blocker, **options):
    """``build_world`` once for a module, in a transaction rolled back at its end."""
    with django_db_blocker.unblock(), transaction.atomic():
        home = site_setup.setup_site()
        yield {"home": home, **build_world(home, **options)}
        transaction.set_rollback(True)


def first_country_page(language):
    """The address of the first partner country's page in ``language`` (by code), or None:
    the generated page that the demo's audits (axe, the Nu checker, Lighthouse) read."""
    from resacoop.countries.models import PartnerCountriesPage
    from resacoop.countries.partners import partner_countries

    page = (
        PartnerCountriesPage.objects.live()
        .filter(locale__language_code=language)
        .order_by("path")
        .first()
    )
    codes = sorted(partner_countries(language))
    if page is None or not codes:
        return None
    return page.url + page.reverse_subpage("country", args=[codes[0].lower()])
