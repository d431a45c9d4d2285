from defusedxml import ElementTree

from ..builders import make_standard_page, translation_of

SITEMAP_NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9"}


def sitemap_locations(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    root = ElementTree.fromstring(response.content)
    return [loc.text for loc in root.findall("sm:url/sm:loc", SITEMAP_NS)]


def test_sitemap_lists_live_pages_of_every_language(client, standard_page):
    locations = sitemap_locations(client)

    for language in ["fr", "en", "es"]:
        assert f"http://testserver/{language}/" in locations
        page = translation_of(standard_page, language)
        assert f"http://testserver{page.url}" in locations


def test_sitemap_leaves_out_drafts_and_aliases(client, home_page, locales):
    make_standard_page(home_page, title="Brouillon", slug="brouillon", publish=False)
    published = make_standard_page(home_page, title="Publiée", slug="publiee")
    alias = published.copy_for_translation(locales["en"], alias=True)

    locations = sitemap_locations(client)

    assert "http://testserver/fr/brouillon/" not in locations
    assert "http://testserver/fr/publiee/" in locations
    assert alias.live
    assert f"http://testserver{alias.url}" not in locations


def test_robots_txt_points_to_the_sitemap(client, home_page):
    response = client.get("/robots.txt")

    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    text = response.content.decode()
    assert "Sitemap: http://testserver/sitemap.xml" in text
    assert "Disallow: /admin/" in text
    # Robots read the search's pages, and so see that they are not to be indexed.
    assert "search" not in text and "recherche" not in text


def test_sitemap_gives_each_page_its_translations_as_alternates(client, standard_page):
    root = ElementTree.fromstring(client.get("/sitemap.xml").content)
    french = f"http://testserver{standard_page.url}"
    expected = {
        "fr": french,
        "en": f"http://testserver{translation_of(standard_page, 'en').url}",
        "es": f"http://testserver{translation_of(standard_page, 'es').url}",
        "x-default": french,
    }

    for url in root.findall("sm:url", SITEMAP_NS):
        if url.find("sm:loc", SITEMAP_NS).text in set(expected.values()):
            links = url.findall("xhtml:link", {"xhtml": "http://www.w3.org/1999/xhtml"})
            assert {link.get("hreflang"): link.get("href") for link in links} == expected
            assert {link.get("rel") for link in links} == {"alternate"}
