import pytest
from django.core.exceptions import ValidationError
from django.test import SimpleTestCase
from django.utils import translation
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file

from cms_blocks.blocks import BodyStreamBlock, FigureBlock, HeadingBlock, ParagraphBlock

from ..html import injected_markup


class TestHeadingBlock(SimpleTestCase):
    def render(self, raw):
        block = HeadingBlock()
        return block.render(block.clean(block.to_python(raw)))

    def test_renders_chosen_level_with_anchor(self):
        html = self.render({"text": "Nos missions", "level": "h3", "anchor": "missions"})

        self.assertHTMLEqual(html, '<h3 class="block-heading" id="missions">Nos missions</h3>')

    def test_renders_without_anchor(self):
        html = self.render({"text": "Historique", "level": "h2", "anchor": ""})

        self.assertHTMLEqual(html, '<h2 class="block-heading">Historique</h2>')

    def test_level_outside_h2_to_h4_is_refused(self):
        block = HeadingBlock()

        with self.assertRaises(ValidationError):
            block.clean(block.to_python({"text": "Titre", "level": "h1", "anchor": ""}))

    def test_stored_unknown_level_renders_as_h2(self):
        block = HeadingBlock()
        value = block.to_python({"text": "Titre", "level": "script", "anchor": ""})

        self.assertHTMLEqual(block.render(value), '<h2 class="block-heading">Titre</h2>')

    def test_anchor_with_spaces_or_quotes_is_refused_with_a_message(self):
        block = HeadingBlock()
        for anchor in ["nos missions", 'x" onclick="alert(1)', "é#", "a/b"]:
            with self.assertRaises(ValidationError) as caught:
                block.clean(block.to_python({"text": "Titre", "level": "h2", "anchor": anchor}))

            with translation.override("en"):
                message = caught.exception.block_errors["anchor"].messages[0]
            self.assertIn("letters, digits, hyphens and underscores", message)

    def test_anchor_message_is_translated(self):
        block = HeadingBlock()
        with self.assertRaises(ValidationError) as caught:
            block.clean(block.to_python({"text": "Titre", "level": "h2", "anchor": "a b"}))

        with translation.override("fr"):
            message = caught.exception.block_errors["anchor"].messages[0]
        self.assertIn("lettres, des chiffres, des tirets", message)

    def test_hostile_text_is_escaped(self):
        html = self.render({"text": '<img src=x onerror="alert(1)">', "level": "h2", "anchor": ""})

        self.assertEqual(injected_markup(html), [])
        self.assertIn("&lt;img src=x", html)


class TestBodyStreamBlock(SimpleTestCase):
    def test_duplicate_anchor_is_refused_on_the_second_heading_too(self):
        block = BodyStreamBlock()
        value = block.to_python(
            [
                {"type": "heading", "value": {"text": "A", "level": "h2", "anchor": "lyon"}},
                {"type": "paragraph", "value": "<p>Texte</p>"},
                {"type": "heading", "value": {"text": "B", "level": "h2", "anchor": "lyon"}},
            ]
        )

        with self.assertRaises(ValidationError) as caught:
            block.clean(value)

        errors = caught.exception.block_errors
        self.assertEqual(sorted(errors), [0, 2])
        self.assertIn("lyon", errors[2].block_errors["anchor"].messages[0])

    def test_distinct_anchors_are_accepted(self):
        block = BodyStreamBlock()
        value = block.to_python(
            [
                {"type": "heading", "value": {"text": "A", "level": "h2", "anchor": "lyon"}},
                {"type": "heading", "value": {"text": "B", "level": "h2", "anchor": "clermont"}},
                {"type": "heading", "value": {"text": "C", "level": "h2", "anchor": ""}},
                {"type": "heading", "value": {"text": "D", "level": "h2", "anchor": ""}},
            ]
        )

        self.assertEqual(len(block.clean(value)), 4)


class TestParagraphBlock(SimpleTestCase):
    def test_offers_the_restricted_feature_set_only(self):
        features = ParagraphBlock().features

        self.assertIn("link", features)
        self.assertNotIn("h2", features)
        self.assertNotIn("image", features)
        self.assertNotIn("embed", features)

    def test_renders_rich_text(self):
        block = ParagraphBlock()

        html = block.render(block.to_python("<p>Un <b>réseau</b> régional</p>"))

        self.assertHTMLEqual(
            html, '<div class="block-paragraph rich-text"><p>Un <b>réseau</b> régional</p></div>'
        )


@pytest.fixture
def image(db):
    return Image.objects.create(title="Carte", file=get_test_image_file(), description="")


def test_figure_renders_alt_caption_and_credit(image):
    block = FigureBlock()
    value = block.clean(
        block.to_python(
            {
                "image": {"image": image.pk, "alt_text": "Carte de la région", "decorative": False},
                "caption": "Les douze départements",
                "credit": "Photo : le réseau",
            }
        )
    )

    html = block.render(value)

    assert 'alt="Carte de la région"' in html
    assert '<span class="block-figure__caption">Les douze départements</span>' in html
    assert '<small class="block-figure__credit">Photo : le réseau</small>' in html


def test_figure_without_alt_text_is_refused_unless_decorative(image):
    block = FigureBlock()
    raw = {"image": {"image": image.pk, "alt_text": "", "decorative": False}, "caption": ""}

    with pytest.raises(ValidationError):
        block.clean(block.to_python(raw))

    raw["image"]["decorative"] = True
    html = block.render(block.clean(block.to_python(raw)))
    assert 'alt=""' in html


def test_figure_escapes_hostile_caption_and_credit(image, xss_payloads):
    block = FigureBlock()
    for payload in xss_payloads:
        value = block.to_python(
            {
                "image": {"image": image.pk, "alt_text": payload, "decorative": False},
                "caption": payload,
                "credit": payload,
            }
        )

        assert injected_markup(block.render(value)) == [], payload
