"""A listing's filter names one of its choices by slug; anything else is refused, with why."""

import pytest
from django.http import QueryDict

from cms_blocks.filters import NOT_A_SLUG, UNKNOWN, chosen


@pytest.mark.parametrize(
    "query, expected",
    [
        ("", (None, None)),
        ("tag=", (None, None)),
        ("tag=jeunesse", ("jeunesse", None)),
        ("tag=climat", (None, UNKNOWN)),
        ("tag=<script>", (None, NOT_A_SLUG)),
        ("tag=a%00b", (None, NOT_A_SLUG)),
        ("tag=" + "a" * 101, (None, NOT_A_SLUG)),
        ("tag=jeunesse&tag=climat", (None, UNKNOWN)),  # the last value counts, as in Django
    ],
)
def test_a_filter_is_a_slug_of_one_choice(query, expected):
    assert chosen(QueryDict(query), "tag", ["jeunesse", "éducation"]) == expected


def test_a_choice_may_have_a_slug_in_each_language():
    categories = [{"fr": "villes", "en": "cities"}, {"fr": "universites", "en": "universities"}]

    choice, problem = chosen(
        QueryDict("category=cities"), "category", categories, lambda c: set(c.values())
    )

    assert (choice, problem) == (categories[0], None)
