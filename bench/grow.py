"""Grow the demo content ``GROW`` times (10 by default), for benchmarks at a larger size.

Copies, beside itself and published, every French member, relay organisation, news item
and event of the demo, ``GROW - 1`` times, so that listings, maps and searches have that
many times the items while each page shows what it did (the directory its 48 members a
page, the home page its chosen blocks). Run on a benchmark's database, never on a site:

    DATABASE_URL=... .venv/bin/python manage.py shell < bench/grow.py

``bench/run`` runs it when asked (``GROW=10 bench/run``).
"""

import os
import sys

from wagtail.models import Page

from network_map.models import RelayOrganisationPage
from resacoop.agenda.models import EventPage
from resacoop.members.models import MemberPage
from resacoop.news.models import NewsPage

factor = int(os.environ.get("GROW", "10"))
grown = {}
for model in (MemberPage, RelayOrganisationPage, NewsPage, EventPage):
    originals = list(
        model.objects.live().filter(locale__language_code="fr").exclude(slug__contains="-copie-")
    )
    for page in originals:
        parent = page.get_parent()
        for number in range(1, factor):
            page.copy(
                to=parent,
                update_attrs={
                    "slug": f"{page.slug[:40]}-copie-{number}",
                    "title": f"{page.title} ({number + 1})",
                },
                keep_live=True,
                copy_revisions=False,
                log_action=None,
                reset_translation_key=True,
            )
    grown[model.__name__] = model.objects.live().filter(locale__language_code="fr").count()
sys.stdout.write("grown: " + ", ".join(f"{name} {count}" for name, count in grown.items()) + "\n")
sys.stdout.write(f"pages: {Page.objects.count()}\n")
