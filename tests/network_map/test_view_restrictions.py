"""Privacy of pages answered from the cache (cms_blocks.view_restrictions), exactly."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import PageViewRestriction

pytestmark = pytest.mark.django_db


def restriction_queries(queries):
    return [query["sql"] for query in queries if "pageviewrestriction" in query["sql"]]


def test_a_public_page_is_served_without_looking_up_restrictions(client, relays):
    url = relays[0].url
    client.get(url)
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    assert restriction_queries(queries) == []


def test_a_restriction_on_an_ancestor_applies_at_once_and_lifting_it_too(client, map_page, relays):
    url = relays[0].url
    assert client.get(url).status_code == 200
    restriction = PageViewRestriction.objects.create(
        page=map_page, restriction_type=PageViewRestriction.LOGIN
    )
    response = client.get(url)
    assert response.status_code == 302
    assert "login" in response["Location"]
    restriction.delete()
    assert client.get(url).status_code == 200


def test_a_password_on_the_page_itself_asks_for_it(client, relays):
    url = relays[1].url
    client.get(url)
    PageViewRestriction.objects.create(
        page=relays[1], restriction_type=PageViewRestriction.PASSWORD, password="relais"
    )
    response = client.get(url)
    assert response.status_code == 200
    assert b'name="password"' in response.content
    assert relays[1].title.encode() not in response.content.split(b"<main")[-1]


def test_an_alias_has_the_restrictions_of_its_source(relays, home_page):
    source = relays[0]
    restriction = PageViewRestriction.objects.create(
        page=source, restriction_type=PageViewRestriction.LOGIN
    )
    alias = source.create_alias(parent=home_page, update_slug="ados-alias")
    assert list(alias.specific.get_view_restrictions()) == [restriction]
    # The sibling is still public, without a query.
    with CaptureQueriesContext(connection) as queries:
        assert not relays[1].get_view_restrictions().exists()
    assert restriction_queries(queries) == []
