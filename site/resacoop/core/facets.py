"""Faceted filters for listings, one helper for every listing of the site.

A listing describes each of its filters as a :class:`Facet`: the name it has in the query
string, its choices, which choices a listed item has, and how a choice filters a queryset.
:class:`FacetedSelection` then reads the query string, keeps the items that have every
chosen value (AND across facets, one choice per facet), counts for each choice the items it
would give with the other chosen filters kept, and writes the query string of any link so
that it keeps every filter.

Items are whatever the listing reads in one query (``values()`` rows, small objects):
counting happens on them in Python, so a listing costs the same few queries whatever the
number of its items and of its choices.

Bad input never reaches the database: a value that is not a plain slug (at most
``MAX_LENGTH`` characters of letters, digits, ``-`` and ``_``) gets a message that does not
repeat it; a slug that names no choice gets a message that does.
"""

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.utils.translation import gettext as _

from cms_blocks.filters import SLUG

#: The longest value a facet reads from the query string.
MAX_LENGTH = 100


@dataclass(frozen=True)
class Choice:
    """One value of a facet.

    Args:
        value: how the query string names it (a slug: ``guide``, ``SN``, ``2026``).
        label: what visitors read, in their language.
        key: what the items carry for it (a tag's pk); ``value`` when not given.
        aliases: other values that name it too (a tag's slug in another language).
    """

    value: str
    label: str
    key: object = None
    aliases: tuple = ()

    @property
    def item_key(self):
        return self.value if self.key is None else self.key


@dataclass
class Facet:
    """A filter of a listing.

    Args:
        name: its query-string parameter (``kind``, ``country``).
        label: its heading, in the visitor's language.
        choices: what it offers, in the order shown.
        keys_of: ``keys_of(item)`` gives the keys of the choices an item has (several for
            multi-valued fields: countries, themes).
        unknown: the message for a slug that names no choice, with ``%(value)s``.
        normalise: how a value read from the query string is written before it is looked
            up (``str.upper`` for country codes).
        q: ``q(choice)`` gives the ``Q`` object that keeps the items with that choice, for
            listings that filter in the database rather than on their items.
    """

    name: str
    label: str
    choices: list
    keys_of: Callable[[object], Iterable]
    unknown: str = ""
    normalise: Callable[[str], str] | None = None
    q: Callable | None = None

    def find(self, value):
        if self.normalise:
            value = self.normalise(value)
        for choice in self.choices:
            if value == choice.value or value in choice.aliases:
                return choice
        return None


@dataclass
class Option:
    """A choice as the listing shows it: how many items it gives, and the query of its link
    (choosing it, or leaving it when it is chosen)."""

    choice: Choice
    count: int
    selected: bool
    query: str

    @property
    def is_link(self):
        return self.selected or self.count > 0


@dataclass
class FacetView:
    """A facet as the listing shows it. ``kept`` are the ``(name, value)`` pairs of the
    other filters, for a form of this facet's choices (hidden fields)."""

    facet: Facet
    options: list
    chosen: Choice | None
    kept: list = field(default_factory=list)

    @property
    def name(self):
        return self.facet.name

    @property
    def label(self):
        return self.facet.label


@dataclass
class FacetedSelection:
    """The items a query string chooses among ``items``, and the facets' counts.

    Args:
        facets: the listing's facets.
        items: every item the listing may show, in its order.
        query: the request's ``GET``.
        keep: other parameters every link keeps (``{"q": "water"}``), already read and
            checked by the listing.
    """

    facets: list
    items: list
    query: object
    keep: dict = field(default_factory=dict)

    def __post_init__(self):
        self.messages = []
        self.chosen = {}
        for facet in self.facets:
            choice = self._read(facet)
            if choice is not None:
                self.chosen[facet.name] = choice
        self.matching = [item for item in self.items if self._matches(item)]

    def _read(self, facet):
        value = self.query.get(facet.name, "")
        if not value:
            return None
        if len(value) > MAX_LENGTH or not SLUG.match(value):
            # Not a slug at all: say so without repeating what could be anything.
            self.messages.append(_("This filter is not valid."))
            return None
        choice = facet.find(value)
        if choice is None:
            self.messages.append(
                (facet.unknown or _("This filter is not valid.")) % {"value": value}
            )
        return choice

    def _matches(self, item, leaving=None):
        for facet in self.facets:
            choice = self.chosen.get(facet.name)
            if choice is None or facet.name == leaving:
                continue
            if choice.item_key not in facet.keys_of(item):
                return False
        return True

    @property
    def is_filtered(self):
        """True when something narrows the list, or a filter could not be applied."""
        return bool(self.chosen or self.messages or any(self.keep.values()))

    def query_for(self, **changes):
        """The query string of the current selection with ``changes`` (None drops a key),
        without its leading ``?``; parameters in the facets' order, then the kept ones."""
        values = {facet.name: None for facet in self.facets}
        values.update({facet.name: choice.value for facet, choice in self._chosen_facets()})
        values.update(self.keep)
        values.update(changes)
        return urlencode({key: value for key, value in values.items() if value})

    def _chosen_facets(self):
        for facet in self.facets:
            if facet.name in self.chosen:
                yield facet, self.chosen[facet.name]

    def views(self):
        """Each facet with its options: their counts keep the other facets' choices."""
        result = []
        for facet in self.facets:
            chosen = self.chosen.get(facet.name)
            counts = {}
            for item in self.items:
                if self._matches(item, leaving=facet.name):
                    for key in set(facet.keys_of(item)):
                        counts[key] = counts.get(key, 0) + 1
            options = []
            for choice in facet.choices:
                selected = choice == chosen
                options.append(
                    Option(
                        choice=choice,
                        count=counts.get(choice.item_key, 0),
                        selected=selected,
                        query=self.query_for(**{facet.name: None if selected else choice.value}),
                    )
                )
            kept = [
                (other.name, choice.value)
                for other, choice in self._chosen_facets()
                if other.name != facet.name
            ]
            kept += [(name, value) for name, value in self.keep.items() if value]
            result.append(FacetView(facet=facet, options=options, chosen=chosen, kept=kept))
        return result

    def q(self):
        """The ``Q`` objects of the chosen choices, for a queryset (facets that have one)."""
        return [facet.q(choice) for facet, choice in self._chosen_facets() if facet.q]
