"""The content of the production test's site, built on its own database by
``manage.py shell`` (see ``conftest.production_build``), never in the test process.

What the tests need of a real site: pages in every language, a map with relays whose cards
show a logo (an image rendition), a document, and two files no site should ever serve as
pages, put in the uploads folder as a misconfigured storage or another app could.
"""

import io
import json
from pathlib import Path

from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from wagtail.documents.models import Document
from wagtail.images.models import Image

from resacoop.demo import site_setup
from resacoop.demo.media import logo_png

from ..site.builders import make_map, make_relay, make_standard_page

# Both run a script as soon as a browser shows them as a page of the site's origin.
HOSTILE_UPLOADS = {
    "original_images/hostile.svg": (
        '<svg xmlns="http://www.w3.org/2000/svg" width="400" height="400" '
        'onload="document.title=document.cookie">'
        "<script>fetch('/admin/').then(response => response.text())</script>"
        + '<rect width="400" height="400" fill="#0b5c6b"/>' * 12
        + "</svg>"
    ),
    "images/hostile.html": "<!doctype html><title>Login</title><script>alert(document.cookie)</script>",
}


def build(output):
    """Build the site and write to ``output`` (JSON) the addresses the tests request."""
    home = site_setup.setup_site()
    page = make_standard_page(home, title="À propos du réseau", slug="a-propos")
    logo = Image.objects.create(
        title="Solicoop42",
        file=ImageFile(io.BytesIO(logo_png("Solicoop42")), name="solicoop42.png"),
    )
    map_page = make_map(home)
    for title, departements, city in [
        ("Solicoop42", "42", "Saint-Étienne"),
        ("Ardèche Drôme Ouro Sogui Sénégal", "07 26", "Privas"),
    ]:
        make_relay(map_page, title=title, departements=departements, city=city, logo=logo)
    document = Document.objects.create(
        title="Compte rendu de l'assemblée",
        file=ContentFile(
            "Compte rendu de l'assemblée générale.\n".encode() * 40, name="compte-rendu.txt"
        ),
    )
    for name, text in HOSTILE_UPLOADS.items():
        path = Path(settings.MEDIA_ROOT) / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    addresses = {
        "page": page.url,
        "map": map_page.url,
        "geojson": f"{map_page.url}relays.geojson",
        "csv": f"{map_page.url}relays.csv",
        "document": document.url,
        "document_file": f"{settings.MEDIA_URL}{document.file.name}",
        "hostile_svg": f"{settings.MEDIA_URL}original_images/hostile.svg",
        "hostile_html": f"{settings.MEDIA_URL}images/hostile.html",
    }
    Path(output).write_text(json.dumps(addresses, indent=2), encoding="utf-8")


def write_demo_addresses(output):
    """Write to ``output`` (JSON) the address of the first live page of each type in each
    language of the demo, as ``{"fr": {"HomePage": "/fr/", ...}, ...}``."""
    from ..site.countries.builders import first_country_page
    from ..site.demo.test_demo import LANGUAGES, PAGE_TYPES

    addresses = {
        language: {
            page_type.__name__: page_type.objects.live()
            .filter(locale__language_code=language)
            .order_by("path")
            .first()
            .url
            for page_type in PAGE_TYPES
        }
        for language in LANGUAGES
    }
    # A page the partner countries page generates (not a page type of its own).
    for language in LANGUAGES:
        addresses[language]["PartnerCountry"] = first_country_page(language)
    Path(output).write_text(json.dumps(addresses, indent=2), encoding="utf-8")
