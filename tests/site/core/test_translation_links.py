"""Links changed in wagtail-localize's translation editor are checked like the editor's own."""

from urllib.parse import urlencode

import pytest
from django.urls import reverse
from wagtail_localize.models import OverridableSegment, Translation, TranslationSource

from resacoop.demo import site_setup

from ..builders import make_standard_page, translation_of

HOSTILE_LINKS = [
    "javascript:alert(1)",
    " JavaScript:alert(1)",
    "java\tscript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox(1)",
]


@pytest.fixture
def translated_links(home_page, locales, run_on_commit):
    page = make_standard_page(
        home_page,
        title="Nous rejoindre",
        slug="nous-rejoindre",
        body=[
            (
                "call_to_action",
                {
                    "title": "Adhérer",
                    "text": "",
                    "link": {"page": None, "url": "https://example.org/adherer", "label": "Oui"},
                    "style": "highlight",
                },
            ),
            ("paragraph", '<p>Lire <a href="https://example.org/statuts">les statuts</a>.</p>'),
        ],
    )
    run_on_commit(site_setup.ensure_translations, page, [locales["en"]])
    source = TranslationSource.objects.get(object_id=page.translation_key)
    translation = Translation.objects.get(source=source, target_locale=locales["en"])
    segments = list(OverridableSegment.objects.filter(source=source))
    assert len(segments) == 2  # the URL block and the link in rich text
    return page, translation, segments


def put_override(client, translation, segment, value):
    """What the translation editor sends when a translator changes a link."""
    url = reverse("wagtail_localize:edit_override", args=[translation.pk, segment.pk])
    body = urlencode({"value": value})
    return client.generic("PUT", url, body, content_type="application/x-www-form-urlencoded")


@pytest.mark.parametrize("link", HOSTILE_LINKS)
def test_translator_cannot_set_a_script_link(admin_client, translated_links, link, run_on_commit):
    page, translation, segments = translated_links

    for segment in segments:
        response = put_override(admin_client, translation, segment, link)
        assert response.status_code == 400
        assert "https://" in response.json()["error"]

    run_on_commit(translation.save_target, publish=True)
    html = admin_client.get(translation_of(page, "en").url).content.decode().lower()
    assert "script:" not in html and "data:text" not in html


def test_translator_can_point_a_link_to_the_translated_site(admin_client, translated_links):
    page, translation, segments = translated_links

    answers = [
        put_override(admin_client, translation, segment, "https://example.org/en/join")
        for segment in segments
    ]

    assert [answer.status_code for answer in answers] == [201, 201]
