"""The demo's agenda: events in three languages, dated from the day it is loaded."""

from bs4 import BeautifulSoup
from django.utils import timezone

from network_map.models import RelayOrganisationPage
from resacoop.agenda.models import AgendaIndexPage, EventPage
from resacoop.demo.agenda import EVENTS
from resacoop.pages.models import HomePage

LANGUAGES = ["fr", "en", "es"]


def test_the_demo_has_an_agenda_in_every_language(client, demo):
    now = timezone.now()
    for language in LANGUAGES:
        events = EventPage.objects.live().filter(locale__language_code=language)
        assert events.count() == len(EVENTS) >= 10
        assert events.filter(ends_at__lte=now).count() >= 2
        assert events.filter(ends_at__gt=now).count() >= 5
        assert events.filter(status="cancelled").exists()
        assert events.filter(status__in=["postponed", "moved_online"]).count() >= 2
        assert events.values("departement").distinct().count() >= 6
        assert events.exclude(online_url="").exists()
        under_relays = [
            e for e in events if isinstance(e.get_parent().specific, RelayOrganisationPage)
        ]
        assert len(under_relays) == 2

    french = EventPage.objects.get(locale__language_code="fr", slug="journee-regionale")
    english = french.get_translation(french.locale.__class__.objects.get(language_code="en"))
    assert english.title == "Regional day of international solidarity"

    # The agenda is in the menu, and its coming events on the home page.
    for language in LANGUAGES:
        home = HomePage.objects.get(locale__language_code=language)
        agenda = AgendaIndexPage.objects.get(locale__language_code=language)

        soup = BeautifulSoup(client.get(home.url).content, "html.parser")

        assert soup.select_one(f'header a[href="{agenda.url}"]')
        cards = soup.select(".upcoming-events .event-card")
        assert len(cards) == 3
        for url in (agenda.url, agenda.url + "archive/", agenda.url + "ical/"):
            assert client.get(url).status_code == 200

    # Every event of the demo answers, with its calendar file, in every language.
    for event in EventPage.objects.live():
        assert client.get(event.url).status_code == 200, event.url
        assert client.get(event.url + "ical/").status_code == 200, event.url
