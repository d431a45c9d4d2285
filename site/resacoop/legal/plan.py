"""The site plan: every public page of a language, nested as in the page tree.

Public means live, not restricted to some visitors (nor below a restricted page), and not
asked to stay out of search engines (a page of examples). A page whose parent is left out
is shown under its nearest ancestor that is in the plan.

Two queries whatever the number of pages (the pages, the restrictions), then kept in the
cache until the content changes.
"""

from dataclasses import dataclass, field

from wagtail.models import Page, PageViewRestriction

from cms_blocks.content_version import cached_until_changed


@dataclass
class Entry:
    title: str
    url: str
    children: list = field(default_factory=list)


def site_plan(page, request):
    """The plan of the language tree ``page`` is in: its home page's entry, with the rest
    below it. ``page`` is a page right under the home page (the site plan's place)."""
    home_path = page.path[: -Page.steplen]
    return cached_until_changed(
        f"resacoop:site-plan:{home_path}", lambda: _build(home_path, request)
    )


def _build(home_path, request):
    from resacoop.pages.models import StandardPage

    hidden = StandardPage.objects.filter(hidden_from_search_engines=True).values("pk")
    pages = (
        Page.objects.live()
        .filter(path__startswith=home_path)
        .exclude(pk__in=hidden)
        .only("pk", "title", "path", "depth", "url_path", "locale_id")
        .order_by("path")
    )
    restricted = list(
        PageViewRestriction.objects.filter(page__path__startswith=home_path).values_list(
            "page__path", flat=True
        )
    )
    entries = {}
    root = None
    for item in pages:
        if any(item.path.startswith(path) for path in restricted):
            continue
        entry = Entry(item.title, item.get_url(request))
        entries[item.path] = entry
        if item.path == home_path:
            root = entry
            continue
        parent = _nearest(entries, item.path)
        if parent is None:
            continue  # below a home page that is not live: nothing in the plan can lead there
        parent.children.append(entry)
    return root


def _nearest(entries, path):
    """The entry of the nearest ancestor of ``path`` in the plan, or None."""
    while len(path) > Page.steplen:
        path = path[: -Page.steplen]
        if path in entries:
            return entries[path]
    return None
