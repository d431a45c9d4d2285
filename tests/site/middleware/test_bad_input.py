"""Bad input a relay organisation or any admin user can send: never a server error.

Tags named without a Latin letter, NUL characters, malformed ids: each gets a usable page or a
short 4xx answer, never a 500.
"""

import importlib

import pytest
from bs4 import BeautifulSoup
from django.apps import apps
from django.contrib.auth import get_user_model
from django.urls import reverse
from taggit.models import Tag

from resacoop.members.models import MemberPage
from resacoop.tags.models import TagLabel

from ..builders import make_map, make_relay, make_tag_index

NON_LATIN_NAMES = [")", "日本", "العربية"]


@pytest.fixture
def tag_index(home_page):
    return make_tag_index(home_page)


@pytest.fixture
def superuser(db):
    return get_user_model().objects.create_superuser("admin", "admin@example.org", "x" * 20)


def tag_links(html):
    """``{text: href}`` of the tag links a page shows."""
    soup = BeautifulSoup(html, "html.parser")
    return {link.get_text(): link["href"] for link in soup.select("a.tag")}


def test_tags_without_latin_letters_get_distinct_url_safe_slugs(home_page):
    tags = [Tag.objects.create(name=name) for name in NON_LATIN_NAMES]

    slugs = [tag.slug for tag in tags]
    assert slugs[1] == "riben"  # 日本, transliterated
    assert all(slug and slug.isascii() and slug[0].isalnum() for slug in slugs), slugs
    assert len(set(slugs)) == len(slugs)
    assert [tag.labels.get().slug for tag in tags] == slugs


def test_accented_tag_keeps_its_plain_ascii_slug(home_page):
    assert Tag.objects.create(name="coopération").slug == "cooperation"


def test_name_that_reads_like_another_tag_gets_another_slug(home_page):
    ascii_tag = Tag.objects.create(name="Riben")

    japanese = Tag.objects.create(name="日本")

    assert ascii_tag.slug == "riben"
    assert japanese.slug.startswith("riben-")
    assert japanese.slug == Tag.objects.get(name="日本").slug


def test_relay_page_tag_page_and_tag_index_work_with_non_latin_tags(client, home_page, tag_index):
    relay = make_relay(make_map(home_page), title="ADOS", tags=NON_LATIN_NAMES)

    links = tag_links(client.get(relay.url).content)
    assert set(links) == set(NON_LATIN_NAMES)
    for name, href in links.items():
        tagged = client.get(href)
        assert tagged.status_code == 200, (name, href)
        assert relay.url in tagged.content.decode()
    index = client.get(tag_index.url)
    assert index.status_code == 200
    assert tag_links(index.content) == links


def test_moderator_preview_of_a_draft_with_non_latin_tags(client, home_page, tag_index, superuser):
    relay = make_relay(make_map(home_page), title="ADOS")
    relay.tags.add("日本", ")")
    relay.save_revision()
    client.force_login(superuser)

    response = client.get(reverse("wagtailadmin_pages:view_draft", args=[relay.pk]))

    assert response.status_code == 200
    assert set(tag_links(response.content)) == {"日本", ")"}


def test_tag_without_a_slug_is_shown_without_a_link(client, home_page, tag_index):
    relay = make_relay(make_map(home_page), title="ADOS", tags=["jeunesse"])
    # A tag left without a slug by an older version, before the data migration ran.
    Tag.objects.filter(name="jeunesse").update(slug="")
    TagLabel.objects.filter(tag__name="jeunesse").update(slug="")

    html = client.get(relay.url).content.decode()
    index = client.get(tag_index.url).content.decode()

    soup = BeautifulSoup(html, "html.parser")
    assert soup.select_one(".page-tags .tag").get_text() == "jeunesse"
    assert tag_links(html) == {}
    assert "jeunesse" in index
    assert tag_links(index) == {}


def test_migration_repairs_tags_left_without_a_slug(home_page):
    broken = [Tag.objects.create(name=name) for name in ["日本", ")", "ok"]]
    Tag.objects.filter(name="日本").update(slug="")
    Tag.objects.filter(name=")").update(slug="_1")  # what taggit gave the second one
    TagLabel.objects.filter(tag__name="日本").update(slug="")
    TagLabel.objects.filter(tag__name=")").update(slug="_1")
    migration = importlib.import_module("resacoop.tags.migrations.0002_repair_empty_tag_slugs")

    migration.repair_slugs(apps, None)

    slugs = dict(Tag.objects.filter(pk__in=[t.pk for t in broken]).values_list("name", "slug"))
    assert slugs["日本"] == "riben"
    assert slugs[")"].startswith("tag-")
    assert slugs["ok"] == "ok"
    labels = dict(TagLabel.objects.filter(tag__in=broken).values_list("tag__name", "slug"))
    assert labels == slugs


NUL_REQUESTS = [
    ("get", "/admin/tag-autocomplete/?term=%00", {}),
    ("get", "/admin/choose-page/search/?q=a%00b", {}),
    ("get", "/admin/api/main/pages/?search=%00", {}),
    ("get", "/fr/a%00b/", {}),
    ("get", "/admin/pages/search/?q=%00", {}),
    ("post", "/admin/login/", {"username": "admin\x00", "password": "x"}),
]


@pytest.mark.parametrize(("method", "url", "data"), NUL_REQUESTS)
def test_nul_character_is_a_bad_request(client, home_page, superuser, method, url, data):
    client.force_login(superuser)

    response = getattr(client, method)(url, data)

    assert response.status_code == 400
    assert response["Content-Type"].startswith("text/plain")
    assert "caractère" in response.content.decode()  # in the visitor's language


def test_search_without_nul_still_answers(client, home_page, superuser):
    client.force_login(superuser)

    assert client.get("/admin/tag-autocomplete/?term=jeu").status_code == 200
    assert client.get("/fr/recherche/?q=jeunesse").status_code == 200


def test_public_search_refuses_nul_in_its_own_words(client, home_page):
    # Public views that read a query string refuse a NUL themselves, in the site's layout.
    response = client.get("/fr/recherche/", {"query": "a\x00b"})

    assert response.status_code == 400
    assert response["Content-Type"].startswith("text/html")


BULK_ACTIONS = [
    "/admin/bulk/wagtailcore/page/unpublish/",
    "/admin/bulk/wagtailcore/page/delete/",
    "/admin/bulk/wagtailimages/image/delete/",
    "/admin/bulk/wagtailimages/image/add_tags/",
    "/admin/bulk/wagtaildocs/document/delete/",
    "/admin/bulk/auth/user/delete/",
    "/admin/bulk/auth/user/set_active_state/",
]


@pytest.mark.parametrize("url", BULK_ACTIONS)
@pytest.mark.parametrize("query", ["id=abc", "id=1&id=1e3", "id=all&childOf=abc"])
def test_bulk_action_with_malformed_ids_is_a_bad_request(client, home_page, superuser, url, query):
    client.force_login(superuser)

    assert client.get(f"{url}?{query}").status_code == 400
    assert client.post(f"{url}?{query}").status_code == 400


@pytest.mark.parametrize("url", BULK_ACTIONS)
def test_bulk_action_with_valid_ids_still_opens(client, home_page, superuser, image, document, url):
    client.force_login(superuser)
    ids = {"page": home_page.pk, "image": image.pk, "document": document.pk, "user": superuser.pk}
    model = url.split("/")[4]

    assert client.get(f"{url}?id={ids[model]}").status_code == 200


@pytest.mark.parametrize("user", ["anonymous", "superuser"])
def test_failwhale_is_not_found(client, superuser, user):
    if user == "superuser":
        client.force_login(superuser)

    response = client.get("/admin/failwhale/", follow=True)

    # Like any unknown admin address, it first goes to its language's prefix (/fr/admin/…).
    assert response.status_code == 404


@pytest.mark.parametrize("value", ["abc", "1e309", "99999999999999999999", "-1", "[]"])
def test_chooser_given_something_else_than_an_id_gives_the_form_back(
    client, home_page, superuser, value
):
    from ...form_data import block_form_data, form_values
    from ..builders import make_member, make_member_index

    member = make_member(make_member_index(home_page), title="Cités Unies France")
    client.force_login(superuser)
    client.raise_request_exception = False
    edit = reverse("wagtailadmin_pages:edit", args=[member.pk])
    data = form_values(client.get(edit).content, "#page-edit-form")
    data |= block_form_data(member.body.stream_block, member.body.raw_data, "body")

    response = client.post(edit, data | {"logo": value})

    assert response.status_code == 200
    assert "Cités Unies France" in response.content.decode()
    assert MemberPage.objects.get(pk=member.pk).get_latest_revision().pk == (
        member.get_latest_revision().pk
    )
