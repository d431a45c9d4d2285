"""A resource's page, its structured data, and where else the site shows it."""

import json

from bs4 import BeautifulSoup
from django.urls import reverse

from ..builders import make_member, make_member_index
from .builders import make_resource


def test_resource_page_shows_what_it_is(client, resource_index, home_page, document):
    member = make_member(make_member_index(home_page), title="Ville de Grenoble")
    resource = make_resource(
        resource_index,
        title="Fiche : l'eau au Sénégal",
        kind="experience",
        year=2025,
        countries=["SN"],
        languages=["fr", "ar"],
        authors=[member, "Une commune de la Drôme"],
        document=document,
        external_url="https://ressources.example.org/eau",
    )

    response = client.get(resource.url)

    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.h1.get_text() == "Fiche : l'eau au Sénégal"
    links = [a["href"] for a in soup.select(".resource-access a")]
    assert links == [document.url, "https://ressources.example.org/eau"]
    facts = soup.select_one(".resource-facts")
    assert [a["href"] for a in facts.select(".resource-authors a")] == [member.url]
    assert "Une commune de la Drôme" in facts.get_text()
    assert "Sénégal" in facts.get_text()
    data = json.loads(soup.find("script", type="application/ld+json").string)
    assert data["@type"] == "CreativeWork"
    assert data["dateCreated"] == "2025"
    assert data["inLanguage"] == ["fr", "ar"]
    assert data["spatialCoverage"] == [{"@type": "Country", "name": "Sénégal", "identifier": "SN"}]
    assert [author["name"] for author in data["author"]] == [
        "Ville de Grenoble",
        "Une commune de la Drôme",
    ]
    assert data["associatedMedia"]["contentUrl"].endswith(document.url)


def test_site_search_finds_a_resource(client, resource_index):
    resource = make_resource(resource_index, title="Guide de la coopération décentralisée")

    response = client.get(reverse("search"), {"query": "décentralisée"})

    soup = BeautifulSoup(response.content, "html.parser")
    assert [a["href"] for a in soup.select(".search-results a")] == [resource.url]


def test_sitemap_lists_the_resources(client, resource_index):
    resource = make_resource(resource_index, title="Guide du partenariat")

    content = client.get("/sitemap.xml").content.decode()

    assert f"{resource_index.url}</loc>" in content
    assert f"{resource.url}</loc>" in content
