"""Coming events on other pages: the home page's block, relay pages and the map."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.core.cache import cache
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone
from wagtail.blocks import StreamValue

from resacoop.agenda.blocks import UpcomingEventsBlock
from resacoop.agenda.models import EventPage
from resacoop.agenda.upcoming import upcoming_events
from resacoop.middleware import page_cache
from resacoop.pages.blocks import SiteBodyBlock

from ..builders import make_map, make_relay
from .builders import make_event


def titles(html):
    soup = BeautifulSoup(html, "html.parser")
    return [a.get_text(strip=True) for a in soup.select(".upcoming-events .event-card__title a")]


def test_the_block_is_in_the_sites_library():
    assert isinstance(SiteBodyBlock().child_blocks["upcoming_events"], UpcomingEventsBlock)


def test_the_block_on_the_home_page(client, agenda, home_page):
    make_event(agenda, title="Plus tard", in_days=20)
    make_event(agenda, title="Bientôt", in_days=2)
    make_event(agenda, title="Passé", in_days=-2)
    make_event(agenda, title="Ailleurs", in_days=3, departement="63", town="Thiers")
    home_page.body = StreamValue(
        home_page.body.stream_block,
        [("upcoming_events", {"title": "À venir", "number": 2, "departement": ""})],
        is_lazy=False,
    )
    home_page.save_revision().publish()

    html = client.get(home_page.url).content.decode()

    assert titles(html) == ["Bientôt", "Ailleurs"]
    soup = BeautifulSoup(html, "html.parser")
    assert soup.select_one(".upcoming-events h2").get_text(strip=True) == "À venir"
    assert soup.select_one(f'.upcoming-events__more a[href="{agenda.url}"]')


def test_the_block_for_one_departement(agenda):
    make_event(agenda, title="Lyon", in_days=2)
    make_event(agenda, title="Thiers", in_days=3, departement="63", town="Thiers")

    html = UpcomingEventsBlock().render({"title": "", "number": 3, "departement": "63"})

    assert titles(html) == ["Thiers"]


def test_a_relay_page_lists_the_coming_events_of_its_departements(client, agenda, home_page):
    relay = make_relay(make_map(home_page), departements="26 07", title="Relais Drôme-Ardèche")
    make_event(agenda, title="À Valence", in_days=4, departement="26", town="Valence")
    make_event(relay, title="À Privas", in_days=2, departement="07", town="Privas")
    make_event(agenda, title="À Lyon", in_days=1)
    make_event(agenda, title="Passé à Valence", in_days=-4, departement="26", town="Valence")

    html = client.get(relay.url).content.decode()

    assert titles(html) == ["À Privas", "À Valence"]


def test_the_map_lists_the_events_of_its_region_or_of_the_chosen_departement(
    client, agenda, home_page
):
    map_page = make_map(home_page)
    make_event(agenda, title="À Valence", in_days=4, departement="26", town="Valence")
    make_event(agenda, title="À Lyon", in_days=1)
    make_event(agenda, title="À Paris", in_days=2, departement="75", town="Paris")

    assert titles(client.get(map_page.url).content) == ["À Lyon", "À Valence"]
    html = client.get(map_page.url, {"departement": "26"}).content
    assert titles(html) == ["À Valence"]
    soup = BeautifulSoup(html, "html.parser")
    assert soup.select_one(f'.upcoming-events__more a[href="{agenda.url}?departement=26"]')


def test_cached_lists_drop_an_event_once_it_has_ended(agenda):
    soon = make_event(agenda, title="Bientôt", in_days=1)
    make_event(agenda, title="Ensuite", in_days=3)
    before = soon.ends_at - datetime.timedelta(minutes=5)
    after = soon.ends_at + datetime.timedelta(seconds=1)

    first = upcoming_events(language="fr", now=before)["events"]
    later = upcoming_events(language="fr", now=after)["events"]

    assert [e.title for e in first] == ["Bientôt", "Ensuite"]
    assert [e.title for e in later] == ["Ensuite"]


def test_cached_lists_follow_a_publication(agenda):
    make_event(agenda, title="Bientôt", in_days=1)
    assert [e.title for e in upcoming_events(language="fr")["events"]] == ["Bientôt"]

    event = EventPage.objects.get(title="Bientôt")
    event.title = "Bientôt, renommé"
    event.save_revision().publish()

    assert [e.title for e in upcoming_events(language="fr")["events"]] == ["Bientôt, renommé"]
    cache.clear()


def test_the_blocks_preview_in_the_admin_shows_the_coming_events(admin_client, agenda):
    make_event(agenda, title="Bientôt", in_days=2)
    block = SiteBodyBlock().child_blocks["upcoming_events"]

    response = admin_client.get(
        reverse("wagtailadmin_block_preview"), {"id": block.definition_prefix}
    )

    assert response.status_code == 200
    assert titles(response.content) == ["Bientôt"]


def test_the_block_shows_twelve_events_at_most():
    block = UpcomingEventsBlock()

    with pytest.raises(ValidationError):
        block.clean(block.to_python({"title": "", "number": 13, "departement": ""}))


@pytest.fixture
def page_lifetimes(monkeypatch):
    """The lifetime of every page the page cache stores, by key."""
    stored = {}
    original_set = page_cache.cache.set

    def remember(key, value, timeout=None, **options):
        if key.startswith("resacoop:page:"):
            stored[key] = timeout
        return original_set(key, value, timeout, **options)

    monkeypatch.setattr(page_cache.cache, "set", remember)
    return stored


def test_a_page_showing_coming_events_is_cached_until_the_soonest_ends(
    client, agenda, home_page, settings, page_lifetimes
):
    settings.RESACOOP_PAGE_CACHE_TIMEOUT = 3600
    now = timezone.localtime()
    ends = now + datetime.timedelta(minutes=30)
    make_event(
        agenda,
        title="Se termine bientôt",
        start_date=now.date(),
        start_time=datetime.time(0, 0),
        end_date=ends.date(),
        end_time=ends.time().replace(microsecond=0),
    )
    home_page.body = StreamValue(
        home_page.body.stream_block,
        [("upcoming_events", {"title": "À venir", "number": 2, "departement": ""})],
        is_lazy=False,
    )
    home_page.save_revision().publish()

    response = client.get(home_page.url)

    assert "Se termine bientôt" in titles(response.content)
    assert response["X-Page-Cache"] == "miss"
    (lifetime,) = page_lifetimes.values()
    assert 0 < lifetime <= 30 * 60


def test_a_page_without_coming_events_is_cached_for_the_usual_time(
    client, home_page, settings, page_lifetimes
):
    settings.RESACOOP_PAGE_CACHE_TIMEOUT = 3600

    client.get(home_page.url)

    assert list(page_lifetimes.values()) == [3600]
