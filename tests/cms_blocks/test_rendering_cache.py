"""Blocks of a page kept rendered until the content changes (cms_blocks.rendering)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail import blocks
from wagtail.snippets.blocks import SnippetChooserBlock

from cms_blocks.blocks import BodyStreamBlock, HeadingBlock
from cms_blocks.rendering import renders_the_same_for_everyone

from ..testapp.builders import every_block, make_standard_page


@pytest.fixture(autouse=True)
def rendering_cache(settings):
    settings.CMS_BLOCKS_RENDERING_CACHE_TIMEOUT = 3600


def block_templates(response):
    return {t.name for t in response.templates if "/blocks/" in (t.name or "")}


@pytest.fixture
def page_of_every_block(home_page, image, document):
    target = make_standard_page(home_page, title="Une page liée", slug="liee")
    return make_standard_page(
        home_page, title="Tous les blocs", slug="tous", body=every_block(image, document, target)
    ), target


def test_a_page_seen_again_renders_none_of_its_blocks(client, page_of_every_block):
    page, _ = page_of_every_block
    first = client.get(page.url)
    with CaptureQueriesContext(connection) as queries:
        again = client.get(page.url)

    assert block_templates(first)
    assert block_templates(again) == set()
    assert again.content == first.content
    # Nothing loaded for the blocks: no image, rendition, document or chosen page.
    loaded = " ".join(query["sql"] for query in queries)
    assert "wagtailimages" not in loaded
    assert "wagtaildocs" not in loaded


def test_an_edited_block_and_a_renamed_chosen_page_show_at_once(client, page_of_every_block):
    page, target = page_of_every_block
    assert "Une page liée" in client.get(page.url).content.decode()

    target.title = "Une page renommée"
    target.save_revision().publish()
    assert "Une page renommée" in client.get(page.url).content.decode()

    body = page.body
    body[0].value["text"] = "Un titre changé"
    page.body = body
    page.save_revision().publish()
    assert "Un titre changé" in client.get(page.url).content.decode()


def test_a_preview_shows_the_draft_and_the_public_page_stays(client, page_of_every_block):
    page, _ = page_of_every_block
    client.get(page.url)
    body = page.body
    body[0].value["text"] = "Un brouillon"
    page.body = body
    page.save_revision()  # not published

    preview = page.get_latest_revision_as_object().make_preview_request()

    assert "Un brouillon" in preview.content.decode()
    assert "Un brouillon" not in client.get(page.url).content.decode()


def test_each_language_has_its_own_rendering(client, home_page, locales):
    page = make_standard_page(home_page, title="Traduite", slug="traduite")
    english = page.copy_for_translation(locales["en"])
    english.body = [("heading", {"text": "Our goals", "level": "h2", "anchor": "goals"})]
    english.save_revision().publish()

    assert "Nos objectifs" in client.get(page.url).content.decode()
    assert "Our goals" in client.get(english.url).content.decode()
    assert "Nos objectifs" in client.get(page.url).content.decode()


class ClockBlock(blocks.StaticBlock):
    class Meta:
        cache_rendering = False


class HostBlock(blocks.StaticBlock):
    """A block of a host project that does not say."""


class SaidSameBlock(blocks.StaticBlock):
    class Meta:
        cache_rendering = True


@pytest.mark.parametrize(
    ("block", "kept"),
    [
        (blocks.CharBlock(), True),
        (HeadingBlock(), True),
        (SaidSameBlock(), True),
        (ClockBlock(), False),
        (HostBlock(), False),
        (SnippetChooserBlock("wagtailcore.Locale"), False),
        # A block is kept only if every block inside it is.
        (blocks.StructBlock([("title", blocks.CharBlock()), ("clock", ClockBlock())]), False),
        (blocks.ListBlock(HostBlock()), False),
        (blocks.StreamBlock([("said", SaidSameBlock()), ("text", blocks.CharBlock())]), True),
        (BodyStreamBlock(), True),
    ],
)
def test_only_blocks_known_to_render_the_same_for_everyone_are_kept(block, kept):
    assert renders_the_same_for_everyone(block) is kept
