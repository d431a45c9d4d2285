"""A resource as schema.org structured data (JSON-LD) for search engines."""

from urllib.parse import urljoin

from django.utils import timezone

from resacoop.middleware.routing import site_with_id

from .models import ResourceKind

#: The closest schema.org type of each kind; the kind's name is also given as ``genre``.
SCHEMA_TYPES = {
    ResourceKind.STUDY: "Report",
    ResourceKind.TRAINING: "LearningResource",
    ResourceKind.VIDEO: "VideoObject",
}


def resource_json_ld(resource, request, authors):
    """``resource`` as a schema.org ``CreativeWork`` (or the subtype of its kind).

    Args:
        authors: ``[(name, page or None)]`` as the page shows them.
    """
    parts = resource.get_url_parts(request)
    root_url = parts[1] if parts else ""
    site = site_with_id(parts[0]) if parts else None
    data = {
        "@context": "https://schema.org",
        "@type": SCHEMA_TYPES.get(resource.kind, "CreativeWork"),
        "name": resource.title,
        "genre": str(resource.get_kind_display()),
        "description": resource.summary,
        "dateCreated": str(resource.year),
        "datePublished": (resource.first_published_at or timezone.now()).date().isoformat(),
        "dateModified": (resource.last_published_at or timezone.now()).isoformat(),
        "publisher": {
            "@type": "Organization",
            "name": (site and site.site_name) or "",
            "url": f"{root_url}/",
        },
    }
    if data["@type"] == "VideoObject":
        data["uploadDate"] = data["datePublished"]
    if parts:
        data["url"] = urljoin(root_url, parts[2])
    if resource.languages:
        data["inLanguage"] = list(resource.languages)
    if authors:
        data["author"] = [
            {"@type": "Organization", "name": name, **_url(page, root_url)}
            for name, page in authors
        ]
    countries = list(resource.countries)
    if countries:
        data["spatialCoverage"] = [
            {"@type": "Country", "name": str(country.name), "identifier": country.code}
            for country in countries
        ]
    if resource.document:
        data["associatedMedia"] = {
            "@type": "MediaObject",
            "contentUrl": urljoin(root_url, resource.document.url),
            "encodingFormat": resource.document.content_type,
        }
    if resource.external_url:
        data["sameAs"] = resource.external_url
    return data


def _url(page, root_url):
    if page is None:
        return {}
    parts = page.get_url_parts()
    return {"url": urljoin(root_url, parts[2])} if parts else {}
