import json

import pytest
from bs4 import BeautifulSoup
from django.urls import reverse
from django.utils import timezone
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data

from resacoop.demo import site_setup
from resacoop.members.models import MemberCategory, MemberIndexPage, MemberPage, sort_key
from resacoop.pages.models import HomePage, StandardPage

from ...html import injected_markup
from ..builders import make_member, make_member_index, make_tag_index


@pytest.fixture
def directory(home_page):
    return make_member_index(home_page)


def category(slug, language="fr"):
    return MemberCategory.objects.get(slug=slug, locale__language_code=language)


def listed(client, url, **query):
    """Titles of the members the directory lists for ``query``, and the response."""
    response = client.get(url, query)
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    return [h2.get_text(strip=True) for h2 in soup.select(".member-card__name")], response


@pytest.fixture
def members(directory):
    make_member(
        directory,
        title="Université Grenoble Alpes",
        acronym="UGA",
        category=category("universites"),
        tags=["formation"],
    )
    make_member(
        directory,
        title="Université Clermont Auvergne",
        acronym="UCA",
        category=category("universites"),
        tags=["jeunesse"],
    )
    make_member(
        directory,
        title="Ville de Grenoble",
        category=category("villes"),
        tags=["jeunesse"],
        founding_member=True,
        year_joined=2006,
    )
    return directory


def test_directory_filters_by_category(client, members):
    titles, _response = listed(client, members.url, category="universites")

    assert titles == ["Université Clermont Auvergne", "Université Grenoble Alpes"]


def test_directory_filters_by_tag(client, members):
    titles, _response = listed(client, members.url, tag="jeunesse")

    assert titles == ["Université Clermont Auvergne", "Ville de Grenoble"]


def test_directory_filters_by_category_and_tag(client, members):
    titles, _response = listed(client, members.url, category="universites", tag="jeunesse")

    assert titles == ["Université Clermont Auvergne"]


def test_directory_counts_members_per_category(client, members):
    _titles, response = listed(client, members.url, tag="jeunesse")

    soup = BeautifulSoup(response.content, "html.parser")
    options = {
        o["value"]: o.get_text() for o in soup.select("#filter-category option") if o["value"]
    }
    assert options["universites"] == "Universités (1)"
    assert options["villes"] == "Villes (1)"
    assert options["etat"] == "État (0)"


@pytest.mark.parametrize(
    "query",
    [
        {"category": "inconnue"},
        {"tag": "inconnu"},
        {"category": "universites", "tag": "inconnu"},
        {"category": "a'b\"<c>"},
        {"category": "x" * 5000},
        {"tag": "\x00"},
        {"category": "villes\x00"},
        {"tag": "jeun%00esse"},
    ],
)
def test_unknown_or_malformed_filter_gives_an_empty_result_and_a_message(client, members, query):
    titles, response = listed(client, members.url, **query)

    assert titles == []
    status = (
        BeautifulSoup(response.content, "html.parser").find(role="status").get_text(" ", strip=True)
    )
    assert "0 membre" in status
    assert any(
        message in status
        for message in [
            "Il n’y a pas de catégorie",
            "Aucun membre de cet annuaire",
            "Ce filtre n’est pas valide.",
        ]
    )
    assert "\x00" not in response.content.decode()
    assert injected_markup(response.content.decode()) == []


@pytest.mark.parametrize("page", ["abc", "-3", "0", "999", "1.5", ""])
def test_bad_page_numbers_still_list_members(client, members, page):
    titles, _response = listed(client, members.url, page=page)

    assert len(titles) == 3


def test_directory_sorts_names_as_a_french_reader_expects(client, directory):
    for title in [
        "Zèbre solidaire",
        "Europe et nous",
        "Établissement public",
        "Œuvre commune",
        "Alpha",
    ]:
        make_member(directory, title=title)

    titles, _response = listed(client, directory.url)

    assert titles == [
        "Alpha",
        "Établissement public",
        "Europe et nous",
        "Œuvre commune",
        "Zèbre solidaire",
    ]
    assert sort_key("Établissement") < sort_key("Europe") < sort_key("Œuvre")


def test_founding_members_are_marked(client, members):
    _titles, response = listed(client, members.url)

    soup = BeautifulSoup(response.content, "html.parser")
    founders = [
        card.h2.get_text(strip=True)
        for card in soup.select(".member-card")
        if card.select(".badge")
    ]
    assert founders == ["Ville de Grenoble"]


def test_directory_pages_past_48_members(client, directory):
    for number in range(50):
        make_member(directory, title=f"Membre {number:02d}")

    first, _response = listed(client, directory.url)
    second, response = listed(client, directory.url, page="2")

    assert len(first) == 48 and first[0] == "Membre 00"
    assert second == ["Membre 48", "Membre 49"]
    assert 'rel="prev"' in response.content.decode()


@pytest.mark.parametrize("count", [5, 50])
def test_directory_query_count_does_not_grow(
    client, directory, image, count, django_assert_num_queries
):
    for number in range(count):
        make_member(directory, title=f"Membre {number}", logo=image, tags=[f"theme-{number % 3}"])
    client.get(directory.url)  # creates the logo renditions once

    # The page 1 (routing from the cache), categories, tags in use, counts by category, the
    # members of the page shown and their logos' renditions 5 (a state of the filters not
    # seen yet: its members are not kept rendered); and the content version that the cached
    # menu, footer and routing are stored under.
    with django_assert_num_queries(6 + 1):
        response = client.get(directory.url, {"tag": "theme-1"})
    assert response.status_code == 200

    # Seen again: the members shown are kept rendered, neither loaded nor rendered again.
    with django_assert_num_queries(4 + 1):
        again = client.get(directory.url, {"tag": "theme-1"})
    assert again.content == response.content


def test_a_member_renamed_shows_at_once_in_the_directory(client, directory):
    member = make_member(directory, title="Un membre")
    assert "Un membre" in client.get(directory.url).content.decode()

    member.title = "Un membre renommé"
    member.save_revision().publish()

    assert "Un membre renommé" in client.get(directory.url).content.decode()


def test_member_page_emits_organization_json_ld(client, members):
    member = MemberPage.objects.get(acronym="UGA")

    soup = BeautifulSoup(client.get(member.url).content, "html.parser")

    data = json.loads(soup.find("script", type="application/ld+json").string)
    assert data["@type"] == "Organization"
    assert data["name"] == "Université Grenoble Alpes"
    assert data["alternateName"] == "UGA"
    assert data["url"] == f"http://testserver{member.url}"


def test_home_page_emits_the_network_json_ld(client, home_page):
    soup = BeautifulSoup(client.get("/fr/").content, "html.parser")

    data = json.loads(soup.find("script", type="application/ld+json").string)
    assert data["@type"] == "Organization"
    assert data["name"] == "RESACOOP"


def test_hostile_text_in_member_fields_is_escaped(client, directory, xss_payloads):
    tag_index = make_tag_index(directory.get_parent().specific)
    for number, payload in enumerate(xss_payloads):
        member = make_member(
            directory,
            title=f"{payload} {number}",
            slug=f"membre-{number}",
            acronym=payload[:30],
            summary=payload,
            tags=[payload[:90]],
        )
        for url in [member.url, directory.url, tag_index.url]:
            html = client.get(url).content.decode()
            assert injected_markup(html) == [], (url, payload)


class TestMemberPageRules(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = site_setup.setup_site()

    def setUp(self):
        super().setUp()
        self.login()

    def test_members_only_under_the_directory(self):
        self.assertAllowedParentPageTypes(MemberPage, {MemberIndexPage})
        self.assertAllowedSubpageTypes(MemberIndexPage, {MemberPage})
        self.assertCanNotCreateAt(StandardPage, MemberPage)
        self.assertCanNotCreateAt(HomePage, MemberPage)

    def test_one_directory_per_language_tree(self):
        self.assertAllowedParentPageTypes(MemberIndexPage, {HomePage})
        self.assertTrue(MemberIndexPage.can_create_at(self.home))
        make_member_index(self.home)
        self.assertFalse(MemberIndexPage.can_create_at(self.home))

    def member_form(self, **fields):
        data = {
            "title": "Agronomes et vétérinaires sans frontières",
            "slug": "avsf",
            "acronym": "AVSF",
            "category": str(category("associations-et-ong").pk),
            "summary": "Une association de solidarité internationale.",
            "body-count": "0",
            "tags": "agriculture",
            "action-publish": "action-publish",
        }
        data.update(fields)
        return nested_form_data(data)

    def post_member(self, directory, **fields):
        return self.client.post(
            reverse("wagtailadmin_pages:add", args=("members", "memberpage", directory.pk)),
            self.member_form(**fields),
        )

    def test_editor_adds_a_member(self):
        directory = make_member_index(self.home)

        response = self.post_member(directory, year_joined="2010", website="https://www.avsf.org/")

        self.assertEqual(response.status_code, 302)
        member = MemberPage.objects.get(slug="avsf")
        self.assertEqual([tag.name for tag in member.tags.all()], ["agriculture"])

    def assert_refused(self, response, field, message):
        self.assertEqual(response.status_code, 200)
        self.assertFalse(MemberPage.objects.filter(slug="avsf").exists())
        self.assertIn(message, response.context["form"].errors[field])

    def test_invalid_website_is_refused(self):
        directory = make_member_index(self.home)

        response = self.post_member(directory, website="javascript:alert(1)")

        self.assert_refused(response, "website", "Saisissez une URL valide.")

    def test_year_joined_in_the_future_is_refused(self):
        directory = make_member_index(self.home)
        next_year = timezone.localdate().year + 1

        response = self.post_member(directory, year_joined=str(next_year))

        self.assert_refused(
            response,
            "year_joined",
            f"L’année ne peut pas être postérieure à l’année en cours ({next_year - 1}).",
        )

    def test_duplicate_acronym_in_the_directory_is_refused(self):
        directory = make_member_index(self.home)
        make_member(directory, title="Une autre", acronym="avsf")

        response = self.post_member(directory)

        self.assert_refused(
            response, "acronym", "Un autre membre de cet annuaire utilise déjà ce sigle."
        )

    def test_case_variants_of_a_tag_are_one_tag(self):
        directory = make_member_index(self.home)
        make_member(directory, title="Une autre", tags=["jeunesse"])

        self.post_member(directory, tags="Jeunesse, JEUNESSE")

        from taggit.models import Tag

        self.assertEqual(list(Tag.objects.values_list("name", flat=True)), ["jeunesse"])
        self.assertEqual(
            [tag.name for tag in MemberPage.objects.get(slug="avsf").tags.all()], ["jeunesse"]
        )


def test_directory_in_english_uses_english_categories(client, members, locales, run_on_commit):
    for member in MemberPage.objects.all():
        run_on_commit(site_setup.ensure_translations, member, [locales["en"]])
    english = members.get_translation(locales["en"])

    titles, response = listed(client, english.url, category="universities")

    assert titles == ["Université Clermont Auvergne", "Université Grenoble Alpes"]
    html = response.content.decode()
    assert '<option value="universities" selected>Universities (2)</option>' in html
    assert "Founding member" not in html  # no founder among universities


def test_admin_lists_members_with_their_columns_and_filters(admin_client, members):
    response = admin_client.get("/admin/member_pages/", {"category": category("villes").pk})

    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    headings = [th.get_text(" ", strip=True) for th in soup.select("thead th")]
    assert {"Sigle", "Catégorie", "Membre fondateur", "Année d’adhésion"} <= set(headings)
    rows = [a.get_text(strip=True) for a in soup.select("tbody .title-wrapper a, tbody td a")]
    assert any("Ville de Grenoble" in text for text in rows)
    assert not any("Université" in text for text in rows)


def test_member_that_is_also_a_relay_links_to_its_relay_page(
    client, members, home_page, locales, run_on_commit
):
    from ..builders import make_map, make_relay

    relay = make_relay(make_map(home_page), title="Ville de Grenoble, relais", departements="38")
    member = MemberPage.objects.get(title="Ville de Grenoble")
    member.relay_page = relay
    member.save_revision().publish()
    run_on_commit(site_setup.ensure_translations, relay, [locales["en"]])
    run_on_commit(site_setup.ensure_translations, member, [locales["en"]])

    french = BeautifulSoup(client.get(member.url).content, "html.parser")
    english = BeautifulSoup(
        client.get(member.get_translation(locales["en"]).url).content, "html.parser"
    )

    assert french.find("dt", string="Relais du réseau").find_next("a")["href"] == relay.url
    link = english.find("dt", string="Relay of the network").find_next("a")
    assert link["href"] == relay.get_translation(locales["en"]).url
