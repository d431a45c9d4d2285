"""Builders of the obligation pages for the tests, each with what its type requires."""

import datetime
from decimal import Decimal

from cms_blocks import examples
from resacoop.legal.models import (
    AccessibilityStatementPage,
    LegalNoticePage,
    PersonalDataPage,
    SitePlanPage,
)


def make_statement(home, **fields):
    fields.setdefault("title", "Déclaration d'accessibilité")
    fields.setdefault("slug", "accessibilite")
    fields.setdefault("status", "partial")
    fields.setdefault("compliance_rate", Decimal("78"))
    fields.setdefault("audit_date", datetime.date(2026, 11, 16))
    fields.setdefault("auditor", "L'équipe du site")
    fields.setdefault("non_conformities", [("item", "Des PDF non balisés (critère 13.3).")])
    fields.setdefault("contact_email", "accessibilite@example.org")
    return examples.add_page(home, AccessibilityStatementPage(**fields))


def make_notices(home, **fields):
    fields.setdefault("title", "Mentions légales")
    fields.setdefault("slug", "mentions-legales")
    fields.setdefault("publisher_name", "RESACOOP")
    fields.setdefault("publisher_legal_form", "Groupement d'intérêt public (GIP)")
    fields.setdefault("publisher_address", "Lyon")
    fields.setdefault("publisher_email", "contact@example.org")
    fields.setdefault("director", "La présidence du groupement")
    fields.setdefault("host_name", "Hébergeur")
    fields.setdefault("host_address", "Adresse de l'hébergeur")
    return examples.add_page(home, LegalNoticePage(**fields))


def make_personal_data(home, **fields):
    fields.setdefault("title", "Données personnelles")
    fields.setdefault("slug", "donnees-personnelles")
    fields.setdefault("controller", "RESACOOP, Lyon")
    fields.setdefault(
        "processing",
        [
            (
                "processing",
                {
                    "purpose": "Répondre aux messages",
                    "data": "Nom, adresse électronique",
                    "legal_basis": "consent",
                    "retention": "Un an",
                    "recipients": "L'équipe",
                },
            )
        ],
    )
    fields.setdefault("rights_contact", "Écrivez-nous.")
    fields.setdefault("dpo_contact", "dpo@example.org")
    return examples.add_page(home, PersonalDataPage(**fields))


def make_site_plan(home, **fields):
    fields.setdefault("title", "Plan du site")
    fields.setdefault("slug", "plan-du-site")
    return examples.add_page(home, SitePlanPage(**fields))
