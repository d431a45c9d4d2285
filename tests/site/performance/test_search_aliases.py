"""Search leaves out aliases (another page's content at another address) by their ids."""

from django.urls import reverse

from ..builders import make_standard_page


def test_an_alias_is_not_a_search_result(client, home_page):
    original = make_standard_page(home_page, title="Fonds pour les jumelages", slug="fonds")
    section = make_standard_page(home_page, title="Rubrique", slug="rubrique")
    alias = original.create_alias(parent=section, update_slug="fonds-alias")

    content = client.get(reverse("search"), {"query": "jumelages"}).content.decode()

    assert f'href="{original.url}"' in content
    assert alias.url not in content
