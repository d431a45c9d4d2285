"""Relay organisations edit their own page, and nothing else: checked through the admin's pages.

The permission matrix below is the contract; each role gets a fresh site and tries every
action, and every cell is compared with its expected outcome.
"""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command
from django.urls import reverse
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import (
    Collection,
    GroupCollectionPermission,
    GroupPagePermission,
    WorkflowPage,
)

from network_map import access
from network_map.models import RelayAccess, RelayOrganisationPage

from ..form_data import block_form_data, form_values
from ..testapp.builders import ensure_translations, translation_of
from .fixtures import PASSWORD

LOGIN, ALLOWED, DENIED = "login", "allowed", "denied"
SHOWN, HIDDEN = "shown", "hidden"
PUBLISHED, DRAFT_ONLY = "published", "draft only"
ROLES = ["anonymous", "relay_a", "relay_b", "editor", "superuser"]

# Every action is tried on relay A's page or media, or on pages no relay may touch.
# fmt: off
MATRIX = {
    #                                     anonymous relay A      relay B  editor     superuser
    "edit relay A's page (fr)":          (LOGIN,    ALLOWED,     DENIED,  ALLOWED,   ALLOWED),
    # Translations are kept by the staff (wagtail-localize); relays edit the French page.
    "edit relay A's page (en)":          (LOGIN,    DENIED,      DENIED,  ALLOWED,   ALLOWED),
    "edit relay A's page (es)":          (LOGIN,    DENIED,      DENIED,  ALLOWED,   ALLOWED),
    "convert relay A's page (es) to an alias": (LOGIN, DENIED,   DENIED,  ALLOWED,   ALLOWED),
    "save a draft of relay A's page":    (LOGIN,    ALLOWED,     DENIED,  ALLOWED,   ALLOWED),
    "publish relay A's page directly":   (LOGIN,    DRAFT_ONLY,  DENIED,  PUBLISHED, PUBLISHED),
    "edit the map page":                 (LOGIN,    DENIED,      DENIED,  ALLOWED,   ALLOWED),
    "edit the home page":                (LOGIN,    DENIED,      DENIED,  ALLOWED,   ALLOWED),
    "add a relay page to the map":       (LOGIN,    DENIED,      DENIED,  ALLOWED,   ALLOWED),
    "delete relay A's page":             (LOGIN,    DENIED,      DENIED,  ALLOWED,   ALLOWED),
    "move relay A's page":               (LOGIN,    DENIED,      DENIED,  ALLOWED,   ALLOWED),
    "unpublish relay A's page":          (LOGIN,    DENIED,      DENIED,  ALLOWED,   ALLOWED),
    "lock relay A's page":               (LOGIN,    DENIED,      DENIED,  ALLOWED,   ALLOWED),
    "view relay A's history":            (LOGIN,    ALLOWED,     DENIED,  ALLOWED,   ALLOWED),
    "view a revision of relay A's page": (LOGIN,    ALLOWED,     DENIED,  ALLOWED,   ALLOWED),
    "preview relay A's draft":           (LOGIN,    ALLOWED,     DENIED,  ALLOWED,   ALLOWED),
    "page chooser lists an unpublished relay": (LOGIN, HIDDEN,   HIDDEN,  SHOWN,     SHOWN),
    # The explorer and the admin's search are closed to relays: their menu leads to their page.
    "explorer lists relay B":            (LOGIN,    DENIED,      DENIED,  SHOWN,     SHOWN),
    "admin search finds relay B":        (LOGIN,    DENIED,      DENIED,  SHOWN,     SHOWN),
    "image chooser lists relay A's image": (LOGIN,  SHOWN,       HIDDEN,  SHOWN,     SHOWN),
    "document chooser lists relay A's document": (LOGIN, SHOWN,  HIDDEN,  SHOWN,     SHOWN),
    "open relay A's image":              (LOGIN,    ALLOWED,     DENIED,  ALLOWED,   ALLOWED),
    "upload an image to relay A's collection": (LOGIN, ALLOWED,  DENIED,  ALLOWED,   ALLOWED),
    "open snippets":                     (LOGIN,    DENIED,      DENIED,  ALLOWED,   ALLOWED),
    "open settings (sites)":             (LOGIN,    DENIED,      DENIED,  DENIED,    ALLOWED),
    "open settings (workflows)":         (LOGIN,    DENIED,      DENIED,  DENIED,    ALLOWED),
    "open users":                        (LOGIN,    DENIED,      DENIED,  DENIED,    ALLOWED),
    "open groups":                       (LOGIN,    DENIED,      DENIED,  DENIED,    ALLOWED),
    "open the translations report":      (LOGIN,    DENIED,      DENIED,  ALLOWED,   ALLOWED),
    "give access to relay A's page":     (LOGIN,    DENIED,      DENIED,  ALLOWED,   ALLOWED),
    # Last: it unpublishes the page (Wagtail lets "change" delete a page that is not live).
    "delete relay A's page once unpublished": (LOGIN, DENIED,    DENIED,  ALLOWED,   ALLOWED),
}
# fmt: on


def outcome(response):
    """What a person sees: the page, the login form, or Wagtail's "no permission" redirect."""
    if response.status_code in (301, 302):
        location = response["Location"]
        if location.startswith(reverse("wagtailadmin_login")):
            return LOGIN
        if location == reverse("wagtailadmin_home"):
            return DENIED
        return ALLOWED
    if response.status_code == 403:
        return DENIED
    assert response.status_code == 200, response.status_code
    return ALLOWED


def listed(response, text):
    if outcome(response) != ALLOWED:
        return outcome(response)
    is_json = response["Content-Type"] == "application/json"  # choosers answer in JSON
    html = response.json()["html"] if is_json else response.content.decode()
    return SHOWN if text in html else HIDDEN


def admin_links_to(page):
    """Text found in a listing that links to ``page`` (edit or explore), not in a search box."""
    return f"/admin/pages/{page.pk}/"


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def post_edit(client, page, **changes):
    """Post the page editor's form as the browser shows it, with ``changes``."""
    response = client.get(edit_url(page))
    if outcome(response) != ALLOWED:
        return client.post(edit_url(page), changes)
    # The StreamField's inputs are drawn by the editor's JavaScript, so they come from the page.
    body = block_form_data(page.body.stream_block, page.body.raw_data, "body")
    data = form_values(response.content, "#page-edit-form") | body | changes
    return client.post(edit_url(page), data)


def publish_directly(client, net):
    page = net.relay_a
    response = post_edit(client, page, title="ADOS, nouveau nom", **{"action-publish": "1"})
    if outcome(response) != ALLOWED:
        return outcome(response)
    page.refresh_from_db()
    if page.title == "ADOS, nouveau nom":
        return PUBLISHED
    assert page.get_latest_revision_as_object().title == "ADOS, nouveau nom"
    return DRAFT_ONLY


def save_draft(client, net):
    response = post_edit(client, net.relay_a, summary="Nouveau résumé")
    result = outcome(response)
    draft = RelayOrganisationPage.objects.get(pk=net.relay_a.pk).get_latest_revision_as_object()
    assert (draft.summary == "Nouveau résumé") == (result == ALLOWED)
    return result


def upload_image(client, net):
    response = client.post(
        reverse("wagtailimages:add"),
        {
            "title": "Affiche",
            "collection": net.access_a.collection.pk,
            "file": SimpleUploadedFile("affiche.png", get_test_image_file().file.getvalue()),
        },
    )
    result = outcome(response)
    uploaded = Image.objects.filter(title="Affiche", collection=net.access_a.collection).exists()
    if result == ALLOWED and not uploaded:
        return DENIED  # refused, or put in a collection of the uploader's own
    return result


def delete_unpublished(client, net):
    net.relay_a.unpublish()
    return outcome(client.get(reverse("wagtailadmin_pages:delete", args=[net.relay_a.pk])))


ACTIONS = {
    "edit relay A's page (fr)": lambda c, n: outcome(c.get(edit_url(n.relay_a))),
    "edit relay A's page (en)": lambda c, n: outcome(
        c.get(edit_url(translation_of(n.relay_a, "en")))
    ),
    "edit relay A's page (es)": lambda c, n: outcome(
        c.get(edit_url(translation_of(n.relay_a, "es")))
    ),
    "convert relay A's page (es) to an alias": lambda c, n: outcome(
        c.get(
            reverse("wagtail_localize:convert_to_alias", args=[translation_of(n.relay_a, "es").pk])
        )
    ),
    "save a draft of relay A's page": save_draft,
    "publish relay A's page directly": publish_directly,
    "edit the map page": lambda c, n: outcome(c.get(edit_url(n.map_page))),
    "edit the home page": lambda c, n: outcome(c.get(edit_url(n.home_page))),
    "add a relay page to the map": lambda c, n: outcome(
        c.get(
            reverse(
                "wagtailadmin_pages:add",
                args=["network_map", "relayorganisationpage", n.map_page.pk],
            )
        )
    ),
    "delete relay A's page": lambda c, n: outcome(
        c.get(reverse("wagtailadmin_pages:delete", args=[n.relay_a.pk]))
    ),
    "delete relay A's page once unpublished": delete_unpublished,
    "move relay A's page": lambda c, n: outcome(
        c.get(reverse("wagtailadmin_pages:move", args=[n.relay_a.pk]))
    ),
    "unpublish relay A's page": lambda c, n: outcome(
        c.get(reverse("wagtailadmin_pages:unpublish", args=[n.relay_a.pk]))
    ),
    "lock relay A's page": lambda c, n: outcome(
        c.post(reverse("wagtailadmin_pages:lock", args=[n.relay_a.pk]))
    ),
    "view relay A's history": lambda c, n: outcome(
        c.get(reverse("wagtailadmin_pages:history", args=[n.relay_a.pk]))
    ),
    "view a revision of relay A's page": lambda c, n: outcome(
        c.get(
            reverse(
                "wagtailadmin_pages:revisions_view",
                args=[n.relay_a.pk, n.relay_a.latest_revision_id],
            )
        )
    ),
    "preview relay A's draft": lambda c, n: outcome(
        c.get(reverse("wagtailadmin_pages:preview_on_edit", args=[n.relay_a.pk]))
    ),
    "page chooser lists an unpublished relay": lambda c, n: listed(
        c.get(reverse("wagtailadmin_choose_page_child", args=[n.map_page.pk])),
        "Relais en préparation",
    ),
    "explorer lists relay B": lambda c, n: listed(
        c.get(reverse("wagtailadmin_explore", args=[n.map_page.pk])), "Solicoop42"
    ),
    "admin search finds relay B": lambda c, n: listed(
        c.get(reverse("wagtailadmin_pages:search"), {"q": "Solicoop42"}), admin_links_to(n.relay_b)
    ),
    "image chooser lists relay A's image": lambda c, n: listed(
        c.get(reverse("wagtailimages_chooser:choose")), "Local d&#x27;ADOS"
    ),
    "document chooser lists relay A's document": lambda c, n: listed(
        c.get(reverse("wagtaildocs_chooser:choose")), "Programme d&#x27;ADOS"
    ),
    "open relay A's image": lambda c, n: outcome(
        c.get(reverse("wagtailimages:edit", args=[n.image_a.pk]))
    ),
    "upload an image to relay A's collection": upload_image,
    "open snippets": lambda c, n: outcome(c.get(reverse("wagtailsnippets:index"))),
    "open settings (sites)": lambda c, n: outcome(c.get(reverse("wagtailsites:index"))),
    "open settings (workflows)": lambda c, n: outcome(
        c.get(reverse("wagtailadmin_workflows:index"))
    ),
    "open users": lambda c, n: outcome(c.get(reverse("wagtailusers_users:index"))),
    "open groups": lambda c, n: outcome(c.get(reverse("wagtailusers_groups:index"))),
    "open the translations report": lambda c, n: outcome(
        c.get(reverse("wagtail_localize:translations_report"))
    ),
    "give access to relay A's page": lambda c, n: outcome(
        c.get(reverse("network_map_relay_access", args=[n.relay_a.pk]))
    ),
}


@pytest.mark.parametrize("role", ROLES)
def test_permission_matrix(client, network, role):
    if role != "anonymous":
        client.force_login(network.users[role])
    column = ROLES.index(role)

    actual = {action: ACTIONS[action](client, network) for action in MATRIX}

    expected = {action: outcomes[column] for action, outcomes in MATRIX.items()}
    wrong = {
        a: f"expected {expected[a]}, got {actual[a]}" for a in MATRIX if actual[a] != expected[a]
    }
    assert not wrong, (role, wrong)


def sign_in(client, user, password=PASSWORD):
    """Sign in through the admin's login form, as a person would."""
    response = client.post(
        reverse("wagtailadmin_login"), {"username": user.get_username(), "password": password}
    )
    return response.status_code == 302


def submit(client, page, **changes):
    return post_edit(client, page, **changes, **{"action-submit": "1"})


def current_task_state(page):
    page = RelayOrganisationPage.objects.get(pk=page.pk)
    return page.current_workflow_state.current_task_state


def test_relay_change_is_reviewed_then_published(client, network, run_on_commit):
    mail.outbox.clear()
    relay, editor = network.users["relay_a"], network.users["editor"]
    assert sign_in(client, relay)

    run_on_commit(submit, client, network.relay_a, summary="Permanence le mercredi.")

    assert "Permanence le mercredi." not in client.get(network.relay_a.url).content.decode()
    notified = [message for message in mail.outbox if editor.email in message.to]
    assert notified, "the network's staff are told a change waits for them"
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "own-relay-pages" in dashboard and "En attente de relecture" in dashboard

    client.force_login(editor)
    task_state = current_task_state(network.relay_a)
    response = run_on_commit(
        client.post,
        reverse(
            "wagtailadmin_pages:workflow_action",
            args=[network.relay_a.pk, "approve", task_state.pk],
        ),
        {"comment": "Merci !"},
    )
    assert response.status_code == 302

    assert "Permanence le mercredi." in client.get(network.relay_a.url).content.decode()
    history = client.get(reverse("wagtailadmin_pages:history", args=[network.relay_a.pk]))
    assert relay.get_username() in history.content.decode()  # the change is attributed


def test_rejected_change_leaves_the_public_page_alone(client, network, run_on_commit):
    assert sign_in(client, network.users["relay_a"])
    submit(client, network.relay_a, summary="Texte à revoir.")

    client.force_login(network.users["editor"])
    task_state = current_task_state(network.relay_a)
    client.post(
        reverse(
            "wagtailadmin_pages:workflow_action",
            args=[network.relay_a.pk, "reject", task_state.pk],
        ),
        {"comment": "Merci de préciser les horaires."},
    )

    task_state.refresh_from_db()
    assert task_state.status == "rejected"
    assert task_state.comment == "Merci de préciser les horaires."
    assert "Texte à revoir." not in client.get(network.relay_a.url).content.decode()


def test_staff_only_fields_ignore_a_forged_form(client, network):
    assert sign_in(client, network.users["relay_a"])
    page = network.relay_a
    form = client.get(edit_url(page)).content.decode()
    assert "Seule l’équipe du réseau peut modifier ce champ." in form

    post_edit(
        client,
        page,
        departements=["69"],
        slug="autre-adresse",
        summary="Changé",
        parent=str(network.home_page.pk),
    )

    draft = RelayOrganisationPage.objects.get(pk=page.pk).get_latest_revision_as_object()
    assert draft.summary == "Changé"
    assert draft.departements == "07 26" and draft.slug == page.slug
    assert RelayOrganisationPage.objects.get(pk=page.pk).get_parent().pk == network.map_page.pk


def test_staff_can_change_the_departements(client, network):
    client.force_login(network.users["editor"])

    post_edit(client, network.relay_a, departements=["07"])

    draft = RelayOrganisationPage.objects.get(pk=network.relay_a.pk).get_latest_revision_as_object()
    assert draft.departements == "07"


def test_relay_cannot_move_its_page(client, network):
    assert sign_in(client, network.users["relay_a"])

    client.post(
        reverse("wagtailadmin_pages:move_confirm", args=[network.relay_a.pk, network.home_page.pk])
    )

    assert (
        RelayOrganisationPage.objects.get(pk=network.relay_a.pk).get_parent().pk
        == network.map_page.pk
    )


@pytest.mark.parametrize(
    ("latitude", "longitude", "message"),
    [
        ("95", "4.6", "inférieure ou égale à 90"),
        ("45.0", "200", "inférieure ou égale à 180"),
        ("48.85", "2.35", "loin des départements"),
    ],
)
def test_relay_gets_a_message_for_invalid_coordinates(
    client, network, latitude, longitude, message
):
    assert sign_in(client, network.users["relay_a"])

    response = post_edit(client, network.relay_a, latitude=latitude, longitude=longitude)

    assert response.status_code == 200
    assert message in response.content.decode()
    assert RelayOrganisationPage.objects.get(pk=network.relay_a.pk).latitude != float(latitude)


def test_relay_menu_shows_only_what_it_can_use(client, network):
    client.force_login(network.users["relay_a"])
    dashboard = client.get(reverse("wagtailadmin_home")).content.decode()
    for hidden in ["/admin/relay_pages/", "/admin/reports/", "/admin/snippets/", "/admin/users/"]:
        assert hidden not in dashboard
    for shown in ["/admin/images/", "/admin/documents/"]:
        assert shown in dashboard
    assert f'href="{reverse("wagtailadmin_explore_root")}"' not in dashboard
    assert dashboard.count(edit_url(network.relay_a)) == 2  # "Our page" and the dashboard panel
    # The sidebar's search box searches the relay's images, not every page.
    assert f'"{reverse("wagtailadmin_pages:search")}"' not in dashboard
    for page in network.relay_a.get_translations():
        assert page.title in dashboard and edit_url(page) not in dashboard  # kept by the staff

    client.force_login(network.users["editor"])
    assert "/admin/relay_pages/" in client.get(reverse("wagtailadmin_home")).content.decode()


def test_grant_is_idempotent(network, run_on_commit):
    mail.outbox.clear()
    counts = lambda: (  # noqa: E731
        get_user_model().objects.count(),
        Group.objects.count(),
        Collection.objects.count(),
        GroupPagePermission.objects.count(),
        GroupCollectionPermission.objects.count(),
        WorkflowPage.objects.count(),
    )
    before = counts()

    grant = run_on_commit(access.grant_access, network.relay_a, " Relais-A@example.org ")

    assert counts() == before
    assert grant.user == network.users["relay_a"] and not grant.created_user
    assert mail.outbox == []  # the account has a password: no new invitation


def test_invitation_lets_the_person_choose_a_password_then_edit(
    client, map_page, relays, run_on_commit
):
    mail.outbox.clear()
    grant = run_on_commit(access.grant_access, relays[0], "nouvelle@relais.example")

    assert not grant.user.has_usable_password()  # no password exists until they choose one
    (invitation,) = mail.outbox
    assert invitation.to == ["nouvelle@relais.example"]
    link = next(line for line in invitation.body.splitlines() if "/password_reset/" in line)
    response = client.get(link.strip(), follow=True)
    new_password = "un mot de passe bien long"
    client.post(
        response.redirect_chain[-1][0],
        {"new_password1": new_password, "new_password2": new_password},
    )
    client.logout()

    assert sign_in(client, grant.user, new_password)
    assert outcome(client.get(edit_url(relays[0]))) == ALLOWED
    assert outcome(client.get(edit_url(relays[1]))) == DENIED


def test_revoked_person_cannot_edit_and_content_stays(client, network, run_on_commit):
    relay = network.users["relay_a"]
    client.force_login(relay)
    post_edit(client, network.relay_a, summary="Gardé après le retrait")
    client.logout()

    removed = access.revoke_access(network.relay_a, relay)

    assert removed == [relay]
    sign_in(client, relay)
    # Without any group, the account may no longer enter the admin at all.
    assert outcome(client.get(edit_url(network.relay_a))) == LOGIN
    page = RelayOrganisationPage.objects.get(pk=network.relay_a.pk)
    assert page.get_latest_revision_as_object().summary == "Gardé après le retrait"
    assert Image.objects.filter(pk=network.image_a.pk).exists()


def test_translation_made_after_the_grant_stays_with_the_staff(
    client, map_page, relays, locales, run_on_commit
):
    run_on_commit(access.grant_access, relays[0], "relais@example.org")
    run_on_commit(ensure_translations, map_page, [locales["en"]])
    run_on_commit(ensure_translations, relays[0], [locales["en"]])
    run_on_commit(access.grant_access, relays[0], "relais@example.org")  # granted again

    client.force_login(get_user_model().objects.get(email="relais@example.org"))

    assert outcome(client.get(edit_url(relays[0]))) == ALLOWED
    assert outcome(client.get(edit_url(translation_of(relays[0], "en")))) == DENIED
    assert WorkflowPage.objects.filter(page=translation_of(map_page, "en")).exists()


def test_staff_give_and_take_back_access_from_the_relay_page(client, network, run_on_commit):
    client.force_login(network.users["editor"])
    url = reverse("network_map_relay_access", args=[network.relay_b.pk])
    edit_page = client.get(edit_url(network.relay_b)).content.decode()
    assert url in edit_page  # the action is offered on the relay page

    response = run_on_commit(client.post, url, {"email": "deuxieme@relais.example"})
    assert response.status_code == 302
    listing = client.get(url).content.decode()
    assert "<td>deuxieme@relais.example</td>" in listing
    assert "<td>relais-b@example.org</td>" in listing

    newcomer = get_user_model().objects.get(email="deuxieme@relais.example")
    client.post(url, {"revoke": str(newcomer.pk)})
    assert "<td>deuxieme@relais.example</td>" not in client.get(url).content.decode()
    assert not newcomer.groups.exists()


@pytest.mark.parametrize("email", ["", "pas-une-adresse", "a@b", "<script>alert(1)</script>@x.fr"])
def test_access_form_refuses_a_bad_address(client, network, email):
    client.force_login(network.users["editor"])

    response = client.post(
        reverse("network_map_relay_access", args=[network.relay_b.pk]), {"email": email}
    )

    assert response.status_code == 400
    assert "<script>alert(1)" not in response.content.decode()
    assert network.access_b.group.user_set.count() == 1


def test_access_page_ignores_a_forged_revoke(client, network):
    client.force_login(network.users["editor"])
    url = reverse("network_map_relay_access", args=[network.relay_b.pk])

    for forged in ["abc", "", str(network.users["relay_a"].pk)]:
        response = client.post(url, {"revoke": forged})
        assert response.status_code == 302

    assert network.users["relay_a"].groups.filter(pk=network.access_a.group.pk).exists()


def test_relay_access_command(map_page, relays, run_on_commit, capsys):
    mail.outbox.clear()
    run_on_commit(call_command, "relay_access", "grant", relays[0].slug, "cmd@relais.example")
    run_on_commit(call_command, "relay_access", "grant", str(relays[0].pk), "cmd@relais.example")

    output = capsys.readouterr().out
    assert "cmd@relais.example (nouveau compte)" in output
    assert "cmd@relais.example (compte existant)" in output
    assert RelayAccess.objects.count() == 1
    user = get_user_model().objects.get(email="cmd@relais.example")
    assert not user.has_usable_password()

    call_command("relay_access", "revoke", relays[0].slug, "cmd@relais.example")
    assert not user.groups.exists()


def test_relay_access_command_names_an_existing_account(relays, run_on_commit):
    someone = get_user_model().objects.create_user("quelquun", "pris@relais.example", "x" * 20)

    with pytest.raises(CommandError, match="--account"):
        run_on_commit(call_command, "relay_access", "grant", "ados", "pris@relais.example")
    assert not someone.groups.exists()

    run_on_commit(call_command, "relay_access", "grant", "ados", "--account", "quelquun")
    assert someone.groups.filter(relay_access__isnull=False).exists()
    call_command("relay_access", "revoke", "ados", "--account", "quelquun")
    assert not someone.groups.exists()


@pytest.mark.parametrize(
    ("arguments", "message"),
    [
        (["grant", "inconnu", "x@relais.example"], "Aucune page d’organisation relais"),
        (["grant", "ados", "pas une adresse"], "n’est pas une adresse e-mail valide"),
        (["revoke", "ados", "personne@relais.example"], "n’avait pas accès"),
        (["revoke", "ados"], "Personne n’avait accès"),
    ],
)
def test_relay_access_command_explains_bad_input(relays, arguments, message):
    with pytest.raises(CommandError, match=message):
        call_command("relay_access", *arguments)
