"""A page served from the anonymous page cache has the headers it was first served with."""

import pytest
from django.http import HttpResponse

from resacoop.middleware.page_cache import AnonymousPageCacheMiddleware

from ..builders import make_map, make_relay


@pytest.fixture(autouse=True)
def page_cache(settings):
    settings.RESACOOP_PAGE_CACHE_TIMEOUT = 600


def headers_without_cache_status(response):
    """The headers of the page, not those saying how this copy was served."""
    return {
        name.lower(): value
        for name, value in response.items()
        if name.lower() not in {"x-page-cache", "age"}
    }


@pytest.mark.parametrize("address", ["", "relays.csv", "relays.geojson"])
def test_hit_has_the_headers_of_the_miss(client, home_page, address):
    map_page = make_map(home_page)
    make_relay(map_page, title="Maison des solidarités")
    url = f"{map_page.url}{address}"

    miss = client.get(url)
    hit = client.get(url)

    assert (miss.status_code, hit.status_code) == (200, 200)
    assert (miss["X-Page-Cache"], hit["X-Page-Cache"]) == ("miss", "hit")
    assert headers_without_cache_status(hit) == headers_without_cache_status(miss)
    assert hit.content == miss.content


def test_download_and_open_data_keep_their_headers_from_the_cache(client, home_page):
    map_page = make_map(home_page)
    make_relay(map_page, title="Maison des solidarités")

    for _ in range(2):
        csv = client.get(f"{map_page.url}relays.csv")
        geojson = client.get(f"{map_page.url}relays.geojson")

    assert csv["X-Page-Cache"] == geojson["X-Page-Cache"] == "hit"
    assert csv["Content-Disposition"] == 'attachment; filename="relais-relays.csv"'
    assert geojson["Access-Control-Allow-Origin"] == "*"
    assert "Accept-Language" in geojson["Vary"]


def serve_twice(rf, view):
    middleware = AnonymousPageCacheMiddleware(view)
    for _ in range(2):
        request = rf.get("/fr/page/")
        request.user = type("Anonymous", (), {"is_authenticated": False})()
        response = middleware(request)
    return response


def test_date_of_the_first_response_is_not_replayed(rf):
    def dated(request):
        return HttpResponse("bonjour", headers={"Date": "Mon, 30 Nov 2026 10:00:00 GMT"})

    response = serve_twice(rf, dated)

    assert response["X-Page-Cache"] == "hit"
    assert "Date" not in response


def test_responses_that_vary_on_other_request_headers_are_not_stored(rf):
    def negotiated(request):
        return HttpResponse("bonjour", headers={"Vary": "Accept, Accept-Language"})

    assert serve_twice(rf, negotiated)["X-Page-Cache"] == "miss"
