"""Give a URL slug to tags that taggit left without one ("日本" → "riben", ")" → "tag-…")."""

from django.db import migrations
from django.db.models import Q

from resacoop.tags.slugs import has_no_url_slug, label_slug, unique_tag_slug


def repair_slugs(apps, schema_editor):
    Tag = apps.get_model("taggit", "Tag")
    TagLabel = apps.get_model("site_tags", "TagLabel")
    # taggit's slugs of such names are "", "_1", "_2"...; their labels copied them.
    suspects = Q(slug="") | Q(slug__startswith="_")
    for tag in Tag.objects.filter(suspects):
        if not has_no_url_slug(tag.slug):
            continue
        others = Tag.objects.exclude(pk=tag.pk)
        tag.slug = unique_tag_slug(tag.name, lambda slug: others.filter(slug=slug).exists())
        tag.save(update_fields=["slug"])
    for label in TagLabel.objects.filter(suspects).select_related("tag"):
        if not has_no_url_slug(label.slug):
            continue
        others = TagLabel.objects.filter(locale_id=label.locale_id).exclude(pk=label.pk)
        label.slug = label_slug(
            label.name, label.tag.slug, label.tag_id, lambda slug: others.filter(slug=slug).exists()
        )
        label.save(update_fields=["slug"])


class Migration(migrations.Migration):
    dependencies = [
        ("site_tags", "0001_initial"),
        ("taggit", "0006_rename_taggeditem_content_type_object_id_taggit_tagg_content_8fc721_idx"),
    ]

    operations = [migrations.RunPython(repair_slugs, migrations.RunPython.noop)]
