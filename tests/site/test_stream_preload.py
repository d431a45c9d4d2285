"""The site's listing blocks load with their stream: the renditions of all their pictures
come in one query, and finding the missions page or news index of a language costs none."""

import re
from collections import Counter

import pytest
from bs4 import BeautifulSoup
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file

from resacoop.members.models import MemberCategory

from .builders import (
    make_member,
    make_member_index,
    make_mission,
    make_mission_index,
    make_standard_page,
)
from .news.builders import make_news, make_news_index

TABLE = re.compile(r'\bFROM "(\w+)"')


def picture(title):
    return Image.objects.create(title=title, file=get_test_image_file())


@pytest.fixture
def listings_page(home_page):
    """A page with the missions, the latest news and the members of a category, each with
    pictures, and a card."""
    missions = make_mission_index(home_page)
    for order in (1, 2):
        make_mission(missions, order, icon=picture(f"Icône {order}"))
    news = make_news_index(home_page)
    for day in (1, 2):
        make_news(news, title=f"Actualité {day}", image=picture(f"Photo {day}"))
    members = make_member_index(home_page)
    category = MemberCategory.objects.filter(locale=home_page.locale).first()
    make_member(members, title="Ville de Grenoble", category=category, logo=picture("Logo"))
    card = {"page": members.pk, "image": picture("Carte").pk, "summary": ""}
    return make_standard_page(
        home_page,
        slug="listes",
        body=[
            {"type": "missions", "value": {"title": "Missions", "index": None}},
            {"type": "latest_news", "value": {"title": "", "count": 3, "index": None}},
            {"type": "members", "value": {"title": "", "category": category.pk, "members": []}},
            {"type": "cards", "value": {"title": "", "columns": "3", "cards": [card]}},
        ],
    )


def warm_tables(client, url):
    client.get(url)  # renditions made, caches filled as on any later visit
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return response, Counter(TABLE.search(query["sql"]).group(1) for query in queries)


def test_the_pictures_of_every_listing_block_come_in_one_renditions_query(client, listings_page):
    response, tables = warm_tables(client, listings_page.url)

    assert tables["wagtailimages_rendition"] == 1
    soup = BeautifulSoup(response.content, "html.parser")
    assert len(soup.select(".mission-card")) == 2
    assert [h3.get_text(strip=True) for h3 in soup.select(".block-latest-news h3")] == [
        "Actualité 2",
        "Actualité 1",
    ]
    assert [span.get_text() for span in soup.select(".block-members span")] == ["Ville de Grenoble"]
    assert len(soup.select("img")) >= 6  # two icons, two photos, a logo and a card


def test_the_missions_page_and_news_index_of_the_language_are_not_looked_up_again(
    client, listings_page
):
    _response, tables = warm_tables(client, listings_page.url)

    assert tables["missions_missionindexpage"] == 0
    assert tables["news_newsindexpage"] == 0
