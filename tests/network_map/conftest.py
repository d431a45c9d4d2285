import pytest

from ..builders import make_map, make_relay, make_standard_page


@pytest.fixture
def contact_page(home_page):
    return make_standard_page(home_page, title="Contact", slug="contact")


@pytest.fixture
def map_page(home_page, contact_page):
    return make_map(home_page, contact_page=contact_page, introduction="Trouvez le relais.")


@pytest.fixture
def relays(map_page):
    """Two relays: one in Ardèche and Drôme, one in the Loire."""
    return [
        make_relay(
            map_page,
            title="ADOS",
            departements="07 26",
            audiences=["Jeunes", "Associations"],
            tags=["jeunesse"],
            latitude="44.73500",
            longitude="4.59900",
            email="contact@ados.example",
            phone="04 75 00 00 00",
            website="https://ados.example/",
        ),
        make_relay(
            map_page,
            title="Solicoop42",
            departements="42",
            city="Saint-Étienne",
            audiences=["Établissements scolaires"],
            tags=["éducation"],
        ),
    ]


@pytest.fixture
def many_relays(map_page, image):
    """``many_relays(count, departements)``: that many full relays (logo, audience, tag,
    coordinates), for tests that check a cost does not grow with their number."""

    def make(count, departements="07 26"):
        return [
            make_relay(
                map_page,
                title=f"Relais {number:03d}",
                departements=departements,
                logo=image,
                audiences=["Jeunes"],
                tags=["jeunesse"],
                latitude="44.7",
                longitude="4.6",
            )
            for number in range(count)
        ]

    return make
