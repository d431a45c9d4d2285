"""Run inside the blank project (``manage.py shell``): content as an editor would make it.

Creates an administrator, an image and a document, a map of relay organisations with two
relays, and an article page with every block of the library; opens the admin's add and edit
forms of the three page types as the administrator; prints, as the last line, a JSON object
with the pages' addresses and what the admin answered. Only the apps' public API and
Wagtail's are used: this is what a host's own code can do.
"""

import io
import json
import re

from django.contrib.auth import get_user_model
from django.core.files.images import ImageFile
from django.test import Client
from home.models import ArticlePage
from PIL import Image as PillowImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, Site

from cms_blocks.blocks import BodyStreamBlock
from cms_blocks.examples import add_page, every_block
from network_map.examples import add_relay
from network_map.models import NetworkMapPage


def image_file():
    buffer = io.BytesIO()
    PillowImage.new("RGB", (640, 400), (40, 110, 160)).save(buffer, "PNG")
    return ImageFile(buffer, name="partners.png")


def block_classes(stream_block, page):
    """The first CSS class of each block's own HTML, rendered alone: the page must show it."""
    classes = {}
    for child in page.body:
        html = str(child.render())
        found = re.search(r'class="([\w-]+)', html)
        if found:
            classes[child.block_type] = found.group(1)
    return classes


admin = get_user_model().objects.create_superuser("admin", "admin@example.org", "not-used")
get_image_model().objects.create(title="Partners", file=image_file())
get_document_model().objects.create(
    title="Brochure", file=ImageFile(io.BytesIO(b"%PDF-1.4\n" + b"0" * 2048), name="brochure.pdf")
)

home = Site.objects.get(is_default_site=True).root_page.specific
map_page = add_page(home, NetworkMapPage(title="Our relays", slug="relays", region="84"))
relays = [
    add_relay(
        map_page,
        title="Lyon relay",
        slug="lyon-relay",
        departements="69",
        city="Lyon",
        latitude="45.76404",
        longitude="4.83566",
        summary="Meets young people of the Rhône.",
    ),
    add_relay(
        map_page,
        title="Clermont relay",
        slug="clermont-relay",
        departements="63 03",
        city="Clermont-Ferrand",
        latitude="45.77722",
        longitude="3.08703",
    ),
]
article = add_page(
    home,
    ArticlePage(title="Every block", slug="every-block", body=every_block(BodyStreamBlock())),
)

client = Client()
client.force_login(admin)
admin_forms = {
    "add article": f"/admin/pages/add/home/articlepage/{home.pk}/",
    "add map": f"/admin/pages/add/network_map/networkmappage/{home.pk}/",
    "add relay": f"/admin/pages/add/network_map/relayorganisationpage/{map_page.pk}/",
    "edit article": f"/admin/pages/{article.pk}/edit/",
    "edit map": f"/admin/pages/{map_page.pk}/edit/",
    "edit relay": f"/admin/pages/{relays[0].pk}/edit/",
}
print(  # noqa: T201 - the test reads this line
    json.dumps(
        {
            "article": article.url,
            "map": map_page.url,
            "relays": [relay.url for relay in relays],
            "block_types": list(BodyStreamBlock().child_blocks),
            "block_classes": block_classes(BodyStreamBlock(), article),
            "pages": Page.objects.filter(depth__gt=1).count(),
            "admin": {name: client.get(url).status_code for name, url in admin_forms.items()},
        }
    )
)
