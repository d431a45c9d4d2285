"""Relay organisations propose pages under their own page (issue #18: events), through
moderation, and touch nobody else's.

The child page types are the host's choice, ``NETWORK_MAP_RELAY_SUBPAGE_TYPES``; the test
project names ``testapp.RelayEventPage``. The permission matrix below is the contract for
those pages, as the one of ``test_relay_access.py`` is for the relay page itself.
"""

import re
from types import SimpleNamespace
from urllib.parse import urlsplit

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.core import mail
from django.core.management import call_command
from django.test import Client, override_settings
from django.urls import reverse
from django.utils import translation
from django.utils.html import escape
from wagtail.models import (
    GroupPagePermission,
    Page,
    PageLogEntry,
    PageViewRestriction,
    Revision,
    TaskState,
    WorkflowState,
)

from network_map import access
from network_map.middleware import (
    ADD_CHILD_VIEWS,
    DELETE_CHILD_VIEWS,
    OPEN_VIEWS,
    OWN_PAGE_VIEWS,
    PAGE_CHOOSER_VIEWS,
)
from network_map.models import RelayOrganisationPage

from ..form_data import form_values
from ..testapp.builders import make_relay_event
from ..testapp.models import RelayEventPage, StandardPage
from .test_admin_urls import address, admin_patterns, fillings
from .test_relay_access import (
    ALLOWED,
    DENIED,
    DRAFT_ONLY,
    HIDDEN,
    LOGIN,
    PUBLISHED,
    ROLES,
    SHOWN,
    listed,
    outcome,
    sign_in,
)

IN_MODERATION = "in moderation"
OWN_DRAFT = "Atelier en préparation"
OTHER_DRAFT = "Brouillon de Solicoop, confidentiel"


# -- The setting ----------------------------------------------------------------------------


def test_relay_pages_allow_the_child_types_of_the_setting():
    assert RelayOrganisationPage.allowed_subpage_models() == [RelayEventPage]
    assert RelayEventPage.allowed_parent_page_models() == [RelayOrganisationPage]


@override_settings(NETWORK_MAP_RELAY_SUBPAGE_TYPES=[])
def test_without_the_setting_relay_pages_have_no_children():
    assert RelayOrganisationPage.allowed_subpage_models() == []
    assert RelayOrganisationPage.creatable_subpage_models() == []
    assert RelayEventPage.allowed_parent_page_models() == []


def test_the_setting_is_read_when_wagtail_asks(settings):
    # Wagtail keeps a page type's subpage models for good once read; relay pages do not.
    assert RelayOrganisationPage.creatable_subpage_models() == [RelayEventPage]

    settings.NETWORK_MAP_RELAY_SUBPAGE_TYPES = []
    assert RelayOrganisationPage.creatable_subpage_models() == []

    settings.NETWORK_MAP_RELAY_SUBPAGE_TYPES = ["testapp.RelayEventPage", "testapp.Nothing"]
    assert RelayOrganisationPage.creatable_subpage_models() == [RelayEventPage]


def test_a_type_whose_parents_leave_out_relay_pages_is_not_allowed(settings):
    settings.NETWORK_MAP_RELAY_SUBPAGE_TYPES = ["testapp.StandardPage"]

    assert RelayOrganisationPage.allowed_subpage_models() == []
    assert RelayOrganisationPage not in StandardPage.allowed_parent_page_models()


def test_relay_pages_can_hold_their_children(relays):
    relay = relays[0]

    assert RelayEventPage.can_create_at(relay)
    assert not RelayEventPage.can_create_at(relay.get_parent())
    with override_settings(NETWORK_MAP_RELAY_SUBPAGE_TYPES=[]):
        assert not RelayEventPage.can_create_at(relay)


# -- Content --------------------------------------------------------------------------------


@pytest.fixture
def events(network):
    """Relay A's events in every state, and relay B's draft and live events."""
    relay_a, relay_b = network.users["relay_a"], network.users["relay_b"]
    a, b = network.relay_a, network.relay_b
    unpublished = make_relay_event(a, title="Forum retiré par l’équipe", owner=relay_a)
    unpublished.unpublish()
    in_review = make_relay_event(a, title="Exposition à relire", publish=False, owner=relay_a)
    network.map_page.get_workflow().start(in_review, relay_a)
    return SimpleNamespace(
        draft=make_relay_event(a, title=OWN_DRAFT, publish=False, owner=relay_a),
        live=make_relay_event(a, title="Festival des solidarités", owner=relay_a),
        unpublished=unpublished,
        in_review=in_review,
        other_draft=make_relay_event(b, title=OTHER_DRAFT, publish=False, owner=relay_b),
        other_live=make_relay_event(b, title="Semaine de Solicoop", owner=relay_b),
    )


def add_url(parent, model=RelayEventPage):
    return reverse(
        "wagtailadmin_pages:add",
        args=[model._meta.app_label, model._meta.model_name, parent.pk],
    )


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def event_form(**changes):
    """What the editor posts for a new event, as a relay fills it in (from its own add form)."""
    client = Client()
    client.force_login(access.people_with_access(RelayOrganisationPage.objects.first()).first())
    html = client.get(add_url(RelayOrganisationPage.objects.first())).content
    values = form_values(html, "#page-edit-form")
    fields = {
        "title": "Nouvel atelier",
        "slug": "nouvel-atelier",
        "start": "2027-05-20",
        "status": RelayEventPage.SCHEDULED,
        "summary": "Proposé par le relais.",
    }
    return values | fields | changes


def edit_form(client, page, **changes):
    response = client.get(edit_url(page))
    if outcome(response) != ALLOWED:
        return changes
    return form_values(response.content, "#page-edit-form") | changes


def latest(page):
    return RelayEventPage.objects.get(pk=page.pk).get_latest_revision_as_object()


# -- The matrix -----------------------------------------------------------------------------


def add_event(client, net, ev, *, parent=None, model=RelayEventPage, **actions):
    """Post a new page's form; what became of it."""
    before = set(Page.objects.values_list("pk", flat=True))
    form = event_form(slug=f"nouvel-atelier-{len(before)}") | actions
    response = client.post(add_url(parent or net.relay_a, model), form)
    result = outcome(response)
    created = Page.objects.exclude(pk__in=before)
    if result != ALLOWED:
        assert not created.exists()
        return result
    assert response.status_code == 302, response.context["form"].errors
    (page,) = created.specific()
    assert page.get_parent().pk == (parent or net.relay_a).pk
    if page.live:
        return PUBLISHED
    return IN_MODERATION if page.workflow_in_progress else DRAFT_ONLY


def preview_new_event(client, net, ev):
    url = reverse(
        "wagtailadmin_pages:preview_on_add", args=["testapp", "relayeventpage", net.relay_a.pk]
    )
    response = client.post(url, event_form(title="Aperçu"))
    if outcome(response) != ALLOWED:
        return outcome(response)
    assert response.json()["is_valid"]
    return outcome(client.get(url))


def save_draft_of_live(client, net, ev):
    response = client.post(edit_url(ev.live), edit_form(client, ev.live, summary="Complet !"))
    result = outcome(response)
    assert (latest(ev.live).summary == "Complet !") == (result == ALLOWED)
    return result


def cancel_directly(client, net, ev):
    """Withdraw a live event by publishing its cancellation at once (a forged button)."""
    form = edit_form(client, ev.live, status=RelayEventPage.CANCELLED, **{"action-publish": "1"})
    result = outcome(client.post(edit_url(ev.live), form))
    if result != ALLOWED:
        assert latest(ev.live).status == RelayEventPage.SCHEDULED
        return result
    live = RelayEventPage.objects.get(pk=ev.live.pk)
    assert live.live, "cancelled, not unpublished"
    if live.status == RelayEventPage.CANCELLED:
        return PUBLISHED
    assert latest(ev.live).status == RelayEventPage.CANCELLED
    return DRAFT_ONLY


def approve(client, net, ev):
    task_state = RelayEventPage.objects.get(pk=ev.in_review.pk).current_workflow_task_state
    url = reverse(
        "wagtailadmin_pages:workflow_action", args=[ev.in_review.pk, "approve", task_state.pk]
    )
    result = outcome(client.post(url, {"comment": ""}))
    if RelayEventPage.objects.get(pk=ev.in_review.pk).live:
        return PUBLISHED
    return DENIED if result == ALLOWED else result


def get(name, *args, query=None):
    def action(client, net, ev):
        resolved = [arg(net, ev) if callable(arg) else arg for arg in args]
        return outcome(client.get(reverse(name, args=resolved), query))

    return action


def post(name, *args):
    def action(client, net, ev):
        resolved = [arg(net, ev) if callable(arg) else arg for arg in args]
        return outcome(client.post(reverse(name, args=resolved)))

    return action


def lists(name, page, text, query=None):
    def action(client, net, ev):
        return listed(client.get(reverse(name, args=[page(net, ev).pk]), query), text)

    return action


relay_a = lambda net, ev: net.relay_a  # noqa: E731
relay_b = lambda net, ev: net.relay_b  # noqa: E731
draft = lambda net, ev: ev.draft.pk  # noqa: E731
live = lambda net, ev: ev.live.pk  # noqa: E731
unpublished = lambda net, ev: ev.unpublished.pk  # noqa: E731
revision = lambda net, ev: ev.live.latest_revision_id  # noqa: E731

# fmt: off
MATRIX = {
    #                                                    anonymous relay A   relay B  editor         superuser
    "choose the type of a page under relay A":          (LOGIN, ALLOWED,      DENIED, ALLOWED,       ALLOWED),
    "open the form of an event under relay A":          (LOGIN, ALLOWED,      DENIED, ALLOWED,       ALLOWED),
    "preview an event being added under relay A":       (LOGIN, ALLOWED,      DENIED, ALLOWED,       ALLOWED),
    "add an event under relay A and submit it":         (LOGIN, IN_MODERATION, DENIED, IN_MODERATION, IN_MODERATION),
    "add an event under relay A, forging a publish":    (LOGIN, DRAFT_ONLY,   DENIED, PUBLISHED,     PUBLISHED),
    "add an event under the map page":                  (LOGIN, DENIED,       DENIED, DENIED,        DENIED),
    "add an event under relay A's event":               (LOGIN, DENIED,       DENIED, DENIED,        DENIED),
    "add a standard page under relay A":                (LOGIN, DENIED,       DENIED, DENIED,        DENIED),
    "edit relay A's draft event":                       (LOGIN, ALLOWED,      DENIED, ALLOWED,       ALLOWED),
    "edit relay A's live event":                        (LOGIN, ALLOWED,      DENIED, ALLOWED,       ALLOWED),
    "save a draft of relay A's live event":             (LOGIN, ALLOWED,      DENIED, ALLOWED,       ALLOWED),
    "cancel relay A's live event, forging a publish":   (LOGIN, DRAFT_ONLY,   DENIED, PUBLISHED,     PUBLISHED),
    "preview relay A's draft event":                    (LOGIN, ALLOWED,      DENIED, ALLOWED,       ALLOWED),
    "view relay A's draft event as a page":             (LOGIN, ALLOWED,      DENIED, ALLOWED,       ALLOWED),
    "view the history of relay A's event":              (LOGIN, ALLOWED,      DENIED, ALLOWED,       ALLOWED),
    "view the revisions of relay A's event":            (LOGIN, ALLOWED,      DENIED, ALLOWED,       ALLOWED),
    "view a revision of relay A's event":               (LOGIN, ALLOWED,      DENIED, ALLOWED,       ALLOWED),
    "view the moderation of relay A's event":           (LOGIN, ALLOWED,      DENIED, ALLOWED,       ALLOWED),
    "explorer of relay A's page lists its draft event": (LOGIN, SHOWN,        DENIED, SHOWN,         SHOWN),
    "explorer of relay B's page lists its draft event": (LOGIN, DENIED,       SHOWN,  SHOWN,         SHOWN),
    "search all pages from relay A's page":             (LOGIN, DENIED,       DENIED, SHOWN,         SHOWN),
    "page chooser lists relay A's draft event":         (LOGIN, SHOWN,        HIDDEN, SHOWN,         SHOWN),
    "page chooser lists relay B's draft event":         (LOGIN, HIDDEN,       SHOWN,  SHOWN,         SHOWN),
    "delete relay A's draft event":                     (LOGIN, ALLOWED,      DENIED, ALLOWED,       ALLOWED),
    "delete relay A's live event":                      (LOGIN, DENIED,       DENIED, ALLOWED,       ALLOWED),
    "delete relay A's event unpublished by the staff":  (LOGIN, DENIED,       DENIED, ALLOWED,       ALLOWED),
    "delete relay A's page":                            (LOGIN, DENIED,       DENIED, DENIED,        ALLOWED),
    "unpublish relay A's live event":                   (LOGIN, DENIED,       DENIED, ALLOWED,       ALLOWED),
    "move relay A's event":                             (LOGIN, DENIED,       DENIED, ALLOWED,       ALLOWED),
    "copy relay A's event":                             (LOGIN, DENIED,       DENIED, ALLOWED,       ALLOWED),
    "set the privacy of relay A's event":               (LOGIN, DENIED,       DENIED, ALLOWED,       ALLOWED),
    "lock relay A's event":                             (LOGIN, DENIED,       DENIED, ALLOWED,       ALLOWED),
    "approve relay A's event in moderation":            (LOGIN, DENIED,       DENIED, PUBLISHED,     PUBLISHED),
}
# fmt: on

ACTIONS = {
    "choose the type of a page under relay A": get(
        "wagtailadmin_pages:add_subpage", lambda n, e: n.relay_a.pk
    ),
    "open the form of an event under relay A": lambda c, n, e: outcome(c.get(add_url(n.relay_a))),
    "preview an event being added under relay A": preview_new_event,
    "add an event under relay A and submit it": lambda c, n, e: add_event(
        c, n, e, **{"action-submit": "1"}
    ),
    "add an event under relay A, forging a publish": lambda c, n, e: add_event(
        c, n, e, **{"action-publish": "1"}
    ),
    "add an event under the map page": lambda c, n, e: add_event(c, n, e, parent=n.map_page),
    "add an event under relay A's event": lambda c, n, e: add_event(c, n, e, parent=e.live),
    "add a standard page under relay A": lambda c, n, e: add_event(c, n, e, model=StandardPage),
    "edit relay A's draft event": get("wagtailadmin_pages:edit", draft),
    "edit relay A's live event": get("wagtailadmin_pages:edit", live),
    "save a draft of relay A's live event": save_draft_of_live,
    "cancel relay A's live event, forging a publish": cancel_directly,
    "preview relay A's draft event": get("wagtailadmin_pages:preview_on_edit", draft),
    "view relay A's draft event as a page": get("wagtailadmin_pages:view_draft", draft),
    "view the history of relay A's event": get("wagtailadmin_pages:history", live),
    "view the revisions of relay A's event": get("wagtailadmin_pages:revisions_index", live),
    "view a revision of relay A's event": get("wagtailadmin_pages:revisions_view", live, revision),
    "view the moderation of relay A's event": get(
        "wagtailadmin_pages:workflow_history", lambda n, e: e.in_review.pk
    ),
    "explorer of relay A's page lists its draft event": lists(
        "wagtailadmin_explore", relay_a, OWN_DRAFT
    ),
    "explorer of relay B's page lists its draft event": lists(
        "wagtailadmin_explore", relay_b, OTHER_DRAFT
    ),
    "search all pages from relay A's page": lists(
        "wagtailadmin_explore", relay_a, OTHER_DRAFT, {"q": "Solicoop", "search_all": "1"}
    ),
    "page chooser lists relay A's draft event": lists(
        "wagtailadmin_choose_page_child", relay_a, OWN_DRAFT
    ),
    "page chooser lists relay B's draft event": lists(
        "wagtailadmin_choose_page_child", relay_b, OTHER_DRAFT
    ),
    "delete relay A's draft event": get("wagtailadmin_pages:delete", draft),
    "delete relay A's live event": get("wagtailadmin_pages:delete", live),
    "delete relay A's event unpublished by the staff": get(
        "wagtailadmin_pages:delete", unpublished
    ),
    # The editor may not delete a page with children and no "bulk_delete".
    "delete relay A's page": get("wagtailadmin_pages:delete", lambda n, e: n.relay_a.pk),
    "unpublish relay A's live event": get("wagtailadmin_pages:unpublish", live),
    "move relay A's event": get("wagtailadmin_pages:move", draft),
    "copy relay A's event": get("wagtailadmin_pages:copy", live),
    "set the privacy of relay A's event": get("wagtailadmin_pages:set_privacy", live),
    "lock relay A's event": post("wagtailadmin_pages:lock", live),
    "approve relay A's event in moderation": approve,
}


@pytest.mark.parametrize("role", ROLES)
def test_permission_matrix_of_child_pages(client, network, events, role):
    if role != "anonymous":
        client.force_login(network.users[role])
    column = ROLES.index(role)

    actual = {action: ACTIONS[action](client, network, events) for action in MATRIX}

    expected = {action: outcomes[column] for action, outcomes in MATRIX.items()}
    wrong = {
        a: f"expected {expected[a]}, got {actual[a]}" for a in MATRIX if actual[a] != expected[a]
    }
    assert not wrong, (role, wrong)


# -- Hostile requests: refused, never a 500, nothing changed ---------------------------------


def database_state():
    """Everything a refused request must leave as it was."""
    pages = list(
        Page.objects.order_by("pk").values_list(
            "pk", "path", "live", "title", "draft_title", "latest_revision_id", "locked"
        )
    )
    events = list(RelayEventPage.objects.order_by("pk").values_list("pk", "status", "summary"))
    return (
        pages,
        events,
        Revision.objects.count(),
        WorkflowState.objects.filter(status="in_progress").count(),
        PageViewRestriction.objects.count(),
        GroupPagePermission.objects.count(),
        PageLogEntry.objects.count(),
    )


def forged_requests(net, ev):
    """(what, method, URL, data) of requests a relay's own forms never make."""
    own_form = event_form(slug="forge")
    edit = lambda page, **changes: {  # noqa: E731
        **{key: value for key, value in own_form.items() if key != "slug"},
        "slug": page.slug,
        **changes,
    }
    publish = {"action-publish": "1"}
    return [
        ("add under relay B's page", "post", add_url(net.relay_b), own_form | publish),
        ("add under the map page", "post", add_url(net.map_page), own_form),
        ("add under the home page", "post", add_url(net.home_page), own_form),
        ("add a type not in the setting", "post", add_url(net.relay_a, StandardPage), own_form),
        ("add under its own event", "post", add_url(ev.live), own_form),
        (
            "preview a page added under relay B",
            "post",
            reverse(
                "wagtailadmin_pages:preview_on_add",
                args=["testapp", "relayeventpage", net.relay_b.pk],
            ),
            own_form,
        ),
        (
            "choose a type under relay B",
            "get",
            reverse("wagtailadmin_pages:add_subpage", args=[net.relay_b.pk]),
            None,
        ),
        (
            "choose a type under the map page",
            "get",
            reverse("wagtailadmin_pages:add_subpage", args=[net.map_page.pk]),
            None,
        ),
        (
            "edit relay B's draft event",
            "post",
            edit_url(ev.other_draft),
            edit(ev.other_draft, title="Piraté"),
        ),
        (
            "publish relay B's live event",
            "post",
            edit_url(ev.other_live),
            edit(ev.other_live, status=RelayEventPage.CANCELLED) | publish,
        ),
        (
            "unpublish its live event",
            "post",
            reverse("wagtailadmin_pages:unpublish", args=[ev.live.pk]),
            {},
        ),
        (
            "move its event under relay B",
            "post",
            reverse("wagtailadmin_pages:move_confirm", args=[ev.draft.pk, net.relay_b.pk]),
            {},
        ),
        (
            "move its event under the map page",
            "post",
            reverse("wagtailadmin_pages:move_confirm", args=[ev.draft.pk, net.map_page.pk]),
            {},
        ),
        (
            "copy its live event, published",
            "post",
            reverse("wagtailadmin_pages:copy", args=[ev.live.pk]),
            {
                "new_title": "Copie",
                "new_slug": "copie",
                "new_parent_page": str(net.relay_a.pk),
                "publish_copy": "on",
            },
        ),
        (
            "delete its live event",
            "post",
            reverse("wagtailadmin_pages:delete", args=[ev.live.pk]),
            {},
        ),
        (
            "delete its event unpublished by the staff",
            "post",
            reverse("wagtailadmin_pages:delete", args=[ev.unpublished.pk]),
            {},
        ),
        (
            "delete relay B's draft event",
            "post",
            reverse("wagtailadmin_pages:delete", args=[ev.other_draft.pk]),
            {},
        ),
        (
            "delete its relay page",
            "post",
            reverse("wagtailadmin_pages:delete", args=[net.relay_a.pk]),
            {},
        ),
        (
            "put its event behind a password",
            "post",
            reverse("wagtailadmin_pages:set_privacy", args=[ev.live.pk]),
            {"restriction_type": "password", "password": "secret"},
        ),
        ("lock its event", "post", reverse("wagtailadmin_pages:lock", args=[ev.live.pk]), {}),
        (
            "approve its own event",
            "post",
            reverse(
                "wagtailadmin_pages:workflow_action",
                args=[
                    ev.in_review.pk,
                    "approve",
                    RelayEventPage.objects.get(pk=ev.in_review.pk).current_workflow_task_state.pk,
                ],
            ),
            {"comment": "Vu"},
        ),
        (
            "reorder its events",
            "post",
            reverse("wagtailadmin_pages:set_page_position", args=[ev.live.pk]) + "?position=0",
            {},
        ),
        (
            "revert relay B's event to a revision",
            "get",
            reverse(
                "wagtailadmin_pages:revisions_revert",
                args=[ev.other_draft.pk, ev.other_draft.latest_revision_id],
            ),
            None,
        ),
    ]


FORGED = [
    "add under relay B's page",
    "add under the map page",
    "add under the home page",
    "add a type not in the setting",
    "add under its own event",
    "preview a page added under relay B",
    "choose a type under relay B",
    "choose a type under the map page",
    "edit relay B's draft event",
    "publish relay B's live event",
    "unpublish its live event",
    "move its event under relay B",
    "move its event under the map page",
    "copy its live event, published",
    "delete its live event",
    "delete its event unpublished by the staff",
    "delete relay B's draft event",
    "delete its relay page",
    "put its event behind a password",
    "lock its event",
    "approve its own event",
    "reorder its events",
    "revert relay B's event to a revision",
]


@pytest.mark.parametrize("what", FORGED)
def test_forged_requests_are_refused_and_change_nothing(network, events, what):
    client = Client(raise_request_exception=False)
    client.force_login(network.users["relay_a"])
    (method, url, data), *_ = [
        (m, u, d) for name, m, u, d in forged_requests(network, events) if name == what
    ]
    before = database_state()

    response = getattr(client, method)(url, data)

    assert response.status_code in (302, 403), response.status_code
    if response.status_code == 302:
        # Wagtail's "no permission": back to the dashboard with a message.
        assert response["Location"] == reverse("wagtailadmin_home")
        with translation.override("fr"):
            refusal = translation.gettext("Sorry, you do not have permission to access this area.")
        messages = [str(m).strip() for m in response.wsgi_request._messages]
        assert [escape(refusal)] == messages or [refusal] == messages, messages
    assert database_state() == before


def test_forged_requests_are_all_tried(network, events):
    assert [name for name, *_ in forged_requests(network, events)] == FORGED


# -- Withdrawing -----------------------------------------------------------------------------


def test_relay_deletes_its_draft_event(client, network, events):
    assert sign_in(client, network.users["relay_a"])
    url = reverse("wagtailadmin_pages:delete", args=[events.draft.pk])
    assert OWN_DRAFT in client.get(url).content.decode()

    response = client.post(url)

    assert response.status_code == 302
    assert not Page.objects.filter(pk=events.draft.pk).exists()
    assert client.get(response["Location"]).status_code == 200  # back to its own page's list


def test_relay_deletes_its_event_still_in_moderation(client, network, events):
    assert sign_in(client, network.users["relay_a"])

    client.post(reverse("wagtailadmin_pages:delete", args=[events.in_review.pk]))

    assert not Page.objects.filter(pk=events.in_review.pk).exists()


def test_relay_withdraws_a_live_event_through_moderation(client, network, events, run_on_commit):
    mail.outbox.clear()
    editor = network.users["editor"]
    assert sign_in(client, network.users["relay_a"])
    form = edit_form(client, events.live, status=RelayEventPage.CANCELLED)

    response = run_on_commit(client.post, edit_url(events.live), form | {"action-submit": "1"})

    assert response.status_code == 302
    page = RelayEventPage.objects.get(pk=events.live.pk)
    assert page.live and page.status == RelayEventPage.SCHEDULED  # until the staff approve
    assert page.workflow_in_progress
    assert [message.to for message in mail.outbox] == [[editor.email]]

    client.force_login(editor)
    task_state = page.current_workflow_task_state
    run_on_commit(
        client.post,
        reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "approve", task_state.pk]),
        {"comment": ""},
    )

    page = RelayEventPage.objects.get(pk=events.live.pk)
    assert page.live and page.status == RelayEventPage.CANCELLED
    assert "Cancelled" in client.get(page.url).content.decode()


# -- Proposing a new page --------------------------------------------------------------------

ADMIN_ADDRESS = "https://admin.resacoop.example"


@override_settings(WAGTAILADMIN_BASE_URL=ADMIN_ADDRESS)
def test_new_event_is_reviewed_then_published(client, network, run_on_commit):
    mail.outbox.clear()
    relay, editor = network.users["relay_a"], network.users["editor"]
    assert sign_in(client, relay)
    chooser = client.get(reverse("wagtailadmin_pages:add_subpage", args=[network.relay_a.pk]))
    assert chooser["Location"] == add_url(network.relay_a)  # one type: straight to the form

    response = run_on_commit(
        client.post,
        add_url(network.relay_a),
        event_form(title="Université d’été", slug="universite") | {"action-submit": "1"},
    )

    assert response.status_code == 302
    page = RelayEventPage.objects.get(slug="universite")
    assert page.get_parent().pk == network.relay_a.pk
    assert not page.live and page.owner == relay
    assert page.current_workflow_state.workflow == network.map_page.get_workflow()
    # One e-mail to each reviewer, naming the page, with links that work for them.
    (message,) = mail.outbox
    assert message.to == [editor.email]
    assert "Université d’été" in message.subject
    links = re.findall(r"https?://\S+", message.body)
    assert links
    client.force_login(editor)
    for link in links:
        assert link.startswith(f"{ADMIN_ADDRESS}/admin/"), link
        assert client.get(urlsplit(link).path).status_code == 200, link
    # The staff review it like the relay page: from the dashboard's list of waiting pages.
    assert "Université d’été" in client.get(reverse("wagtailadmin_home")).content.decode()
    mail.outbox.clear()

    run_on_commit(
        client.post,
        reverse(
            "wagtailadmin_pages:workflow_action",
            args=[page.pk, "approve", page.current_workflow_task_state.pk],
        ),
        {"comment": "Merci !"},
    )

    page = RelayEventPage.objects.get(pk=page.pk)
    assert page.live
    # The relay hears of it, as of its page's changes.
    assert [message.to for message in mail.outbox] == [[relay.email]]
    assert "Université d’été" in mail.outbox[0].subject
    assert page.url.startswith(network.relay_a.url)
    assert "Université d’été" in client.get(page.url).content.decode()
    history = client.get(reverse("wagtailadmin_pages:history", args=[page.pk])).content.decode()
    assert relay.get_username() in history  # the proposal is attributed


def test_rejected_event_stays_unpublished_and_can_be_resubmitted(client, network, run_on_commit):
    relay, editor = network.users["relay_a"], network.users["editor"]
    assert sign_in(client, relay)
    run_on_commit(
        client.post,
        add_url(network.relay_a),
        event_form(title="Conférence", slug="conference") | {"action-submit": "1"},
    )
    page = RelayEventPage.objects.get(slug="conference")

    client.force_login(editor)
    task_state = page.current_workflow_task_state
    run_on_commit(
        client.post,
        reverse("wagtailadmin_pages:workflow_action", args=[page.pk, "reject", task_state.pk]),
        {"comment": "Précisez le lieu."},
    )
    task_state.refresh_from_db()
    assert task_state.status == "rejected"
    assert not RelayEventPage.objects.get(pk=page.pk).live

    client.force_login(relay)
    form = edit_form(client, page, summary="À la Maison des associations.")
    response = run_on_commit(client.post, edit_url(page), form | {"action-restart-workflow": "1"})
    assert response.status_code == 302
    page = RelayEventPage.objects.get(pk=page.pk)
    assert not page.live and page.workflow_in_progress
    assert latest(page).summary == "À la Maison des associations."


# -- Granting --------------------------------------------------------------------------------


def page_permissions(group):
    return set(
        GroupPagePermission.objects.filter(group=group).values_list(
            "page_id", "permission__codename"
        )
    )


def test_grant_gives_change_and_add_on_the_relay_page_only(network):
    source = network.relay_a.pk

    assert page_permissions(network.access_a.group) == {
        (source, "change_page"),
        (source, "add_page"),
    }


def test_granting_again_completes_an_older_access_and_takes_back_extras(network, run_on_commit):
    group = network.access_a.group
    # Access given before relays could add pages, and "publish" given by hand since.
    GroupPagePermission.objects.filter(group=group, permission__codename="add_page").delete()
    GroupPagePermission.objects.create(
        group=group,
        page=network.relay_a,
        permission=Permission.objects.get(codename="publish_page"),
    )

    run_on_commit(access.grant_access, network.relay_a, user=network.users["relay_a"])
    run_on_commit(access.grant_access, network.relay_a, user=network.users["relay_a"])

    assert page_permissions(group) == {
        (network.relay_a.pk, "change_page"),
        (network.relay_a.pk, "add_page"),
    }


def test_revoked_relay_loses_its_events_screens_and_the_events_stay(client, network, events):
    relay = network.users["relay_a"]

    access.revoke_access(network.relay_a, relay)

    client.force_login(relay)
    assert outcome(client.get(edit_url(events.draft))) == LOGIN
    assert RelayEventPage.objects.filter(pk__in=[events.draft.pk, events.live.pk]).count() == 2


# -- Every admin address, from the URL resolver ----------------------------------------------

PAGE_PARAMETERS = {"page_id", "parent_page_id", "pk", "object_id", "page_to_move_id"}


def ids_of(page, network):
    """Values for every parameter of an admin address, all about ``page``."""
    workflow_state = WorkflowState.objects.filter(object_id=str(page.pk)).first()
    return {
        "pages": [page.pk],
        "images": [network.image_a.pk],
        "documents": [network.document_a.pk],
        "users": [network.users["relay_a"].pk],
        "revisions": [page.latest_revision_id],
        "translations": [0],
        "workflow_states": [workflow_state.pk] if workflow_state else [0],
        "task_states": [
            state.pk for state in TaskState.objects.filter(workflow_state=workflow_state)
        ][:1]
        or [0],
        "tasks": [0],
        "collections": [network.access_a.collection.pk],
        "groups": [network.access_a.group.pk],
    }


def answers(client, ids):
    """``{(view name, address): status or "dashboard"}`` for the admin addresses of a page."""
    results = {}
    for route, name, parameters in admin_patterns():
        named = PAGE_PARAMETERS & set(parameters)
        if not named or (named == {"pk"} and not route.startswith("admin/pages/")):
            continue  # no page in it ("pk" elsewhere is an image, a document, a user...)
        for filling in fillings(parameters, ids):
            url = address(route, name, filling)
            response = client.get(url)
            status = response.status_code
            if status in (301, 302) and response["Location"] == reverse("wagtailadmin_home"):
                status = "dashboard"  # Wagtail's "no permission" for a person
            results[name, url] = status
    return results


def test_no_admin_address_of_another_relays_event_answers(network, events):
    client = Client(raise_request_exception=False)
    client.force_login(network.users["relay_a"])
    network.map_page.get_workflow().start(events.other_draft, network.users["relay_b"])

    results = answers(client, ids_of(events.other_draft, network))

    assert len(results) > 40, "the resolver lists Wagtail's page addresses"
    opened = {key: status for key, status in results.items() if status == 200}
    failed = {key: status for key, status in results.items() if status == 500}
    assert not failed
    # A 200 is a chooser or a list that leaves the draft out; it must not show it.
    for (name, url), _status in opened.items():
        assert OTHER_DRAFT not in client.get(url).content.decode(), (name, url)
        assert name in PAGE_CHOOSER_VIEWS or name in OPEN_VIEWS, (name, url)


def test_the_admin_addresses_of_its_own_event_are_those_of_the_allowlist(network, events):
    client = Client(raise_request_exception=False)
    client.force_login(network.users["relay_a"])

    results = answers(client, ids_of(events.in_review, network))
    results |= answers(client, ids_of(events.draft, network))

    assert not [key for key, status in results.items() if status == 500]
    opened = {name for (name, _url), status in results.items() if status in (200, 302)}
    allowlist = set(OWN_PAGE_VIEWS) | ADD_CHILD_VIEWS | DELETE_CHILD_VIEWS | set(OPEN_VIEWS)
    allowlist |= set(PAGE_CHOOSER_VIEWS)
    assert opened <= allowlist, opened - allowlist
    assert {
        "wagtailadmin_explore",
        "wagtailadmin_pages:edit",
        "wagtailadmin_pages:preview_on_edit",
        "wagtailadmin_pages:view_draft",
        "wagtailadmin_pages:history",
        "wagtailadmin_pages:revisions_index",
        "wagtailadmin_pages:revisions_view",
        "wagtailadmin_pages:workflow_history",
        "wagtailadmin_pages:delete",
    } <= opened


def test_the_explorer_offers_a_relay_only_what_it_may_do(client, network, events):
    client.force_login(network.users["relay_a"])

    html = client.get(reverse("wagtailadmin_explore", args=[network.relay_a.pk])).content.decode()

    def offered(name, page):
        return reverse(f"wagtailadmin_pages:{name}", args=[page.pk]) in html

    assert offered("add_subpage", network.relay_a)
    for event in (events.draft, events.live, events.unpublished, events.in_review):
        assert offered("edit", event) and offered("history", event)
        assert not offered("copy", event) and not offered("move", event)
        assert not offered("unpublish", event)
    assert offered("delete", events.draft) and offered("delete", events.in_review)
    assert not offered("delete", events.live) and not offered("delete", events.unpublished)
    assert OTHER_DRAFT not in html

    client.force_login(network.users["editor"])
    html = client.get(reverse("wagtailadmin_explore", args=[network.relay_a.pk])).content.decode()
    assert offered("copy", events.live) and offered("delete", events.live)  # the staff's own


def test_the_command_gives_a_new_relay_its_events_in_one_step(client, relays, run_on_commit):
    run_on_commit(call_command, "relay_access", "grant", "ados", "evenements@relais.example")
    user = get_user_model().objects.get(email="evenements@relais.example")
    client.force_login(user)

    response = client.get(add_url(relays[0]))

    assert outcome(response) == ALLOWED
    assert outcome(client.get(add_url(relays[1]))) == DENIED
