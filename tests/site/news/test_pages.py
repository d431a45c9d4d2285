"""News pages: where editors add them, what a news page shows, its JSON-LD and its head, the
latest-news block, and what each costs in queries."""

import datetime
import json

import pytest
from bs4 import BeautifulSoup
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, streamfield

from cms_blocks import examples
from resacoop.demo import site_setup
from resacoop.news.models import NewsCategory, NewsIndexPage, NewsPage
from resacoop.pages.blocks import SiteBodyBlock
from resacoop.pages.models import HomePage, StandardPage

from ..builders import make_map, make_member, make_member_index, make_relay, make_tag_index
from .builders import make_news, make_news_categories, make_news_index

ROOT = "http://testserver"


def category(slug, language="fr"):
    return NewsCategory.objects.get(slug=slug, locale__language_code=language)


@pytest.fixture
def index(home_page):
    make_news_categories()
    return make_news_index(home_page, introduction="Ce qui se passe dans le réseau.")


def soup_of(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


# Where news go, and the editor's form ---------------------------------------------------------


class TestNewsPageRules(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = site_setup.setup_site()
        make_news_categories()

    def setUp(self):
        super().setUp()
        self.login()

    def test_news_only_under_the_news_index(self):
        self.assertAllowedParentPageTypes(NewsPage, {NewsIndexPage})
        self.assertAllowedSubpageTypes(NewsIndexPage, {NewsPage})
        self.assertCanNotCreateAt(StandardPage, NewsPage)
        self.assertCanNotCreateAt(HomePage, NewsPage)

    def test_one_news_index_per_language_tree(self):
        self.assertCanCreateAt(HomePage, NewsIndexPage)
        self.assertTrue(NewsIndexPage.can_create_at(self.home))
        make_news_index(self.home)
        self.assertFalse(NewsIndexPage.can_create_at(self.home))

    def test_editor_adds_a_news_item(self):
        index = make_news_index(self.home)
        self.assertCanCreate(
            index,
            NewsPage,
            nested_form_data(
                {
                    "title": "Journée régionale",
                    "slug": "journee-regionale",
                    "date": "2026-10-08",
                    "category": str(category("vie-du-reseau").pk),
                    "summary": "Les acteurs de la région réunis à Lyon.",
                    "body": streamfield([]),
                    "related_members": streamfield([]),
                    "related_relays": streamfield([]),
                    "tags": "jeunesse",
                }
            ),
        )
        news = NewsPage.objects.get(slug="journee-regionale")
        self.assertEqual(news.date, datetime.date(2026, 10, 8))
        self.assertEqual([tag.name for tag in news.tags.all()], ["jeunesse"])

    def test_the_date_defaults_to_today(self):
        index = make_news_index(self.home)
        response = self.client.get(
            reverse("wagtailadmin_pages:add", args=("news", "newspage", index.pk))
        )
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response.context["form"]["date"].value(), timezone.localdate())

    def test_a_summary_is_required(self):
        index = make_news_index(self.home)
        response = self.client.post(
            reverse("wagtailadmin_pages:add", args=("news", "newspage", index.pk)),
            nested_form_data(
                {
                    "title": "Sans résumé",
                    "slug": "sans-resume",
                    "date": "2026-10-08",
                    "summary": "",
                    "body": streamfield([]),
                    "related_members": streamfield([]),
                    "related_relays": streamfield([]),
                    "action-publish": "action-publish",
                }
            ),
        )
        self.assertEqual(response.status_code, 200)
        self.assertIn("summary", response.context["form"].errors)
        self.assertFalse(NewsPage.objects.filter(slug="sans-resume").exists())

    def test_categories_are_snippets_in_the_admin(self):
        response = self.client.get(reverse("wagtailsnippets_news_newscategory:list"))
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "Formations")


def test_admin_lists_news_with_their_date_and_category(admin_client, index):
    make_news(index, title="Journée régionale", category=category("vie-du-reseau"))

    response = admin_client.get("/admin/news_pages/")

    soup = soup_of(response)
    assert "Journée régionale" in soup.get_text()
    assert "Vie du réseau" in soup.select_one("tbody").get_text()


# A news page ----------------------------------------------------------------------------------


@pytest.fixture
def news_page(index, image):
    home = index.get_parent().specific
    directory = make_member_index(home)
    member = make_member(directory, title="Ville de Grenoble")
    relay = make_relay(make_map(home), title="ADOS", departements="07 26")
    make_tag_index(home)
    return make_news(
        index,
        title="Journée régionale de la coopération",
        date=datetime.date(2026, 10, 8),
        category=category("vie-du-reseau"),
        image=image,
        tags=["jeunesse"],
        summary="Les acteurs de la région réunis à Lyon.",
        body=[("paragraph", "<p>Le programme de la journée.</p>")],
        related_members=[("member", member)],
        related_relays=[("relay", relay)],
    )


def test_news_page_shows_its_date_category_summary_and_body(client, news_page):
    soup = soup_of(client.get(news_page.url))

    header = soup.select_one(".news-header")
    assert header.h1.get_text() == "Journée régionale de la coopération"
    assert header.time["datetime"] == "2026-10-08"
    assert header.time.get_text() == "8 octobre 2026"
    kicker = header.select_one(".page-header__kicker a")
    assert kicker.get_text() == "Vie du réseau"
    assert kicker["href"] == f"{news_page.get_parent().url}?category=vie-du-reseau"
    assert "Le programme de la journée." in soup.main.get_text()
    assert soup.select_one(".news-image img")["src"]
    tags = [a.get_text() for a in soup.select(".page-tags a")]
    assert tags == ["jeunesse"]


def test_related_members_and_relays_in_the_visitors_language(
    client, news_page, locales, run_on_commit
):
    member = news_page.related_members[0].value
    relay = news_page.related_relays[0].value
    english = {}
    for page in [member.get_parent(), member, relay.get_parent(), relay, news_page]:
        run_on_commit(site_setup.ensure_translations, page.specific, [locales["en"]])
    for page in [member, relay]:
        english[page.pk] = page.get_translation(locales["en"])

    french = soup_of(client.get(news_page.url))
    english_soup = soup_of(client.get(news_page.get_translation(locales["en"]).url))

    assert [a["href"] for a in french.select(".related a")] == [member.url, relay.url]
    assert [a["href"] for a in english_soup.select(".related a")] == [
        english[member.pk].url,
        english[relay.pk].url,
    ]
    headings = [h2.get_text() for h2 in english_soup.select(".related h2")]
    assert headings == ["Members concerned", "Relay organisations concerned"]


def test_unpublished_related_member_is_left_out(client, news_page):
    member = news_page.related_members[0].value
    member.unpublish()

    soup = soup_of(client.get(news_page.url))

    assert [a.get_text() for a in soup.select(".related a")] == ["ADOS"]


def test_news_page_emits_news_article_json_ld(client, news_page, locales, run_on_commit):
    soup = soup_of(client.get(news_page.url))

    data = json.loads(soup.find("script", type="application/ld+json").string)
    assert data["@type"] == "NewsArticle"
    assert data["headline"] == "Journée régionale de la coopération"
    assert data["datePublished"] == "2026-10-08"
    assert (
        datetime.datetime.fromisoformat(data["dateModified"])
        == NewsPage.objects.get(pk=news_page.pk).last_published_at
    )
    assert data["inLanguage"] == "fr"
    assert data["url"] == f"{ROOT}{news_page.url}"
    assert data["publisher"] == {"@type": "Organization", "name": "RESACOOP", "url": f"{ROOT}/"}
    assert data["author"] == data["publisher"]
    assert data["image"][0].startswith(f"{ROOT}/media/")
    assert data["description"] == "Les acteurs de la région réunis à Lyon."

    run_on_commit(site_setup.ensure_translations, news_page.get_parent().specific, [locales["es"]])
    run_on_commit(site_setup.ensure_translations, news_page, [locales["es"]])
    spanish = soup_of(client.get(news_page.get_translation(locales["es"]).url))
    data = json.loads(spanish.find("script", type="application/ld+json").string)
    assert data["inLanguage"] == "es"
    assert data["datePublished"] == "2026-10-08"  # synchronised


def test_translation_keeps_the_date_and_takes_the_translated_category(
    index, locales, run_on_commit
):
    news = make_news(index, category=category("formations"), date=datetime.date(2026, 3, 12))
    run_on_commit(site_setup.ensure_translations, index, [locales["en"]])
    run_on_commit(site_setup.ensure_translations, news, [locales["en"]])

    english = news.get_translation(locales["en"])

    assert english.date == datetime.date(2026, 3, 12)
    assert english.category == category("trainings", "en")


def test_news_are_in_the_sitemap_with_their_translations(client, index, locales, run_on_commit):
    news = make_news(index, title="Journée régionale", slug="journee-regionale")
    run_on_commit(site_setup.ensure_translations, index, [locales["en"]])
    run_on_commit(site_setup.ensure_translations, news, [locales["en"]])

    sitemap = client.get("/sitemap.xml").content.decode()

    assert f"<loc>{ROOT}{news.url}</loc>" in sitemap
    assert f"<loc>{ROOT}{news.get_translation(locales['en']).url}</loc>" in sitemap
    assert f"<loc>{ROOT}{index.url}</loc>" in sitemap


def test_news_are_found_by_the_site_search(client, index):
    news = make_news(index, title="Université d'été", summary="Une semaine de formation.")

    response = client.get("/fr/recherche/", {"query": "université"})

    assert news.url in response.content.decode()


def test_news_pages_are_listed_on_their_tags_page(client, index):
    tags = make_tag_index(index.get_parent().specific)
    make_news(index, title="Appel à projets jeunesse", tags=["jeunesse"])

    html = client.get(f"{tags.url}jeunesse/").content.decode()

    assert "Appel à projets jeunesse" in html


# The head --------------------------------------------------------------------------------------


def head_of(response):
    soup = soup_of(response)
    canonical = soup.head.select("link[rel=canonical]")
    robots = soup.head.find("meta", attrs={"name": "robots"})
    og_url = soup.head.find("meta", attrs={"property": "og:url"})
    return {
        "canonical": canonical[0]["href"] if canonical else None,
        "robots": robots["content"] if robots else None,
        "alternates": {
            link["hreflang"]: link["href"] for link in soup.head.select("link[hreflang]")
        },
        "og_url": og_url["content"] if og_url else None,
    }


@pytest.fixture
def translated_index(index, locales, run_on_commit):
    news = make_news(index, title="Formation", category=category("formations"), tags=["jeunesse"])
    others = [locales["en"], locales["es"]]
    run_on_commit(site_setup.ensure_translations, index, others)
    run_on_commit(site_setup.ensure_translations, news, others)
    return index


def test_index_and_news_are_their_own_canonical_pages_with_hreflang(
    client, translated_index, locales
):
    news = NewsPage.objects.get(locale__language_code="fr")
    for page in [translated_index, news]:
        for language in ["fr", "en", "es"]:
            translation = page.get_translation(locales[language])
            head = head_of(client.get(translation.url))

            assert head["robots"] is None
            assert head["canonical"] == head["og_url"] == f"{ROOT}{translation.url}"
            assert head["alternates"] == {
                "fr": f"{ROOT}{page.url}",
                "en": f"{ROOT}{page.get_translation(locales['en']).url}",
                "es": f"{ROOT}{page.get_translation(locales['es']).url}",
                "x-default": f"{ROOT}{page.url}",
            }


@pytest.mark.parametrize(
    "query",
    ["?category=formations", "?tag=jeunesse", "?year=2026", "?category=inconnue", "?year=abc"],
)
def test_filtered_lists_are_not_indexed(client, translated_index, query):
    head = head_of(client.get(f"{translated_index.url}{query}"))

    assert head["robots"] == "noindex, follow"
    assert head["canonical"] is None and head["alternates"] == {}
    assert head["og_url"] == f"{ROOT}{translated_index.url}{query}"


@pytest.mark.parametrize("query", ["?utm_source=lettre", "?category=&tag=&year=", "?page=abc"])
def test_lists_showing_every_news_point_at_their_own_address(client, translated_index, query):
    head = head_of(client.get(f"{translated_index.url}{query}"))

    assert head["robots"] is None
    assert head["canonical"] == f"{ROOT}{translated_index.url}"
    assert set(head["alternates"]) == {"fr", "en", "es", "x-default"}


def test_pages_past_the_first_are_their_own_canonical_pages(client, index):
    for number in range(15):
        make_news(index, title=f"Actualité {number:02d}")

    second = head_of(client.get(f"{index.url}?page=2&utm_source=lettre"))

    assert second["robots"] is None
    assert second["canonical"] == second["og_url"] == f"{ROOT}{index.url}?page=2"
    assert second["alternates"] == {}


# The latest-news block ----------------------------------------------------------------------


def home_with_latest_news(home, count=3):
    home.body = examples.as_stored(
        SiteBodyBlock(),
        [{"type": "latest_news", "value": {"title": "", "count": count, "index": None}}],
    )
    home.save_revision().publish()
    return home


def test_latest_news_block_shows_the_newest_in_the_visitors_language(
    client, index, locales, run_on_commit
):
    home = index.get_parent().specific
    for day in range(1, 6):
        make_news(index, title=f"Actualité du {day} mai", date=datetime.date(2026, 5, day))
    make_news(index, title="Brouillon", date=datetime.date(2026, 5, 30), publish=False)
    home_with_latest_news(home)
    run_on_commit(site_setup.ensure_translations, index, [locales["en"]])
    newest = NewsPage.objects.live().get(title="Actualité du 5 mai")
    run_on_commit(site_setup.ensure_translations, newest, [locales["en"]])
    english_newest = newest.get_translation(locales["en"])
    english_newest.title = "News of 5 May"
    english_newest.save_revision().publish()
    run_on_commit(site_setup.ensure_translations, home, [locales["en"]])
    english_home = home.get_translation(locales["en"])
    english_home.body = home.body.raw_data
    english_home.save_revision().publish()

    french = soup_of(client.get(home.url)).select_one(".block-latest-news")
    english = soup_of(client.get(english_home.url)).select_one(".block-latest-news")

    assert [h3.get_text(strip=True) for h3 in french.select("h3")] == [
        "Actualité du 5 mai",
        "Actualité du 4 mai",
        "Actualité du 3 mai",
    ]
    assert french.select_one(".block-latest-news__more a")["href"] == index.url
    assert [h3.get_text(strip=True) for h3 in english.select("h3")] == ["News of 5 May"]
    assert english.h2.get_text() == "Latest news"
    assert english.select_one(".block-latest-news__more a")["href"] == (
        index.get_translation(locales["en"]).url
    )


def test_latest_news_block_without_news(client, home_page):
    home_with_latest_news(home_page)

    block = soup_of(client.get(home_page.url)).select_one(".block-latest-news")

    assert block.select("h3") == []
    assert block.select_one(".block-latest-news__more") is None


# Queries --------------------------------------------------------------------------------------


def count_queries(client, url):
    client.get(url)  # renditions made, caches filled as on any later visit
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


def count_cold_queries(client, url):
    """The queries of a feed built anew: the cache emptied first."""
    cache.clear()
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries)


def fill(index, image, count, start=0):
    for number in range(start, start + count):
        make_news(
            index,
            title=f"Actualité {number}",
            slug=f"actualite-{number}",
            date=datetime.date(2026, 1, 1) + datetime.timedelta(days=number % 300),
            category=category(["vie-du-reseau", "formations"][number % 2]),
            image=image if number % 3 == 0 else None,
            tags=[f"theme-{number % 3}"],
        )


#: The most queries each view may cost, the same at 1x (5 news) and 10x (50), as measured on
#: SQLite. The page views include Wagtail's route (7), the layout's menu, footer and content
#: version; the listing adds categories, tags, years, count, page and renditions; the news
#: page its category, tags and labels, image and renditions; the home page its block's index,
#: news and renditions. A feed once built costs the route and the version only.
BOUNDS = {
    "index": 15,
    "filtered": 14,
    "news": 20,
    "rss": 8,
    "atom": 8,
    "home": 11,
    "rss (cold)": 15,
    "atom (cold)": 15,
}


def test_query_counts_do_not_grow_with_the_news(client, index, image):
    home = home_with_latest_news(index.get_parent().specific)

    def views():
        news = NewsPage.objects.live().order_by("pk").first()
        return {
            "index": index.url,
            "filtered": f"{index.url}?category=formations&tag=theme-1&year=2026",
            "news": news.url,
            "rss": f"{index.url}rss/",
            "atom": f"{index.url}atom/",
            "home": home.url,
        }

    def measure():
        counts = {name: count_queries(client, url) for name, url in views().items()}
        for kind in ["rss", "atom"]:
            counts[f"{kind} (cold)"] = count_cold_queries(client, views()[kind])
        return counts

    fill(index, image, 5)
    once = measure()
    fill(index, image, 45, start=5)
    tenfold = measure()

    assert tenfold == once, (once, tenfold)
    assert all(once[name] <= bound for name, bound in BOUNDS.items()), once


def test_feeds_cost_no_query_of_their_own_once_cached(client, index, image):
    fill(index, image, 5)
    client.get(f"{index.url}rss/")

    with CaptureQueriesContext(connection) as queries:
        client.get(f"{index.url}rss/")

    tables = " ".join(query["sql"] for query in queries.captured_queries)
    assert "news_newspage" not in tables
    assert "taggit" not in tables


def test_latest_news_block_has_a_preview_in_the_admin(admin_client, index):
    make_news(index, title="Journée régionale")
    block = SiteBodyBlock().child_blocks["latest_news"]

    response = admin_client.get(
        reverse("wagtailadmin_block_preview"), {"id": block.definition_prefix}
    )

    assert response.status_code == 200
    assert "Journée régionale" in response.content.decode()


def test_translators_get_the_texts_of_a_news_item_not_its_date(
    admin_client, index, locales, run_on_commit
):
    news = make_news(
        index,
        title="Journée régionale",
        summary="Les acteurs de la région réunis à Lyon.",
        date=datetime.date(2026, 10, 8),
    )
    run_on_commit(site_setup.ensure_translations, index, [locales["en"]])
    run_on_commit(site_setup.ensure_translations, news, [locales["en"]])
    english = news.get_translation(locales["en"])

    response = admin_client.get(reverse("wagtailadmin_pages:edit", args=[english.pk]))

    assert response.status_code == 200
    editor = BeautifulSoup(response.content, "html.parser").select_one(".js-translation-editor")
    props = json.loads(editor["data-props"])
    sources = {segment["source"] for segment in props["segments"] if "source" in segment}
    assert {"Journée régionale", "Les acteurs de la région réunis à Lyon."} <= sources
    paths = {segment["contentPath"] for segment in props["segments"]}
    assert {"title", "summary"} <= paths
    # The date is the same in every language: not offered for translation.
    assert "date" not in paths
