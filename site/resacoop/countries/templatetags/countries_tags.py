from django import template

from cms_blocks.languages import active_language
from resacoop.core.fields import codes_of
from resacoop.core.sorting import sort_key

from ..partners import index_url, partner_countries
from ..search import matching_countries
from ..world import country_name, is_country

register = template.Library()


@register.inclusion_tag("countries/includes/country_links.html")
def country_links(countries):
    """The names of ``countries`` (a ``countries`` field) in the visitor's language, in
    alphabetical order, each a link to its country page where it has one.

    No query once the partner countries of the language are cached.
    """
    language = active_language()
    base = index_url(language)
    partners = partner_countries(language) if base else {}
    items = [
        {
            "name": country_name(code),
            "url": f"{base}{code.lower()}/" if code in partners else None,
        }
        for code in codes_of(countries)
        if is_country(code)
    ]
    return {"countries": sorted(items, key=lambda item: sort_key(item["name"]))}


@register.inclusion_tag("countries/includes/search_results.html")
def country_search_results(query):
    """The partner countries ``query`` names, as links to their pages (for the search page)."""
    return {"countries": matching_countries(query)}
