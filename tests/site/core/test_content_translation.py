"""Translating pages with wagtail-localize through the admin: PO round trip and sync."""

import polib
import pytest
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail_localize.models import Translation

from resacoop.demo import site_setup
from resacoop.pages.models import StandardPage

from ..builders import make_standard_page, translation_of


@pytest.fixture
def admin_client(client, db):
    user = get_user_model().objects.create_superuser("traductrice", "t@example.org", "x")
    client.force_login(user)
    return client


@pytest.fixture
def page(home_page, locales, run_on_commit):
    page = make_standard_page(
        home_page,
        title="Le réseau",
        slug="le-reseau",
        body=[
            ("heading", {"text": "Nos objectifs", "level": "h2", "anchor": "objectifs"}),
            ("paragraph", "<p>Accompagner la coopération internationale.</p>"),
            ("paragraph", "<p>Informer les habitants de la région.</p>"),
        ],
    )
    run_on_commit(site_setup.ensure_translations, page, [locales["en"]])
    return page


def english_translation(page, locales):
    return Translation.objects.get(
        source__object_id=page.translation_key, target_locale=locales["en"]
    )


def download_po(client, translation):
    response = client.get(reverse("wagtail_localize:download_pofile", args=[translation.pk]))
    assert response.status_code == 200
    return polib.pofile(response.content.decode())


def upload_po(client, translation, content, next_url="/admin/"):
    return client.post(
        reverse("wagtail_localize:upload_pofile", args=[translation.pk]),
        {"file": SimpleUploadedFile("page-en.po", content), "next": next_url},
    )


ENGLISH = {
    "Le réseau": "The network",
    "le-reseau": "the-network",
    "Nos objectifs": "Our aims",
    "Accompagner la coopération internationale.": "Supporting international cooperation.",
}


def test_po_round_trip_translates_title_slug_and_blocks(admin_client, page, locales):
    translation = english_translation(page, locales)
    po = download_po(admin_client, translation)
    assert {entry.msgid for entry in po} >= set(ENGLISH)
    for entry in po:
        entry.msgstr = ENGLISH.get(entry.msgid, "")

    response = upload_po(admin_client, translation, str(po).encode())
    assert response.status_code == 302
    translation.save_target(publish=True)

    english = translation_of(page, "en")
    assert english.title == "The network"
    assert english.slug == "the-network"
    html = admin_client.get(english.url).content.decode()
    assert "Our aims" in html and "Supporting international cooperation." in html
    # Not translated yet: shown in French rather than left out.
    assert "Informer les habitants de la région." in html


def test_sync_keeps_the_translators_work_and_brings_the_source_changes(
    admin_client, page, locales, run_on_commit
):
    translation = english_translation(page, locales)
    po = download_po(admin_client, translation)
    for entry in po:
        entry.msgstr = ENGLISH.get(entry.msgid, "")
    upload_po(admin_client, translation, str(po).encode())
    translation.save_target(publish=True)

    # The French source changes the paragraph nobody translated yet.
    source = StandardPage.objects.get(pk=page.pk)
    source.body[2] = ("paragraph", source.body[2].block.to_python("<p>Informer et former.</p>"))
    source.save_revision().publish()
    response = run_on_commit(
        admin_client.post,
        reverse("wagtail_localize:update_translations", args=[translation.source.pk]),
        {"publish_translations": "on"},
    )
    assert response.status_code == 302

    html = admin_client.get(translation_of(page, "en").url).content.decode()
    assert "Our aims" in html and "Supporting international cooperation." in html
    assert "Informer et former." in html
    assert "Informer les habitants" not in html


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"not a po file \x00\xff",
        b'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n',
    ],
    ids=["empty", "garbage", "no translation id"],
)
def test_bad_po_upload_gets_a_message(admin_client, page, locales, content):
    translation = english_translation(page, locales)

    response = upload_po(admin_client, translation, content)

    assert response.status_code == 302
    messages = [str(m) for m in response.wsgi_request._messages]
    assert messages and all("PO" in message for message in messages)
    assert translation_of(page, "en").title == "Le réseau"


def test_po_upload_without_a_file_gets_a_message(admin_client, page, locales):
    translation = english_translation(page, locales)

    response = admin_client.post(
        reverse("wagtail_localize:upload_pofile", args=[translation.pk]), {"next": "/admin/"}
    )

    assert response.status_code == 302
    assert [str(m) for m in response.wsgi_request._messages] == [
        "Veuillez envoyer un fichier PO exporté de cette traduction."
    ]


def french_link_from(client, page):
    from bs4 import BeautifulSoup

    response = client.get(page.url)
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    return soup.select_one('.language-switcher a[hreflang="fr"]')["href"]


@pytest.mark.parametrize("change", ["unpublish", "delete"])
def test_translations_outlive_their_unpublished_or_deleted_source(client, standard_page, change):
    english = translation_of(standard_page, "en")

    getattr(StandardPage.objects.get(pk=standard_page.pk), change)()

    english.refresh_from_db()
    assert english.live
    link = french_link_from(client, english)
    assert link == "/fr/?untranslated=1"
    assert client.get(link).status_code == 200


def test_moving_the_source_leaves_its_translations_in_place_and_linked(
    client, standard_page, home_page, locales, run_on_commit
):
    section = make_standard_page(home_page, title="Section", slug="section")
    english_url = translation_of(standard_page, "en").url

    run_on_commit(standard_page.move, section, "last-child")

    moved = StandardPage.objects.get(pk=standard_page.pk)
    assert moved.url == "/fr/section/a-propos/"
    assert translation_of(standard_page, "en").url == english_url
    assert french_link_from(client, translation_of(standard_page, "en")) == moved.url


@pytest.mark.parametrize(("language", "heading"), [("fr", "Tableau de bord"), ("en", "Dashboard")])
def test_admin_speaks_each_users_language(client, home_page, language, heading):
    from wagtail.users.models import UserProfile

    user = get_user_model().objects.create_superuser("personne", "p@example.org", "x")
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    client.force_login(user)

    response = client.get(reverse("wagtailadmin_home"), HTTP_ACCEPT_LANGUAGE="es")

    assert f'<html lang="{language}"' in response.content.decode()
    assert f"<title>{heading}" in response.content.decode()
