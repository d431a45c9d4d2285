"""Country pages among the site search's results.

Country pages are views of the partner countries page, not pages of the search index: the
search view asks :func:`matching_countries` for the partner countries whose name, in the
visitor's language, the query names, and shows them before the pages found (template
``countries/includes/search_results.html``).
"""

from cms_blocks.languages import active_language
from resacoop.core.sorting import sort_key

from .partners import index_url, partner_countries
from .world import country_name


def matching_countries(query):
    """``[{"name", "url", "code"}]``: the partner countries of the active language that
    ``query`` names ("sénégal", "Senegal", "burkina" all find Burkina Faso or Senegal).

    A country matches when its whole name is in the query, or the query (three letters at
    least) starts one of the words of its name; accents and case are ignored. No query once
    the partner countries are cached.
    """
    wanted = sort_key(query or "")
    if len(wanted) < 3:
        return []
    language = active_language()
    base = index_url(language)
    if not base:
        return []
    found = []
    for code in partner_countries(language):
        name = country_name(code)
        key = sort_key(name)
        words = key.replace("-", " ").split()
        if key in wanted or any(word.startswith(wanted) for word in words):
            found.append({"code": code, "name": name, "url": f"{base}{code.lower()}/"})
    return sorted(found, key=lambda item: sort_key(item["name"]))
