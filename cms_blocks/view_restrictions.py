"""Wagtail's view-restriction check of a page, answered from the cache when nothing applies.

Before it serves a page, Wagtail asks the page for the view restrictions (privacy: password,
signed-in users, groups) of the page and of its ancestors: two queries on every request,
although most sites restrict few pages or none. :class:`CachedViewRestrictionsMixin` keeps
the paths of the restricted pages in the cache under the content version (a restriction
added or lifted starts a new one, see ``cms_blocks.signals``) and answers "none" without a
query for a page that is under none of them; under one, Wagtail's own lookup runs.
"""

from django.db.models import Q
from wagtail.models import Page, PageViewRestriction

from .content_version import cached_until_changed


def restricted_paths():
    """The tree paths under which a view restriction may apply.

    Those of the pages that have a restriction, and of the aliases of those pages: Wagtail
    gives an alias the restrictions of its source page.
    """
    return cached_until_changed(
        "cms_blocks:restricted-paths",
        lambda: tuple(
            Page.objects.filter(
                Q(view_restrictions__isnull=False) | Q(alias_of__view_restrictions__isnull=False)
            )
            .values_list("path", flat=True)
            .distinct()
        ),
    )


class CachedViewRestrictionsMixin:
    """For page types: no query to learn that a page has no view restriction.

    Put it before ``Page`` in the bases, as with Wagtail's own mixins.
    """

    def get_view_restrictions(self):
        if not self.path.startswith(restricted_paths()):
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()
