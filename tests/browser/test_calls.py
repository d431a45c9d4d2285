"""Calls for projects in a browser: no accessibility violation on the open calls, the
archive, an open call and a closed one (the demo's pages are audited too, through the page
types of tests/site/demo)."""

from decimal import Decimal

import pytest

from ..site.calls.builders import make_call, make_call_index

pytestmark = pytest.mark.browser


@pytest.fixture
def calls(media_files, home_page, document):
    index = make_call_index(home_page, introduction="Les financements ouverts aux projets.")
    open_call = make_call(
        index,
        title="Soutien aux projets de solidarité",
        in_days=3,
        amount_min=Decimal("3000"),
        amount_max=Decimal("15000"),
        countries=["SN", "BF"],
        eligibility="Associations de la région",
        funder_url="https://funder.example.org/",
        call_url="https://funder.example.org/call",
        tags=["jeunesse"],
    )
    open_call.documents.create(document=document)
    open_call.save_revision().publish()
    make_call(index, title="Jeunesse et mobilité", in_days=40, deadline_timezone="Europe/Paris")
    closed = make_call(
        index, title="Santé communautaire", in_days=-10, call_url="https://x.example/"
    )
    return {"index": index, "open": open_call, "closed": closed}


def test_calls_pages_have_no_accessibility_violation(page, audit, live_server, calls):
    urls = [
        calls["index"].url,
        calls["index"].url + "archive/",
        calls["open"].url,
        calls["closed"].url,
    ]
    violations = {}
    for url in urls:
        page.goto(live_server.url + url)
        assert page.locator(".call-card, .call-notice").count() > 0, url
        found = audit()
        if found:
            violations[url] = found

    assert violations == {}
