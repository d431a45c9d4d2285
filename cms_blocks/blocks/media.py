import re
from urllib.parse import urlsplit

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageBlock, ImageChooserBlock

from .. import previews
from ..conf import get_setting

__all__ = ["FigureBlock", "VideoBlock", "DocumentBlock", "find_video"]


class FigureBlock(blocks.StructBlock):
    """An image with its alternative text, an optional caption and an optional credit.

    The alternative text comes from Wagtail's ``ImageBlock``: it is required unless the
    editor marks the image as decorative, and wagtail-localize offers it for translation.
    """

    image = ImageBlock(label=_("Image"))
    caption = blocks.CharBlock(
        label=_("Caption"),
        required=False,
        max_length=255,
        help_text=_("Shown under the image. Describe what the image adds to the text."),
    )
    credit = blocks.CharBlock(
        label=_("Credit"),
        required=False,
        max_length=255,
        help_text=_("Photographer or rights holder, e.g. “Photo: Jane Doe”."),
    )

    class Meta:
        icon = "image"
        label = _("Image")
        description = _("An image with alternative text, caption and credit.")
        template = "cms_blocks/blocks/figure.html"
        preview_value = staticmethod(previews.figure)


def find_video(url):
    """Return ``(provider name, embed URL)`` for a video page address, or None.

    Only the providers of ``CMS_BLOCKS_VIDEO_PROVIDERS`` are recognised.
    """
    host = (urlsplit(url).hostname or "").lower()
    for name, provider in get_setting("VIDEO_PROVIDERS").items():
        if host in provider["hosts"]:
            match = re.match(provider["pattern"], url)
            if match:
                return name, provider["embed_url"].format(id=match.group("id"))
    return None


class VideoValue(blocks.StructValue):
    @property
    def provider(self):
        found = find_video(self.get("url") or "")
        return found[0] if found else ""

    @property
    def embed_url(self):
        found = find_video(self.get("url") or "")
        return found[1] if found else ""


class VideoBlock(blocks.StructBlock):
    """A video from an allowed host that loads nothing from that host until played.

    The page shows a link to the video (and an optional poster image of our own); the
    player is only inserted, by ``cms_blocks/js/video-embed.js``, when the visitor asks for
    it. Without JavaScript the link leads to the video on its host's site.
    """

    url = blocks.URLBlock(
        label=_("Video address"),
        help_text=_("The address of the video page on YouTube, Vimeo or Dailymotion."),
    )
    title = blocks.CharBlock(
        label=_("Title"),
        max_length=160,
        help_text=_("Says what the video is about; read out to screen reader users."),
    )
    caption = blocks.TextBlock(
        label=_("Caption"),
        required=False,
        max_length=500,
        help_text=_("Optional: context, duration, where to find a transcript."),
    )
    poster = ImageChooserBlock(
        label=_("Poster image"),
        required=False,
        help_text=_("Optional: an image of our own shown before the video is played."),
    )

    def clean(self, value):
        value = super().clean(value)
        if find_video(value["url"]) is None:
            providers = ", ".join(get_setting("VIDEO_PROVIDERS"))
            raise StructBlockValidationError(
                block_errors={
                    "url": ValidationError(
                        _(
                            "This address is not a video we can embed. Accepted: the page "
                            "of a single video on %(providers)s."
                        ),
                        params={"providers": providers},
                    )
                }
            )
        return value

    class Meta:
        icon = "media"
        label = _("Video")
        description = _("A video that loads only when the visitor presses play.")
        template = "cms_blocks/blocks/video.html"
        value_class = VideoValue
        form_layout = blocks.BlockGroup(children=["url", "title", "caption"], settings=["poster"])
        preview_value = {
            "url": "https://www.youtube.com/watch?v=aqz-KE-bpKQ",
            "title": _("Presentation of the network"),
            "caption": _("Three minutes on what the network does."),
        }


class DocumentValue(blocks.StructValue):
    @property
    def link_text(self):
        document = self.get("document")
        return self.get("title") or (document.title if document else "")

    @property
    def file_type(self):
        document = self.get("document")
        return document.file_extension.upper() if document else ""


class DocumentBlock(blocks.StructBlock):
    """A document to download, with its file type and size."""

    document = DocumentChooserBlock(label=_("Document"))
    title = blocks.CharBlock(
        label=_("Link text"),
        required=False,
        max_length=160,
        help_text=_("Optional: replaces the document's title on the page."),
    )
    description = blocks.TextBlock(label=_("Description"), required=False, max_length=400)

    class Meta:
        icon = "doc-full"
        label = _("Document download")
        description = _("A file to download, shown with its type and size.")
        template = "cms_blocks/blocks/document.html"
        value_class = DocumentValue
        preview_value = staticmethod(previews.document)
