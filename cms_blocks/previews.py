"""Preview values, for the admin's block picker, of blocks that show pages, images or files.

They use whatever the site already has (its first images, pages and documents); a block
previews empty on a site that has none yet.
"""

from django.utils.translation import gettext as _
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page


def _images(count):
    return list(get_image_model().objects.order_by("pk")[:count])


def _pages(count):
    return list(Page.objects.live().filter(depth__gt=2).order_by("path")[:count])


def figure():
    images = _images(1)
    return {
        "image": {"image": images[0] if images else None, "alt_text": "", "decorative": True},
        "caption": _("A caption says what the image adds to the text."),
        "credit": _("Photo: the network"),
    }


def document():
    return {
        "document": get_document_model().objects.order_by("pk").first(),
        "title": _("Download the presentation brochure"),
        "description": "",
    }


def cards():
    images = _images(3)
    return {
        "title": _("Discover"),
        "columns": "3",
        "cards": [
            {"page": page, "image": images[index] if index < len(images) else None, "summary": ""}
            for index, page in enumerate(_pages(3))
        ],
    }


def page_list():
    parent = Page.objects.live().filter(depth=2, numchild__gt=0).order_by("path").first()
    return {"title": _("Latest pages"), "parent": parent, "count": 3, "show_summary": True}


def logos():
    return {
        "title": _("Our partners"),
        "partners": [
            {"name": image.title, "logo": image, "url": "https://example.org/"}
            for image in _images(4)
        ],
    }


def hero():
    images = _images(1)
    return {
        "title": _("International cooperation in the region"),
        "text": _("Advice, training and meetings for those who act with partners abroad."),
        "image": images[0] if images else None,
        "link": {"page": None, "url": "https://example.org/", "label": _("Contact us")},
        "layout": "beside",
        "heading_level": "h2",
    }


def image_text():
    images = _images(1)
    return {
        "title": _("Two offices"),
        "text": _("<p>The network welcomes you in Lyon and in Clermont-Ferrand.</p>"),
        "image": {"image": images[0] if images else None, "alt_text": "", "decorative": True},
        "image_position": "start",
        "heading_level": "h2",
    }
