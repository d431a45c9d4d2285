"""The admin screens relays and the network's staff use, and English that must not show on
them when they work in French.

Shared by the test-client check (``tests/site/test_relay_admin_french.py``) and the browser check
(``tests/browser/test_admin_french.py``).
"""

import re

from bs4 import BeautifulSoup
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.urls import reverse
from wagtail.users.models import UserProfile

from .testapp.builders import translation_of

# English words and phrases of the admin's own interface; none is French, and none is in the
# content the fixtures make (page titles, texts, file names).
ENGLISH_UI = [
    "Save draft",
    "Publish",
    "Edit",
    "Translate",
    "Translation",
    "Translations",
    "translation",
    "Sync",
    "Locale",
    "Locales",
    "Language",
    "Languages",
    "Submit",
    "Delete",
    "Cancel",
    "Dashboard",
    "Settings",
    "Search",
    "Status",
    "Draft",
    "Live",
    "History",
    "Upload",
    "Preview",
    "Save",
    "Account",
    "Log out",
    "Help",
    "Reports",
    "Choose",
    "Filter",
    "Close",
    "Loading",
    "Comments",
    "Approve",
    "Reject",
    "Request changes",
    "Add",
    "Sort",
    "Title",
    "Name",
    "Password",
    "Created",
    "Updated",
    "Author",
    "Changes",
    "Revisions",
    "Stop",
    "Download",
    "Any",
    "None",
    "Yes",
    "No",
    "Back",
    "Next",
    "Previous",
    "More",
    "Show",
    "Hide",
    "Apply",
    "Clear",
    "File",
    "Drag",
    "Drop",
    "Region",
    "Regions",
]
# Wrong French of the upstream catalogues: a locale is a language here, not a region; typos.
WRONG_FRENCH = [
    "Région",
    "Régions",
    "régions",
    "Salut",
    "Publier dans",
    "Publier dansEnglish",
    "convertir cette pas",
    "Vous n’avez pas encore transféré de tâches",
    # "de" is elided before a vowel: the title of the relay access screen quotes the name.
    "Accès à la page de",
    "Modification de Organisation",
    "Image créé",
    "Pages crées",
    "images sélectionnés",
    "documents sélectionnées",
    "ancien(ne)",
    "n'ont encore été soumis",
]
UNWANTED_PATTERN = re.compile(
    r"(?<![\w-])(" + "|".join(re.escape(word) for word in ENGLISH_UI + WRONG_FRENCH) + r")(?![\w-])"
)
# English that only a template override could change, with where it comes from.
UPSTREAM_TEMPLATE_ENGLISH = [
    # <input type="submit" value="Search"> for screen readers, written in English in
    # wagtailadmin/home.html and wagtailadmin/shared/header.html.
    "toutes les pages... Search",
    # A screen-reader label written in English in wagtail-localize's editor (its React
    # bundle, not its catalogue).
    "More actions",
    # The title of its panel of strings, "<source> to <target> translation", likewise.
    "to English translation",
    "to Español translation",
]
# Parts of a page that are not shown: scripts, styles, and the templates scripts copy from.
INVISIBLE = ["script", "style", "template", "noscript", "svg"]


def visible_text(html):
    """The text of an HTML page a person reads: element text, button and field labels."""
    soup = BeautifulSoup(html, "html.parser")
    for tag in soup.find_all(INVISIBLE):
        tag.decompose()
    for tag in soup.find_all(hidden=True):
        tag.decompose()
    parts = [soup.get_text(" ")]
    for tag in soup.find_all(True):
        for attribute in ("placeholder", "aria-label", "title", "alt"):
            if tag.get(attribute):
                parts.append(tag[attribute])
        if tag.name == "input" and tag.get("type") in {"submit", "button"} and tag.get("value"):
            parts.append(tag["value"])
    return " ".join(" ".join(parts).split())


def english_in(text, allowed=UPSTREAM_TEMPLATE_ENGLISH):
    """The English UI words (and wrong French) found in ``text``, each with a little of its
    context."""
    found = []
    for match in UNWANTED_PATTERN.finditer(text):
        context = text[max(match.start() - 40, 0) : match.end() + 40]
        if not any(phrase in context for phrase in allowed):
            found.append(f"{match.group(1)!r} in …{context}…")
    return found


def speak_french(*users):
    for user in users:
        profile = UserProfile.get_for_user(user)
        profile.preferred_language = "fr"
        profile.save()


def restore_submit_translation_permission():
    """Give the network's staff wagtail-localize's "submit translation" permission again.

    A data migration of wagtail-localize creates it; tests that empty the database after them
    (browser tests) leave the next ones without it, and "Translate" then redirects.
    """
    content_type, _created = ContentType.objects.get_or_create(
        app_label="wagtail_localize", model="translation"
    )
    permission, _created = Permission.objects.get_or_create(
        content_type=content_type,
        codename="submit_translation",
        defaults={"name": "Can submit translations"},
    )
    Group.objects.get(name="Moderators").permissions.add(permission)


def relay_screens(network):
    """(name, admin path) of the screens a relay organisation works on."""
    page = network.relay_a
    return [
        ("dashboard", reverse("wagtailadmin_home")),
        ("page editor", reverse("wagtailadmin_pages:edit", args=[page.pk])),
        ("history", reverse("wagtailadmin_pages:history", args=[page.pk])),
        ("images", reverse("wagtailimages:index")),
        ("image upload", reverse("wagtailimages:add_multiple")),
        ("documents", reverse("wagtaildocs:index")),
        ("document upload", reverse("wagtaildocs:add_multiple")),
        ("account", reverse("wagtailadmin_account")),
    ]


def editor_screens(network):
    """(name, admin path) of the screens the network's staff work on."""
    relay = network.relay_a
    return [
        ("dashboard", reverse("wagtailadmin_home")),
        ("explorer of the map", reverse("wagtailadmin_explore", args=[network.map_page.pk])),
        ("relay page editor", reverse("wagtailadmin_pages:edit", args=[relay.pk])),
        (
            "translation editor",
            reverse("wagtailadmin_pages:edit", args=[translation_of(relay, "en").pk]),
        ),
        (
            "translate",
            reverse("wagtail_localize:submit_page_translation", args=[network.unpublished.pk]),
        ),
        ("relay access", reverse("network_map_relay_access", args=[relay.pk])),
        ("workflow tasks", reverse("wagtailadmin_reports:workflow_tasks")),
    ]
