import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError
from wagtail.test.utils import WagtailPageTestCase

from resacoop.demo import site_setup
from resacoop.members.models import MemberCategory
from resacoop.missions.models import MissionIndexPage, MissionPage
from resacoop.pages.blocks import SiteBodyBlock
from resacoop.pages.models import HomePage, StandardPage

from ..builders import (
    make_member,
    make_member_index,
    make_mission,
    make_mission_index,
    make_standard_page,
    translation_of,
)


@pytest.fixture
def missions(home_page):
    index = make_mission_index(home_page)
    for order, title in [(3, "Échanger"), (1, "Informer"), (2, "Accompagner")]:
        make_mission(index, order, title=title)
    return index


def cards(html):
    soup = BeautifulSoup(html, "html.parser")
    return [
        (card.select_one(".mission-card__number").get_text(), card.select_one("a").get_text())
        for card in soup.select(".mission-card")
    ]


def test_mission_index_shows_numbered_cards_in_order(client, missions):
    html = client.get(missions.url).content.decode()

    assert cards(html) == [("1", "Informer"), ("2", "Accompagner"), ("3", "Échanger")]
    assert '<ol class="mission-cards">' in html


@pytest.mark.parametrize("count", [1, 5])
def test_mission_index_query_count_does_not_grow(
    client, home_page, image, count, django_assert_num_queries
):
    index = make_mission_index(home_page)
    for order in range(1, count + 1):
        make_mission(index, order, icon=image)
    client.get(index.url)  # creates the icon renditions once

    # The index page, the missions, their icons' renditions, and the content version that
    # the cached menu, footer, routing and language links are stored under.
    with django_assert_num_queries(3 + 1):
        response = client.get(index.url)

    assert response.status_code == 200


def test_mission_page_lists_members_and_pages_in_the_visitor_language(
    client, home_page, missions, locales, run_on_commit
):
    directory = make_member_index(home_page)
    member = make_member(directory, title="Ville de Grenoble")
    about = make_standard_page(home_page, title="À propos", slug="a-propos")
    mission = MissionPage.objects.get(order=1)
    mission.related_members = [("member", member)]
    mission.related_pages = [("page", about)]
    mission.save_revision().publish()
    run_on_commit(site_setup.ensure_translations, member, [locales["en"]])
    run_on_commit(site_setup.ensure_translations, mission, [locales["en"]])

    french = BeautifulSoup(client.get(mission.url).content, "html.parser")
    english = BeautifulSoup(client.get(translation_of(mission, "en").url).content, "html.parser")

    assert [a["href"] for a in french.select(".related a")] == [member.url, about.url]
    # The member has an English page; "À propos" has none yet, so the link stays French.
    assert [a["href"] for a in english.select(".related a")] == [
        translation_of(member, "en").url,
        about.url,
    ]
    assert english.select_one(".page-header__kicker").get_text() == "Mission 1"


def test_mission_cards_block_shows_the_missions_of_the_language(client, home_page, missions):
    page = make_standard_page(
        home_page,
        slug="accueil-missions",
        body=[{"type": "missions", "value": {"title": "Ce que nous faisons", "index": None}}],
    )

    html = client.get(page.url).content.decode()

    assert cards(html) == [("1", "Informer"), ("2", "Accompagner"), ("3", "Échanger")]
    assert '<h3 class="mission-card__title">' in html


def test_member_grid_block_by_category_or_by_choice(client, home_page):
    directory = make_member_index(home_page)
    universities = MemberCategory.objects.get(slug="universites", locale__language_code="fr")
    make_member(directory, title="Université Grenoble Alpes", category=universities)
    make_member(directory, title="Université Clermont Auvergne", category=universities)
    city = make_member(directory, title="Ville de Grenoble")
    page = make_standard_page(
        home_page,
        slug="membres-choisis",
        body=[
            {"type": "members", "value": {"title": "", "category": universities.pk, "members": []}},
            {"type": "members", "value": {"title": "", "category": None, "members": [city.pk]}},
        ],
    )

    soup = BeautifulSoup(client.get(page.url).content, "html.parser")

    grids = [
        [span.get_text() for span in grid.select("span")] for grid in soup.select(".block-members")
    ]
    assert grids == [
        ["Université Clermont Auvergne", "Université Grenoble Alpes"],
        ["Ville de Grenoble"],
    ]


@pytest.mark.parametrize("choose", ["neither", "both"])
def test_member_grid_needs_a_category_or_members_not_both(home_page, choose):
    directory = make_member_index(home_page)
    city = make_member(directory, title="Ville de Grenoble")
    block = SiteBodyBlock().child_blocks["members"]
    raw = {"title": "", "category": None, "members": []}
    if choose == "both":
        raw.update(category=city.category.pk, members=[city.pk])

    with pytest.raises(ValidationError) as caught:
        block.clean(block.to_python(raw))

    assert set(caught.value.block_errors) == {"category", "members"}


class TestMissionPageRules(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = site_setup.setup_site()

    def test_missions_only_under_the_mission_index(self):
        self.assertAllowedParentPageTypes(MissionPage, {MissionIndexPage})
        self.assertAllowedSubpageTypes(MissionIndexPage, {MissionPage})
        self.assertCanNotCreateAt(StandardPage, MissionPage)
        self.assertCanNotCreateAt(HomePage, MissionPage)

    def test_one_mission_index_per_language_tree(self):
        self.assertTrue(MissionIndexPage.can_create_at(self.home))
        make_mission_index(self.home)
        self.assertFalse(MissionIndexPage.can_create_at(self.home))
