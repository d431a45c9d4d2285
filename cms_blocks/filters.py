"""Reading the filters of a listing from its query string: ``?category=universites``.

A filter names one choice by its slug. Anything else a visitor may type is refused before it
reaches the database, and the listing says which filter it could not apply.
"""

import re

SLUG = re.compile(r"^[-a-zA-Z0-9_]{1,100}$")

#: Why a filter was not applied (see :func:`chosen`).
NOT_A_SLUG = "not a slug"
UNKNOWN = "unknown"


def chosen(query, name, choices, slugs_of=None):
    """The choice that the query-string parameter ``name`` names by its slug.

    Args:
        query: the request's ``GET``.
        name: the parameter ("category", "tag"...).
        choices: what the listing offers.
        slugs_of: ``slugs_of(choice)`` gives the slugs that name a choice (a tag may have one
            per language); by default a choice is its own slug.

    Returns:
        ``(choice, problem)``: ``(None, None)`` without the parameter; ``(None, NOT_A_SLUG)``
        or ``(None, UNKNOWN)`` when it names nothing the listing offers.
    """
    value = query.get(name, "")
    if not value:
        return None, None
    if not SLUG.match(value):
        return None, NOT_A_SLUG
    for choice in choices:
        if value in (slugs_of(choice) if slugs_of else {choice}):
            return choice, None
    return None, UNKNOWN
