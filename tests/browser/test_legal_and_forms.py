"""The form page and the obligation pages in a browser: no accessibility violation, in French
and English, on the form as first shown and with its mistakes; the keyboard never reaches the
honeypot. (The demo's pages of each type, in three languages: test_demo_pages.py.)"""

import pytest

from cms_blocks.translation import ensure_translations

from ..site.builders import make_standard_page, translation_of
from ..site.forms.builders import make_form_page
from ..site.legal.builders import (
    make_notices,
    make_personal_data,
    make_site_plan,
    make_statement,
)

pytestmark = pytest.mark.browser


@pytest.fixture
def pages(media_files, home_page, locales, run_on_commit):
    make_standard_page(home_page, title="À propos", slug="a-propos")
    form = make_form_page(home_page)
    built = {
        "form": form,
        "statement": make_statement(home_page, contact_page=form),
        "notices": make_notices(home_page, credits="Fait avec Wagtail : https://wagtail.org"),
        "data": make_personal_data(home_page, cookies="Aucun cookie de mesure d'audience."),
        "plan": make_site_plan(home_page),
    }
    for page in built.values():
        run_on_commit(ensure_translations, page, [locales["en"]])
    return built


@pytest.mark.parametrize("language", ["fr", "en"])
def test_form_and_obligation_pages_have_no_accessibility_violation(
    page, audit, live_server, pages, language
):
    violations = {}
    for name, built in pages.items():
        page.goto(live_server.url + translation_of(built, language).url)
        assert page.locator(".site-footer a[href$='/']").count() > 0
        if found := audit():
            violations[name] = found

    assert violations == {}


def test_the_form_with_its_mistakes_has_no_violation_and_the_trap_is_never_reached(
    page, audit, live_server, pages
):
    page.goto(live_server.url + pages["form"].url)
    reached = []
    for _ in range(40):
        page.keyboard.press("Tab")
        reached.append(page.evaluate("document.activeElement.name || ''"))
    assert "website-url" not in reached
    assert "votre_nom" in reached

    page.locator("#id_votre_adresse_electronique").fill("pas-une-adresse")
    page.locator("form[method=post] button[type=submit]").click()

    summary = page.get_by_role("alert")
    assert summary.count() == 1
    assert page.locator("[aria-invalid=true]").count() >= 4
    assert audit() == []
