from pathlib import Path

from bs4 import BeautifulSoup
from django.contrib.staticfiles import finders
from django.urls import reverse
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data

from network_map.models import Audience, NetworkMapPage, RelayOrganisationPage

from ..testapp.builders import (
    ensure_translations,
    make_map,
    make_relay,
    make_standard_page,
    setup_site,
    translation_of,
)
from ..testapp.models import StandardPage


def test_relay_page_shows_where_and_how_to_reach_it(client, relays):
    soup = BeautifulSoup(client.get(relays[0].url).content, "html.parser")

    facts = {
        dt.get_text(): dd.get_text(" ", strip=True)
        for dt, dd in zip(soup.select("dt"), soup.select("dd"), strict=True)
    }
    assert facts["Couvre"] == "Ardèche , Drôme"
    assert facts["Travaille avec"] == "Jeunes, Associations"
    assert facts["Courriel"] == "contact@ados.example"


def test_relay_page_is_styled_by_the_apps_own_stylesheet(client, relays, settings):
    # Its classes are the app's, styled by map.css, which it brings into the host's layout.
    soup = BeautifulSoup(client.get(relays[0].url).content, "html.parser")

    stylesheet = soup.head.select_one('link[rel="stylesheet"][href$="network_map/css/map.css"]')
    css = Path(finders.find(stylesheet["href"].removeprefix(settings.STATIC_URL))).read_text()
    for element in (soup.select_one(".relay-page__header"), soup.select_one("dl")):
        assert any(f".{name}" in css for name in element["class"] if name.startswith("relay-page"))


def test_translation_keeps_coordinates_and_departements(relays, locales, run_on_commit):
    run_on_commit(ensure_translations, relays[0], [locales["es"]])

    spanish = translation_of(relays[0], "es")

    assert spanish.departements == "07 26"
    assert (spanish.latitude, spanish.longitude) == (relays[0].latitude, relays[0].longitude)
    assert spanish.email == "contact@ados.example"
    # The same audiences, as the Spanish page's form offers them: in Spanish.
    assert {a.name for a in spanish.audiences.all()} == {"Jóvenes", "Asociaciones"}


def test_relay_map_block_shows_a_small_map_leading_to_the_full_one(
    client, relays, map_page, home_page
):
    page = make_standard_page(
        home_page,
        slug="avec-carte",
        body=[{"type": "relay_map", "value": {"title": "Nos relais", "map_page": map_page.pk}}],
    )

    soup = BeautifulSoup(client.get(page.url).content, "html.parser")

    block = soup.select_one(".block-relay-map")
    assert block.select_one('a[href$="?departement=07"]')["aria-label"] == "Ardèche : 1 relais"
    assert block.select_one("a.button")["href"] == map_page.url


class TestRelayAdmin(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = setup_site()
        cls.map = make_map(cls.home)

    def setUp(self):
        super().setUp()
        self.login()

    def test_relays_only_under_a_map(self):
        self.assertAllowedParentPageTypes(RelayOrganisationPage, {NetworkMapPage})
        self.assertCanNotCreateAt(StandardPage, RelayOrganisationPage)

    def post_relay(self, **fields):
        data = {
            "title": "Pays de Savoie solidaires",
            "slug": "pays-de-savoie-solidaires",
            "departements": ["73", "74"],
            "city": "Chambéry",
            "body-count": "0",
            "tags": "",
            "action-publish": "action-publish",
        }
        data.update(fields)
        return self.client.post(
            reverse(
                "wagtailadmin_pages:add", args=("network_map", "relayorganisationpage", self.map.pk)
            ),
            # Lists (checkboxes, multiple choices) are posted as repeated keys, as is.
            nested_form_data({k: v for k, v in data.items() if not isinstance(v, list)})
            | {k: v for k, v in data.items() if isinstance(v, list)},
        )

    def test_editor_adds_a_relay_with_coordinates(self):
        young = Audience.objects.get(name="Jeunes")

        response = self.post_relay(
            latitude="45.5646", longitude="5.9178", audiences=[str(young.pk)]
        )

        self.assertEqual(response.status_code, 302)
        relay = RelayOrganisationPage.objects.get(slug="pays-de-savoie-solidaires")
        self.assertEqual(relay.departement_codes, ["73", "74"])
        self.assertEqual(list(relay.audiences.all()), [young])

    def assert_refused(self, response, field, message):
        self.assertEqual(response.status_code, 200)
        self.assertFalse(
            RelayOrganisationPage.objects.filter(slug="pays-de-savoie-solidaires").exists()
        )
        self.assertIn(message, " ".join(response.context["form"].errors[field]))

    def test_departement_outside_the_region_is_refused(self):
        self.assert_refused(
            self.post_relay(departements=["73", "13"]),
            "departements",
            "13 n’est pas un département de la région de cette carte.",
        )

    def test_unknown_departement_code_is_refused(self):
        self.assert_refused(
            self.post_relay(departements=["99"]),
            "departements",
            "99 n’est pas un département de la région de cette carte.",
        )

    def test_no_departement_is_refused(self):
        self.assert_refused(
            self.post_relay(departements=[]), "departements", "Choisissez au moins un département."
        )

    def test_coordinates_out_of_range_are_refused(self):
        response = self.post_relay(latitude="95", longitude="200")

        self.assert_refused(response, "latitude", "inférieure ou égale à 90")
        self.assertIn(
            "inférieure ou égale à 180", " ".join(response.context["form"].errors["longitude"])
        )

    def test_coordinates_far_from_the_departements_are_refused(self):
        # Marseille, for a relay of Savoie.
        self.assert_refused(
            self.post_relay(latitude="43.2965", longitude="5.3698"),
            "latitude",
            "Ces coordonnées sont loin des départements",
        )

    def test_swapped_coordinates_are_refused(self):
        self.assert_refused(
            self.post_relay(latitude="5.9178", longitude="45.5646"),
            "latitude",
            "Ces coordonnées sont loin des départements",
        )

    def test_half_coordinates_are_refused(self):
        self.assert_refused(
            self.post_relay(latitude="45.5646"),
            "longitude",
            "Indiquez la latitude et la longitude, ou aucune des deux.",
        )

    def test_editing_shows_the_departements_as_checked_boxes(self):
        relay = make_relay(self.map, title="Solicoop42", departements="42")

        response = self.client.get(reverse("wagtailadmin_pages:edit", args=(relay.pk,)))

        soup = BeautifulSoup(response.content, "html.parser")
        boxes = soup.select('input[name="departements"]')
        self.assertEqual(len(boxes), 12)
        self.assertEqual([box["value"] for box in boxes if box.has_attr("checked")], ["42"])
