"""Speed of the open data, for the note of the map issue. Not run by default:

.venv/bin/pytest tests/network_map/test_benchmark.py --benchmark-enable --benchmark-only
"""

import pytest

from cms_blocks.content_version import content_changed

from ..testapp.builders import make_relay

pytestmark = pytest.mark.benchmark


@pytest.fixture
def thousand_relays(map_page, image):
    for number in range(1000):
        make_relay(
            map_page,
            title=f"Relais {number:04d}",
            departements=["07 26", "42", "63", "73 74"][number % 4],
            logo=image,
            audiences=["Jeunes", "Associations"],
            tags=["jeunesse"],
            latitude="45.2",
            longitude="4.9",
            email=f"relais{number}@example.org",
        )
    return map_page


def test_geojson_of_1000_relays_rebuilt(benchmark, client, thousand_relays):
    url = f"{thousand_relays.url}relays.geojson"

    def fetch_after_a_change():
        content_changed()
        return client.get(url)

    response = benchmark(fetch_after_a_change)

    assert response.status_code == 200
    assert response.content.count(b'"Feature"') == 1000


def test_geojson_of_1000_relays_from_cache(benchmark, client, thousand_relays):
    url = f"{thousand_relays.url}relays.geojson"
    client.get(url)

    response = benchmark(client.get, url, {"departement": "42"})

    assert response.status_code == 200
    assert response.content.count(b'"Feature"') == 250
