import re
from urllib.parse import urlsplit

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError

from .. import previews
from ..conf import get_setting
from .choosers import DocumentChooserBlock, ImageBlock, ImageChooserBlock
from .text import SHORT_RICH_TEXT_FEATURES

__all__ = [
    "FigureBlock",
    "VideoBlock",
    "DocumentBlock",
    "AudioBlock",
    "IframeEmbedBlock",
    "TranscriptBlock",
    "find_video",
    "embed_hosts",
]

#: The permissions of an embedded page: its own scripts, forms and pop-ups (a map's links),
#: but never the top window's navigation, downloads or plugins.
EMBED_SANDBOX = "allow-scripts allow-same-origin allow-forms allow-popups"


def embed_hosts():
    """The host names an iframe block may show (``CMS_BLOCKS_EMBED_HOSTS``), read when asked."""
    return list(get_setting("EMBED_HOSTS"))


class TranscriptBlock(blocks.RichTextBlock):
    """The text version of a video or a recording (what is said and shown), in a disclosure.

    Optional for the editor, but RGAA asks for one for every video and audio recording.
    """

    def __init__(self, **kwargs):
        kwargs.setdefault("label", _("Transcript"))
        kwargs.setdefault("required", False)
        kwargs.setdefault("features", SHORT_RICH_TEXT_FEATURES)
        kwargs.setdefault(
            "help_text",
            _("What is said and shown, for those who cannot hear or see it. Shown on demand."),
        )
        super().__init__(**kwargs)


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
    transcript = TranscriptBlock()

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
        form_layout = blocks.BlockGroup(
            children=["url", "title", "caption", "transcript"], settings=["poster"]
        )
        preview_value = {
            "url": "https://www.youtube.com/watch?v=aqz-KE-bpKQ",
            "title": _("Presentation of the network"),
            "caption": _("Three minutes on what the network does."),
            "poster": None,
            "transcript": _("<p>A voice presents the network and its five missions.</p>"),
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


AUDIO_EXTENSIONS = (".mp3", ".m4a", ".ogg", ".oga", ".opus", ".wav", ".webm", ".flac")


class AudioValue(blocks.StructValue):
    @property
    def source(self):
        """The address of the recording: the document's file, else the external address."""
        document = self.get("document")
        return document.url if document else self.get("url") or ""

    @property
    def host(self):
        """The host of an external recording, named to the visitor before it loads."""
        return (urlsplit(self.get("url") or "").hostname or "").lower()


class AudioBlock(blocks.StructBlock):
    """A recording played in the browser's own player, with its transcript.

    A file of the documents library plays at once; a recording on another site loads only
    when the visitor asks for it (``cms_blocks/js/frame-embed.js``), as videos do.
    """

    title = blocks.CharBlock(label=_("Title"), max_length=160)
    document = DocumentChooserBlock(
        label=_("Audio file"),
        required=False,
        help_text=_("An audio file of the documents library (MP3, OGG…), or an address below."),
    )
    url = blocks.URLBlock(
        label=_("Address of an audio file"),
        required=False,
        help_text=_("A full address starting with https:// and ending with .mp3, .ogg…"),
    )
    transcript = TranscriptBlock()

    def clean(self, value):
        value = super().clean(value)
        document, url = value["document"], value["url"]
        message, field = None, "url"
        if document and url:
            message = _("Choose either an audio file or an address, not both.")
        elif not document and not url:
            message = _("Choose an audio file or give the address of one.")
        elif url and not url.lower().startswith("https://"):
            message = _("The address must start with https://.")
        elif url and not urlsplit(url).path.lower().endswith(AUDIO_EXTENSIONS):
            message = _("This address is not an audio file. Accepted: %(extensions)s.")
        elif document and not document.filename.lower().endswith(AUDIO_EXTENSIONS):
            message, field = (
                _("This document is not an audio file. Accepted: %(extensions)s."),
                "document",
            )
        if message:
            error = ValidationError(message, params={"extensions": ", ".join(AUDIO_EXTENSIONS)})
            raise StructBlockValidationError(block_errors={field: error})
        return value

    class Meta:
        icon = "media"
        label = _("Audio")
        description = _("A recording played on the page, with its transcript.")
        template = "cms_blocks/blocks/audio.html"
        value_class = AudioValue
        form_layout = blocks.BlockGroup(children=["title", "document", "url", "transcript"])
        preview_value = {
            "title": _("Interview with a member"),
            "document": None,
            "url": "https://example.org/interview.mp3",
            "transcript": _("<p>A member tells how her association works with its partners.</p>"),
        }


class IframeEmbedBlock(blocks.StructBlock):
    """A page of another site shown in the page (a map, a form), from an allowed host only.

    The frame is sandboxed, sends no more than the origin as referrer, and has the title the
    editor gives, which screen readers announce. Like a video, it loads nothing from its
    host until the visitor asks for it (``cms_blocks/js/frame-embed.js``).
    """

    url = blocks.URLBlock(
        label=_("Address"),
        help_text=_("The address of the page to show, starting with https://"),
    )
    title = blocks.CharBlock(
        label=_("Title"),
        max_length=160,
        help_text=_("Says what the frame holds; read out to screen reader users."),
    )
    height = blocks.IntegerBlock(
        label=_("Height in pixels"), min_value=150, max_value=1200, default=450
    )
    caption = blocks.TextBlock(label=_("Caption"), required=False, max_length=400)

    def clean(self, value):
        value = super().clean(value)
        parts = urlsplit(value["url"] or "")
        hosts = embed_hosts()
        if parts.scheme != "https" or (parts.hostname or "").lower() not in hosts:
            raise StructBlockValidationError(
                block_errors={
                    "url": ValidationError(
                        _(
                            "Only https:// addresses of these sites can be shown in a page: "
                            "%(hosts)s."
                        ),
                        params={"hosts": ", ".join(hosts) or "—"},
                    )
                }
            )
        return value

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        parts = urlsplit(value.get("url") or "")
        # Checked again when shown: the allowed hosts may have changed since it was saved.
        context["allowed"] = (
            parts.scheme == "https" and (parts.hostname or "").lower() in embed_hosts()
        )
        context["host"] = (parts.hostname or "").lower()
        context["sandbox"] = EMBED_SANDBOX
        return context

    class Meta:
        icon = "code"
        label = _("Embedded page")
        description = _("A page of an allowed site shown in a frame: a map, a form…")
        template = "cms_blocks/blocks/iframe_embed.html"
        form_layout = blocks.BlockGroup(children=["url", "title", "caption"], settings=["height"])
        preview_value = {
            "url": "https://www.openstreetmap.org/export/embed.html?bbox=4.80,45.74,4.88,45.78",
            "title": _("Map of Lyon"),
            "height": 450,
            "caption": "",
        }
