"""The member directory: filters from the query string, counts, order and pages."""

from django.core.paginator import Paginator
from django.db.models import Count
from django.utils.functional import cached_property
from django.utils.translation import gettext as _
from taggit.models import Tag

from cms_blocks.filters import NOT_A_SLUG, UNKNOWN, chosen
from cms_blocks.prefetch import prefetch_renditions
from resacoop.tags.models import labelled_tags

MEMBERS_PER_PAGE = 48


class Directory:
    """What the directory page shows for one query string.

    ``?category=<slug>`` and ``?tag=<slug>`` (slugs in the page's language) filter the
    members; ``?page=<n>`` pages through them. An unknown or malformed value gives no
    member and a message, never an error. The cost is three queries whatever the number of
    members (categories, tags in use, counts), and two more when the members shown are not
    kept rendered: members, and the renditions of their logos.
    """

    def __init__(self, index, query):
        self.index = index
        self.messages = []
        self.categories = list(index.categories())
        self.tags = self._tags_in_use()

        self.category = self._pick("category", query, self.categories, lambda c: [c.slug])
        self.tag = self._pick("tag", query, self.tags, lambda t: [t.label_slug, t.slug])

        members = index.member_pages()
        if self.tag:
            members = members.filter(tags=self.tag)
        if self.messages:
            members = members.none()
            self.counts = {}
        else:
            per_category = members.order_by().values_list("category_id").annotate(Count("pk"))
            self.counts = dict(per_category)
        if self.category:
            members = members.filter(category=self.category)
            self.total = self.counts.get(self.category.pk, 0)
        else:
            self.total = sum(self.counts.values())
        paginator = Paginator(members, MEMBERS_PER_PAGE)
        paginator.count = self.total  # counted above: no second count query
        # The members of the page are loaded only when shown (``members``): the page's
        # template keeps them rendered for each state of the filters.
        self.page = paginator.get_page(query.get("page"))

    @cached_property
    def members(self):
        """The members of the page shown, with the renditions of their logos."""
        members = list(self.page)
        prefetch_renditions([member.logo for member in members])
        return members

    @property
    def state(self):
        """What the members shown depend on, to keep them rendered under; None when the
        query asked for something unknown (its message repeats it)."""
        if self.messages:
            return None
        category = self.category.slug if self.category else ""
        tag = self.tag.pk if self.tag else ""
        return f"{category}:{tag}:{self.page.number}"

    def _tags_in_use(self):
        return labelled_tags(
            Tag.objects.filter(
                members_memberpagetag_items__content_object__in=self.index.member_pages()
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
                message = _("There is no category “%(value)s” in this directory.")
            else:
                message = _("No member of this directory is tagged “%(value)s”.")
            self.messages.append(message % {"value": query[name]})
        return choice

    @property
    def category_counts(self):
        """``[(category, number of members)]`` for the current tag filter."""
        return [(category, self.counts.get(category.pk, 0)) for category in self.categories]
