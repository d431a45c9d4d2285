"""Bad block input is refused with a clear, translated message."""

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation

from cms_blocks.blocks import BodyStreamBlock

BODY = BodyStreamBlock()


def errors_of(block_type, raw):
    """Clean ``raw`` with the body's block of that type; return the error, or None."""
    block = BODY.child_blocks[block_type]
    try:
        block.clean(block.to_python(raw))
    except ValidationError as error:
        return error
    return None


def messages(error, *path):
    """The English messages of the error at ``path`` inside nested block errors."""
    for key in path:
        error = error.block_errors[key]
    with translation.override("en"):
        return [str(message) for message in error.messages]


def call_to_action(**link):
    return {
        "title": "Adhérer",
        "text": "",
        "style": "plain",
        "link": {"page": None, "url": "", "label": "", **link},
    }


def test_call_to_action_without_a_target(db):
    error = errors_of("call_to_action", call_to_action())

    assert messages(error, "link", "page") == ["Choose a page or give an external address."]
    assert messages(error, "link", "url") == ["Choose a page or give an external address."]


def test_call_to_action_with_both_targets(home_page):
    error = errors_of(
        "call_to_action", call_to_action(page=home_page.pk, url="https://example.org/")
    )

    assert messages(error, "link", "url") == [
        "Choose either a page or an external address, not both."
    ]


def test_external_link_needs_a_text(db):
    error = errors_of("call_to_action", call_to_action(url="https://example.org/"))

    assert messages(error, "link", "label") == ["Give a link text for an external address."]


@pytest.mark.parametrize(
    "url", ["javascript:alert(1)", "JaVaScRiPt:alert(1)", "data:text/html;base64,PHNjcmlwdD4="]
)
def test_script_and_data_addresses_are_refused(db, url):
    error = errors_of("call_to_action", call_to_action(url=url, label="Cliquer"))

    assert error is not None
    assert error.block_errors["link"].block_errors["url"]


def test_valid_call_to_action(home_page):
    assert errors_of("call_to_action", call_to_action(page=home_page.pk)) is None
    assert (
        errors_of("call_to_action", call_to_action(url="https://example.org/", label="Voir"))
        is None
    )


def video(url):
    return {"url": url, "title": "Présentation", "caption": "", "poster": None}


@pytest.mark.parametrize(
    "url",
    [
        "https://evil.example/watch?v=aqz-KE-bpKQ",
        "https://www.youtube.com.evil.example/watch?v=aqz-KE-bpKQ",
        "https://www.youtube.com/channel/UCabcdefghijk",
        "http://www.youtube.com/watch?v=aqz-KE-bpKQ",
        "https://vimeo.com/about",
    ],
)
def test_video_from_a_host_or_page_not_allowed_is_refused(db, url):
    error = errors_of("video", video(url))

    assert messages(error, "url") == [
        "This address is not a video we can embed. Accepted: the page of a single video on "
        "YouTube, Vimeo, Dailymotion."
    ]


@pytest.mark.parametrize(
    "url",
    [
        "https://www.youtube.com/watch?v=aqz-KE-bpKQ",
        "https://youtu.be/aqz-KE-bpKQ?t=10",
        "https://vimeo.com/123456789",
        "https://www.dailymotion.com/video/x8abcd1",
    ],
)
def test_videos_of_allowed_hosts_are_accepted(db, url):
    assert errors_of("video", video(url)) is None


def test_video_providers_are_a_setting(db, settings):
    settings.CMS_BLOCKS_VIDEO_PROVIDERS = {
        "Canal": {
            "hosts": ["video.example.org"],
            "pattern": r"^https://video\.example\.org/v/(?P<id>\d+)$",
            "embed_url": "https://video.example.org/embed/{id}",
        }
    }

    assert errors_of("video", video("https://video.example.org/v/42")) is None
    assert errors_of("video", video("https://www.youtube.com/watch?v=aqz-KE-bpKQ")) is not None


def table(rows, columns):
    return {
        "caption": "Tableau",
        "columns": [{"type": "text", "heading": f"C{index}"} for index in range(columns)],
        "rows": [{"values": ["x"] * columns} for _row in range(rows)],
    }


def test_table_within_bounds_is_accepted(db):
    assert errors_of("table", table(rows=100, columns=8)) is None


def test_table_with_too_many_rows_or_columns_is_refused(db):
    error = errors_of("table", table(rows=101, columns=9))

    with translation.override("en"):
        assert [str(message) for message in error.non_block_errors] == [
            "A table may have at most 8 columns.",
            "A table may have at most 100 rows; split it in several tables.",
        ]


def test_table_bounds_are_settings(db, settings):
    settings.CMS_BLOCKS_TABLE_MAX_ROWS = 2

    assert errors_of("table", table(rows=3, columns=1)) is not None


@pytest.mark.parametrize("label", ["", "   "])
def test_key_figure_without_label_is_refused(db, label):
    error = errors_of(
        "key_figures", {"title": "", "figures": [{"number": "27", "unit": "", "label": label}]}
    )

    figure_error = error.block_errors["figures"].block_errors[0]
    with translation.override("en"):
        assert figure_error.block_errors["label"].messages == [
            "Say what the number counts, e.g. “member organisations”."
        ]
    with translation.override("fr"):
        assert "Dites ce que le nombre compte" in figure_error.block_errors["label"].messages[0]


def test_page_list_longer_than_the_limit_is_refused(home_page):
    # The message is written when the block is cleaned, in the active language.
    with translation.override("en"):
        error = errors_of(
            "page_list", {"title": "", "parent": home_page.pk, "count": 13, "show_summary": True}
        )

    assert messages(error, "count") == ["Show at most 12 pages."]


def test_anchor_collision_inside_a_column_is_reported_where_it_is(db):
    value = BODY.to_python(
        [
            {"type": "heading", "value": {"text": "A", "level": "h2", "anchor": "contact"}},
            {
                "type": "two_columns",
                "value": {
                    "first": [
                        {
                            "type": "heading",
                            "value": {"text": "B", "level": "h3", "anchor": "contact"},
                        }
                    ],
                    "second": [{"type": "paragraph", "value": "<p>Texte</p>"}],
                    "ratio": "1-1",
                },
            },
        ]
    )

    with pytest.raises(ValidationError) as caught:
        BODY.clean(value)

    errors = caught.value.block_errors
    assert sorted(errors) == [0, 1]
    nested = errors[1].block_errors["first"].block_errors[0].block_errors["anchor"]
    with translation.override("en"):
        assert nested.messages == [
            "Another heading of this page already uses the anchor “contact”."
        ]
