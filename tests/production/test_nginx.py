"""The site as production serves it: deploy/nginx's configuration in front of gunicorn with
the production settings (see ``conftest.py``), checked from a client's side.
"""

import gzip
import json
import re
import secrets
import sqlite3
from html.parser import HTMLParser
from urllib.parse import urlencode

from django.conf import settings

from network_map.departements import all_departements

from .conftest import TEMPLATE

IMMUTABLE = "public, max-age=31536000, immutable"
MEDIA_CACHE = "public, max-age=86400"
GZIP = {"Accept-Encoding": "gzip"}


class Links(HTMLParser):
    """The addresses a page loads: stylesheets, scripts and images."""

    def __init__(self):
        super().__init__()
        self.found = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "link" and attrs.get("rel") == "stylesheet":
            self.found.append(attrs["href"])
        elif tag in ("script", "img") and attrs.get("src"):
            self.found.append(attrs["src"])


def links(response, pattern):
    parser = Links()
    parser.feed(response.body.decode())
    found = [address for address in parser.found if re.search(pattern, address)]
    assert found, f"the page links to nothing matching {pattern}"
    return found[0]


def manifest(site):
    """Collected static files: {name as written in templates: name with its hash}."""
    return json.loads((site.static_root / "staticfiles.json").read_text())["paths"]


def static_file(site, extension, minimum_size=256):
    """A collected file of that type, big enough to be worth compressing."""
    for name, hashed in sorted(manifest(site).items()):
        if name.endswith(extension) and (site.static_root / hashed).stat().st_size > minimum_size:
            return name, hashed
    raise AssertionError(f"no collected {extension} file")


def test_a_logo_rendition_is_served_with_cache_headers(production_site):
    # The cards of a département's relays show their logos.
    page = production_site.request(f"{production_site.addresses['map']}?departement=42")
    logo = links(page, r"^/media/images/solicoop42\.")

    response = production_site.request(logo)

    assert response.status == 200
    assert response.header("Content-Type") == "image/png"
    assert response.body.startswith(b"\x89PNG")
    # A day, revalidated after: not immutable, as a replaced image may take the same name.
    assert response.header("Cache-Control") == MEDIA_CACHE
    assert response.header("X-Content-Type-Options") == "nosniff"
    etag = response.header("ETag")
    assert etag and response.header("Last-Modified")
    again = production_site.request(logo, headers={"If-None-Match": etag})
    assert again.status == 304


def test_static_files_with_a_hash_are_cached_for_a_year(production_site):
    # The map page has a stylesheet and a script of its own.
    page = production_site.request(production_site.addresses["map"])
    for address in (links(page, r"^/static/.+\.css$"), links(page, r"^/static/.+\.js$")):
        assert re.search(r"\.[0-9a-f]{12}\.(css|js)$", address), "templates name hashed files"

        response = production_site.request(address)

        assert response.status == 200, address
        assert response.header("Cache-Control") == IMMUTABLE
        assert response.header("X-Content-Type-Options") == "nosniff"


def test_static_files_without_a_hash_are_cached_briefly(production_site):
    name, _hashed = static_file(production_site, ".css")

    response = production_site.request(f"/static/{name}")

    assert response.status == 200
    assert response.header("Cache-Control") == "public, max-age=60"


def compressed_kinds(site):
    """(label, address, content type) of everything that nginx compresses."""
    hashed = {extension: static_file(site, extension)[1] for extension in (".css", ".js", ".svg")}
    return [
        ("page", site.addresses["page"], "text/html; charset=utf-8"),
        ("map page", site.addresses["map"], "text/html; charset=utf-8"),
        ("GeoJSON", site.addresses["geojson"], "application/geo+json; charset=utf-8"),
        ("CSV", site.addresses["csv"], "text/csv; charset=utf-8"),
        ("CSS", f"/static/{hashed['.css']}", "text/css"),
        ("JavaScript", f"/static/{hashed['.js']}", "application/javascript"),
        ("SVG (static)", f"/static/{hashed['.svg']}", "image/svg+xml"),
        ("SVG (upload)", site.addresses["hostile_svg"], "image/svg+xml"),
    ]


def test_responses_are_gzipped_for_clients_that_accept_it(production_site):
    for label, address, content_type in compressed_kinds(production_site):
        plain = production_site.request(address)
        compressed = production_site.request(address, headers=GZIP)

        assert plain.status == compressed.status == 200, label
        assert plain.header("Content-Type") == compressed.header("Content-Type") == content_type
        assert plain.header("Content-Encoding") is None, label
        assert compressed.header("Content-Encoding") == "gzip", label
        assert "accept-encoding" in compressed.values("Vary"), label
        assert gzip.decompress(compressed.body) == plain.body, label
        assert len(compressed.body) < len(plain.body), label


def test_uploaded_html_and_svg_never_run_as_pages(production_site):
    for address, content_type in [
        (production_site.addresses["hostile_svg"], "image/svg+xml"),
        (production_site.addresses["hostile_html"], "application/octet-stream"),
    ]:
        response = production_site.request(address)

        assert response.status == 200, address
        assert b"<script>" in response.body  # served as uploaded, but...
        # ...never as HTML, and never as another type than the one sent,
        assert response.header("Content-Type") == content_type
        assert response.header("X-Content-Type-Options") == "nosniff"
        # ...and opened by itself, a sandbox that may load nothing and runs no script.
        policy = response.header("Content-Security-Policy")
        directives = {directive.strip() for directive in policy.split(";")}
        assert {"default-src 'none'", "sandbox"} <= directives
        assert "script-src" not in policy


def test_documents_go_through_wagtails_view_only(production_site):
    stored = production_site.folder / production_site.addresses["document_file"].lstrip("/")
    assert stored.exists()

    direct = production_site.request(production_site.addresses["document_file"])
    served = production_site.request(production_site.addresses["document"])

    # Straight from the uploads folder, a document of a private collection would be public.
    assert direct.status == 404
    assert served.status == 200
    assert served.body == stored.read_bytes()
    assert served.header("Content-Disposition") == 'attachment; filename="compte-rendu.txt"'
    assert served.header("X-Content-Type-Options") == "nosniff"
    assert served.header("Content-Security-Policy") == "default-src 'none'"


def test_pages_keep_the_headers_django_gives_them(production_site):
    # A view of its own, so that the first request misses the page cache whatever ran
    # before: the map of a département no other test asks for (the page cache keeps only
    # query strings that the view reads).
    code = secrets.choice(sorted(set(all_departements()) - {"07", "42"}))
    address = f"{production_site.addresses['map']}?departement={code}"
    straight = production_site.request(
        address, to="gunicorn", headers={"X-Forwarded-Proto": "https"}
    )

    first = production_site.request(address, headers=GZIP)
    second = production_site.request(address, headers=GZIP)

    assert (first.header("X-Page-Cache"), second.header("X-Page-Cache")) == ("miss", "hit")
    for name in [
        "Content-Type",
        "Content-Language",
        "Content-Security-Policy",
        "Permissions-Policy",
        "Strict-Transport-Security",
        "X-Frame-Options",
        "X-Content-Type-Options",
        "Referrer-Policy",
        "Cross-Origin-Opener-Policy",
    ]:
        assert straight.header(name), name
        assert first.header(name) == second.header(name) == straight.header(name), name
    # nginx adds what it compressed on to what the page varies on.
    assert second.values("Vary") == straight.values("Vary") | {"accept-encoding"}
    assert gzip.decompress(second.body) == straight.body


def test_cached_pages_pass_through_nginx_as_the_page_cache_compressed_them(production_site):
    # A page of its own, so that the first request is a miss (see the test above).
    code = secrets.choice(sorted(set(all_departements()) - {"07", "42"}))
    address = f"{production_site.addresses['map']}?departement={code}"

    miss = production_site.request(address, headers=GZIP)
    hit = production_site.request(address, headers=GZIP)

    assert (miss.header("X-Page-Cache"), hit.header("X-Page-Cache")) == ("miss", "hit")
    assert hit.header("Content-Encoding") == "gzip"
    page = gzip.decompress(hit.body)
    assert page == gzip.decompress(miss.body)
    # The bytes stored once (level 9, no timestamp), not compressed again by nginx.
    assert hit.body == gzip.compress(page, compresslevel=9, mtime=0)
    assert miss.body != hit.body  # the miss was compressed by nginx, as every page was


def test_the_scheme_reaches_django(production_site):
    address = production_site.addresses["page"]

    through_nginx = production_site.request(address)
    # The same request without nginx's X-Forwarded-Proto: Django sees plain HTTP.
    straight = production_site.request(address, to="gunicorn")

    assert through_nginx.status == 200
    assert through_nginx.header("Strict-Transport-Security")  # sent on HTTPS only
    assert straight.status == 301
    assert straight.header("Location").startswith("https://")


def test_plain_http_is_sent_to_https(production_site):
    address = f"{production_site.addresses['page']}?q=1"

    response = production_site.request(address, to="http")

    assert response.status == 301
    assert response.header("Location") == f"https://127.0.0.1{address}"


def test_certificate_challenges_are_answered_over_plain_http(production_site):
    response = production_site.request("/.well-known/acme-challenge/token", to="http")

    assert response.status == 200
    assert response.body == b"challenge"


def failed_sign_ins(site):
    with sqlite3.connect(site.database()) as database:
        return database.execute("SELECT username, ip_address FROM axes_accessattempt").fetchall()


def test_the_visitors_address_reaches_django(production_site):
    """Sign-ins are throttled per visitor address: Django must see the visitor's address
    as nginx saw it, not nginx's own, nor one the visitor wrote in X-Forwarded-For."""
    username = f"someone-{secrets.token_hex(4)}"
    form = production_site.request("/admin/login/")
    token = re.search(rb'name="csrfmiddlewaretoken" value="([^"]+)"', form.body).group(1)
    cookie = form.header("Set-Cookie").split(";")[0]

    response = production_site.request(
        "/admin/login/",
        method="POST",
        # nginx listens on 127.0.0.1 and talks to gunicorn from there: the visitor is not.
        source="127.0.0.2",
        headers={
            "Content-Type": "application/x-www-form-urlencoded",
            "Cookie": cookie,
            "Referer": f"{production_site.origin}/admin/login/",
            "X-Forwarded-For": "203.0.113.9",
        },
        body=urlencode(
            {"csrfmiddlewaretoken": token, "username": username, "password": "not-this-one"}
        ),
    )

    # The form again, with its error. Not 403: on HTTPS, Django's CSRF check compares the
    # Referer with the Host it received, so nginx passed the visitor's (port included).
    assert response.status == 200
    assert b"error" in response.body.lower()
    assert (username, "127.0.0.2") in failed_sign_ins(production_site)


def multipart(size):
    """A form posting one file of ``size`` bytes, as Wagtail's upload forms do."""
    boundary = secrets.token_hex(16)
    body = b"".join(
        [
            f"--{boundary}\r\n".encode(),
            b'Content-Disposition: form-data; name="title"\r\n\r\nLogo\r\n',
            f"--{boundary}\r\n".encode(),
            b'Content-Disposition: form-data; name="file"; filename="logo.png"\r\n',
            b"Content-Type: image/png\r\n\r\n",
            b"\0" * size,
            f"\r\n--{boundary}--\r\n".encode(),
        ]
    )
    return body, {"Content-Type": f"multipart/form-data; boundary={boundary}"}


def body_limit():
    size = re.search(r"client_max_body_size (\d+)m;", TEMPLATE.read_text()).group(1)
    return int(size) * 1024 * 1024


def test_uploads_as_large_as_wagtail_takes_reach_django(production_site):
    largest = max(settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE, settings.WAGTAILDOCS_MAX_UPLOAD_SIZE)
    body, headers = multipart(largest)
    assert len(body) <= body_limit()

    accepted = production_site.request(
        "/admin/images/multiple/add/", method="POST", body=body, headers=headers
    )
    refused = production_site.request(
        "/admin/images/multiple/add/", method="POST", body=b"\0" * (body_limit() + 1)
    )

    # Django answered (no CSRF token here); nginx did not refuse the body.
    assert accepted.status == 403
    assert b"CSRF" in accepted.body
    # The refusal is the site's own page, from Django, which never saw the body.
    assert refused.status == 413
    page = refused.body.decode()
    assert '<html lang="fr"' in page and "<h1>Fichier trop volumineux</h1>" in page
    assert refused.header("Content-Security-Policy")


def test_a_refused_upload_is_explained_in_the_editors_language(production_site):
    refused = production_site.request(
        "/admin/images/multiple/add/",
        method="POST",
        body=b"\0" * (body_limit() + 1),
        headers={"Accept-Language": "es", "Referer": f"{production_site.origin}/admin/images/"},
    )

    assert refused.status == 413
    page = refused.body.decode()
    assert "<h1>Archivo demasiado grande</h1>" in page
    assert f'href="{production_site.origin}/admin/images/"' in page


def test_open_data_keeps_its_cross_origin_header(production_site):
    response = production_site.request(production_site.addresses["geojson"], headers=GZIP)

    assert response.status == 200
    assert response.header("Content-Encoding") == "gzip"
    assert response.header("Access-Control-Allow-Origin") == "*"
