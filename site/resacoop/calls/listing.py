"""The list of calls of an index: the open ones (the soonest deadline first) or the closed
ones (the latest deadline first), paged with ``?page=<n>``; nothing else in the query string
is read.

"Now" is read when the listing is made. Three queries whatever the number of calls: the
counts and the soonest deadline to come, the count of this view, and its page of calls.
"""

from django.core.paginator import Paginator
from django.db.models import Count, Min, Q
from django.utils import timezone

from . import deadlines

CALLS_PER_PAGE = 20


class CallListing:
    def __init__(self, index, query, *, closed, now=None):
        self.index = index
        self.closed = closed
        self.now = now or timezone.now()

        calls = index.calls()
        is_open = Q(deadline__gt=self.now)
        summary = calls.aggregate(
            open_count=Count("pk", filter=is_open),
            closed_count=Count("pk", filter=~is_open),
            soonest=Min("deadline", filter=is_open),
        )
        self.open_count = summary["open_count"]
        self.closed_count = summary["closed_count"]
        self.soonest = summary["soonest"]

        if closed:
            shown = calls.filter(~is_open).order_by("-deadline", "-pk")
        else:
            shown = calls.filter(is_open).order_by("deadline", "pk")
        self.page = Paginator(shown, CALLS_PER_PAGE).get_page(query.get("page"))
        self.total = self.page.paginator.count
        for call in self.page:
            call.is_open_now = not closed
            call.countdown_text = "" if closed else call.countdown(self.now)

    @property
    def is_later_page(self):
        return self.page.number > 1

    @property
    def fresh_until(self):
        """When this view next changes by the clock alone: the soonest deadline to come (a
        call leaves the open calls for the archive), or a countdown shown here changing."""
        moments = [self.soonest] if self.soonest else []
        if not self.closed:
            moments += [
                deadlines.countdown_changes_at(call.deadline, call.deadline_timezone, self.now)
                for call in self.page
            ]
        return min(moments, default=None)

    def query_for(self, number):
        return f"?page={number}" if number > 1 else ""

    @property
    def previous_query(self):
        return self.query_for(self.page.previous_page_number())

    @property
    def next_query(self):
        return self.query_for(self.page.next_page_number())
