import csv
import io
import json

import pytest

from ..testapp.builders import ensure_translations, make_map, make_relay, translation_of


def geojson(client, map_page, **query):
    response = client.get(f"{map_page.url}relays.geojson", query)
    return response, (json.loads(response.content) if response.status_code == 200 else None)


def test_geojson_is_a_feature_collection_of_the_relays(client, relays, map_page):
    response, data = geojson(client, map_page)

    assert response["Content-Type"] == "application/geo+json; charset=utf-8"
    assert data["type"] == "FeatureCollection"
    ados, solicoop = data["features"]
    assert ados["type"] == "Feature"
    # RFC 7946: longitude first.
    assert ados["geometry"] == {"type": "Point", "coordinates": [4.599, 44.735]}
    assert ados["properties"]["name"] == "ADOS"
    assert ados["properties"]["departements"] == ["07", "26"]
    assert ados["properties"]["url"] == f"http://testserver{relays[0].url}"
    assert [a["name"] for a in ados["properties"]["audiences"]] == ["Jeunes", "Associations"]
    # A relay without coordinates is still there, without a geometry.
    assert solicoop["geometry"] is None
    assert solicoop["properties"]["city"] == "Saint-Étienne"


def test_geojson_takes_the_filters_of_the_page(client, relays, map_page):
    _response, by_departement = geojson(client, map_page, departement="42")
    _response, by_audience = geojson(client, map_page, audience="jeunes")
    _response, both = geojson(client, map_page, audience="jeunes", departement="42")

    assert [f["properties"]["name"] for f in by_departement["features"]] == ["Solicoop42"]
    assert [f["properties"]["name"] for f in by_audience["features"]] == ["ADOS"]
    assert both["features"] == []


@pytest.mark.parametrize(
    "query",
    [
        {"departement": "99"},
        {"departement": "13"},
        {"audience": "inconnu"},
        {"tag": "<script>"},
        {"departement": "0\x007"},
    ],
)
def test_bad_filters_are_a_400_with_a_json_error(client, relays, map_page, query):
    for extension in ["geojson", "csv"]:
        response = client.get(f"{map_page.url}relays.{extension}", query)

        assert response.status_code == 400
        assert response["Content-Type"] == "application/json"
        errors = json.loads(response.content)["errors"]
        assert errors[0]["parameter"] == next(iter(query))
        assert errors[0]["message"]


def test_geojson_is_in_the_language_of_the_map(client, relays, map_page, locales, run_on_commit):
    for relay in relays:
        run_on_commit(ensure_translations, relay, [locales["en"]])
    english_map = translation_of(map_page, "en")

    _response, data = geojson(client, english_map, audience="young-people")

    assert [f["properties"]["name"] for f in data["features"]] == ["ADOS"]
    assert [a["name"] for a in data["features"][0]["properties"]["audiences"]] == [
        "Young people",
        "Associations",
    ]
    assert data["features"][0]["properties"]["url"].startswith("http://testserver/en/")


def test_csv_lists_the_relays_and_cannot_run_formulas(client, map_page):
    make_relay(
        map_page, title='=HYPERLINK("https://evil.example")', city="+33 Privas", departements="07"
    )
    make_relay(map_page, title="ADOS", departements="07 26", latitude="44.7", longitude="4.6")

    response = client.get(f"{map_page.url}relays.csv")

    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"] == 'attachment; filename="relais-relays.csv"'
    rows = list(csv.DictReader(io.StringIO(response.content.decode())))
    assert [row["name"] for row in rows] == ['\'=HYPERLINK("https://evil.example")', "ADOS"]
    assert rows[0]["city"] == "'+33 Privas"
    assert rows[1]["departements"] == "07 26"
    assert rows[1]["latitude"] == "44.7"


def test_unchanged_data_answers_304(client, relays, map_page):
    first = client.get(f"{map_page.url}relays.geojson")
    etag, last_modified = first["ETag"], first["Last-Modified"]

    by_etag = client.get(f"{map_page.url}relays.geojson", headers={"if-none-match": etag})
    by_date = client.get(
        f"{map_page.url}relays.geojson", headers={"if-modified-since": last_modified}
    )
    other_filter = client.get(
        f"{map_page.url}relays.geojson", {"departement": "07"}, headers={"if-none-match": etag}
    )

    assert by_etag.status_code == 304
    assert by_date.status_code == 304
    assert other_filter.status_code == 200


@pytest.mark.parametrize("header", ["if-none-match", "if-modified-since"])
@pytest.mark.parametrize(
    "value", ['"', "garbage", "W/", "Mon, 99 Foo 2024", "*, \x01", 'W/"x", "y"']
)
def test_malformed_conditional_headers_are_ignored(client, relays, map_page, header, value):
    response = client.get(f"{map_page.url}relays.geojson", headers={header: value})

    assert response.status_code in (200, 304)


def change_and_fetch(client, map_page, change):
    etag = client.get(f"{map_page.url}relays.geojson")["ETag"]
    change()
    response, data = geojson(client, map_page)
    assert response["ETag"] != etag
    return [feature["properties"]["name"] for feature in data["features"]]


def test_publishing_a_relay_shows_at_once(client, relays, map_page):
    def publish():
        relays[1].title = "Solicoop 42"
        relays[1].save_revision().publish()

    assert change_and_fetch(client, map_page, publish) == ["ADOS", "Solicoop 42"]


def test_unpublishing_a_relay_removes_it_at_once(client, relays, map_page):
    assert change_and_fetch(client, map_page, relays[0].unpublish) == ["Solicoop42"]


def test_deleting_a_relay_removes_it_at_once(client, relays, map_page):
    assert change_and_fetch(client, map_page, relays[0].delete) == ["Solicoop42"]


def test_moving_a_relay_away_removes_it_at_once(client, relays, map_page, home_page):
    other_map = make_map(home_page, title="Autre carte", slug="autre-carte")

    assert change_and_fetch(client, map_page, lambda: relays[0].move(other_map, "last-child")) == [
        "Solicoop42"
    ]


def test_open_data_of_a_private_map_or_another_page_is_not_found(
    client, relays, map_page, home_page
):
    from wagtail.models import PageViewRestriction

    assert client.get("/fr/relays.geojson").status_code == 404
    assert client.get("/fr/nulle-part/relays.csv").status_code == 404
    PageViewRestriction.objects.create(page=map_page, restriction_type="login")
    assert client.get(f"{map_page.url}relays.geojson").status_code == 404


@pytest.mark.parametrize("count", [1, 100])
def test_geojson_query_count_does_not_grow(
    client, map_page, many_relays, count, django_assert_num_queries
):
    from cms_blocks.content_version import content_changed

    many_relays(count, departements="07")
    client.get(f"{map_page.url}relays.geojson")
    content_changed()

    # Finding the map page and checking that it is public 5 (its ancestors' restrictions from
    # the paths of restricted pages, read again after the change); the relays, their
    # renditions, audiences and tags 4; the content version 1.
    with django_assert_num_queries(9 + 1):
        client.get(f"{map_page.url}relays.geojson")
