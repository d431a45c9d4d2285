"""A map with relay organisations, their accounts and the network's staff.

Used by the apps' tests (``conftest.py`` here) and by the reference site's checks of the
same screens; each project brings its ``home_page`` and ``contact_page``.
"""

from types import SimpleNamespace

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from wagtail.images.models import Image
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission, Page

from network_map import access

from ..testapp.builders import ensure_translations, make_map, make_relay


@pytest.fixture
def map_page(home_page, contact_page):
    return make_map(home_page, contact_page=contact_page, introduction="Trouvez le relais.")


@pytest.fixture
def relays(map_page):
    """Two relays: one in Ardèche and Drôme, one in the Loire."""
    return [
        make_relay(
            map_page,
            title="ADOS",
            departements="07 26",
            audiences=["Jeunes", "Associations"],
            tags=["jeunesse"],
            latitude="44.73500",
            longitude="4.59900",
            email="contact@ados.example",
            phone="04 75 00 00 00",
            website="https://ados.example/",
        ),
        make_relay(
            map_page,
            title="Solicoop42",
            departements="42",
            city="Saint-Étienne",
            audiences=["Établissements scolaires"],
            tags=["éducation"],
        ),
    ]


@pytest.fixture
def many_relays(map_page, image):
    """``many_relays(count, departements)``: that many full relays (logo, audience, tag,
    coordinates), for tests that check a cost does not grow with their number."""

    def make(count, departements="07 26"):
        return [
            make_relay(
                map_page,
                title=f"Relais {number:03d}",
                departements=departements,
                logo=image,
                audiences=["Jeunes"],
                tags=["jeunesse"],
                latitude="44.7",
                longitude="4.6",
            )
            for number in range(count)
        ]

    return make


PASSWORD = "a-long-test-passphrase"


@pytest.fixture
def network(client, map_page, relays, locales, home_page, run_on_commit, document):
    """Relay A and relay B in three languages, with access, media and a network editor."""
    others = [locales["en"], locales["es"]]
    run_on_commit(ensure_translations, map_page, others)
    for relay in relays:
        run_on_commit(ensure_translations, relay, others)
    relay_a, relay_b = relays
    unpublished = make_relay(map_page, title="Relais en préparation", publish=False)
    grant_a = run_on_commit(access.grant_access, relay_a, "relais-a@example.org")
    grant_b = run_on_commit(access.grant_access, relay_b, "relais-b@example.org")
    for grant in (grant_a, grant_b):
        grant.user.set_password(PASSWORD)
        grant.user.save()
    image_a = Image.objects.create(
        title="Local d'ADOS",
        file=get_test_image_file(),
        collection=grant_a.access.collection,
    )
    document.collection = grant_a.access.collection
    document.title = "Programme d'ADOS"
    document.save()
    return SimpleNamespace(
        relay_a=relay_a,
        relay_b=relay_b,
        unpublished=unpublished,
        map_page=map_page,
        home_page=home_page,
        image_a=image_a,
        document_a=document,
        access_a=grant_a.access,
        access_b=grant_b.access,
        users={
            "relay_a": grant_a.user,
            "relay_b": grant_b.user,
            "editor": make_network_editor(),
            "superuser": get_user_model().objects.create_superuser(
                "admin", "admin@example.org", PASSWORD
            ),
        },
    )


def make_network_editor():
    """A member of the network's staff: every right on pages and media, no accounts."""
    staff, _created = Group.objects.get_or_create(name="Moderators")
    root = Page.get_first_root_node()
    for codename in ["add_page", "change_page", "publish_page", "delete_page", "lock_page"]:
        GroupPagePermission.objects.get_or_create(
            group=staff, page=root, permission=Permission.objects.get(codename=codename)
        )
    for codename in [
        f"{action}_{model}"
        for action in ("add", "change", "choose", "delete")
        for model in ("image", "document")
    ]:
        GroupCollectionPermission.objects.get_or_create(
            group=staff,
            collection=Collection.get_first_root_node(),
            permission=Permission.objects.get(codename=codename),
        )
    staff.permissions.add(
        *Permission.objects.filter(
            codename__in=[
                "access_admin",
                "add_audience",
                "change_audience",
                "manage_relay_access",
                "submit_translation",
            ]
        )
    )
    editor = get_user_model().objects.create_user("redaction", "redaction@example.org", PASSWORD)
    editor.groups.add(staff)
    return editor
