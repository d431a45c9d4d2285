"""Each block renders an accessible structure from a representative value."""

import datetime
import json

import pytest
from bs4 import BeautifulSoup
from django.utils import translation
from pytest_django.asserts import assertHTMLEqual, assertInHTML

from cms_blocks.blocks import BodyStreamBlock
from cms_blocks.blocks.listings import PageListBlock

from ..html import invalid_datetimes
from ..testapp.builders import make_standard_page


@pytest.fixture
def rendered(every_block):
    """Render one block of the every-block stream by its type, in French."""
    stream_block = BodyStreamBlock()
    raw_by_type = {item["type"]: item["value"] for item in every_block}

    def render(block_type, **changes):
        block = stream_block.child_blocks[block_type]
        raw = raw_by_type[block_type]
        value = block.to_python({**raw, **changes} if isinstance(raw, dict) else raw)
        with translation.override("fr"):
            return block.render(value)

    return render


def test_quote(rendered):
    html = rendered("quote")

    assertInHTML("<blockquote><p>La coopération commence par la rencontre.</p></blockquote>", html)
    assertInHTML("<cite>Assemblée générale</cite>", html)


def test_notice_names_its_kind_for_screen_readers(rendered):
    html = rendered("notice")

    soup = BeautifulSoup(html, "html.parser")
    notice = soup.find(role="note")
    assert notice["class"] == ["block-notice", "block-notice--important"]
    assert notice.p.get_text(" ", strip=True) == "Important : Appel à projets"


def test_figure(rendered):
    html = rendered("image")

    soup = BeautifulSoup(html, "html.parser")
    assert soup.figure.img["alt"] == "Carte des départements"
    assert soup.figure.figcaption.get_text(" ", strip=True) == (
        "Les douze départements Photo : le réseau"
    )


def test_video_makes_no_request_to_its_host_before_play(rendered):
    html = rendered("video")

    soup = BeautifulSoup(html, "html.parser")
    assert soup.find("iframe") is None
    # Nothing on the page loads from the host: only a link to it, and our own script.
    loaded = [tag.get("src") for tag in soup.find_all(["img", "script", "iframe"])]
    assert all(src and src.startswith("/static/") for src in loaded), loaded
    embed = soup.find("cms-video-embed")
    assert (
        embed["data-embed-url"] == "https://www.youtube-nocookie.com/embed/aqz-KE-bpKQ?autoplay=1"
    )
    link = embed.find("a")
    assert link["href"] == "https://www.youtube.com/watch?v=aqz-KE-bpKQ"
    assert "Présentation du réseau" in link.get_text()
    assert "YouTube" in link.get_text()


def test_document_shows_type_and_size(rendered, document):
    html = rendered("document")

    soup = BeautifulSoup(html, "html.parser")
    link = soup.find("a")
    assert link["href"] == document.url
    assert " ".join(link.get_text().split()) == "Télécharger la plaquette (PDF, 2,0 Kio)"


def test_document_link_text_defaults_to_the_document_title(rendered):
    html = rendered("document", title="")

    assert "Plaquette de présentation" in BeautifulSoup(html, "html.parser").a.get_text()


def test_call_to_action_to_an_external_address(rendered):
    html = rendered("call_to_action")

    assertInHTML(
        '<a class="button button--primary" href="https://example.org/adhesion">Adhérer</a>', html
    )


def test_buttons_link_to_a_page_with_its_title_as_default_text(rendered, missions_page):
    html = rendered("buttons")

    assertInHTML(
        f'<a class="button button--primary" href="{missions_page.url}">Nos missions</a>', html
    )
    assertInHTML(
        '<a class="button button--secondary" href="https://example.org/">Site partenaire</a>', html
    )


def test_link_to_an_unpublished_page_is_left_out(rendered, missions_page):
    missions_page.unpublish()

    html = rendered("buttons")

    assert missions_page.url_path not in html
    assert "Site partenaire" in html


def test_key_figures_are_written_for_the_visitor_language(every_block):
    block = BodyStreamBlock().child_blocks["key_figures"]
    value = block.to_python(
        {"title": "", "figures": [{"number": "12000.5", "unit": "%", "label": "x"}]}
    )

    with translation.override("fr"):
        french = block.render(value)
    with translation.override("en"):
        english = block.render(value)

    assert "12\xa0000,5" in french
    assert "12,000.5" in english


def test_key_figures(rendered):
    html = rendered("key_figures")

    soup = BeautifulSoup(html, "html.parser")
    items = [" ".join(li.get_text().split()) for li in soup.find_all("li")]
    assert items == ["27 membres", "12 000 visiteurs"]


def test_timeline_is_in_chronological_order_with_machine_dates(rendered):
    html = rendered("timeline")

    soup = BeautifulSoup(html, "html.parser")
    times = [(time["datetime"], time.get_text()) for time in soup.find_all("time")]
    assert times == [("1994", "1994"), ("2017-07-01", "1 juillet 2017")]
    assert soup.find("ol") is not None


def test_faq_uses_native_disclosure_and_emits_json_ld(rendered):
    html = rendered("faq")

    soup = BeautifulSoup(html, "html.parser")
    assert soup.details.summary.get_text() == "Qui peut adhérer ?"
    data = json.loads(soup.find("script", type="application/ld+json").string)
    assert data["@type"] == "FAQPage"
    assert data["mainEntity"][0]["name"] == "Qui peut adhérer ?"
    assert data["mainEntity"][0]["acceptedAnswer"]["text"] == "Toute organisation de la région."


def test_faq_json_ld_cannot_close_its_script_element(rendered):
    html = rendered(
        "faq",
        items=[{"question": "</script><script>window.pwned=1</script>", "answer": "<p>x</p>"}],
    )

    soup = BeautifulSoup(html, "html.parser")
    scripts = soup.find_all("script")
    assert len(scripts) == 1
    assert json.loads(scripts[0].string)["mainEntity"][0]["name"].startswith("</script>")


def test_table_has_caption_and_header_scopes(rendered):
    html = rendered("table")

    soup = BeautifulSoup(html, "html.parser")
    assert soup.table.caption.get_text() == "Dates clés"
    assert [th["scope"] for th in soup.thead.find_all("th")] == ["col", "col"]
    assert [th.get_text() for th in soup.tbody.find_all("th", scope="row")] == [
        "Création",
        "Groupement",
    ]
    region = soup.find(role="region")
    assert region["tabindex"] == "0" and region["aria-label"] == "Dates clés"


def test_cards_show_page_title_summary_and_image(rendered, missions_page):
    html = rendered("cards")

    soup = BeautifulSoup(html, "html.parser")
    card = soup.find("li", class_="card")
    assert card.h3.a["href"] == missions_page.url
    assert card.h3.a.get_text() == "Nos missions"
    assert card.find("p", class_="card__summary").get_text() == "Cinq missions."
    assert card.img["alt"] == ""  # the title next to it says it all


def test_page_list_shows_latest_children_first(rendered, home_page, missions_page):
    html = rendered("page_list")

    soup = BeautifulSoup(html, "html.parser")
    titles = [a.get_text() for a in soup.find_all("a")]
    assert titles == ["Nos missions"]


def test_page_list_of_an_empty_section_says_so(rendered, missions_page):
    html = rendered("page_list", parent=missions_page.pk)

    assert "Rien n’a encore été publié ici." in html


def test_people(rendered):
    html = rendered("people")

    assertInHTML('<p class="person__name">Camille Dupont</p>', html)
    assertInHTML('<p class="person__role">Coordinatrice</p>', html)


def test_logo_wall_names_each_logo(rendered):
    html = rendered("logos")

    soup = BeautifulSoup(html, "html.parser")
    link = soup.find("a")
    assert link["href"] == "https://example.org/"
    assert link.img["alt"] == "Partenaire régional"


def test_two_columns(rendered):
    html = rendered("two_columns")

    soup = BeautifulSoup(html, "html.parser")
    columns = soup.find_all("div", class_="block-columns__column")
    assert len(columns) == 2
    assert "Colonne de gauche." in columns[0].get_text()
    assert "Nous écrire" in columns[1].get_text()


def test_heading_and_paragraph(rendered):
    assertHTMLEqual(
        rendered("heading"), '<h2 class="block-heading" id="qui">Qui sommes-nous ?</h2>'
    )
    assertInHTML("<p>Un réseau régional de <b>coopération</b>.</p>", rendered("paragraph"))


@pytest.mark.parametrize(
    ("language", "date"),
    [("fr", "26 novembre 2026"), ("en", "Nov. 26, 2026"), ("es", "26 de noviembre de 2026")],
)
def test_dates_are_written_for_the_visitor_language(home_page, language, date):
    news = make_standard_page(home_page, title="Actualités", slug="actualites")
    item = make_standard_page(news, title="Assemblée générale", slug="ag")
    # As Wagtail stores it: with microseconds, which a datetime attribute cannot carry.
    published = datetime.datetime(2026, 11, 26, 10, 5, 7, 123456, tzinfo=datetime.UTC)
    type(item).objects.filter(pk=item.pk).update(first_published_at=published)
    block = PageListBlock()

    with translation.override(language):
        html = block.render(block.to_python({"parent": news.pk, "count": 3}))

    # The date the visitor reads, as a machine reads it.
    assert f'<time datetime="2026-11-26">{date}</time>' in html
    assert invalid_datetimes(html) == []


def test_every_time_element_has_a_valid_datetime(rendered):
    html = rendered("page_list") + rendered("timeline")

    assert len(BeautifulSoup(html, "html.parser").find_all("time")) >= 2
    assert invalid_datetimes(html) == []
