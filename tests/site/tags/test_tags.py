import pytest
from bs4 import BeautifulSoup
from taggit.models import Tag
from wagtail_localize.models import Translation, TranslationSource

from resacoop.demo import site_setup
from resacoop.tags.models import TagLabel

from ...html import injected_markup
from ..builders import (
    make_member,
    make_member_index,
    make_mission,
    make_mission_index,
    make_tag_index,
)


@pytest.fixture
def tag_index(home_page):
    return make_tag_index(home_page)


def translate_label(tag_name, language, text, locales, run_on_commit):
    """Translate a tag's label as a translator does: once, through a wagtail-localize PO file."""
    label = TagLabel.objects.get(tag__name=tag_name, locale__language_code="fr")
    source, _created = TranslationSource.get_or_create_from_instance(label)
    translation = Translation.objects.create(source=source, target_locale=locales[language])
    po = translation.export_po()
    for entry in po:
        entry.msgstr = text
    assert translation.import_po(po) == []
    run_on_commit(translation.save_target)


def test_new_tag_gets_a_label_in_the_source_language(home_page):
    tag = Tag.objects.create(name="Jeunesse", slug="jeunesse")

    assert list(tag.labels.values_list("name", "slug", "locale__language_code")) == [
        ("Jeunesse", "jeunesse", "fr")
    ]


def test_english_page_shows_the_english_tag_and_links_to_the_english_tag_page(
    client, home_page, tag_index, locales, run_on_commit
):
    directory = make_member_index(home_page)
    member = make_member(directory, title="Ville de Lyon", tags=["jeunesse"])
    english = locales["en"]
    run_on_commit(site_setup.ensure_translations, tag_index, [english])
    run_on_commit(site_setup.ensure_translations, member, [english])
    translate_label("jeunesse", "en", "youth", locales, run_on_commit)
    english_member = member.get_translation(english)
    english_tags = tag_index.get_translation(english)

    soup = BeautifulSoup(client.get(english_member.url).content, "html.parser")

    link = soup.select_one(".page-tags a.tag")
    assert link.get_text() == "youth"
    assert link["href"] == f"{english_tags.url}youth/"
    tagged = client.get(link["href"])
    assert tagged.status_code == 200
    assert english_member.url in tagged.content.decode()
    assert member.url not in tagged.content.decode()
    # The French page keeps the French word, and links to the French tag page.
    french = BeautifulSoup(client.get(member.url).content, "html.parser").select_one(
        ".page-tags a.tag"
    )
    assert (french.get_text(), french["href"]) == ("jeunesse", f"{tag_index.url}jeunesse/")


def test_untranslated_tag_falls_back_to_its_own_name(
    client, home_page, tag_index, locales, run_on_commit
):
    directory = make_member_index(home_page)
    member = make_member(directory, title="Ville de Lyon", tags=["coopération décentralisée"])
    run_on_commit(site_setup.ensure_translations, member, [locales["es"]])
    run_on_commit(site_setup.ensure_translations, tag_index, [locales["es"]])

    html = client.get(member.get_translation(locales["es"]).url).content.decode()

    assert ">coopération décentralisée</a>" in html


def test_tag_page_lists_members_and_missions(client, home_page, tag_index):
    directory = make_member_index(home_page)
    missions = make_mission_index(home_page)
    make_member(directory, title="Ville de Lyon", tags=["jeunesse"])
    make_member(directory, title="Ville de Grenoble", tags=["formation"])
    make_mission(missions, 1, title="Informer", tags=["jeunesse"])

    soup = BeautifulSoup(client.get(f"{tag_index.url}jeunesse/").content, "html.parser")

    groups = {
        section.h2.get_text(): [a.get_text() for a in section.select("li a")]
        for section in soup.select(".tagged-group")
    }
    assert groups == {"Membres": ["Ville de Lyon"], "Missions": ["Informer"]}


def test_tag_index_lists_tags_in_use(client, home_page, tag_index):
    directory = make_member_index(home_page)
    make_member(directory, title="Ville de Lyon", tags=["jeunesse", "éducation"])
    make_member(directory, title="Brouillon", tags=["inutilisé"], publish=False)

    soup = BeautifulSoup(client.get(tag_index.url).content, "html.parser")

    assert [a.get_text() for a in soup.select(".tag-cloud a")] == ["éducation", "jeunesse"]


@pytest.mark.parametrize("slug", ["inconnu", "x" * 200])
def test_unknown_tag_page_is_not_found(client, tag_index, slug):
    assert client.get(f"{tag_index.url}{slug}/").status_code == 404


@pytest.mark.parametrize("count", [1, 10])
def test_tag_page_query_count_does_not_grow(
    client, home_page, tag_index, image, count, django_assert_num_queries
):
    directory = make_member_index(home_page)
    for number in range(count):
        make_member(directory, title=f"Membre {number}", logo=image, tags=["jeunesse"])
    client.get(f"{tag_index.url}jeunesse/")  # fills Wagtail's cache of site root paths

    # 10 (one a page type that can be tagged: members, missions, relays, news, events,
    # resources, calls for projects), and the content version that the cached menu,
    # footer, routing and language links are stored under.
    with django_assert_num_queries(10 + 1):
        response = client.get(f"{tag_index.url}jeunesse/")

    assert response.status_code == 200


def test_hostile_tag_label_is_escaped(client, home_page, tag_index, locales, run_on_commit):
    directory = make_member_index(home_page)
    member = make_member(directory, title="Ville de Lyon", tags=["jeunesse"])
    run_on_commit(site_setup.ensure_translations, member, [locales["en"]])
    run_on_commit(site_setup.ensure_translations, tag_index, [locales["en"]])
    translate_label("jeunesse", "en", "youth", locales, run_on_commit)
    # An editor can also change the English label directly, in the snippet's own form.
    label = TagLabel.objects.get(tag__name="jeunesse", locale=locales["en"])
    label.name = '<img src=x onerror="window.pwned=1">'
    label.save()

    html = client.get(member.get_translation(locales["en"]).url).content.decode()

    assert injected_markup(html) == []
    assert "&lt;img src=x onerror=&quot;window.pwned=1&quot;&gt;</a>" in html
