"""The obligation pages as visitors see them: the footer's status and links in every language,
the statement's facts, the site plan's tree, hostile text escaped, queries bounded."""

import pytest
from bs4 import BeautifulSoup
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from django.utils.translation import gettext
from wagtail.models import PageViewRestriction

from cms_blocks.translation import ensure_translations
from resacoop.legal.models import ConformanceStatus

from ...html import injected_markup
from ..builders import make_member, make_member_index, make_standard_page, translation_of
from ..forms.builders import make_form_page
from .builders import make_notices, make_personal_data, make_site_plan, make_statement


def soup(response):
    assert response.status_code == 200
    return BeautifulSoup(response.content, "html.parser")


def footer_links(client, url):
    return {
        link.get_text(" ", strip=True): link["href"]
        for link in soup(client.get(url)).select(".site-footer nav a")
    }


@pytest.fixture
def obligations(home_page, locales, run_on_commit):
    """The four pages in French; the statement in English and Spanish; the plan in English."""
    pages = {
        "statement": make_statement(home_page),
        "notices": make_notices(home_page),
        "data": make_personal_data(home_page),
        "plan": make_site_plan(home_page),
    }
    run_on_commit(ensure_translations, pages["statement"], [locales["en"], locales["es"]])
    run_on_commit(ensure_translations, pages["plan"], [locales["en"]])
    return pages


def test_the_footer_of_every_page_links_to_the_statement_with_its_status_in_each_language(
    client, home_page, obligations, standard_page
):
    statement = obligations["statement"]
    for language, url in [
        ("fr", standard_page.url),
        ("en", translation_of(home_page, "en").url),
        ("es", translation_of(home_page, "es").url),
    ]:
        links = footer_links(client, url)
        with translation.override(language):
            expected = gettext("Accessibility: %(status)s") % {
                "status": ConformanceStatus.PARTIAL.label
            }
        assert links[expected] == translation_of(statement, language).url, language
    french = footer_links(client, standard_page.url)
    assert set(french.values()) >= {page.url for page in obligations.values()}
    english = footer_links(client, translation_of(home_page, "en").url)
    assert translation_of(obligations["plan"], "en").url in english.values()
    assert obligations["notices"].url not in english.values()  # never another language's page
    spanish = footer_links(client, translation_of(home_page, "es").url)
    assert not [url for url in spanish.values() if "/fr/" in url or "/en/" in url]
    assert len(spanish) == len(english) - 1  # the statement, not the plan


def test_the_footer_shows_the_rgaa_words_of_each_status(client, home_page):
    statement = make_statement(home_page, status="full", compliance_rate=100)
    assert str(ConformanceStatus.FULL.label) in " ".join(footer_links(client, statement.url))
    with translation.override("fr"):
        labels = {status: str(status.label) for status in ConformanceStatus}
    if labels[ConformanceStatus.PARTIAL] != "partially compliant":  # once the catalogue has them
        assert labels == {
            ConformanceStatus.FULL: "totalement conforme",
            ConformanceStatus.PARTIAL: "partiellement conforme",
            ConformanceStatus.NONE: "non conforme",
        }


def test_the_statement_gives_its_facts_the_contact_in_the_visitors_language_and_the_recourse(
    client, home_page, locales, run_on_commit
):
    form = make_form_page(home_page)
    run_on_commit(ensure_translations, form, [locales["en"]])
    statement = make_statement(home_page, contact_page=form)
    run_on_commit(ensure_translations, statement, [locales["en"]])

    html = soup(client.get(translation_of(statement, "en").url))

    text = html.main.get_text(" ", strip=True)
    assert "RGAA 4.1.2" in text and "78" in text
    assert html.select_one("main time[datetime='2026-11-16']")
    hrefs = [link["href"] for link in html.select("main a")]
    assert translation_of(form, "en").url in hrefs
    assert "mailto:accessibilite@example.org" in hrefs
    assert "https://formulaire.defenseurdesdroits.fr/" in hrefs
    assert "Libre réponse 71120" in text


def test_hostile_text_in_the_obligation_pages_is_shown_escaped(client, home_page, xss_payloads):
    payloads = [payload[:150] for payload in xss_payloads if payload.strip()]
    third = len(payloads) // 3
    pages = [
        make_statement(
            home_page,
            auditor=payloads[0],
            audited_pages="\n".join(payloads[:third])[:2000],
            non_conformities=[("item", payload) for payload in payloads],
        ),
        make_notices(
            home_page,
            director=payloads[1],
            host_address="\n".join(payloads[third : 2 * third])[:500],
        ),
        make_personal_data(home_page, controller="\n".join(payloads[2 * third :])[:500]),
    ]
    for page in pages:
        response = client.get(page.url)
        assert response.status_code == 200
        assert injected_markup(response.content) == [], page


@pytest.fixture
def tree(home_page, locales, run_on_commit):
    """A French tree with the pages a plan shows and those it leaves out."""
    about = make_standard_page(home_page, title="À propos", slug="a-propos")
    make_standard_page(about, title="Histoire", slug="histoire")
    make_standard_page(
        home_page, title="Exemples", slug="exemples", hidden_from_search_engines=True
    )
    draft = make_standard_page(home_page, title="Brouillon", slug="brouillon")
    draft.unpublish()
    private = make_standard_page(home_page, title="Espace privé", slug="prive")
    make_standard_page(private, title="Sous-page privée", slug="sous-page")
    PageViewRestriction.objects.create(page=private, restriction_type="login")
    plan = make_site_plan(home_page)
    run_on_commit(ensure_translations, plan, [locales["en"]])
    return plan


def entries(html):
    """The plan as nested (title, children) pairs."""

    def walk(item):
        link = item.find("a", recursive=False)
        sublist = item.find("ul", recursive=False)
        children = (
            [walk(child) for child in sublist.find_all("li", recursive=False)] if sublist else []
        )
        return (link.get_text(strip=True), children)

    return [walk(item) for item in html.select_one(".site-plan").find_all("li", recursive=False)]


def test_the_site_plan_nests_every_public_page_of_the_language(client, home_page, tree):
    html = soup(client.get(tree.url))

    assert entries(html) == [
        (
            home_page.title,
            [("À propos", [("Histoire", [])]), ("Plan du site", [])],
        )
    ]
    english = soup(client.get(translation_of(tree, "en").url))
    [(home_title, children)] = entries(english)
    assert [title for title, _ in children] == [translation_of(tree, "en").title]
    assert all("/en/" in link["href"] for link in english.select(".site-plan a"))


@pytest.fixture
def plan_with_members(home_page, request):
    plan = make_site_plan(home_page)
    index = make_member_index(home_page)
    for number in range(request.param):
        make_member(index, title=f"Membre {number}")
    make_statement(home_page)
    make_notices(home_page)
    return plan


def queries_for(client, url):
    client.get(url)
    cache.clear()
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == 200
    return len(queries), response


#: The plan page's queries with an empty cache: Wagtail's routing and the site's layout (as
#: every page), the footer's obligation pages (1), the plan's pages and restrictions (2).
PLAN_QUERIES = 19


@pytest.mark.parametrize("plan_with_members", [3, 30], indirect=True)
def test_the_site_plan_costs_the_same_queries_whatever_the_number_of_pages(
    client, plan_with_members, request
):
    count, response = queries_for(client, plan_with_members.url)

    assert count == PLAN_QUERIES
    size = request.node.callspec.params["plan_with_members"]
    assert response.content.decode().count("Membre ") >= size


#: The statement's queries with an empty cache: routing, layout, footer, and its contact form.
STATEMENT_QUERIES = 19


@pytest.mark.parametrize("count", [3, 30])
def test_the_statement_costs_the_same_queries_whatever_the_length_of_its_lists(
    client, home_page, count
):
    form = make_form_page(home_page)
    items = [("item", f"Critère {number} non respecté.") for number in range(count)]
    statement = make_statement(
        home_page, contact_page=form, non_conformities=items, derogations=items
    )

    queries, response = queries_for(client, statement.url)

    assert queries == STATEMENT_QUERIES
    assert response.content.decode().count("non respecté.") == 2 * count
