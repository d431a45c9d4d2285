"""The site's member categories are a translatable taxonomy of ``cms_blocks.taxonomy``.

The checks are shared with the apps' own taxonomy (audiences of relays), in
tests/taxonomy_checks.py.
"""

from resacoop.members.models import MemberCategory

from ... import taxonomy_checks


def test_slug_follows_the_name(home_page):
    taxonomy_checks.slug_follows_the_name(MemberCategory)


def test_a_name_is_used_once_in_each_language(home_page):
    taxonomy_checks.a_name_is_used_once_in_each_language(
        MemberCategory, "Une autre catégorie porte déjà ce nom."
    )


def test_seeding_creates_only_what_is_missing(home_page, run_on_commit):
    taxonomy_checks.seeding_creates_only_what_is_missing(
        MemberCategory, {"fr": "Villes", "en": "Cities"}, run_on_commit
    )
