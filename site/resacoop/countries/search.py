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

    A country matches when the words of its name are words of the query, one after the
    other ("projets au Mali", not "Somalie"), or when a query of one word (three letters at
    least) starts one of the words of its name; accents and case are ignored. No query once
    the partner countries are cached.
    """
    wanted = sort_key(query or "")
    if len(wanted) < 3:
        return []
    query_words = wanted.replace("-", " ").split()
    language = active_language()
    base = index_url(language)
    if not base:
        return []
    found = []
    for code in partner_countries(language):
        name = country_name(code)
        key = sort_key(name)
        words = key.replace("-", " ").split()
        named = any(
            query_words[start : start + len(words)] == words
            for start in range(len(query_words) - len(words) + 1)
        )
        started = len(query_words) == 1 and any(word.startswith(wanted) for word in words)
        if named or started:
            found.append({"code": code, "name": name, "url": f"{base}{code.lower()}/"})
    return sorted(found, key=lambda item: sort_key(item["name"]))
