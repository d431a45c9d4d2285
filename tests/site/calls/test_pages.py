"""Where calls go, what a call's page shows open and closed, its translations, the sitemap
and the site's search."""

import datetime
import zoneinfo
from decimal import Decimal

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from django.utils import timezone, translation
from wagtail.test.utils import WagtailPageTestCase
from wagtail_localize.fields import SynchronizedField, get_translatable_fields

from resacoop.calls.models import CallIndexPage, CallPage
from resacoop.demo import site_setup
from resacoop.pages.models import HomePage, StandardPage

from ...html import injected_markup
from .builders import make_call


def soup_of(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


class TestWhereCallsGo(WagtailPageTestCase):
    def test_calls_only_under_their_index_under_a_home_page(self):
        self.assertAllowedParentPageTypes(CallPage, {CallIndexPage})
        self.assertAllowedSubpageTypes(CallIndexPage, {CallPage})
        self.assertAllowedParentPageTypes(CallIndexPage, {HomePage})
        self.assertCanNotCreateAt(StandardPage, CallPage)
        assert CallIndexPage.max_count_per_parent == 1


@pytest.fixture
def open_call(call_index, document):
    brussels = zoneinfo.ZoneInfo("Europe/Brussels")
    day = timezone.localdate() + datetime.timedelta(days=20)
    call = make_call(
        call_index,
        title="Programme européen de coopération",
        deadline=datetime.datetime.combine(day, datetime.time(17), tzinfo=brussels),
        deadline_timezone="Europe/Brussels",
        funder_name="Un programme européen",
        funder_url="https://funder.example.org/",
        call_url="https://funder.example.org/call",
        amount_min=Decimal("5000"),
        amount_max=Decimal("20000.50"),
        amount_total=Decimal("1000000"),
        eligibility="Associations de la région\navec un partenaire à l'étranger",
        countries=["SN", "BF"],
        tags=["jeunesse"],
    )
    call.documents.create(document=document)
    call.save_revision().publish()
    return call


def test_an_open_call_shows_its_deadline_in_its_zone_and_how_to_apply(client, open_call):
    soup = soup_of(client.get(open_call.url))

    notice = soup.select_one(".call-notice--open")
    time = notice.select_one("time")
    assert time["datetime"].startswith(f"{open_call.deadline_local.date().isoformat()}T17:00:00")
    assert "17:00 (UTC+0" in time.get_text()  # Brussels: UTC+01:00 or +02:00, as Paris
    assert notice.select_one(".call-countdown").get_text(strip=True)
    apply = soup.select_one(".call-apply a")
    assert apply["href"] == "https://funder.example.org/call"
    facts = soup.select_one(".call-facts").get_text(" ", strip=True)
    assert "5 000 EUR" in facts.replace("\xa0", " ")
    assert "20 000,50 EUR" in facts.replace("\xa0", " ")
    assert "1 000 000 EUR" in facts.replace("\xa0", " ")
    assert "Sénégal" in facts and "Burkina Faso" in facts
    assert soup.select_one('.call-facts a[href="https://funder.example.org/"]')
    assert soup.select_one(".call-facts dd br")  # who may apply, line by line
    assert soup.select_one(".call-documents a")["href"].startswith("/documents/")
    assert soup.select_one(".page-tags .tag").get_text(strip=True) == "jeunesse"
    assert soup.select('script[type="application/ld+json"]') == []


def test_a_closed_call_says_so_and_no_longer_offers_to_apply(client, call_index):
    call = make_call(
        call_index, title="Appel clos", in_days=-3, call_url="https://funder.example.org/c"
    )

    soup = soup_of(client.get(call.url))

    assert soup.select_one(".call-notice--closed")
    assert soup.select_one(".call-notice--open") is None
    assert soup.select_one(".call-apply") is None
    assert soup.select_one(".call-countdown") is None
    # The call is still there to read, as a plain link among the facts.
    assert soup.select_one('.call-facts a[href="https://funder.example.org/c"]')
    assert soup.select_one(f'.call-notice--closed a[href="{call_index.url}"]')


def test_what_editors_type_is_escaped(client, call_index, xss_payloads):
    payload = xss_payloads[0]
    call = make_call(
        call_index,
        title=f"Appel {payload}"[:255],
        funder_name=payload[:200],
        summary=payload[:300],
        eligibility=payload[:1000],
    )

    for url in (call.url, call_index.url):
        response = client.get(url)
        assert response.status_code == 200
        assert injected_markup(response.content) == [], url


def test_fields_the_same_in_every_language_are_synchronised():
    fields = {
        field.field_name: field
        for field in get_translatable_fields(CallPage)
        if isinstance(field, SynchronizedField)
    }
    for name in (
        "deadline",
        "deadline_timezone",
        "amount_min",
        "amount_max",
        "amount_total",
        "currency",
        "countries",
        "funder_url",
        "call_url",
        "documents",
    ):
        assert name in fields, name
    translated = {field.field_name for field in get_translatable_fields(CallPage)} - set(fields)
    assert {"title", "summary", "funder_name", "eligibility", "body"} <= translated


def test_a_translation_keeps_the_deadline_and_countries(client, call_index, locales, run_on_commit):
    call = make_call(call_index, title="Appel traduit", countries=["MA"])
    for page in (call_index, call):
        run_on_commit(site_setup.ensure_translations, page, [locales["en"], locales["es"]])

    english = call.get_translation(locales["en"])
    assert english.deadline == call.deadline
    assert english.countries == call.countries
    soup = soup_of(client.get(english.url))
    assert "Morocco" in soup.select_one(".call-facts").get_text()


def test_calls_are_in_the_sitemap_and_the_search(client, open_call, call_index):
    sitemap = client.get("/sitemap.xml").content.decode()
    assert open_call.full_url in sitemap
    assert call_index.full_url in sitemap

    with translation.override("fr"):
        search = reverse("search")
    response = client.get(search, {"query": "européen"})
    assert open_call.url in response.content.decode()
