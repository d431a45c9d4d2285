"""The list of resources: faceted filters, search within the resources, pages.

``?kind=guide&theme=<slug>&country=SN&year=2024&language=fr&q=water&page=2`` combine (see
``resacoop.core.facets``). The resources' facet values are read in one query, their themes
in two, and the page of resources shown in one more: the cost does not grow with the number
of resources or of choices.
"""

import re
from functools import cached_property

from django.core.paginator import Paginator
from django.utils.translation import gettext as _
from django_countries import countries as all_countries
from taggit.models import Tag

from resacoop.core.facets import Choice, Facet, FacetedSelection
from resacoop.core.fields import codes_of
from resacoop.core.sorting import sort_key
from resacoop.tags.models import labelled_tags

from .fields import language_name
from .models import ResourceKind, ResourcePage, ResourcePageTag

RESOURCES_PER_PAGE = 12
#: Longer searches are refused: the site's search form stops at the same length.
QUERY_LENGTH = 200
WORD = re.compile(r"\w+")


class ResourceListing:
    """What the resource centre shows for one query string."""

    def __init__(self, index, query):
        self.index = index
        self.search_messages = []
        resources = index.resource_pages()
        rows = list(resources.values("pk", "kind", "year", "countries", "languages"))
        themes = {}
        for resource_id, tag_id in ResourcePageTag.objects.filter(
            content_object__in=resources.values("pk")
        ).values_list("content_object_id", "tag_id"):
            themes.setdefault(resource_id, set()).add(tag_id)
        for row in rows:
            row["countries"] = codes_of(row["countries"])
            row["languages"] = codes_of(row["languages"])
            row["themes"] = themes.get(row["pk"], set())
        self.tags = self._tags({tag for found in themes.values() for tag in found})

        # The choices are those of every resource here; a search narrows what they count.
        facets = self._facets(rows)
        self.q = self._read_search(query)
        if self.q:
            words = " ".join(WORD.findall(self.q))
            found = set()
            if words:
                found = {
                    page.pk
                    for page in ResourcePage.objects.live()
                    .filter(locale=index.locale_id)
                    .search(words, operator="and")
                }
            rows = [row for row in rows if row["pk"] in found]

        self.selection = FacetedSelection(
            facets, rows, query, keep={"q": self.q if self.q else None}
        )
        self.messages = [*self.search_messages, *self.selection.messages]
        matching = [] if self.messages else self.selection.matching
        self.total = len(matching)
        self.page = Paginator(matching, RESOURCES_PER_PAGE).get_page(query.get("page"))
        self.resources = self._resources([row["pk"] for row in self.page])

    # --- Reading the query

    def _read_search(self, query):
        value = query.get("q", "").strip()
        if len(value) > QUERY_LENGTH or "\x00" in value:
            self.search_messages.append(
                _("Search with at most %(count)s characters.") % {"count": QUERY_LENGTH}
            )
            return ""
        return value

    # --- Choices

    def _facets(self, rows):
        years = sorted({row["year"] for row in rows}, reverse=True)
        codes = {code for row in rows for code in row["countries"]}
        languages = {code for row in rows for code in row["languages"]}
        return [
            Facet(
                "kind",
                _("Kind"),
                # Every kind, those without resources with a count of 0: "video" names a
                # kind even when there is no video yet.
                [Choice(kind.value, kind.label) for kind in ResourceKind],
                keys_of=lambda row: (row["kind"],),
                unknown=_("There is no kind of resource “%(value)s”."),
            ),
            Facet(
                "theme",
                _("Theme"),
                [
                    Choice(
                        tag.label_slug or tag.slug, tag.label_name or tag.name, tag.pk, (tag.slug,)
                    )
                    for tag in self.tags
                ],
                keys_of=lambda row: row["themes"],
                unknown=_("No resource has the theme “%(value)s”."),
            ),
            Facet(
                "country",
                _("Country"),
                sorted(
                    (Choice(code, all_countries.name(code)) for code in codes),
                    key=lambda choice: sort_key(str(choice.label)),
                ),
                keys_of=lambda row: row["countries"],
                unknown=_("No resource concerns the country “%(value)s”."),
                normalise=str.upper,
            ),
            Facet(
                "year",
                _("Year"),
                [Choice(str(year), str(year), year) for year in years],
                keys_of=lambda row: (row["year"],),
                unknown=_("No resource is from %(value)s."),
            ),
            Facet(
                "language",
                _("Language"),
                sorted(
                    (Choice(code, language_name(code)) for code in languages),
                    key=lambda choice: sort_key(str(choice.label)),
                ),
                keys_of=lambda row: row["languages"],
                unknown=_("No resource is in the language “%(value)s”."),
                normalise=str.lower,
            ),
        ]

    def _tags(self, tag_ids):
        if not tag_ids:
            return []
        return labelled_tags(Tag.objects.filter(pk__in=tag_ids), self.index.locale_id)

    def _resources(self, pks):
        """The resources of the page, in the listing's order, each with its themes' names."""
        if not pks:
            return []
        found = ResourcePage.objects.filter(pk__in=pks).select_related("document").in_bulk()
        names = {tag.pk: tag.label_name or tag.name for tag in self.tags}
        themes = {row["pk"]: row["themes"] for row in self.page}
        resources = [found[pk] for pk in pks if pk in found]
        for resource in resources:
            resource.theme_names = sorted(
                (names[tag] for tag in themes.get(resource.pk, ()) if tag in names), key=sort_key
            )
        return resources

    # --- What the page shows

    @cached_property
    def facets(self):
        return self.selection.views()

    @property
    def is_filtered(self):
        """Part of the resources, a later page or a message: a view not to index."""
        return self.selection.is_filtered or bool(self.messages) or self.page.number > 1

    def query_for(self, **changes):
        return self.selection.query_for(**changes)

    @property
    def previous_query(self):
        return self.query_for(page=self.page.previous_page_number())

    @property
    def next_query(self):
        return self.query_for(page=self.page.next_page_number())
