"""Every admin address that Wagtail, wagtail-localize and our apps register, tried by a relay.

The addresses come from the URL resolver, not from a hand-made list: an address added by an
upgrade is tried too. Each is filled with the ids of things relay A must not see (relay B's
draft, an unpublished page, the staff's private image and document, other accounts, relay B's
moderation and translations) and of relay A's own things. Every answer must be a refusal or a
page that shows none of the secrets.
"""

import contextlib
import itertools
import re

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import NoReverseMatch, URLPattern, URLResolver, get_resolver, reverse
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Collection, Page, TaskState, WorkflowState
from wagtail_localize.models import Translation

from .fixtures import PASSWORD

# Text that relay A must never be shown.
SECRET_DRAFT_TITLE = "Brouillon confidentiel de Solicoop"
SECRET_UNPUBLISHED_TITLE = "Relais en préparation"
SECRET_DOCUMENT_TITLE = "Compte rendu confidentiel du bureau"
SECRET_IMAGE_TITLE = "Photo confidentielle du bureau"
OTHER_PEOPLES_ADDRESSES = ["relais-b@example.org", "redaction@example.org", "admin@example.org"]
SECRETS = [
    SECRET_DRAFT_TITLE,
    SECRET_UNPUBLISHED_TITLE,
    SECRET_DOCUMENT_TITLE,
    SECRET_IMAGE_TITLE,
    *OTHER_PEOPLES_ADDRESSES,
]
REFUSED = {400, 403, 404, 405}
# More combinations of ids than this per address add time, not coverage.
MOST_TRIES_PER_ADDRESS = 16


def admin_patterns(patterns=None, prefix="", namespace=""):
    """``(route, name, parameter names)`` of every address under the admin."""
    for pattern in get_resolver().url_patterns if patterns is None else patterns:
        if isinstance(pattern, URLResolver):
            inner = namespace + (f"{pattern.namespace}:" if pattern.namespace else "")
            yield from admin_patterns(pattern.url_patterns, prefix + str(pattern.pattern), inner)
        elif isinstance(pattern, URLPattern):
            route = prefix + str(pattern.pattern)
            if route.startswith("admin/"):
                parameters = list(pattern.pattern.regex.groupindex)
                name = namespace + pattern.name if pattern.name else None
                yield route, name, parameters


@pytest.fixture
def secrets(network, run_on_commit, locales):
    """Relay B's draft waiting for review, and the staff's private media."""
    relay_b = network.relay_b
    relay_b.title = SECRET_DRAFT_TITLE
    revision = relay_b.save_revision(user=network.users["relay_b"])
    workflow = network.map_page.get_workflow()
    workflow_state = workflow.start(relay_b, network.users["relay_b"])
    private = Collection.get_first_root_node().add_child(name="Bureau")
    image = Image.objects.create(
        title=SECRET_IMAGE_TITLE, file=get_test_image_file(), collection=private
    )
    document = Document.objects.create(
        title=SECRET_DOCUMENT_TITLE, file=network.document_a.file, collection=private
    )
    relay_b_translations = Translation.objects.filter(
        source__object_id=relay_b.translation_key
    ).values_list("pk", flat=True)
    assert relay_b_translations, "relay B has translations made with wagtail-localize"
    own_es = network.relay_a.get_translation(locales["es"])
    return {
        "pages": [relay_b.pk, network.unpublished.pk, network.relay_a.pk, own_es.pk],
        "images": [image.pk, network.image_a.pk],
        "documents": [document.pk, network.document_a.pk],
        "users": [network.users[role].pk for role in ("relay_b", "editor", "superuser")],
        "revisions": [revision.pk],
        "translations": list(relay_b_translations)[:2],
        "workflow_states": [workflow_state.pk],
        "task_states": list(
            TaskState.objects.filter(workflow_state=workflow_state).values_list("pk", flat=True)
        ),
        "tasks": [workflow.tasks.first().pk],
        "collections": [private.pk, network.access_b.collection.pk],
        "groups": [network.access_b.group.pk],
    }


def candidates(parameter, ids):
    """Values worth trying for one parameter of an address."""
    everything = sorted({pk for values in ids.values() for pk in values})
    by_name = {
        "page_id": ids["pages"],
        "parent_page_id": ids["pages"],
        "page_to_move_id": ids["pages"],
        "destination_id": ids["pages"][:1],
        "page_pk": ids["pages"],
        "object_id": ids["pages"],
        "image_id": ids["images"],
        "doc_id": ids["documents"],
        "document_id": ids["documents"],
        "collection_id": ids["collections"],
        "revision_id": ids["revisions"],
        "revision_id_a": ids["revisions"],
        "revision_id_b": ["latest"],
        "translation_id": ids["translations"],
        "translation_source_id": ids["translations"],
        "task_state_id": ids["task_states"],
        "workflow_state_id": ids["workflow_states"],
        "task_id": ids["tasks"],
        "workflow_pk": [1],
        "pk": everything,
        "action_name": ["approve"],
        "action": ["unpublish"],
        "filter_spec": ["original"],
        "mode": ["default"],
    }
    return [str(value) for value in by_name.get(parameter, [1])]


MODELS = [
    ("wagtailcore", "page"),
    ("wagtailimages", "image"),
    ("wagtaildocs", "document"),
    ("network_map", "relayorganisationpage"),
    ("network_map", "audience"),
    ("auth", "user"),
]


def fillings(parameters, ids):
    """Every set of values to try for an address's parameters (a bounded number)."""
    model_parameters = [
        pair
        for pair in [
            ("app_label", "model_name"),
            ("app_name", "model_name"),
            ("content_type_app_name", "content_type_model_name"),
        ]
        if set(pair) <= set(parameters)
    ]
    plain = [p for p in parameters if not any(p in pair for pair in model_parameters)]
    models = [MODELS] * len(model_parameters)
    values = [candidates(parameter, ids) for parameter in plain]
    tried = 0
    for model_choice in itertools.product(*models):
        for choice in itertools.product(*values):
            filling = dict(zip(plain, choice, strict=True))
            for (app, model), (app_value, model_value) in zip(
                model_parameters, model_choice, strict=True
            ):
                filling[app], filling[model] = app_value, model_value
            yield filling
            tried += 1
            if tried >= MOST_TRIES_PER_ADDRESS:
                return


def address(route, name, filling):
    if name is not None:
        # A name shared by several routes may not reverse with these values: build it by hand.
        with contextlib.suppress(NoReverseMatch):
            return reverse(name, kwargs=filling)
    path = re.sub(r"<(?:\w+:)?(\w+)>", lambda match: filling[match.group(1)], route)
    path = re.sub(r"\(\?P<(\w+)>[^)]*\)", lambda match: filling[match.group(1)], path)
    return "/" + path.replace("^", "").replace("$", "").replace("\\.", ".")


def test_no_admin_address_shows_a_relay_what_is_not_its_own(network, secrets):
    client = Client(raise_request_exception=False)
    assert client.login(username=network.users["relay_a"].username, password=PASSWORD)
    # Bulk actions and multiple choosers read ids from the query string.
    query = "&".join(
        f"id={pk}" for pk in secrets["pages"][:2] + secrets["documents"][:1] + secrets["images"][:1]
    )
    problems, tried, routes = [], 0, 0
    for route, name, parameters in admin_patterns():
        if ".*" in route or "uidb64" in parameters:
            continue  # the catch-all 404, and the password reset links of e-mails
        routes += 1
        for filling in fillings(parameters, secrets):
            url = address(route, name, filling)
            response = client.get(f"{url}?{query}")
            tried += 1
            status = response.status_code
            if status in REFUSED or status in (301, 302):
                continue
            if status != 200:
                problems.append(f"{url} ({name}): {status}")
                continue
            text = response.content.decode(errors="replace")
            shown = [secret for secret in SECRETS if secret in text]
            if shown:
                problems.append(f"{url} ({name}) shows {shown}")

    # 200 on the test project; the reference site's own apps (redirects, site settings, its
    # snippets) bring it past 250.
    assert routes > 200, "the resolver lists Wagtail's and wagtail-localize's addresses"
    assert not problems, f"{len(problems)} of {tried} requests:\n" + "\n".join(problems)


def test_relay_still_reaches_its_own_screens(network):
    """The other side of the test above: closing the admin did not close it too much."""
    client = Client()
    client.force_login(network.users["relay_a"])
    page = network.relay_a
    own = [
        reverse("wagtailadmin_home"),
        reverse("wagtailadmin_account"),
        reverse("wagtailadmin_pages:edit", args=[page.pk]),
        reverse("wagtailadmin_pages:history", args=[page.pk]),
        reverse("wagtailadmin_pages:preview_on_edit", args=[page.pk]),
        reverse("wagtailimages:index"),
        reverse("wagtailimages:edit", args=[network.image_a.pk]),
        reverse("wagtaildocs:index"),
        reverse("wagtailimages_chooser:choose"),
        reverse("wagtaildocs_chooser:choose"),
        reverse("wagtailadmin_choose_page"),
        reverse("wagtailadmin_choose_page_child", args=[network.map_page.pk]),
        reverse("wagtailadmin_tag_autocomplete") + "?term=jeu",
    ]
    answers = {url: client.get(url).status_code for url in own}
    assert set(answers.values()) == {200}, answers


def test_other_peoples_addresses_are_secret_markers_that_exist(network, secrets):
    """The markers are real: the staff do see them, so the relay test above could fail."""
    client = Client()
    client.force_login(network.users["superuser"])
    for pk in secrets["users"]:
        shown = client.get(reverse("wagtailusers_users:edit", args=[pk])).content.decode()
        assert any(address in shown for address in OTHER_PEOPLES_ADDRESSES)
    explorer = client.get(reverse("wagtailadmin_explore", args=[network.map_page.pk]))
    assert SECRET_DRAFT_TITLE in explorer.content.decode()
    assert get_user_model().objects.filter(email__in=OTHER_PEOPLES_ADDRESSES).count() == 3
    assert Page.objects.filter(title=SECRET_UNPUBLISHED_TITLE, live=False).exists()
    assert WorkflowState.objects.filter(pk__in=secrets["workflow_states"]).exists()
