"""Nothing cached is ever served stale: each cached view, and the changes that refresh it.

What the site caches, all under the one content version of ``cms_blocks.content_version``:

| cached                          | shows, and so is refreshed by a change of               |
| ------------------------------- | ------------------------------------------------------- |
| whole pages (anonymous visits)  | everything below                                        |
| the menu                        | pages                                                   |
| the footer                      | offices, network settings, the brochure (a document)    |
| the relays of a map, GeoJSON, CSV | relay pages, audiences, tags, logos (images)          |
| member directory, tag pages     | member pages, member categories, tag labels             |
"""

import pytest
from django.core.cache import caches
from django.core.files.base import ContentFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from taggit.models import Tag
from wagtail.documents import get_document_model
from wagtail.images import get_image_model

from network_map.models import Audience
from resacoop.members.models import MemberCategory
from resacoop.pages.models import NetworkSettings, Office
from resacoop.tags.models import TagLabel

from .builders import make_map, make_member, make_member_index, make_relay, make_tag_index


@pytest.fixture(autouse=True)
def page_cache(settings):
    settings.RESACOOP_PAGE_CACHE_TIMEOUT = 600


def shown(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def rename(model, old, new, field="name"):
    instance = model.objects.get(**{field: old})
    setattr(instance, field, new)
    instance.save()


@pytest.fixture
def content(home_page, locales, image, document):
    """A site with something of every kind that a cached page shows."""
    Office.objects.create(name="Bureau de Lyon", city="Lyon")
    brochure = get_document_model().objects.get(pk=document.pk)
    brochure.title = "Plaquette ancienne"
    brochure.save()
    NetworkSettings.objects.update_or_create(
        site=home_page.get_site(), defaults={"email": "ancien@example.org", "brochure": brochure}
    )
    directory = make_member_index(home_page)
    tag_index = make_tag_index(home_page)
    category = MemberCategory.objects.filter(locale=home_page.locale).first()
    category.name = "Catégorie ancienne"
    category.save()
    member = make_member(directory, title="Membre", category=category, tags=["jeunesse"])
    rename(TagLabel, "jeunesse", "Label ancien")
    map_page = make_map(home_page)
    logo = get_image_model().objects.get(pk=image.pk)
    logo.title = "Logo ancien"
    logo.save()
    make_relay(map_page, title="Relais", audiences=["Jeunes"], tags=["solidarite"], logo=logo)
    return {
        "home": home_page.url,
        "directory": directory.url,
        "member": member.url,
        "tag page": f"{tag_index.url}jeunesse/",
        "map": map_page.url,
        "geojson": f"{map_page.url}relays.geojson",
        "csv": f"{map_page.url}relays.csv",
        "map of the département": f"{map_page.url}?departement=07",
    }


def replace_file(model, name):
    instance = model.objects.get()
    instance.file.save(name, ContentFile(b"%PDF-1.4 nouvelle version"), save=False)
    instance.save()


CHANGES = [
    # (what changes, the change, the new text, the cached views that must show it)
    (
        "office",
        lambda: rename(Office, "Bureau de Lyon", "Bureau de Clermont"),
        "Bureau de Clermont",
        ["home", "member", "map"],
    ),
    (
        "network settings",
        lambda: rename(NetworkSettings, "ancien@example.org", "nouveau@example.org", field="email"),
        "nouveau@example.org",
        ["home", "map"],
    ),
    (
        "brochure",
        lambda: replace_file(get_document_model(), "nouvelle-plaquette.pdf"),
        "nouvelle-plaquette",
        ["home", "directory"],
    ),
    (
        "member category",
        lambda: rename(MemberCategory, "Catégorie ancienne", "Catégorie neuve"),
        "Catégorie neuve",
        ["directory", "member"],
    ),
    (
        "tag label",
        lambda: rename(TagLabel, "Label ancien", "Label neuf"),
        "Label neuf",
        ["member", "tag page"],
    ),
    (
        "audience",
        lambda: rename(Audience, "Jeunes", "Jeunes publics"),
        "Jeunes publics",
        ["map", "geojson", "csv"],
    ),
    (
        "tag",
        lambda: rename(Tag, "solidarite", "coopération décentralisée"),
        "coopération décentralisée",
        ["map", "geojson", "csv"],
    ),
]


@pytest.mark.parametrize(
    "change, new_text, views", [case[1:] for case in CHANGES], ids=[case[0] for case in CHANGES]
)
def test_a_change_reaches_every_cached_view_that_shows_it(client, content, change, new_text, views):
    for view in views:
        assert new_text not in shown(client, content[view])  # now cached

    change()

    for view in views:
        assert new_text in shown(client, content[view]), view


def test_a_new_logo_file_reaches_the_map_and_its_open_data(client, content):
    for view in ("map of the département", "geojson"):
        assert "nouveau-logo" not in shown(client, content[view])
    logo = get_image_model().objects.get(title="Logo ancien")
    width, height = logo.width, logo.height
    with logo.open_file() as original:
        logo.file.save("nouveau-logo.png", ContentFile(original.read()), save=False)
    logo.width, logo.height = width, height
    # As Wagtail's image edit view does when a new file is uploaded.
    logo.renditions.all().delete()
    logo.save()

    for view in ("map of the département", "geojson"):
        assert "nouveau-logo" in shown(client, content[view]), view


def use_cache_of(settings, process):
    """Stand for one server process: each has its own local-memory cache, nothing shared."""
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": f"process-{process}",
        }
    }


def test_a_change_made_in_one_process_reaches_the_cache_of_another(client, settings, content):
    for process in ("a", "b"):
        use_cache_of(settings, process)
        for view in ("map", "geojson", "directory"):
            assert "Jeunes publics" not in shown(client, content[view])
            assert "Catégorie neuve" not in shown(client, content[view])
        assert client.get(content["map"])["X-Page-Cache"] == "hit"

    use_cache_of(settings, "a")  # an editor's request is answered by process a
    rename(Audience, "Jeunes", "Jeunes publics")
    rename(MemberCategory, "Catégorie ancienne", "Catégorie neuve")

    use_cache_of(settings, "b")  # a visitor's by process b
    assert "Jeunes publics" in shown(client, content["map"])
    assert "Jeunes publics" in shown(client, content["geojson"])
    assert "Catégorie neuve" in shown(client, content["directory"])


def test_a_page_published_in_one_process_is_served_fresh_by_another(
    client, settings, standard_page
):
    for process in ("a", "b"):
        use_cache_of(settings, process)
        shown(client, standard_page.url)

    use_cache_of(settings, "a")
    standard_page.title = "Publiée dans le processus a"
    standard_page.save_revision().publish()

    use_cache_of(settings, "b")
    response = client.get(standard_page.url)
    assert response["X-Page-Cache"] == "miss"
    assert "Publiée dans le processus a" in response.content.decode()


def footer_of(response):
    html = response.content.decode()
    return html[html.index('<footer class="site-footer">') : html.index("</footer>")]


def test_the_footer_is_rendered_once_for_each_language(client, content):
    def rendered_footer_links(response):
        return "legal/includes/footer_links.html" in {t.name for t in response.templates}

    member = client.get(content["member"])
    directory = client.get(content["directory"])
    english = client.get("/en/")

    assert rendered_footer_links(member)
    assert not rendered_footer_links(directory)
    assert footer_of(directory) == footer_of(member)
    assert rendered_footer_links(english)
    assert 'lang="en"' in english.content.decode()
    assert footer_of(english) != footer_of(member)


def header_of(response):
    html = response.content.decode()
    return html[html.index('<header class="site-header">') : html.index("</header>")]


def test_the_header_is_kept_for_each_page_and_language(client, content, home_page):
    def rendered_header(response):
        return "includes/site_header.html" in {t.name for t in response.templates}

    directory_page = home_page.get_children().get(slug="membres").specific
    directory_page.title, directory_page.show_in_menus = "Membres", True
    directory_page.save_revision().publish()
    member, directory = client.get(content["member"]), client.get(content["directory"])
    assert rendered_header(member) and rendered_header(directory)
    again = client.get(content["member"])

    assert not rendered_header(again)
    assert header_of(again) == header_of(member)
    # Each page's header marks its own place in the menu.
    assert 'aria-current="page">Membres<' in header_of(directory)
    assert 'aria-current="page"' not in header_of(member)
    assert "main-menu__item--ancestor" in header_of(member)
    assert "main-menu__item--ancestor" not in header_of(directory)

    # A change of the menu reaches every kept header.
    directory_page.title = "Nos membres"
    directory_page.save_revision().publish()
    assert ">Nos membres<" in header_of(client.get(content["member"]))


def test_views_without_a_page_keep_no_header(client, content):
    for _ in range(2):
        response = client.get("/fr/nulle-part/?x=1")
        assert "includes/site_header.html" in {t.name for t in response.templates}


def test_pages_keep_what_they_reuse_in_the_cache_the_setting_names(client, content, settings):
    """Production keeps menus, routing and fragments in each process's memory
    (``CMS_BLOCKS_CACHE``, ``template_fragments``), not in the shared cache."""
    kept = {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "kept"}
    settings.CACHES = {**settings.CACHES, "kept": kept, "template_fragments": kept}
    settings.CMS_BLOCKS_CACHE = "kept"
    settings.CMS_BLOCKS_RENDERING_CACHE_TIMEOUT = 600
    settings.RESACOOP_PAGE_CACHE_TIMEOUT = 0

    def ours(alias):  # the keys of a local-memory cache ("site:version:..." are ours)
        return [key for key in caches[alias]._cache if "resacoop:" in key or "cms_blocks:" in key]

    first = shown(client, content["member"])
    with CaptureQueriesContext(connection) as warm:
        assert shown(client, content["member"]) == first

    assert ours("default") == []
    assert ours("kept") and any(
        "template.cache.site-header" in key for key in caches["kept"]._cache
    )
    caches["kept"].clear()
    with CaptureQueriesContext(connection) as cold:
        assert shown(client, content["member"]) == first
    assert len(cold) > len(warm)
