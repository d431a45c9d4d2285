"""The cached relays of a map follow every change of what they show."""

import json

from network_map.models import Audience

from ..testapp.builders import make_relay


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


# The drawing and lists of the map, kept rendered (includes/map_cached.html).


def rendered(response):
    return {template.name for template in response.templates}


def test_the_map_is_rendered_once_for_each_state_of_its_filters(client, map_page, relays):
    first = client.get(map_page.url, {"departement": "07"})
    assert "network_map/includes/map.html" in rendered(first)

    again = client.get(map_page.url, {"departement": "07"})
    fragment = client.get(map_page.url, {"departement": "07", "fragment": "map"})
    other = client.get(map_page.url, {"departement": "42"})

    assert "network_map/includes/map.html" not in rendered(again)
    assert again.content == first.content
    assert "network_map/includes/map.html" not in rendered(fragment)
    assert fragment.content.decode().strip() in first.content.decode()
    assert "network_map/includes/map.html" in rendered(other)
    assert "Solicoop42" in other.content.decode()


def test_a_relay_published_shows_at_once_on_the_rendered_map(client, map_page, relays):
    assert "Relais du Cantal" not in client.get(map_page.url).content.decode()

    make_relay(map_page, title="Relais du Cantal", departements="15")

    page = client.get(map_page.url).content.decode()
    assert "Relais du Cantal" in page
    assert "Relais du Cantal" in client.get(map_page.url, {"fragment": "map"}).content.decode()


def test_a_filter_that_is_not_valid_is_not_kept(client, map_page, relays):
    # Its message repeats what was asked: each query gets its own.
    for value in ("zz", "yy"):
        page = client.get(map_page.url, {"departement": value}).content.decode()
        errors = page.split('class="network-map__errors"')[1].split("</ul>")[0]
        assert value in errors
