import re

from django.core.paginator import Paginator
from django.template.response import TemplateResponse
from django.utils.translation import gettext
from wagtail.models import Page

from cms_blocks.content_version import cached_until_changed
from cms_blocks.languages import active_locale

from .forms import SearchForm

RESULTS_PER_PAGE = 10

# Full-text indexes keep words only: both SQLite FTS5 and PostgreSQL split text on
# punctuation. Searching with the words alone gives the same matches and keeps quotes and
# operators typed by a visitor out of the engine's query syntax (FTS5 rejects a stray `"`).
WORD = re.compile(r"\w+")


def alias_ids():
    """The ids of the pages that are aliases: few, kept until the content changes."""
    return cached_until_changed(
        "resacoop:search:aliases",
        lambda: list(Page.objects.filter(alias_of__isnull=False).values_list("id", flat=True)),
    )


def search(request):
    """Full-text search over the live public pages of the visitor's language.

    An invalid query (too long, NUL character) shows the form with its error and answers
    400; an empty query shows the form alone.
    """
    form = SearchForm(request.GET)
    query = ""
    results = Page.objects.none()
    if form.is_valid():
        query = form.cleaned_data["query"].strip()
        words = " ".join(WORD.findall(query))
        if words:
            # Aliases show another page's content, they are not translations: leave them out.
            # Page.search_fields has no filter on alias_of: the few aliases are left out by
            # id (an "id IN (every page but the aliases)" subquery made PostgreSQL loop over
            # the pages, for the count and again for the results).
            results = Page.objects.live().public().filter(locale=active_locale())
            if aliases := alias_ids():
                results = results.exclude(id__in=aliases)
            results = results.search(words)
    paginator = Paginator(results, RESULTS_PER_PAGE)
    if query:
        title = gettext("Search results for “%(query)s”") % {"query": query}
    else:
        title = gettext("Search")
    return TemplateResponse(
        request,
        "search/search.html",
        {
            "form": form,
            "query": query,
            "results": paginator.get_page(request.GET.get("page")),
            "page_title": title,
            # Result pages are made of any words anyone types: endless, thin and duplicate
            # content. Not indexed, but their links are followed to the pages found. They
            # must stay open to robots (not in robots.txt) for this to be seen.
            "noindex": True,
        },
        status=200 if form.is_valid() else 400,
    )
