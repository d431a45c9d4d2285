"""The translatable taxonomies share one base: slugs, name clashes, languages, seeding."""

import pytest
from django.urls import reverse
from wagtail.models import Locale

from network_map.models import Audience

from .. import taxonomy_checks
from ..testapp.builders import AUDIENCES

# The checks every taxonomy shares are in tests/taxonomy_checks.py, run here on audiences and
# in tests/site/members/test_member_categories.py on the site's member categories.


def test_slug_follows_the_name(home_page):
    taxonomy_checks.slug_follows_the_name(Audience)


def test_a_name_is_used_once_in_each_language(home_page):
    taxonomy_checks.a_name_is_used_once_in_each_language(
        Audience, "Ce nom est déjà utilisé dans cette langue."
    )


def test_admin_refuses_a_second_audience_of_the_same_name(admin_client, home_page):
    url = reverse("wagtailsnippets_network_map_audience:add") + "?locale=fr"

    response = admin_client.post(url, {"name": "Jeunes", "sort_order": "5"})

    assert response.status_code == 200
    assert "Ce nom est déjà utilisé dans cette langue." in response.content.decode()
    assert Audience.objects.filter(locale__language_code="fr", slug="jeunes").count() == 1


@pytest.mark.parametrize("language", ["fr", "en", "es"])
def test_terms_in_a_language(home_page, language):
    french = list(Audience.objects.filter(locale__language_code="fr"))
    expected = [names[language] for names in AUDIENCES]

    by_code = Audience.in_locale(french, language)
    by_locale = Audience.in_locale(french, Locale.objects.get(language_code=language))

    assert [audience.name for audience in by_code] == expected
    assert by_locale == by_code


def test_a_term_without_translation_stays_in_its_own_language(home_page):
    french = Locale.objects.get(language_code="fr")
    new = Audience.objects.create(locale=french, name="Chercheurs", sort_order=5)

    assert Audience.in_locale([new], "en") == [new]


def test_seeding_creates_only_what_is_missing(home_page, run_on_commit):
    taxonomy_checks.seeding_creates_only_what_is_missing(
        Audience, {"fr": "Jeunes", "en": "Young people"}, run_on_commit
    )
