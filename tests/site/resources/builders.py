"""Builders of the resource centre's pages for its tests."""

from django.utils.text import slugify

from cms_blocks import examples


def make_resource_index(home, **fields):
    from resacoop.resources.models import ResourceIndexPage

    fields.setdefault("title", "Ressources")
    fields.setdefault("slug", "ressources")
    return home.add_child(instance=ResourceIndexPage(**fields))


def make_resource(index, *, tags=(), authors=(), publish=True, **fields):
    """A resource under ``index``: a guide of 2024 with a link, unless told otherwise.

    ``authors`` are member pages or names.
    """
    from resacoop.resources.models import ResourceAuthor, ResourcePage

    fields.setdefault("title", "Un guide du réseau")
    fields.setdefault("slug", slugify(fields["title"])[:50] or "ressource")
    fields.setdefault("kind", "guide")
    fields.setdefault("year", 2024)
    fields.setdefault("summary", "Ce que le guide apporte aux porteurs de projet.")
    if not fields.get("document"):
        fields.setdefault("external_url", "https://ressources.example.org/guide")
    page = ResourcePage(**fields)
    for author in authors:
        if isinstance(author, str):
            page.authors.add(ResourceAuthor(name=author))
        else:
            page.authors.add(ResourceAuthor(member=author))
    return examples.add_page(index, page, tags=tags, publish=publish)
