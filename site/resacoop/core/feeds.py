"""RSS 2.0 and Atom feeds of an index page's children, in its language, through Django's
syndication framework (the news, the open calls for projects).

Every address in a feed is absolute on the Wagtail site's root URL (its ``Site`` record),
never on the request's ``Host`` header. A feed is kept in the cache until the content
changes (``cached_until_changed``), and until ``fresh_until`` when it says what it lists
stays true for a while only (open calls, until the soonest deadline).
"""

from django.contrib.syndication.views import Feed
from django.http import HttpResponse
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from wagtail.models import Site

from cms_blocks.content_version import cached_until_changed
from resacoop.tags.models import TagLabel

FEED_TYPES = {"rss": Rss201rev2Feed, "atom": Atom1Feed}


class IndexFeed(Feed):
    """The feed of one index page. ``kind`` is "rss" or "atom".

    Subclasses give ``description``, ``items``, ``item_description`` and ``item_pubdate``;
    ``items`` may set ``feed_categories`` on each item (see :func:`tag_names`).
    """

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

    def item_title(self, item):
        return item.title

    def item_link(self, item):
        # The page's path under the index, read without a query per item.
        return self.link(self.index) + item.url_path[len(self.index.url_path) :]

    def item_updateddate(self, item):
        return item.last_published_at

    def item_categories(self, item):
        return getattr(item, "feed_categories", [])


def tag_names(pages, locale_id):
    """``{page pk: [tag names]}``: the tags of ``pages`` (fetched with
    ``prefetch_related("tags")``) in the language of ``locale_id``, sorted, in one query."""
    tags = {tag for page in pages for tag in page.tags.all()}
    labels = {
        label.tag_id: label.name
        for label in TagLabel.objects.filter(tag__in=tags, locale_id=locale_id)
    }
    return {
        page.pk: sorted((labels.get(tag.pk, tag.name) for tag in page.tags.all()), key=str.casefold)
        for page in pages
    }


def feed_response(feed_class, index, request, kind, *, fresh_until=""):
    """The response of ``index``'s feed of ``kind`` ("rss" or "atom"), made by
    ``feed_class`` and cached; ``fresh_until`` (a string) is part of the cache key."""
    site = Site.find_for_request(request) or index.get_site()

    def build():
        feed = feed_class(index, kind, site).get_feed(index, request)
        return feed.writeString("utf-8"), feed.content_type

    content, content_type = cached_until_changed(
        f"resacoop:feed:{index.pk}:{kind}:{site.pk if site else 0}:{fresh_until}", build
    )
    return HttpResponse(content, content_type=content_type)
