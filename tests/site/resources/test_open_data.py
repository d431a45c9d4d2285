"""The catalogue as open data: CSV and JSON read back, and kept fresh."""

import csv
import io
import json

from resacoop.resources.public_fields import FIELDS

from ..builders import make_member, make_member_index
from .builders import make_resource


def get(client, index, kind):
    response = client.get(f"{index.url}data/{kind}/")
    assert response.status_code == 200
    return response


def test_json_and_csv_describe_the_same_resources(client, resource_index, home_page, document):
    member = make_member(make_member_index(home_page), title="Ville de Grenoble")
    make_resource(
        resource_index,
        title="Fiche d'expérience : l'eau au Sénégal",
        kind="experience",
        year=2025,
        countries=["SN", "ML"],
        languages=["fr", "ar"],
        tags=["eau"],
        authors=[member, "Une commune de la Drôme"],
        document=document,
    )
    make_resource(resource_index, title='=HYPERLIEN("x")', year=2020)
    make_resource(resource_index, title="Brouillon", publish=False)

    response = get(client, resource_index, "json")
    assert response["Content-Type"] == "application/json; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="ressources.json"'
    catalogue = json.loads(response.content)
    assert catalogue["count"] == 2
    assert catalogue["language"] == "fr"
    first = catalogue["resources"][0]
    assert list(first) == [field.name for field in FIELDS]
    assert (
        first["url"] == f"http://testserver{resource_index.url}fiche-dexperience-leau-au-senegal/"
    )
    assert first["kind"] == "experience"
    assert first["countries"] == [
        {"code": "ML", "name": "Mali"},
        {"code": "SN", "name": "Sénégal"},
    ]
    assert [language["code"] for language in first["languages"]] == ["fr", "ar"]
    assert first["authors"] == [
        {"name": "Ville de Grenoble", "url": "http://testserver/fr/membres/ville-de-grenoble/"},
        {"name": "Une commune de la Drôme", "url": None},
    ]
    assert first["themes"] == ["eau"]
    assert first["document"].startswith("http://testserver/documents/")
    assert first["link"] is None

    response = get(client, resource_index, "csv")
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="ressources.csv"'
    rows = list(csv.DictReader(io.StringIO(response.content.decode())))
    assert [row["title"] for row in rows] == [
        "Fiche d'expérience : l'eau au Sénégal",
        # Never a formula in a spreadsheet.
        '\'=HYPERLIEN("x")',
    ]
    assert rows[0]["url"] == first["url"]
    assert rows[0]["country_codes"] == "ML SN"
    assert rows[0]["country_names"] == "Mali; Sénégal"
    assert rows[0]["authors"] == "Ville de Grenoble; Une commune de la Drôme"
    assert rows[0]["document"] == first["document"]


def test_open_data_follows_publication(client, resource_index):
    make_resource(resource_index, title="Premier guide")
    assert json.loads(get(client, resource_index, "json").content)["count"] == 1

    make_resource(resource_index, title="Second guide")

    assert json.loads(get(client, resource_index, "json").content)["count"] == 2
    assert "Second guide" in get(client, resource_index, "csv").content.decode()


def test_hostile_texts_stay_text(client, resource_index, xss_payloads):
    for number, payload in enumerate(xss_payloads[:6]):
        make_resource(
            resource_index, title=f"{payload} {number}", slug=f"r-{number}", summary=payload
        )
    catalogue = json.loads(get(client, resource_index, "json").content)
    assert {resource["summary"] for resource in catalogue["resources"]} == set(xss_payloads[:6])
