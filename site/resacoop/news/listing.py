"""The list of news: filters from the query string, order and pages."""

import re

from django.core.paginator import Paginator
from django.utils.translation import gettext as _
from taggit.models import Tag

from cms_blocks.filters import NOT_A_SLUG, UNKNOWN, chosen
from cms_blocks.prefetch import prefetch_renditions
from resacoop.tags.models import labelled_tags

NEWS_PER_PAGE = 12
YEAR = re.compile(r"^[0-9]{4}$")


class NewsListing:
    """What the news index shows for one query string.

    ``?category=<slug>``, ``?tag=<slug>`` (slugs in the page's language) and ``?year=2026``
    filter the news; ``?page=<n>`` pages through them. A value that names nothing gives no
    news and a message, never an error, and is never repeated unless it is a plain slug or
    number. The cost is six queries whatever the number of news: categories, tags in use,
    years, the count and the page of news, and the renditions of their images.
    """

    def __init__(self, index, query):
        self.index = index
        self.messages = []
        self.categories = list(index.categories())
        self.tags = self._tags_in_use()
        self.years = [day.year for day in index.news_pages().dates("date", "year", order="DESC")]

        self.category = self._pick("category", query, self.categories, lambda c: [c.slug])
        self.tag = self._pick("tag", query, self.tags, lambda t: [t.label_slug, t.slug])
        self.year = self._pick_year(query.get("year", ""))

        news = index.news_pages()
        if self.category:
            news = news.filter(category=self.category)
        if self.tag:
            news = news.filter(tags=self.tag)
        if self.year:
            news = news.filter(date__year=self.year)
        if self.messages:
            news = news.none()
        self.page = Paginator(news, NEWS_PER_PAGE).get_page(query.get("page"))
        self.total = self.page.paginator.count
        prefetch_renditions([item.image for item in self.page])

    @property
    def is_filtered(self):
        """True when the list shows a part of the news, or a message instead of news."""
        return bool(self.category or self.tag or self.year or self.messages)

    def query_for(self, page_number=None):
        """The query string of this list, on page ``page_number`` ("" for the first)."""
        parts = []
        if self.category:
            parts.append(f"category={self.category.slug}")
        if self.tag:
            parts.append(f"tag={self.tag.label_slug or self.tag.slug}")
        if self.year:
            parts.append(f"year={self.year}")
        if page_number and page_number > 1:
            parts.append(f"page={page_number}")
        return f"?{'&'.join(parts)}" if parts else ""

    @property
    def previous_query(self):
        return self.query_for(self.page.previous_page_number())

    @property
    def next_query(self):
        return self.query_for(self.page.next_page_number())

    def _tags_in_use(self):
        return labelled_tags(
            Tag.objects.filter(
                news_newspagetag_items__content_object__in=self.index.news_pages()
            ).distinct(),
            self.index.locale_id,
        )

    def _pick(self, name, query, choices, slugs_of):
        choice, problem = chosen(query, name, choices, slugs_of)
        if problem == NOT_A_SLUG:
            # Not a slug at all: say so without echoing what could be anything.
            self.messages.append(_("This filter is not valid."))
        elif problem == UNKNOWN:
            if name == "category":
                message = _("There is no news category “%(value)s”.")
            else:
                message = _("No news is tagged “%(value)s”.")
            self.messages.append(message % {"value": query[name]})
        return choice

    def _pick_year(self, value):
        if not value:
            return None
        if not YEAR.match(value):
            self.messages.append(_("This filter is not valid."))
            return None
        year = int(value)
        if year not in self.years:
            self.messages.append(_("There is no news from %(year)s.") % {"year": year})
            return None
        return year
