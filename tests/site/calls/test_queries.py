"""The pages of calls cost a number of queries that does not grow with the calls.

Measured with an empty cache (menus, footer and the layout's cached values built), after a
first request. Most of each count is Wagtail's routing and the site's layout; the calls' own
share is given beside each number.
"""

import pytest
from django.core.cache import cache

from resacoop.calls.models import CallPage

from .builders import make_call

EXPECTED = {
    # + counts and soonest deadline, the count of the view, its page of calls
    "index": 20,
    "archive": 20,
    # + the documents, the themes and their labels, the translations for the language links,
    # the address of the country pages its countries link to
    "call": 25,
    # + the soonest deadline, the content version, the index's locale, the open calls, their
    # themes and their labels
    "feed": 15,
}


@pytest.fixture
def many_calls(call_index, document, request):
    for number in range(request.param):
        call = make_call(
            call_index,
            title=f"Appel {number}",
            in_days=(number % 4) * 10 - 5,
            tags=[f"theme-{number % 3}"],
            countries=["SN", "BF"],
        )
        call.documents.create(document=document)
        call.save_revision().publish()
    return call_index


def urls(index):
    call = CallPage.objects.get(title="Appel 1")
    return {
        "index": index.url,
        "archive": index.url + "archive/",
        "call": call.url,
        "feed": index.url + "rss/",
    }


@pytest.mark.parametrize("many_calls", [4, 40], indirect=True)
def test_query_count_does_not_grow_with_the_calls(client, many_calls, django_assert_num_queries):
    # The four addresses checked together: the content is built once per size.
    for name, url in urls(many_calls).items():
        client.get(url)
        cache.clear()

        with django_assert_num_queries(EXPECTED[name]):
            response = client.get(url)

        assert response.status_code == 200, name
        # Light pages: at most twenty calls on a page of the index, fifty in a feed.
        assert len(response.content) < 40_000, name
