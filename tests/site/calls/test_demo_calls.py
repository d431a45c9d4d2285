"""The demo's calls, as data (the demo itself is loaded and crawled by tests/site/demo, which
has the calls' page types in its list)."""

import datetime

from django.utils import timezone

from resacoop.calls.deadlines import zone_of
from resacoop.demo import texts
from resacoop.demo.calls import CALL_LIST, call_fields


def test_two_calls_open_for_some_weeks_and_two_closed():
    now = timezone.now()
    deadlines = [call_fields(call)["deadline"] for call in CALL_LIST]

    assert len([d for d in deadlines if d > now + datetime.timedelta(weeks=2)]) == 2
    assert len([d for d in deadlines if d < now]) == 2


def test_the_demos_calls_use_its_themes_zones_and_three_languages():
    for call in CALL_LIST:
        assert set(call.tags) <= set(texts.TAGS), call.slug
        assert zone_of(call.zone) is not None
        for text in (call.title, call.funder, call.summary, call.eligibility, *call.paragraphs):
            assert text.fr and text.en and text.es and text.fr != text.en
        fields = call_fields(call)
        assert fields["countries"] and fields["call_url"].startswith("https://")
        minimum, maximum, _total = call.amounts
        assert minimum is None or maximum is None or minimum <= maximum
