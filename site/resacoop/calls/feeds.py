"""RSS 2.0 and Atom feeds of the open calls of an index, in its language (see
``resacoop.core.feeds``): the soonest deadline first, each with its deadline in its summary.

A feed is cached until the content changes and until the soonest deadline: then the key
changes, and the call that closed is no longer in it.
"""

from django.utils.html import escape
from django.utils.translation import gettext as _

from resacoop.core import feeds
from resacoop.core.feeds import tag_names

FEED_LENGTH = 50


class OpenCallsFeed(feeds.IndexFeed):
    def __init__(self, index, kind, site, now):
        super().__init__(index, kind, site)
        self.now = now

    def description(self, obj):
        return obj.introduction or _("The calls for projects open now.")

    def items(self, obj):
        calls = list(
            obj.calls()
            .filter(deadline__gt=self.now)
            .order_by("deadline", "pk")
            .prefetch_related("tags")[:FEED_LENGTH]
        )
        names = tag_names(calls, obj.locale_id)
        for call in calls:
            call.feed_categories = names[call.pk]
        return calls

    def item_description(self, item):
        deadline = _("Deadline: %(deadline)s") % {"deadline": item.deadline_text}
        funder = _("Funder: %(funder)s") % {"funder": item.funder_name}
        return "".join(f"<p>{escape(text)}</p>" for text in (item.summary, deadline, funder))

    def item_pubdate(self, item):
        return item.first_published_at


def feed_response(index, request, kind, soonest, now):
    """The response of ``index``'s feed of open calls, cached until ``soonest`` (the
    soonest deadline to come, or None)."""

    def feed_class(index, kind, site):
        return OpenCallsFeed(index, kind, site, now)

    until = soonest.isoformat() if soonest else "none"
    return feeds.feed_response(feed_class, index, request, kind, fresh_until=until)
