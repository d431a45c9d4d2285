"""Pages whose query count was not yet asserted at two sizes of content: the same count with
ten times the news items."""

from django.db import connection
from django.test.utils import CaptureQueriesContext

from ..news.builders import make_news, make_news_categories, make_news_index


def counts(client, urls):
    result = {}
    for name, url in urls.items():
        client.get(url)  # builds what is cached apart, and the renditions
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        assert response.status_code == 200, url
        result[name] = len(queries)
    return result


def add_news(index, image, categories, start, stop):
    for number in range(start, stop):
        make_news(
            index,
            title=f"Actualité {number}",
            image=image,
            category=categories[number % len(categories)],
            tags=[f"theme-{number % 3}"],
        )


def test_news_pages_cost_the_same_with_ten_times_the_news(client, home_page, image):
    index = make_news_index(home_page)
    categories = [term for term in make_news_categories() if term.locale_id == index.locale_id]
    add_news(index, image, categories, 0, 3)
    urls = {
        "index": index.url,
        "a tag": f"{index.url}?tag=theme-1",
        "page 2": f"{index.url}?page=2",
        "item": index.get_children().live().first().url,
        "feed": f"{index.url}rss/",
    }

    few = counts(client, urls)
    add_news(index, image, categories, 3, 30)
    many = counts(client, urls)

    assert many == few
