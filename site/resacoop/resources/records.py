"""The catalogue of a resource centre as plain data, built in a few queries and cached.

Open data (CSV and JSON, ``public_fields``) reads these records. They are built in seven
queries whatever the number of resources (the resources with their documents, their
themes and the themes' labels, their authors, the authors' pages in the index's language)
and cached under the content version (``cms_blocks.content_version``): publishing a
resource, or changing a theme's label, a document or a member's page, starts a new version.
"""

from urllib.parse import urljoin

from django.utils import translation
from django_countries import countries as all_countries

from cms_blocks.content_version import cached_until_changed
from cms_blocks.prefetch import localize_pages
from resacoop.tags.models import TagLabel

from .fields import language_name
from .models import ResourceAuthor, ResourceKind, ResourcePageTag

#: Part of the cache key: a release that changes what a record holds must not read the
#: records cached by the one before.
CACHE_FORMAT = 1


def records_of(index, request=None):
    """``{"title", "url", "language", "resources": [dict, …]}`` for an index, cached."""
    return cached_until_changed(
        f"resources:records:v{CACHE_FORMAT}:{index.pk}", lambda: build_records(index, request)
    )


def build_records(index, request=None):
    language = index.locale.language_code
    with translation.override(language):
        resources = list(index.resource_pages().select_related("document"))
        pks = [resource.pk for resource in resources]
        themes = _themes(index, pks)
        authors = _authors(pks)
        _site_id, root_url, index_path = index.get_url_parts(request)
        records = []
        for resource in resources:
            _site_id, _root, path = resource.get_url_parts(request)
            document = resource.document
            records.append(
                {
                    "id": resource.pk,
                    "title": resource.title,
                    "url": urljoin(root_url, path),
                    "kind": resource.kind,
                    "kind_name": str(ResourceKind(resource.kind).label),
                    "year": resource.year,
                    "summary": resource.summary,
                    "themes": themes.get(resource.pk, []),
                    "countries": [
                        {"code": code, "name": str(all_countries.name(code))}
                        for code in (country.code for country in resource.countries)
                    ],
                    "languages": [
                        {"code": code, "name": str(language_name(code))}
                        for code in resource.languages
                    ],
                    "authors": [
                        {"name": name, "url": urljoin(root_url, page_path) if page_path else None}
                        for name, page_path in authors.get(resource.pk, [])
                    ],
                    "document": urljoin(root_url, document.url) if document else None,
                    "link": resource.external_url or None,
                    "published": (
                        resource.first_published_at.isoformat()
                        if resource.first_published_at
                        else None
                    ),
                }
            )
        return {
            "title": index.title,
            "url": urljoin(root_url, index_path),
            "language": language,
            "resources": records,
        }


def _themes(index, pks):
    """``{resource pk: [theme names]}`` in the index's language."""
    rows = list(
        ResourcePageTag.objects.filter(content_object_id__in=pks)
        .select_related("tag")
        .order_by("tag__name")
    )
    labels = dict(
        TagLabel.objects.filter(
            locale_id=index.locale_id, tag_id__in={row.tag_id for row in rows}
        ).values_list("tag_id", "name")
    )
    themes = {}
    for row in rows:
        themes.setdefault(row.content_object_id, []).append(labels.get(row.tag_id, row.tag.name))
    return themes


def _authors(pks):
    """``{resource pk: [(name, page path or None)]}``: members in the active language."""
    rows = list(ResourceAuthor.objects.filter(page_id__in=pks).select_related("member"))
    members = localize_pages([row.member for row in rows if row.member_id])
    authors = {}
    for row in rows:
        if row.member_id:
            page = members.get(row.member_id)
            if page is None:
                continue
            parts = page.get_url_parts()
            authors.setdefault(row.page_id, []).append((page.title, parts[2] if parts else None))
        elif row.name:
            authors.setdefault(row.page_id, []).append((row.name, None))
    return authors
