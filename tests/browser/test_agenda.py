"""The agenda in a browser: no accessibility violation on the list, the archive, an event's
page and the home page's coming events; the filters used with the keyboard alone."""

import datetime

import pytest

from cms_blocks import examples
from resacoop.pages.blocks import SiteBodyBlock

from ..site.agenda.builders import make_agenda, make_event, today
from ..site.builders import make_map, make_relay

pytestmark = pytest.mark.browser


@pytest.fixture
def agenda(media_files, home_page, image):
    """An agenda of coming and past events, one with a picture, one cancelled, one proposed by
    a relay; the coming events on the home page."""
    index = make_agenda(home_page, introduction="Les rendez-vous du réseau.")
    relay = make_relay(make_map(home_page), departements="63", title="Relais du Puy-de-Dôme")
    event = make_event(
        index,
        title="Journée régionale",
        in_days=10,
        image=image,
        venue="Salle des congrès",
        postcode="69001",
        online_url="https://visio.example.org/journee",
        registration_url="https://inscriptions.example.org/journee",
        registration_deadline=None,
        admission="free",
        tags=["jeunesse"],
        audiences=["Jeunes"],
        body=examples.as_stored(
            SiteBodyBlock(), [{"type": "paragraph", "value": "<p>Ateliers et échanges.</p>"}]
        ),
    )
    make_event(
        index, title="Café-débat", in_days=3, status="cancelled", departement="26", town="Valence"
    )
    make_event(
        relay,
        title="Atelier du relais",
        in_days=5,
        departement="63",
        town="Clermont-Ferrand",
        all_day=True,
        end_date=today() + datetime.timedelta(days=6),
    )
    make_event(index, title="Rencontre passée", in_days=-12, departement="38", town="Grenoble")
    home_page.body = examples.as_stored(
        SiteBodyBlock(),
        [{"type": "upcoming_events", "value": {"title": "", "number": 3, "departement": ""}}],
    )
    home_page.save_revision().publish()
    return {"index": index, "event": event, "home": home_page, "relay": relay}


# One test for all of them: making the agenda is most of its time.
def test_agenda_pages_have_no_accessibility_violation(page, audit, live_server, agenda):
    from resacoop.agenda.models import EventPage

    urls = [
        agenda["index"].url,
        agenda["index"].url + "archive/",
        agenda["event"].url,
        agenda["home"].url,
        agenda["relay"].url,
        EventPage.objects.get(title="Café-débat").url,  # cancelled
    ]
    violations = {}
    for url in urls:
        page.goto(live_server.url + url)
        assert page.locator(".event-card, .event-facts").count() > 0, url
        if found := audit():
            violations[url] = found

    assert violations == {}


def test_a_filtered_agenda_with_a_message_has_no_violation(page, audit, live_server, agenda):
    page.goto(f"{live_server.url}{agenda['index'].url}?month=2026-13")

    assert page.get_by_role("status").count() == 1
    assert audit() == []


def test_filters_work_with_the_keyboard(page, live_server, agenda):
    page.goto(live_server.url + agenda["index"].url)

    page.locator("#filter-departement").focus()
    # The options are in INSEE order: 26 (Drôme), 63 (Puy-de-Dôme), 69 (Rhône).
    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowDown")
    for _field in range(4):  # month, theme, audience, then the button
        page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.type") == "submit"
    with page.expect_navigation():
        page.keyboard.press("Enter")

    assert "departement=63" in page.url
    assert page.locator(".event-card__title a").all_inner_texts() == ["Atelier du relais"]
    assert page.locator("#filter-departement").input_value() == "63"
