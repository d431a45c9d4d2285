"""RSS 2.0 and Atom feeds of a news index, in its language, through Django's syndication
framework.

Every address in a feed is absolute on the Wagtail site's root URL (its ``Site`` record),
never on the request's ``Host`` header. Summaries are plain text that feeds carry as HTML:
they are escaped as HTML first, so that a reader shows ``<script>`` typed by an editor as
text. A feed is kept in the cache until the content changes (``cached_until_changed``):
publishing a news item starts a new content version.
"""

from datetime import datetime, time

from django.contrib.syndication.views import Feed
from django.http import HttpResponse
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.html import escape
from django.utils.translation import gettext as _
from wagtail.models import Site

from cms_blocks.content_version import cached_until_changed
from resacoop.tags.models import TagLabel

FEED_LENGTH = 20
FEED_TYPES = {"rss": Rss201rev2Feed, "atom": Atom1Feed}


class NewsFeed(Feed):
    """The latest news of one index. ``kind`` is "rss" or "atom"."""

    def __init__(self, index, kind, site):
        super().__init__()
        self.index = index
        self.kind = kind
        self.feed_type = FEED_TYPES[kind]
        self.site_name = site.site_name if site else ""
        self.root_url = site.root_url if site else ""
        self.language = index.locale.language_code

    def _absolute(self, path):
        return f"{self.root_url}/{path.lstrip('/')}" if path else self.root_url

    def title(self, obj):
        return f"{obj.title} | {self.site_name}" if self.site_name else obj.title

    def link(self, obj):
        return self._absolute(obj.get_url_parts()[2])

    def feed_url(self, obj):
        return self.link(obj) + obj.reverse_subpage(self.kind)

    def description(self, obj):
        return obj.introduction or _("The latest news of the network.")

    def items(self, obj):
        news = list(obj.news_pages().prefetch_related("tags")[:FEED_LENGTH])
        tags = {tag for item in news for tag in item.tags.all()}
        labels = {
            label.tag_id: label.name
            for label in TagLabel.objects.filter(tag__in=tags, locale_id=obj.locale_id)
        }
        for item in news:
            names = [labels.get(tag.pk, tag.name) for tag in item.tags.all()]
            item.feed_categories = [
                *([item.category.name] if item.category else []),
                *sorted(names, key=str.casefold),
            ]
        return news

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return escape(item.summary)

    def item_link(self, item):
        # The page's path under the index, read without a query per item.
        return self.link(self.index) + item.url_path[len(self.index.url_path) :]

    def item_pubdate(self, item):
        return timezone.make_aware(datetime.combine(item.date, time.min))

    def item_updateddate(self, item):
        return item.last_published_at

    def item_categories(self, item):
        return item.feed_categories


def feed_response(index, request, kind):
    """The response of ``index``'s feed of ``kind`` ("rss" or "atom"), cached."""
    site = Site.find_for_request(request) or index.get_site()

    def build():
        feed = NewsFeed(index, kind, site).get_feed(index, request)
        return feed.writeString("utf-8"), feed.content_type

    content, content_type = cached_until_changed(
        f"resacoop:news-feed:{index.pk}:{kind}:{site.pk if site else 0}", build
    )
    return HttpResponse(content, content_type=content_type)
