"""Relays keep ``change_page`` on their page in the default language only, and the names
network_map stored in English are written in the site's language."""

from django.conf import settings
from django.db import migrations
from django.utils import translation

ENGLISH_NAMES = {
    "workflow": "Relay organisation changes",
    "task": "Approval by the network's staff",
    "collection": "Relay organisations",
}


def keep_only_source_pages(apps, schema_editor):
    RelayAccess = apps.get_model("network_map", "RelayAccess")
    RelayOrganisationPage = apps.get_model("network_map", "RelayOrganisationPage")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    for access in RelayAccess.objects.all():
        pages = RelayOrganisationPage.objects.filter(translation_key=access.translation_key)
        source = (
            pages.filter(locale__language_code=settings.LANGUAGE_CODE).first()
            or pages.order_by("pk").first()
        )
        if source is not None:
            permissions = GroupPagePermission.objects.filter(group_id=access.group_id)
            permissions.exclude(page_id=source.pk).delete()


def write_names_in_the_site_language(apps, schema_editor):
    from network_map.conf import stored_name

    with translation.override(settings.LANGUAGE_CODE):
        names = {
            "workflow": stored_name("WORKFLOW_NAME"),
            "task": stored_name("REVIEW_TASK_NAME"),
            "collection": stored_name("COLLECTION_NAME"),
        }
    models = {
        "workflow": apps.get_model("wagtailcore", "Workflow"),
        "task": apps.get_model("wagtailcore", "Task"),
        "collection": apps.get_model("wagtailcore", "Collection"),
    }
    for kind, model in models.items():
        if names[kind] != ENGLISH_NAMES[kind]:
            model.objects.filter(name=ENGLISH_NAMES[kind]).update(name=names[kind])


class Migration(migrations.Migration):
    dependencies = [
        ("network_map", "0002_relay_access"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.RunPython(keep_only_source_pages, migrations.RunPython.noop),
        migrations.RunPython(write_names_in_the_site_language, migrations.RunPython.noop),
    ]
