"""The demo site: complete, in three languages, every link working, the same after a rerun.

``load_demo`` commits page by page (wagtail-localize publishes translations when a
transaction commits), so these tests run outside a test transaction.
"""

import io
import re
from collections import deque
from io import StringIO
from urllib.parse import urlsplit

from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.urls import reverse
from django.utils.translation import override
from pypdf import PdfReader
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.models import Locale, Page, ReferenceIndex, Site

from network_map.departements import all_departements, unproject_box
from network_map.models import NetworkMapPage, RelayAccess, RelayOrganisationPage
from resacoop.agenda.models import AgendaIndexPage, EventPage
from resacoop.calls.models import CallIndexPage, CallPage
from resacoop.countries.models import PartnerCountriesPage
from resacoop.demo import texts
from resacoop.forms.models import FormPage
from resacoop.legal.models import (
    AccessibilityStatementPage,
    LegalNoticePage,
    PersonalDataPage,
    SitePlanPage,
)
from resacoop.members.models import MemberIndexPage, MemberPage
from resacoop.missions.models import MissionIndexPage, MissionPage
from resacoop.news.models import NewsIndexPage, NewsPage
from resacoop.pages.blocks import SiteBodyBlock
from resacoop.pages.models import HomePage, NetworkSettings, Office, StandardPage
from resacoop.resources.models import ResourceIndexPage, ResourcePage
from resacoop.tags.models import TagIndexPage

PAGE_TYPES = [
    HomePage,
    StandardPage,
    MissionIndexPage,
    MissionPage,
    MemberIndexPage,
    MemberPage,
    NetworkMapPage,
    RelayOrganisationPage,
    TagIndexPage,
    NewsIndexPage,
    NewsPage,
    AgendaIndexPage,
    EventPage,
    ResourceIndexPage,
    ResourcePage,
    PartnerCountriesPage,
    CallIndexPage,
    CallPage,
    FormPage,
    AccessibilityStatementPage,
    LegalNoticePage,
    PersonalDataPage,
    SitePlanPage,
]
LANGUAGES = ["fr", "en", "es"]


def load_demo(*options):
    output = StringIO()
    call_command("load_demo", *options, stdout=output)
    return output.getvalue()


def snapshot():
    """What a rerun must leave unchanged."""
    return {
        "pages per language": {
            locale.language_code: Page.objects.filter(locale=locale, depth__gt=1).count()
            for locale in Locale.objects.all()
        },
        "live pages": Page.objects.live().count(),
        "images": Image.objects.count(),
        "documents": Document.objects.count(),
        "accounts": get_user_model().objects.count(),
        "relay accesses": RelayAccess.objects.count(),
        "offices": Office.objects.count(),
        "titles": sorted(Page.objects.values_list("title", flat=True)),
    }


def crawl(client, language):
    """Every address reached from the home page of ``language`` by following links.

    Returns the pages seen, and the problems met: answers other than 200, and links to
    another language outside the language switcher.
    """
    start = f"/{language}/"
    seen, queue, problems = set(), deque([start]), []
    while queue:
        url = queue.popleft()
        if url in seen:
            continue
        seen.add(url)
        response = client.get(url)
        if response.status_code != 200:
            problems.append(f"{url}: {response.status_code}")
            continue
        if not response["Content-Type"].startswith("text/html"):
            continue
        soup = BeautifulSoup(response.content, "html.parser")
        for switcher in soup.select(".language-switcher"):
            switcher.decompose()
        for link in soup.select("a[href]"):
            address = urlsplit(link["href"])
            if address.netloc or not address.path.startswith("/"):
                continue  # another site, a mail address, a phone number
            if address.path.startswith(("/media/", "/static/")):
                continue  # files served by the web server, not by Django
            if address.path.startswith("/documents/"):
                queue.append(address.path)
                continue
            if not address.path.startswith(start):
                problems.append(f"{url} links to another language: {link['href']}")
                continue
            queue.append(address.path + (f"?{address.query}" if address.query else ""))
    return seen, problems


# The demo's longest checks, in two tests that pytest-xdist can run side by side: its pages
# (a crawl of each language), then loading it again.
def test_demo_is_complete_and_linked(client, demo, settings):
    # The demo and what load_demo printed making it (tests/site/demo_snapshot.py).
    output = demo.output

    assert f"{settings.WAGTAILADMIN_BASE_URL.rstrip('/')}/admin/" in output
    # One address, the site's own (canonical links and the sitemap use the same).
    assert set(re.findall(r"https?://[^/\s]+", output)) == {
        Site.objects.get(is_default_site=True).root_url
    }
    assert "relais-ados@example.org" in output
    first = snapshot()
    assert first["pages per language"] == {"fr": 93, "en": 93, "es": 93}

    for language in LANGUAGES:
        seen, problems = crawl(client, language)
        assert problems == []
        live = Page.objects.live().filter(locale__language_code=language, depth__gt=1)
        unreached = [page.url for page in live if page.url not in seen]
        assert unreached == []

    for page_type in PAGE_TYPES:
        for language in LANGUAGES:
            assert page_type.objects.live().filter(locale__language_code=language).exists(), (
                page_type,
                language,
            )
    used = set()
    for model in [HomePage, StandardPage]:
        for page in model.objects.filter(locale__language_code="fr"):
            used.update(block.block_type for block in page.body)
            used.update(
                child.block_type
                for block in page.body
                if block.block_type == "two_columns"
                for column in ("first", "second")
                for child in block.value[column]
            )
    assert set(SiteBodyBlock.base_blocks) - used == set()

    assert client.login(username="admin", password="demo-password")
    assert client.login(username="relais-ados@example.org", password="demo-password")
    ados = RelayOrganisationPage.objects.get(slug="ados", locale__language_code="fr")
    assert client.get(f"/admin/pages/{ados.pk}/edit/").status_code == 200


def test_demo_is_the_same_when_loaded_again(demo, settings, tmp_path):
    # Its own copy of the demo's files: --reset below deletes them.
    demo.copy_files(tmp_path / "media", settings)
    first = snapshot()
    assert first["pages per language"] == {"fr": 93, "en": 93, "es": 93}

    second_output = load_demo()
    assert snapshot() == first
    assert "Passwords unchanged" in second_output

    load_demo("--reset", "--password", "demo-password")
    assert snapshot() == first


def rich_text_blocks(body):
    return [str(block.value.source) for block in body if block.block_type == "paragraph"]


def test_the_site_search_finds_the_demo_and_the_admin_knows_where_its_media_are_used(client, demo):
    # load_demo fills both indexes once, at its end (resacoop/demo/indexes.py).
    ados = RelayOrganisationPage.objects.get(slug="ados", locale__language_code="fr")
    with override("fr"):
        response = client.get(reverse("search"), {"query": "Ouro Sogui"})
    assert ados.url in response.content.decode()

    brochure = Document.objects.get(title=str(texts.BROCHURE_DOCUMENT))
    assert ReferenceIndex.get_references_to(brochure).exists()


def test_demo_content_is_worth_reading(demo):
    specs = {member.name: member for member in texts.MEMBER_LIST}
    known = all_departements()

    # Members: a description, a town, a département and (where known) a website, the same
    # place in every language and the description translated.
    french = {page.title: page for page in MemberPage.objects.filter(locale__language_code="fr")}
    assert set(french) == set(specs)
    for name, page in french.items():
        spec = specs[name]
        description = " ".join([page.summary, *rich_text_blocks(page.body)])
        assert len(page.summary) > 80, name
        assert len(re.findall(r"[.!?](\s|<|$)", description)) >= 2, name  # sentences
        assert page.town == spec.town != ""
        assert page.departement in known, name
        assert page.website == spec.website
        for translation in page.get_translations():
            assert (translation.town, translation.departement, translation.website) == (
                page.town,
                page.departement,
                page.website,
            )
            assert translation.summary not in ("", page.summary), (name, translation.locale)
    assert sum(bool(page.website) for page in french.values()) >= 20
    assert sum(bool(page.body) for page in french.values()) >= 20

    # Missions: paragraphs, then the list of services, in each language.
    for language in LANGUAGES:
        missions = MissionPage.objects.filter(locale__language_code=language)
        assert missions.count() == 5
        for mission in missions:
            blocks = rich_text_blocks(mission.body)
            assert sum(html.startswith("<p>") for html in blocks) >= 2, mission
            lists = [html for html in blocks if html.startswith("<ul>")]
            assert len(lists) == 1 and lists[0].count("<li>") >= 4, mission
            assert "heading" in [block.block_type for block in mission.body]
    first = MissionPage.objects.get(locale__language_code="fr", order=1)
    english = first.get_translation(Locale.objects.get(language_code="en"))
    assert rich_text_blocks(english.body)[0] != rich_text_blocks(first.body)[0]

    # Mission pictograms: five different drawings.
    icons = [mission.icon for mission in MissionPage.objects.filter(locale__language_code="fr")]
    contents = set()
    for icon in icons:
        with icon.open_file() as file:
            contents.add(file.read())
    assert len(contents) == 5

    # Relays: on the map where their town is, within one of the départements they cover.
    relays = RelayOrganisationPage.objects.filter(locale__language_code="fr")
    assert relays.count() == 5
    for relay in relays:
        latitude, longitude = float(relay.latitude), float(relay.longitude)
        assert 44 < latitude < 47 and 2 < longitude < 7.2, relay.title
        boxes = [unproject_box(departement.bbox) for departement in relay.covered_departements()]
        assert any(
            south <= latitude <= north and west <= longitude <= east
            for south, west, north, east in boxes
        ), relay.title
        assert relay.city and relay.postcode, relay.title

    # The two offices, and the brochure: a real PDF whose size visitors are told.
    assert set(Office.objects.values_list("city", flat=True)) == {"Lyon", "Clermont-Ferrand"}
    network = NetworkSettings.objects.get()
    assert network.logo is not None
    document = network.brochure
    with document.open_file() as file:
        pdf = file.read()
    assert document.file_size == len(pdf) > 5_000
    reader = PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) >= 3
    assert "Nos cinq missions" in reader.pages[2].extract_text() + reader.pages[1].extract_text()

    # The page of examples: out of the menus and of search engines, in every language.
    for page in StandardPage.objects.filter(slug__in=["bibliotheque-de-blocs", "block-library"]):
        assert not page.show_in_menus
        assert page.hidden_from_search_engines
