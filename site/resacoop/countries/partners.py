"""Which countries the network works with, and what the site says about each one.

A *partner country* of a language is a country named by at least one live public page of that
language: an experience sheet or another resource of the resource centre, an event, a member
organisation, a call for projects. Each kind of page is a :class:`Source`; a source whose app
is not installed (or whose model has not landed yet) counts nothing.

What the map and the list of countries need (:func:`partner_countries`) is read in one query
per source for every language, and cached under the content version: publishing,
unpublishing or moving any page starts a new version (``cms_blocks`` watches pages).
"""

from dataclasses import dataclass, field

from django.apps import apps
from django.db.models import Q
from wagtail.models import Page

from cms_blocks.content_version import cached_until_changed
from resacoop.core.fields import codes_of

from .world import is_country

#: The kind of the resources that are experience sheets (``ResourcePage.Kind.EXPERIENCE``).
EXPERIENCE = "experience"


@dataclass(frozen=True)
class Source:
    """One kind of page that names countries in a ``countries`` field."""

    #: The key of its count and its list ("experiences", "events"...).
    key: str
    #: ``app_label.ModelName`` of the page type.
    model: str
    #: Which pages of the model are of this kind (all of them if None).
    only: Q | None = None
    #: The order of the country page's list.
    ordering: tuple = ("title",)
    #: A date field after which a page is no longer shown (a call's deadline): such pages
    #: are listed while it is to come, and neither make a partner country nor count.
    until: str | None = None

    def page_model(self):
        """The page type, or None while its app or its model is not there."""
        try:
            return apps.get_model(self.model)
        except (LookupError, ValueError):
            return None

    def pages(self, private, language=None):
        """The live public pages of this kind (in ``language``, a code, if given), or None.

        Args:
            private: ``Page.objects.all().private_q()``, the site's view restrictions, read
                once for every source.
        """
        model = self.page_model()
        if model is None:
            return None
        # Aliases show another page's content: not a page of their own.
        pages = model.objects.live().exclude(private).filter(alias_of__isnull=True)
        if language is not None:
            pages = pages.filter(locale__language_code=language)
        if self.only is not None:
            pages = pages.filter(self.only)
        return pages


SOURCES = [
    Source("experiences", "resources.ResourcePage", Q(kind=EXPERIENCE)),
    Source("resources", "resources.ResourcePage", ~Q(kind=EXPERIENCE)),
    Source("calls", "calls.CallPage", ordering=("deadline",), until="deadline"),
    Source("events", "agenda.EventPage", ordering=("-starts_at", "-pk")),
    Source("members", "members.MemberPage", ordering=("sort_name",)),
]

#: The counts that shade the map: documents of the resource centre.
DOCUMENTS = ("experiences", "resources")


@dataclass
class Partner:
    """What the site says about one country in one language."""

    code: str
    counts: dict = field(default_factory=dict)
    #: When a page naming the country was last published (for the sitemap).
    latest: object = None

    @property
    def documents(self):
        """Experience sheets and other resources: the number that shades the map."""
        return sum(self.counts.get(key, 0) for key in DOCUMENTS)

    def count(self, key):
        return self.counts.get(key, 0)


def _collect():
    by_language = {}
    private = Page.objects.all().private_q()
    for source in SOURCES:
        pages = source.pages(private)
        if pages is None or source.until:
            continue
        rows = pages.exclude(countries="").values_list(
            "countries", "last_published_at", "locale__language_code"
        )
        for value, published, language in rows:
            partners = by_language.setdefault(language, {})
            for code in codes_of(value):
                if not is_country(code):
                    continue  # a code django-countries no longer lists
                partner = partners.setdefault(code, Partner(code))
                partner.counts[source.key] = partner.counts.get(source.key, 0) + 1
                if published and (partner.latest is None or published > partner.latest):
                    partner.latest = published
    return by_language


def partner_countries(language):
    """``{code: Partner}``: the partner countries of ``language`` (a language code).

    Those of every language are read together, in one query per source and one for the
    site's view restrictions, then cached until the content changes.
    """
    return cached_until_changed("countries:partners", _collect).get(language, {})


def pages_about(code, language, now):
    """``{source key: [pages]}``: the live public pages of ``language`` naming ``code``
    (those of a source with ``until`` only while it is after ``now``).

    One query per source and one for the site's view restrictions. ``countries`` holds
    two-letter codes separated by commas, so the code as a substring is the code itself.
    """
    found = {}
    private = Page.objects.all().private_q()
    for source in SOURCES:
        pages = source.pages(private, language)
        if pages is None:
            continue
        if source.until:
            pages = pages.filter(**{f"{source.until}__gt": now})
        pages = pages.filter(countries__contains=code).order_by(*source.ordering)
        found[source.key] = [page for page in pages if code in codes_of(page.countries)]
    return found


def partner_languages(code, languages):
    """The languages (of ``languages``) in which ``code`` is a partner country."""
    return frozenset(language for language in languages if code in partner_countries(language))


def index_url(language):
    """The address of the live partner countries page of ``language``, or "" if none.

    Cached like the partners: the pages of members and events link to country pages with it.
    """

    def find():
        from .models import PartnerCountriesPage

        page = (
            PartnerCountriesPage.objects.live()
            .filter(locale__language_code=language)
            .order_by("path")
            .first()
        )
        # "" rather than None: the cache keeps it (None is "not cached").
        return page.get_url() if page is not None else ""

    return cached_until_changed(f"countries:index-url:{language}", find)
