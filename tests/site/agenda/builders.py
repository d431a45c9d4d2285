"""Builders of the agenda's pages for its tests."""

import datetime

from django.utils import timezone
from django.utils.text import slugify

from cms_blocks import examples
from network_map.models import Audience


def make_agenda(home, **fields):
    from resacoop.agenda.models import AgendaIndexPage

    fields.setdefault("title", "Agenda")
    fields.setdefault("slug", "agenda")
    return home.add_child(instance=AgendaIndexPage(**fields))


def today():
    return timezone.localdate()


def make_event(parent, *, in_days=7, tags=(), audiences=(), publish=True, **fields):
    """An event under ``parent`` (an agenda or a relay's page), ``in_days`` from today,
    18:00 to 20:00 in Lyon unless told otherwise. ``audiences`` are French names."""
    from resacoop.agenda.models import EventPage

    fields.setdefault("title", "Rencontre du réseau")
    fields.setdefault("slug", slugify(fields["title"])[:50] or "evenement")
    fields.setdefault("start_date", today() + datetime.timedelta(days=in_days))
    if "start_time" not in fields and not fields.pop("all_day", False):
        fields["start_time"] = datetime.time(18, 0)
        fields.setdefault("end_time", datetime.time(20, 0))
    fields.setdefault("town", "Lyon")
    fields.setdefault("departement", "69")
    fields.setdefault("summary", "Une rencontre des acteurs de la coopération.")
    page = EventPage(**fields)
    added = examples.add_page(parent, page, tags=tags, publish=publish)
    if audiences:
        added.audiences.set(Audience.objects.filter(name__in=audiences, locale=added.locale))
        revision = added.save_revision()
        if publish:
            revision.publish()
        added = EventPage.objects.get(pk=added.pk)
    return added
