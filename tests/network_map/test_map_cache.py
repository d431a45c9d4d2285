"""The cached relays of a map follow every change of what they show."""

import json

from network_map.models import Audience


def relays_json(client, map_page):
    return json.loads(client.get(map_page.url + "relays.geojson").content)["features"]


def names_shown(client, map_page, field):
    features = relays_json(client, map_page)
    return {item["name"] for feature in features for item in feature["properties"][field]}


def test_renaming_an_audience_shows_at_once_on_the_map(client, map_page, relays):
    assert "Associations" in names_shown(client, map_page, "audiences")  # now cached

    audience = Audience.objects.get(name="Associations", locale=map_page.locale)
    audience.name = "Associations locales"
    audience.save()

    assert "Associations locales" in names_shown(client, map_page, "audiences")
    assert "Associations locales" in client.get(map_page.url).content.decode()


def test_renaming_a_tag_shows_at_once_on_the_map(client, map_page, relays):
    assert "jeunesse" in names_shown(client, map_page, "tags")  # now cached
    tag = relays[0].tags.get(name="jeunesse")
    tag.name = "jeunes publics"
    tag.save()

    assert "jeunes publics" in names_shown(client, map_page, "tags")
