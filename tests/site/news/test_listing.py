"""The list of news: order, filters kept in the address, pages, and what hostile visitors
type into its query string."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.utils import translation

from resacoop.news.listing import NEWS_PER_PAGE
from resacoop.news.models import NewsCategory

from ...html import injected_markup
from .builders import make_news, make_news_categories, make_news_index


def category(slug, language="fr"):
    return NewsCategory.objects.get(slug=slug, locale__language_code=language)


def listed(client, url, **query):
    """Titles of the news the index lists for ``query``, and the response."""
    response = client.get(url, query)
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    return [h2.get_text(strip=True) for h2 in soup.select(".news-card__title")], response


def french(message, **values):
    """``message`` as the French pages say it (in French once the catalogue has it)."""
    with translation.override("fr"):
        return translation.gettext(message) % values if values else translation.gettext(message)


def status_text(response):
    soup = BeautifulSoup(response.content, "html.parser")
    return soup.find(role="status").get_text(" ", strip=True)


@pytest.fixture
def index(home_page):
    make_news_categories()
    return make_news_index(home_page, introduction="Ce qui se passe dans le réseau.")


@pytest.fixture
def news(index):
    make_news(
        index,
        title="Journée régionale à Lyon",
        date=datetime.date(2026, 10, 8),
        category=category("vie-du-reseau"),
        tags=["jeunesse"],
    )
    make_news(
        index,
        title="Formation au montage de projets",
        date=datetime.date(2026, 3, 12),
        category=category("formations"),
        tags=["formation"],
    )
    make_news(
        index,
        title="Appel à projets jeunesse",
        date=datetime.date(2025, 11, 20),
        category=category("appels-a-projets"),
        tags=["jeunesse"],
    )
    make_news(index, title="Brouillon", date=datetime.date(2026, 11, 30), publish=False)
    return index


def test_news_are_listed_newest_first_by_their_date(client, news):
    titles, _response = listed(client, news.url)

    assert titles == [
        "Journée régionale à Lyon",
        "Formation au montage de projets",
        "Appel à projets jeunesse",
    ]


def test_the_date_shown_is_the_news_date_not_its_publication(client, news):
    _titles, response = listed(client, news.url)

    soup = BeautifulSoup(response.content, "html.parser")
    times = [time["datetime"] for time in soup.select(".news-card__meta time")]
    assert times == ["2026-10-08", "2026-03-12", "2025-11-20"]
    assert soup.select_one(".news-card__meta time").get_text() == "8 octobre 2026"


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({"category": "formations"}, ["Formation au montage de projets"]),
        ({"tag": "jeunesse"}, ["Journée régionale à Lyon", "Appel à projets jeunesse"]),
        ({"year": "2025"}, ["Appel à projets jeunesse"]),
        ({"year": "2026", "tag": "jeunesse"}, ["Journée régionale à Lyon"]),
        ({"category": "vie-du-reseau", "year": "2025"}, []),
    ],
)
def test_filters_by_category_tag_and_year(client, news, query, expected):
    titles, response = listed(client, news.url, **query)

    assert titles == expected
    soup = BeautifulSoup(response.content, "html.parser")
    for name, value in query.items():
        assert soup.select_one(f'[name="{name}"] option[selected]')["value"] == value


def test_filters_offer_the_years_and_tags_in_use(client, news):
    _titles, response = listed(client, news.url)

    soup = BeautifulSoup(response.content, "html.parser")
    years = [o["value"] for o in soup.select("#filter-year option") if o["value"]]
    tags = [o["value"] for o in soup.select("#filter-tag option") if o["value"]]
    assert years == ["2026", "2025"]  # not the draft's
    assert tags == ["formation", "jeunesse"]


def test_pages_past_the_first_keep_the_filters_in_their_links(client, index):
    for number in range(NEWS_PER_PAGE + 2):
        make_news(
            index,
            title=f"Actualité {number:02d}",
            date=datetime.date(2026, 1, 1) + datetime.timedelta(days=number),
            tags=["jeunesse"],
        )

    first, response = listed(client, index.url, tag="jeunesse")
    second, second_response = listed(client, index.url, tag="jeunesse", page="2")

    assert len(first) == NEWS_PER_PAGE and first[0] == f"Actualité {NEWS_PER_PAGE + 1:02d}"
    assert second == ["Actualité 01", "Actualité 00"]
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.select_one("a[rel=next]")["href"] == f"{index.url}?tag=jeunesse&page=2"
    soup = BeautifulSoup(second_response.content, "html.parser")
    assert soup.select_one("a[rel=prev]")["href"] == f"{index.url}?tag=jeunesse"


@pytest.mark.parametrize(
    "query",
    [
        {"category": "inconnue"},
        {"tag": "inconnu"},
        {"year": "99999"},
        {"year": "1850"},
        {"year": "abc"},
        {"year": "-2026"},
        {"year": "2026\x00"},
        {"category": "a'b\"<c>"},
        {"category": "x" * 5000},
        {"tag": "\x00"},
        {"tag": "jeun%00esse"},
    ],
)
def test_unknown_or_malformed_filter_gives_no_news_and_a_message(client, news, query):
    titles, response = listed(client, news.url, **query)

    assert titles == []
    status = status_text(response)
    value = next(iter(query.values()))
    expected = {
        "category": french("There is no news category “%(value)s”.", value=value),
        "tag": french("No news is tagged “%(value)s”.", value=value),
        "year": value.isdigit() and french("There is no news from %(year)s.", year=int(value)),
    }[next(iter(query))]
    assert french("This filter is not valid.") in status or expected in status
    html = response.content.decode()
    assert "\x00" not in html
    # Repeated in the head's og:url only, as every listing's address is (escaped).
    assert "x" * 200 not in BeautifulSoup(html, "html.parser").main.decode()
    assert injected_markup(html) == []


@pytest.mark.parametrize("page", ["-1", "abc", "0", "999", "1.5", "", "9" * 5000, "\x00"])
def test_bad_page_numbers_still_list_news(client, news, page):
    titles, response = listed(client, news.url, page=page)

    assert len(titles) == 3
    assert "\x00" not in response.content.decode()


@pytest.mark.parametrize("parameter", ["category", "tag", "year", "page"])
def test_hostile_query_values_are_never_echoed(client, news, xss_payloads, parameter):
    for payload in xss_payloads:
        response = client.get(news.url, {parameter: payload})

        assert response.status_code == 200, payload
        html = response.content.decode()
        assert injected_markup(html) == [], payload
        if "<" in payload:
            assert payload not in html, payload


def test_hostile_text_in_news_fields_is_escaped(client, index, xss_payloads):
    for number, payload in enumerate(xss_payloads):
        item = make_news(
            index,
            title=f"{payload} {number}",
            slug=f"actualite-{number}",
            summary=payload,
            tags=[payload[:90]],
        )
        for url in [item.url, index.url]:
            html = client.get(url).content.decode()
            assert injected_markup(html) == [], (url, payload)


def test_english_index_filters_by_english_category_slugs(client, news, locales, run_on_commit):
    from resacoop.demo import site_setup
    from resacoop.news.models import NewsPage

    for item in NewsPage.objects.live():
        run_on_commit(site_setup.ensure_translations, item, [locales["en"]])
    english = news.get_translation(locales["en"])

    titles, response = listed(client, english.url, category="trainings")

    assert titles == ["Formation au montage de projets"]
    html = response.content.decode()
    assert '<option value="trainings" selected>Trainings</option>' in html
    assert "1 news item" in status_text(response)


def test_french_index_says_what_it_could_not_filter_in_french(client, news):
    """Needs the French catalogue of the news (PO fragments of #18)."""
    _titles, response = listed(client, news.url, category="inconnue")

    status = status_text(response)
    assert "Il n’y a pas de catégorie d’actualités « inconnue »." in status
    assert "0 actualité" in status
