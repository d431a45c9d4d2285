import pytest
from bs4 import BeautifulSoup
from django.utils import translation
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from resacoop.demo import site_setup
from resacoop.pages.models import HomePage, StandardPage

from ..builders import make_standard_page, translation_of

LANGUAGES = ["fr", "en", "es"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_home_page_renders_in_each_language(client, home_page, language):
    home = translation_of(home_page, language)

    response = client.get(home.url)

    assert response.status_code == 200
    assert home.url == f"/{language}/"
    html = response.content.decode()
    assert f'<html lang="{language}" dir="ltr">' in html
    # The hero's heading is the network's name and purpose (test_design_pages.py).
    assert '<h1 class="hero__title">' in html and '<span class="hero__name">RESACOOP</span>' in html


@pytest.mark.parametrize("language", LANGUAGES)
def test_standard_page_renders_in_each_language(client, standard_page, language):
    page = translation_of(standard_page, language)

    response = client.get(page.url)

    assert response.status_code == 200
    assert page.url.startswith(f"/{language}/")
    html = response.content.decode()
    assert f'<html lang="{language}"' in html
    assert '<h2 class="block-heading" id="objectifs">Nos objectifs</h2>' in html
    assert "Accompagner la coopération internationale." in html


def test_layout_has_skip_link_menu_and_language_switcher(client, standard_page):
    response = client.get(standard_page.url)

    html = response.content.decode()
    assert '<a class="skip-link" href="#main">' in html
    assert '<main id="main"' in html
    # The page is shown in menus, and marked as the current one there.
    assert f'<a href="{standard_page.url}" aria-current="page">À propos du réseau</a>' in html
    # The switcher links to the page's own translations, each labelled in its language.
    english = translation_of(standard_page, "en")
    assert f'<a href="{english.url}" hreflang="en" lang="en">English</a>' in html
    assert f'<link rel="alternate" hreflang="en" href="http://testserver{english.url}">' in html


def test_unpublished_page_is_not_in_menu(client, home_page):
    make_standard_page(home_page, title="Brouillon", slug="brouillon", publish=False)

    html = client.get("/fr/").content.decode()

    assert "Brouillon" not in html


def test_home_page_query_count_is_bounded(client, home_page, django_assert_max_num_queries):
    for number in range(10):
        make_standard_page(home_page, title=f"Rubrique {number}", slug=f"rubrique-{number}")

    with django_assert_max_num_queries(15):
        response = client.get("/fr/")

    assert response.status_code == 200
    assert "Rubrique 9" in response.content.decode()


def test_setup_site_is_idempotent(home_page):
    site_setup.setup_site()

    assert HomePage.objects.count() == 3
    assert sorted(HomePage.objects.values_list("locale__language_code", flat=True)) == [
        "en",
        "es",
        "fr",
    ]
    # Wagtail's placeholder "Welcome" page is gone: the home pages are the only roots.
    assert Page.objects.filter(depth=2).count() == 3


class TestPageTypeRules(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = site_setup.setup_site()

    def setUp(self):
        super().setUp()
        self.login()

    def test_standard_pages_live_under_home_and_standard_pages(self):
        self.assertAllowedParentPageTypes(StandardPage, {HomePage, StandardPage})
        self.assertCanCreateAt(HomePage, StandardPage)
        self.assertCanNotCreateAt(StandardPage, HomePage)

    def test_home_page_only_at_the_root(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})

    def test_editor_creates_a_standard_page_in_the_admin(self):
        with translation.override("fr"):
            self.assertCanCreate(
                self.home,
                StandardPage,
                nested_form_data(
                    {
                        "title": "Nous contacter",
                        "slug": "contact",
                        "introduction": "Deux bureaux, un réseau.",
                        "body": streamfield(
                            [
                                ("heading", {"text": "Lyon", "level": "h2", "anchor": "lyon"}),
                                ("paragraph", rich_text("<p>Le siège du réseau.</p>")),
                            ]
                        ),
                    }
                ),
            )
        page = StandardPage.objects.get(slug="contact")
        self.assertPageIsRenderable(page)
        self.assertContains(self.client.get(page.url), "Le siège du réseau.")


def test_menu_follows_publishing_moving_and_deleting(client, home_page, standard_page):
    def menu():
        soup = BeautifulSoup(client.get("/fr/").content, "html.parser")
        return [a.get_text() for a in soup.select(".main-menu a")]

    assert menu() == ["À propos du réseau"]
    standard_page.title = "Qui sommes-nous"
    standard_page.save_revision().publish()
    assert menu() == ["Qui sommes-nous"]
    other = make_standard_page(home_page, title="Contact", slug="contact")
    assert menu() == ["Qui sommes-nous", "Contact"]
    other.move(standard_page, "last-child")
    assert menu() == ["Qui sommes-nous"]
    standard_page.unpublish()
    assert menu() == []
    agenda = make_standard_page(home_page, title="Agenda", slug="agenda")
    assert menu() == ["Agenda"]
    agenda.delete()
    assert menu() == []


def footer_of(client, url):
    soup = BeautifulSoup(client.get(url).content, "html.parser")
    return soup.select_one("footer.site-footer")


def test_footer_shows_offices_contact_and_brochure_in_each_language(
    client, standard_page, locales, document, run_on_commit
):
    from wagtail.models import Site

    from cms_blocks.translation import translate
    from resacoop.pages.models import NetworkSettings, Office

    lyon = Office.objects.create(name="Siège à Lyon", city="Lyon", phone="04 00 00 00 00")
    run_on_commit(translate, lyon, locales["en"], {"Siège à Lyon": "Head office, Lyon"})
    network = NetworkSettings.for_site(Site.objects.get(is_default_site=True))
    network.contact_page = standard_page
    network.brochure = document
    network.save()

    french, english = footer_of(client, "/fr/"), footer_of(client, "/en/")

    assert "Siège à Lyon" in french.get_text() and "Head office, Lyon" in english.get_text()
    assert french.select_one('a[href^="tel:"]')["href"] == "tel:0400000000"
    contact_links = [a["href"] for a in english.select(".site-footer__links a")]
    assert translation_of(standard_page, "en").url in contact_links
    assert document.url in contact_links
    # Spanish has no translated office yet: the French one is shown rather than nothing.
    assert "Siège à Lyon" in footer_of(client, "/es/").get_text()


def test_footer_follows_an_edited_office(client, home_page):
    from resacoop.pages.models import Office

    office = Office.objects.create(name="Antenne", city="Clermont-Ferrand")
    assert "Clermont-Ferrand" in footer_of(client, "/fr/").get_text()

    office.city = "Riom"
    office.save()

    assert "Riom" in footer_of(client, "/fr/").get_text()
