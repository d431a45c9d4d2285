"""Pages are stored compressed once and sent as they are to browsers that accept gzip.

nginx then passes them on without compressing them again on every request; a client that
does not accept gzip gets the same bytes as the page first served.
"""

import gzip

import pytest
from django.http import HttpResponse

from resacoop.middleware.page_cache import AnonymousPageCacheMiddleware, accepts_gzip

BROWSER = {"HTTP_ACCEPT_ENCODING": "gzip, deflate, br, zstd"}


@pytest.fixture(autouse=True)
def page_cache(settings):
    settings.RESACOOP_PAGE_CACHE_TIMEOUT = 600


def varies_on(response):
    return {name.strip().lower() for name in response.get("Vary", "").split(",")}


def test_a_browser_gets_the_stored_page_compressed(client, standard_page):
    miss = client.get(standard_page.url, **BROWSER)
    hit = client.get(standard_page.url, **BROWSER)

    assert (miss["X-Page-Cache"], hit["X-Page-Cache"]) == ("miss", "hit")
    assert hit["Content-Encoding"] == "gzip"
    assert gzip.decompress(hit.content) == miss.content
    assert int(hit["Content-Length"]) == len(hit.content) < len(miss.content) / 2
    assert "accept-encoding" in varies_on(hit) and "accept-encoding" in varies_on(miss)
    assert hit["Content-Type"] == miss["Content-Type"]


@pytest.mark.parametrize("accept_encoding", [None, "identity", "br", "gzip;q=0, br"])
def test_a_client_without_gzip_gets_the_page_as_first_served(
    client, standard_page, accept_encoding
):
    extra = {} if accept_encoding is None else {"HTTP_ACCEPT_ENCODING": accept_encoding}
    miss = client.get(standard_page.url, **BROWSER)
    hit = client.get(standard_page.url, **extra)

    assert hit["X-Page-Cache"] == "hit"
    assert "Content-Encoding" not in hit
    assert hit.content == miss.content
    assert int(hit["Content-Length"]) == len(miss.content)
    assert "accept-encoding" in varies_on(hit)


def test_a_head_request_says_the_length_of_what_a_get_sends(client, standard_page):
    client.get(standard_page.url)
    get = client.get(standard_page.url, **BROWSER)
    head = client.head(standard_page.url, **BROWSER)

    assert head["X-Page-Cache"] == "hit" and head.content == b""
    assert head["Content-Encoding"] == "gzip"
    assert head["Content-Length"] == get["Content-Length"] == str(len(get.content))


def serve_twice(rf, view, **extra):
    """The second answer of the middleware around ``view``: the stored copy."""
    middleware = AnonymousPageCacheMiddleware(view)
    for _ in range(2):
        request = rf.get(f"/fr/{view.__name__}/", **extra)
        request.user = type("Anonymous", (), {"is_authenticated": False})()
        response = middleware(request)
    assert response["X-Page-Cache"] == "hit"
    return response


def test_the_etag_of_a_compressed_copy_is_weak(rf):
    def tagged(request):
        response = HttpResponse("<p>Réseau</p>" * 100)
        response["ETag"] = '"v1"'
        return response

    assert serve_twice(rf, tagged, **BROWSER)["ETag"] == 'W/"v1"'
    assert serve_twice(rf, tagged)["ETag"] == '"v1"'


def test_images_and_short_answers_are_stored_as_they_are(rf):
    def image(request):
        return HttpResponse(b"\x89PNG" + bytes(range(256)) * 4, content_type="image/png")

    def short(request):
        return HttpResponse("<p>Bonjour</p>")

    def encoded(request):
        response = HttpResponse(gzip.compress(b"x" * 1000), content_type="text/plain")
        response["Content-Encoding"] = "gzip"
        return response

    for view in (image, short, encoded):
        original = view(None).content
        response = serve_twice(rf, view, **BROWSER)
        assert response.content == original, view.__name__
        assert response["Content-Length"] == str(len(original))
        assert "accept-encoding" not in varies_on(response), view.__name__
    assert serve_twice(rf, encoded, **BROWSER)["Content-Encoding"] == "gzip"


@pytest.mark.parametrize(
    ("header", "accepted"),
    [
        ("gzip, deflate, br", True),
        ("GZip", True),
        ("x-gzip", True),
        ("br;q=1.0, gzip;q=0.5", True),
        ("*", True),
        ("br", False),
        ("", False),
        (None, False),
        ("gzip;q=0", False),
        ("gzip;q=0.000", False),
        ("*;q=0", False),
        ("gzip;q=0, *", False),
        ("gzip;q=nonsense", False),
        (";;,,;q=", False),
    ],
)
def test_accept_encoding_is_read_with_its_weights(header, accepted):
    assert accepts_gzip(header) is accepted
