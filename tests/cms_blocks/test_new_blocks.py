"""The blocks of the library's second version (#20): what visitors get, what editors are
told when a value is wrong, hostile text, translation, and the cost of a page."""

import pytest
from bs4 import BeautifulSoup
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation
from wagtail.blocks import StreamValue
from wagtail.blocks.stream_block import StreamBlockValidationError
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail_localize.models import StringSegment, Translation, TranslationSource

from cms_blocks.blocks import (
    AccordionBlock,
    AnchorBlock,
    AudioBlock,
    BodyStreamBlock,
    CalloutBlock,
    ContactCardBlock,
    HeroBlock,
    HighlightBlock,
    IframeEmbedBlock,
    ImageTextBlock,
    SeparatorBlock,
    StepperBlock,
    TabsBlock,
    TilesBlock,
    VideoBlock,
)
from cms_blocks.examples import as_stored, example

from ..form_data import block_form_data
from ..html import injected_markup
from ..testapp.builders import make_standard_page
from ..testapp.models import StandardPage
from .test_safety import poison

NEW_BLOCKS = [
    "hero",
    "callout",
    "highlight",
    "audio",
    "embed",
    "accordion",
    "tabs",
    "image_text",
    "separator",
    "anchor",
    "stepper",
    "tiles",
    "contact_card",
]


def render(block, raw, context=None):
    value = block.to_python(raw)
    with translation.override("fr"):
        return BeautifulSoup(block.render(value, context), "html.parser")


def errors_of(block, raw):
    """The messages of ``block.clean`` for ``raw``, by field, in English."""
    with translation.override("en"):
        with pytest.raises(StructBlockValidationError) as raised:
            block.clean(block.to_python(raw))
        return {name: error.messages for name, error in raised.value.block_errors.items()}


def hero(**changes):
    return {
        "title": "La coopération dans la région",
        "text": "Conseils et formations.",
        "image": None,
        "link": {"page": None, "url": "https://example.org/", "label": "Nous écrire"},
        "layout": "beside",
        "heading_level": "h2",
        **changes,
    }


# --- What visitors get ---------------------------------------------------------------


@pytest.mark.parametrize("layout", ["beside", "overlay", "wide"])
def test_hero_layouts(image, layout):
    soup = render(HeroBlock(), hero(image=image.pk, layout=layout, heading_level="h3"))

    root = soup.find(class_="block-hero")
    assert f"block-hero--{layout}" in root["class"]
    assert root.h3.get_text() == "La coopération dans la région"
    # The image is decorative: the title and the text say it all.
    assert root.img["alt"] == ""
    assert root.find("a", class_="button")["href"] == "https://example.org/"


def test_hero_without_image_or_link():
    soup = render(HeroBlock(), hero(link={"page": None, "url": "", "label": ""}))

    assert "block-hero--no-image" in soup.div["class"]
    assert soup.find("img") is None
    assert soup.find("a") is None


def test_accordion_sections_share_one_heading_level():
    raw = {
        "items": [
            {"title": "Qui ?", "content": "<p>Tout le monde.</p>"},
            {"title": "Combien ?", "content": "<p>Rien.</p>"},
        ],
        "heading_level": "h3",
    }

    soup = render(AccordionBlock(), raw)

    sections = soup.find_all("details")
    assert [section.summary.h3.get_text() for section in sections] == ["Qui ?", "Combien ?"]
    assert sections[1].find(class_="rich-text").get_text() == "Rien."
    assert not any(section.has_attr("open") for section in sections)


def test_tabs_fall_back_to_sections_with_headings():
    raw = {
        "tabs": [
            {"label": "Lyon", "content": "<p>Siège.</p>"},
            {"label": "Clermont", "content": "<p>Antenne.</p>"},
        ],
        "heading_level": "h2",
    }

    soup = render(TabsBlock(), raw)

    # Without JavaScript the tab list stays hidden; each panel shows under its heading.
    tablist = soup.find(role="tablist")
    assert tablist.has_attr("hidden")
    panels = soup.find_all(class_="block-tabs__panel")
    assert [panel.h2.get_text() for panel in panels] == ["Lyon", "Clermont"]
    tabs = tablist.find_all(role="tab")
    assert [tab["aria-controls"] for tab in tabs] == [panel["id"] for panel in panels]
    assert [tab["aria-selected"] for tab in tabs] == ["true", "false"]
    assert tabs[1]["tabindex"] == "-1"
    assert soup.find("script")["src"].endswith("cms_blocks/js/tabs.js")


def test_tabs_ids_come_from_the_block_id_in_a_stream():
    stream = BodyStreamBlock()
    raw = [{"type": "tabs", "id": "abc", "value": example(stream.child_blocks["tabs"])}]

    html = stream.render(stream.to_python(as_stored(stream, raw)))

    assert 'id="tabs-abc-panel-1"' in html
    assert html == stream.render(stream.to_python(as_stored(stream, raw)))


def test_stepper_marks_the_current_step():
    raw = {
        "title": "Déposer un dossier",
        "steps": [{"title": name, "text": ""} for name in ["Écrire", "Rencontrer", "Envoyer"]],
        "current": 2,
        "heading_level": "h2",
    }

    soup = render(StepperBlock(), raw)

    steps = soup.find_all("li")
    assert [step.get("aria-current") for step in steps] == [None, "step", None]
    assert soup.find(class_="block-stepper__status").get_text(strip=True).count("2") == 1
    assert "3" in soup.find(class_="block-stepper__status").get_text()


def test_tiles_link_to_pages_in_the_visitors_language_and_to_addresses(missions_page, image):
    raw = {
        "title": "S'orienter",
        "tiles": [
            {"page": missions_page.pk, "url": "", "title": "", "text": "", "image": image.pk},
            {
                "page": None,
                "url": "https://example.org/",
                "title": "Ailleurs",
                "text": "Un site ami",
                "image": None,
            },
        ],
        "heading_level": "h2",
    }

    soup = render(TilesBlock(), raw)

    links = soup.select(".tile h3 a")
    assert [(link["href"], link.get_text()) for link in links] == [
        (missions_page.url, missions_page.title),
        ("https://example.org/", "Ailleurs"),
    ]


def test_callout_highlight_image_text_separator_and_anchor(image):
    callout = render(
        CalloutBlock(), {"title": "À savoir", "text": "<p>Gratuit.</p>", "heading_level": "h4"}
    )
    highlight = render(HighlightBlock(), {"text": "Une phrase\nen deux lignes"})
    image_text = render(
        ImageTextBlock(),
        {
            "title": "",
            "text": "<p>Deux bureaux.</p>",
            "image": {"image": image.pk, "alt_text": "Le bureau de Lyon", "decorative": False},
            "image_position": "end",
            "heading_level": "h2",
        },
    )

    assert callout.h4.get_text() == "À savoir"
    assert highlight.p.decode_contents() == "Une phrase<br/>en deux lignes"
    assert "block-image-text--image-end" in image_text.div["class"]
    assert image_text.img["alt"] == "Le bureau de Lyon"
    assert image_text.find(["h2", "h3"]) is None
    assert render(SeparatorBlock(), None).find("hr")
    assert render(AnchorBlock(), {"anchor": "contact"}).div["id"] == "contact"


def test_contact_card_from_a_page_and_typed_lines(missions_page):
    raw = {
        "page": missions_page.pk,
        "name": "",
        "role": "Accueil",
        "organisation": "",
        "email": "accueil@example.org",
        "phone": "04 72 00 00 00",
        "address": "",
        "heading_level": "h3",
    }

    soup = render(ContactCardBlock(), raw)

    assert soup.h3.a["href"] == missions_page.url
    assert soup.h3.get_text() == missions_page.title
    assert soup.find("a", href="mailto:accueil@example.org")
    assert soup.find("a", href="tel:0472000000").get_text() == "04 72 00 00 00"


def test_contact_card_reads_a_pages_contact_fields_defensively(missions_page):
    missions_page.email = "missions@example.org"
    missions_page.website = "javascript:alert(1)"
    block = ContactCardBlock()
    value = block.to_python({"page": None, "name": "", "heading_level": "h2"})
    value["page"] = missions_page

    card = value.card({"cms_blocks_localized_pages": {missions_page.pk: missions_page}})

    assert card["email"] == "missions@example.org"
    assert card["website"] == ""  # only web addresses become links
    assert card["name"] == missions_page.title


def test_contact_page_types_come_from_a_setting(settings):
    settings.CMS_BLOCKS_CONTACT_PAGE_TYPES = ["testapp.StandardPage"]

    assert ContactCardBlock().child_blocks["page"].target_models == [StandardPage]


def test_audio_from_the_documents_library_plays_in_the_page(document):
    document.file.name = "documents/entretien.mp3"
    block = AudioBlock()
    value = block.to_python({"title": "Entretien", "url": "", "transcript": ""})
    value["document"] = document

    with translation.override("fr"):
        soup = BeautifulSoup(block.render(value), "html.parser")

    player = soup.find("audio")
    assert player.parent.name == "figure"
    assert player["src"] == document.url
    assert player["preload"] == "none"
    assert player.a["href"] == document.url  # for browsers without a player
    assert soup.find("script") is None
    assert soup.find("details") is None


def test_audio_and_video_transcripts_open_on_demand(document):
    audio = render(
        AudioBlock(),
        {
            "title": "Entretien",
            "document": None,
            "url": "https://example.org/entretien.mp3",
            "transcript": "<p>Bonjour à tous.</p>",
        },
    )
    video = render(
        VideoBlock(),
        {
            "url": "https://www.youtube.com/watch?v=aqz-KE-bpKQ",
            "title": "Présentation",
            "caption": "",
            "poster": None,
            "transcript": "<p>Une voix présente le réseau.</p>",
        },
    )
    without = render(
        VideoBlock(),
        {"url": "https://vimeo.com/123456789", "title": "Sans", "caption": "", "poster": None},
    )

    # A recording on another site: nothing loads from it before the visitor asks.
    player = audio.find("template").find("audio")
    assert player.has_attr("controls")
    assert player["src"] == "https://example.org/entretien.mp3"
    assert audio.find("a", class_="block-audio__link")["href"] == player["src"]
    assert "example.org" in audio.find("a", class_="block-audio__link").get_text()
    assert audio.details.find(class_="rich-text").get_text() == "Bonjour à tous."
    assert "Présentation" in video.details.summary.get_text()
    assert video.details.find(class_="rich-text").get_text() == "Une voix présente le réseau."
    assert without.find("details") is None


def test_iframe_embed_is_sandboxed_and_loads_on_demand(settings):
    raw = {
        "url": "https://umap.openstreetmap.fr/fr/map/relais_1",
        "title": "Carte des relais",
        "height": 500,
        "caption": "Mise à jour chaque mois.",
    }

    soup = render(IframeEmbedBlock(), raw)

    frame = soup.find("template").find("iframe")
    assert frame["src"] == raw["url"]
    assert frame["title"] == "Carte des relais"
    assert frame["height"] == "500"
    assert "allow-top-navigation" not in frame["sandbox"]
    assert "allow-scripts" in frame["sandbox"]
    assert frame["referrerpolicy"] == "strict-origin-when-cross-origin"
    assert soup.find("a", class_="block-embed__link")["href"] == raw["url"]
    # A host removed from the setting since: the frame is not shown any more.
    settings.CMS_BLOCKS_EMBED_HOSTS = ["www.openstreetmap.org"]
    assert render(IframeEmbedBlock(), raw).find("iframe") is None


# --- What editors are told ------------------------------------------------------------


def test_hero_layout_with_an_image_needs_one():
    assert errors_of(HeroBlock(), hero(layout="overlay")) == {
        "image": ["This layout shows an image: choose one, or pick “Text beside the image”."]
    }


@pytest.mark.django_db  # the stream's conversion of choosers reads the database (Django 6)
def test_a_hero_only_first_and_only_once():
    stream = BodyStreamBlock()
    raw = [
        {"type": "hero", "value": hero()},
        {"type": "paragraph", "value": "<p>Texte</p>"},
        {"type": "hero", "value": hero()},
    ]
    with translation.override("en"):
        with pytest.raises(StreamBlockValidationError) as raised:
            stream.clean(stream.to_python(raw))
        errors = raised.value.block_errors
        assert list(errors) == [2]
        assert errors[2].messages == [
            "A hero can only be the first block of the page, and a page has only one."
        ]
    stream.clean(stream.to_python(raw[:2]))  # first and alone: accepted


def test_an_anchor_is_a_slug_unique_in_the_page():
    stream = BodyStreamBlock()
    raw = [
        {"type": "heading", "value": {"text": "Contact", "level": "h2", "anchor": "contact"}},
        {"type": "anchor", "value": {"anchor": "contact"}},
    ]
    with translation.override("en"):
        with pytest.raises(StreamBlockValidationError) as raised:
            stream.clean(stream.to_python(raw))
        anchor_error = raised.value.block_errors[1].block_errors["anchor"]
        assert anchor_error.messages == [
            "Another heading or anchor of this page already uses “contact”."
        ]
    assert errors_of(AnchorBlock(), {"anchor": "nous écrire"}) == {
        "anchor": [
            "Use only letters, digits, hyphens and underscores in an anchor, with no spaces."
        ]
    }


def test_stepper_current_step_exists():
    raw = {
        "title": "",
        "steps": [{"title": "Un", "text": ""}, {"title": "Deux", "text": ""}],
        "current": 3,
        "heading_level": "h2",
    }

    assert errors_of(StepperBlock(), raw) == {
        "current": ["There are only 2 steps: choose a number from 1 to 2."]
    }


def test_tile_needs_one_target_and_a_title_for_an_address(missions_page):
    def tile(**changes):
        return {
            "title": "",
            "tiles": [{"page": None, "url": "", "title": "", "text": "", "image": None, **changes}],
            "heading_level": "h2",
        }

    both = "Choose either a page or an external address, not both."
    neither = "Choose a page or give an external address."
    for changes, field, message in [
        ({"page": missions_page.pk, "url": "https://example.org/"}, "url", both),
        ({}, "page", neither),
        ({"url": "https://example.org/"}, "title", "Give a title for an external address."),
    ]:
        with translation.override("en"), pytest.raises(ValidationError) as raised:
            TilesBlock().clean(TilesBlock().to_python(tile(**changes)))
            item_errors = raised.value.block_errors["tiles"].block_errors[0].block_errors
            assert item_errors[field].messages == [message], changes


def test_audio_needs_one_https_audio_file(document):
    def audio(**changes):
        return {"title": "Entretien", "document": None, "url": "", "transcript": "", **changes}

    extensions = ".mp3, .m4a, .ogg, .oga, .opus, .wav, .webm, .flac"
    cases = [
        (
            {"document": document.pk, "url": "https://example.org/a.mp3"},
            {"url": ["Choose either an audio file or an address, not both."]},
        ),
        ({}, {"url": ["Choose an audio file or give the address of one."]}),
        ({"url": "http://example.org/a.mp3"}, {"url": ["The address must start with https://."]}),
        (
            {"url": "https://example.org/page.html"},
            {"url": [f"This address is not an audio file. Accepted: {extensions}."]},
        ),
        (
            {"document": document.pk},
            {"document": [f"This document is not an audio file. Accepted: {extensions}."]},
        ),
    ]
    for changes, expected in cases:
        assert errors_of(AudioBlock(), audio(**changes)) == expected, changes


@pytest.mark.parametrize(
    "url",
    [
        "https://evil.example/map",
        "http://umap.openstreetmap.fr/fr/map/x",
        "https://umap.openstreetmap.fr.evil.example/x",
    ],
)
def test_iframe_embed_only_from_allowed_hosts_over_https(url):
    raw = {"url": url, "title": "Carte", "height": 450, "caption": ""}

    assert errors_of(IframeEmbedBlock(), raw) == {
        "url": [
            "Only https:// addresses of these sites can be shown in a page: "
            "www.openstreetmap.org, umap.openstreetmap.fr."
        ]
    }


def test_iframe_embed_needs_a_title():
    raw = {"url": "https://www.openstreetmap.org/export/embed.html", "title": "", "height": 450}

    assert errors_of(IframeEmbedBlock(), raw) == {"title": ["This field is required."]}


def test_contact_card_needs_a_page_or_a_name_and_a_real_phone_number():
    def contact(**changes):
        return {"page": None, "name": "", "phone": "", "heading_level": "h2", **changes}

    message = "Choose a page or type the name of the person to contact."
    assert errors_of(ContactCardBlock(), contact()) == {"page": [message], "name": [message]}
    assert errors_of(ContactCardBlock(), contact(name="Camille", phone="appelez-moi")) == {
        "phone": ["Write a phone number with digits, spaces, dots or hyphens only."]
    }


def test_heading_level_is_one_of_the_outlines_levels():
    raw = {"title": "Titre", "text": "<p>x</p>", "heading_level": "h1"}

    errors = errors_of(CalloutBlock(), raw)

    assert list(errors) == ["heading_level"]


# --- Hostile text, translation, admin, cost --------------------------------------------


def test_hostile_text_in_the_new_blocks_is_shown_as_text(every_block, xss_payloads):
    body = BodyStreamBlock()
    new = [child for child in every_block if child["type"] in NEW_BLOCKS]
    for payload in xss_payloads:
        poisoned = []
        value = body.to_python(poison(body, new, payload, poisoned))
        with translation.override("fr"):
            html = body.render(value)

        assert injected_markup(html) == [], payload
        assert len(poisoned) >= 25


def test_a_misplaced_hero_is_refused_in_the_admin(admin_client, home_page):
    body = [
        {"type": "paragraph", "id": "p", "value": "<p>Texte</p>"},
        {"type": "hero", "id": "h", "value": hero()},
    ]
    data = {"title": "Héros", "slug": "heros", "introduction": ""}
    data.update(block_form_data(BodyStreamBlock(), body, "body"))
    url = reverse("wagtailadmin_pages:add", args=("testapp", "standardpage", home_page.pk))

    response = admin_client.post(url, {**data, "action-publish": "action-publish"})

    assert response.status_code == 200
    assert not StandardPage.objects.filter(slug="heros").exists()
    error = response.context["form"].errors["body"].as_data()[0].as_json_data()
    assert list(error["blockErrors"]) in (["1"], [1])


FRENCH_TO_ENGLISH = {
    "La coopération dans la région": "Cooperation in the region",
    "Nous écrire": "Write to us",
    "Qui ?": "Who?",
    "Tout le monde.": "Everyone.",
    "Lyon centre": "Lyon centre (en)",
    "Étape une": "Step one",
    "Entretien": "Interview",
    "Bonjour.": "Hello.",
    "Carte des relais": "Map of the relays",
    "Accueil du réseau": "Network's reception",
}
NOT_OFFERED = ["relais", "https://umap.openstreetmap.fr/fr/map/relais_1", "overlay", "h3"]


@pytest.fixture
def translatable_page(home_page, image):
    body = [
        {"type": "hero", "value": hero(image=image.pk, layout="overlay")},
        {
            "type": "accordion",
            "value": {
                "items": [{"title": "Qui ?", "content": "<p>Tout le monde.</p>"}],
                "heading_level": "h3",
            },
        },
        {
            "type": "tabs",
            "value": {
                "tabs": [
                    {"label": "Lyon centre", "content": "<p>Bonjour.</p>"},
                    {"label": "Étape une", "content": "<p>Tout le monde.</p>"},
                ],
                "heading_level": "h2",
            },
        },
        {"type": "anchor", "value": {"anchor": "relais"}},
        {
            "type": "audio",
            "value": {
                "title": "Entretien",
                "document": None,
                "url": "https://example.org/a.mp3",
                "transcript": "<p>Bonjour.</p>",
            },
        },
        {
            "type": "embed",
            "value": {
                "url": "https://umap.openstreetmap.fr/fr/map/relais_1",
                "title": "Carte des relais",
                "height": 450,
                "caption": "",
            },
        },
        {
            "type": "contact_card",
            "value": {
                **example(ContactCardBlock()),
                "name": "Accueil du réseau",
                "role": "",
                "organisation": "",
            },
        },
    ]
    # Stored as the editor saves it: list items with ids, by which translations find them.
    body = as_stored(BodyStreamBlock(), body)
    return make_standard_page(home_page, title="Nouveaux blocs", slug="nouveaux", body=body)


def test_new_blocks_translate_through_a_po_file(client, translatable_page, locales, run_on_commit):
    source, _created = TranslationSource.get_or_create_from_instance(translatable_page)
    texts = {s.string.data for s in StringSegment.objects.filter(source=source)}
    assert set(FRENCH_TO_ENGLISH) <= texts, sorted(set(FRENCH_TO_ENGLISH) - texts)
    assert texts.isdisjoint(NOT_OFFERED)

    translation_ = Translation.objects.create(source=source, target_locale=locales["en"])
    po = translation_.export_po()
    for entry in po:
        entry.msgstr = FRENCH_TO_ENGLISH.get(entry.msgid, entry.msgid)
    assert translation_.import_po(po) == []
    run_on_commit(translation_.save_target, publish=True)

    english = translatable_page.get_translation(locales["en"])
    soup = BeautifulSoup(client.get(english.url).content, "html.parser")
    main = str(soup)
    for text in ["Cooperation in the region", "Who?", "Everyone.", "Interview", "Hello."]:
        assert text in main, text
    assert soup.find(role="tab").get_text() == "Lyon centre (en)"
    assert soup.select_one(".block-embed template").find("iframe")["title"] == "Map of the relays"
    assert soup.find(id="relais")
    assert "block-hero--overlay" in soup.find(class_="block-hero")["class"]
    assert "La coopération" not in main


def test_ten_tiles_and_contact_cards_cost_the_same_as_one(client, home_page):
    pages = [
        make_standard_page(home_page, title=f"Relais {number}", slug=f"relais-{number}")
        for number in range(10)
    ]

    def body(count):
        return [
            {
                "type": "tiles",
                "value": {
                    "title": "",
                    "tiles": [
                        {"page": page.pk, "url": "", "title": "", "text": "", "image": None}
                        for page in pages[:count]
                    ],
                    "heading_level": "h2",
                },
            },
            *[
                {"type": "contact_card", "value": {"page": page.pk, "heading_level": "h2"}}
                for page in pages[:count]
            ],
        ]

    counts = []
    for count in (1, 10):
        page = make_standard_page(home_page, slug=f"tuiles-{count}", body=body(count))
        client.get(page.url)
        with CaptureQueriesContext(connection) as queries:
            response = client.get(page.url)
        assert response.status_code == 200
        assert response.content.decode().count('class="block-contact"') == count
        counts.append(len(queries))

    assert counts[0] == counts[1]


def test_the_body_stream_offers_the_new_blocks_in_groups():
    body = BodyStreamBlock()

    assert set(NEW_BLOCKS) <= set(body.child_blocks)
    assert list(body.child_blocks)[0] == "hero"
    groups = {name: body.child_blocks[name].meta.group for name in NEW_BLOCKS}
    assert all(groups.values()), groups
    assert isinstance(body.to_python([]), StreamValue)


def test_headings_may_not_skip_a_level_of_the_outline():
    stream = BodyStreamBlock()
    callout = {"title": "À savoir", "text": "<p>x</p>", "heading_level": "h4"}
    raw = [
        {"type": "heading", "value": {"text": "Section", "level": "h2", "anchor": ""}},
        {"type": "callout", "value": callout},  # h4 under h2: refused
        {"type": "callout", "value": {**callout, "title": ""}},  # no title, no heading
        {"type": "heading", "value": {"text": "Sous-section", "level": "h3", "anchor": ""}},
        {"type": "callout", "value": callout},  # h4 under h3: fine
    ]
    with translation.override("en"):
        with pytest.raises(StreamBlockValidationError) as raised:
            stream.clean(stream.to_python(raw))
        errors = raised.value.block_errors
        assert list(errors) == [1]
        assert errors[1].block_errors["heading_level"].messages == [
            "This heading skips a level of the page's outline: after a heading of level 2, "
            "choose level 3 at most."
        ]
    # The page's first heading is of level 2, under the page's title.
    with pytest.raises(StreamBlockValidationError) as raised:
        stream.clean(stream.to_python(raw[2:]))
    assert list(raised.value.block_errors) == [1, 2]
    stream.clean(stream.to_python([raw[0], raw[3], raw[4]]))
