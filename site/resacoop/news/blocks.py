from django.apps import apps
from django.utils.translation import gettext_lazy as _
from wagtail import blocks

from cms_blocks.blocks.choosers import PageChooserBlock
from cms_blocks.content_version import cached_until_changed
from cms_blocks.languages import active_language
from cms_blocks.prefetch import PreparedContextMixin, localized_page, prefetch_renditions


def news_index(language):
    """The news index of ``language``, or None; from the cache while the content is the same."""

    def find():
        # Looked up when rendered: news pages are made of the site's blocks, this one among
        # them (resacoop.pages.blocks), so the block cannot import the models.
        NewsIndexPage = apps.get_model("news", "NewsIndexPage")
        index = NewsIndexPage.objects.live().filter(locale__language_code=language).first()
        # "" rather than None: the cache keeps it (None is "not cached").
        return index or ""

    return cached_until_changed(f"news:index:{language}", find) or None


class LatestNewsBlock(PreparedContextMixin, blocks.StructBlock):
    """The latest news in the visitor's language, with a link to all the news."""

    title = blocks.CharBlock(
        label=_("Title"),
        required=False,
        max_length=120,
        help_text=_("Optional: “Latest news” by default."),
    )
    count = blocks.IntegerBlock(
        label=_("Number of news items"), min_value=1, max_value=12, default=3
    )
    index = PageChooserBlock(
        label=_("News index"),
        page_type="news.NewsIndexPage",
        required=False,
        help_text=_("Optional: the news index of the visitor's language is used by default."),
    )

    def prepare_context(self, value, context):
        index = localized_page(context, value["index"]) if value["index"] else None
        if index is None:
            index = news_index(active_language())
        news = list(index.news_pages()[: value["count"] or 3]) if index else []
        prefetch_renditions([item.image for item in news])
        return {"index": index, "news": news}

    class Meta:
        icon = "date"
        label = _("Latest news")
        description = _("The most recent news, with a link to all the news.")
        template = "news/blocks/latest_news.html"
        # Kept rendered (cms_blocks.rendering): the same for everyone until the content
        # changes.
        cache_rendering = True
        preview_value = {"title": "", "count": 3, "index": None}
