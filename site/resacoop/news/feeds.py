"""RSS 2.0 and Atom feeds of a news index, in its language (see ``resacoop.core.feeds``).

Summaries are plain text that feeds carry as HTML: they are escaped as HTML first, so that a
reader shows ``<script>`` typed by an editor as text. Publishing a news item starts a new
content version, and so a new feed.
"""

from datetime import datetime, time

from django.utils import timezone
from django.utils.html import escape
from django.utils.translation import gettext as _

from resacoop.core import feeds
from resacoop.core.feeds import tag_names

FEED_LENGTH = 20


class NewsFeed(feeds.IndexFeed):
    """The latest news of one index. ``kind`` is "rss" or "atom"."""

    def description(self, obj):
        return obj.introduction or _("The latest news of the network.")

    def items(self, obj):
        news = list(obj.news_pages().prefetch_related("tags")[:FEED_LENGTH])
        names = tag_names(news, obj.locale_id)
        for item in news:
            item.feed_categories = [
                *([item.category.name] if item.category else []),
                *names[item.pk],
            ]
        return news

    def item_description(self, item):
        return escape(item.summary)

    def item_pubdate(self, item):
        return timezone.make_aware(datetime.combine(item.date, time.min))


def feed_response(index, request, kind):
    """The response of ``index``'s feed of ``kind`` ("rss" or "atom"), cached."""
    return feeds.feed_response(NewsFeed, index, request, kind)
