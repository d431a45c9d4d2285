import pytest
from playwright.sync_api import expect

from resacoop.demo import site_setup
from resacoop.members.models import MemberCategory

from ..site.builders import (
    make_member,
    make_member_index,
    make_mission,
    make_mission_index,
    make_tag_index,
    translation_of,
)

pytestmark = pytest.mark.browser


@pytest.fixture
def network(media_files, home_page, image, locales, run_on_commit):
    """Members, missions and tags in French, translated into English."""
    directory = make_member_index(home_page, introduction="Les organisations membres.")
    universities = MemberCategory.objects.get(slug="universites", locale__language_code="fr")
    member = make_member(
        directory,
        title="Université Grenoble Alpes",
        acronym="UGA",
        category=universities,
        logo=image,
        website="https://www.univ-grenoble-alpes.fr/",
        year_joined=2010,
        tags=["jeunesse", "formation"],
    )
    make_member(directory, title="Ville de Grenoble", founding_member=True, tags=["jeunesse"])
    missions = make_mission_index(home_page)
    mission = make_mission(missions, 1, title="Informer", icon=image, tags=["jeunesse"])
    tags = make_tag_index(home_page)
    for page in [directory, member, missions, mission, tags]:
        run_on_commit(site_setup.ensure_translations, page, [locales["en"]])
    return {
        "directory": directory,
        "member": member,
        "missions": missions,
        "mission": mission,
        "tags": tags,
    }


# One test for all of them: making the network is most of its time.
def test_network_pages_have_no_accessibility_violation(page, audit, live_server, network):
    violations = {}
    for language in ["fr", "en"]:
        for name in ["directory", "member", "missions", "mission", "tags"]:
            url = translation_of(network[name], language).url
            page.goto(live_server.url + url)
            if found := audit():
                violations[url] = found

    assert violations == {}


def test_tag_page_has_no_accessibility_violation(page, audit, live_server, network):
    page.goto(f"{live_server.url}{network['tags'].url}jeunesse/")

    assert audit() == []


def test_directory_filter_works_without_javascript(browser, live_server, network):
    context = browser.new_context(java_script_enabled=False)
    tab = context.new_page()
    tab.goto(live_server.url + network["directory"].url)

    tab.get_by_label("Catégorie").select_option("universites")
    with tab.expect_navigation():
        tab.get_by_role("button", name="Afficher").click()

    assert "category=universites" in tab.url
    expect(tab.locator(".member-card__name")).to_have_text(["Université Grenoble Alpes"])
    context.close()
