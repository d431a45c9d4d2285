"""The relays of a map as plain data: built in a few queries, cached, filtered.

The map page, its GeoJSON and its CSV all read the same list of relays. It is built in
four queries whatever the number of relays (relays with their logos, logo renditions,
audiences in the page's language, tags) and cached under the content version of
``cms_blocks.content_version``: any change of a page, an audience, a tag or an image starts
a new version, and so every cached list is rebuilt.
"""

import hashlib
import json
import re
from dataclasses import dataclass

from django.core.cache import cache
from django.db.models import F, OuterRef, Subquery, Value
from django.db.models.functions import Coalesce
from django.utils import timezone
from django.utils.translation import gettext as _

from cms_blocks.content_version import content_version
from cms_blocks.prefetch import prefetch_renditions

from . import departements as data
from .conf import get_setting
from .models import Audience, RelayOrganisationPage, RelayPageTag

SLUG = re.compile(r"^[-a-zA-Z0-9_]{1,100}$")
LOGO_SPEC = "max-160x80"


def relays_of(map_page, request=None):
    """``{"built": ISO time, "etag": str, "relays": [dict, …]}`` for a map, from the cache."""
    key = f"network_map:relays:{map_page.pk}:{content_version()}"
    payload = cache.get(key)
    if payload is None:
        relays = build_relays(map_page, request)
        digest = hashlib.sha256(json.dumps(relays, sort_keys=True).encode()).hexdigest()[:32]
        payload = {"built": timezone.now().isoformat(), "etag": digest, "relays": relays}
        cache.set(key, payload, timeout=get_setting("CACHE_TIMEOUT"))
    return payload


def build_relays(map_page, request=None):
    relays = list(
        RelayOrganisationPage.objects.child_of(map_page)
        .live()
        .filter(view_restrictions__isnull=True)
        .select_related("logo")
        .order_by("title")
    )
    prefetch_renditions([relay.logo for relay in relays])
    audiences, tags = _labels(relays, map_page.locale_id)
    known = data.all_departements()
    logos = {}  # one rendition lookup per image, however many relays share it
    for relay in relays:
        if relay.logo and relay.logo.pk not in logos:
            logos[relay.logo.pk] = relay.logo.get_rendition(LOGO_SPEC).url
    result = []
    for relay in relays:
        # Relays live under their map, on its site: the path alone is their address there.
        _site_id, root_url, path = relay.get_url_parts(request)
        codes = [code for code in relay.departement_codes if code in known]
        point = None
        if relay.latitude is not None and relay.longitude is not None:
            x, y = data.project(relay.latitude, relay.longitude)
            point = {"x": round(x, 1), "y": round(y, 1)}
        result.append(
            {
                "id": relay.pk,
                "name": relay.title,
                "url": path,
                "full_url": root_url + path,
                "departements": codes,
                "address": relay.address,
                "postcode": relay.postcode,
                "city": relay.city,
                "latitude": float(relay.latitude) if relay.latitude is not None else None,
                "longitude": float(relay.longitude) if relay.longitude is not None else None,
                "point": point,
                "email": relay.email,
                "phone": relay.phone,
                "website": relay.website,
                "summary": relay.summary,
                "logo": logos.get(relay.logo_id),
                "audiences": audiences.get(relay.pk, []),
                "tags": tags.get(relay.pk, []),
            }
        )
    return result


def _labels(relays, locale_id):
    """The audiences (in the map's language) and tags of each relay, in one query.

    Returns two ``{relay pk: [{"slug", "name"}]}`` mappings.
    """
    ids = [relay.pk for relay in relays]
    translated = Audience.objects.filter(
        translation_key=OuterRef("audience__translation_key"), locale_id=locale_id
    )
    audience_rows = (
        RelayOrganisationPage.audiences.through.objects.filter(relayorganisationpage__in=ids)
        .annotate(
            kind=Value("audience"),
            slug=Coalesce(Subquery(translated.values("slug")[:1]), F("audience__slug")),
            name=Coalesce(Subquery(translated.values("name")[:1]), F("audience__name")),
            position=F("audience__sort_order"),
        )
        .values_list("relayorganisationpage_id", "kind", "slug", "name", "position")
    )
    tag_rows = (
        RelayPageTag.objects.filter(content_object_id__in=ids)
        .annotate(kind=Value("tag"), slug=F("tag__slug"), name=F("tag__name"), position=Value(0))
        .values_list("content_object_id", "kind", "slug", "name", "position")
    )
    audiences, tags = {}, {}
    rows = sorted(
        audience_rows.union(tag_rows, all=True), key=lambda row: (row[4], row[3].casefold())
    )
    for relay_id, kind, slug, name, _position in rows:
        (audiences if kind == "audience" else tags).setdefault(relay_id, []).append(
            {"slug": slug, "name": name}
        )
    return audiences, tags


@dataclass
class Filters:
    """The state of the map a query string asks for, checked against the map's data."""

    departement: str = ""
    audience: str = ""
    tag: str = ""
    errors: list = None

    @classmethod
    def from_query(cls, query, map_page, relays):
        filters = cls(errors=[])
        region_codes = {d.code for d in map_page.region_departements()}
        filters.departement = filters._check(
            query,
            "departement",
            region_codes,
            _("There is no département “%(value)s” in this region."),
        )
        audiences = {a["slug"] for relay in relays for a in relay["audiences"]}
        filters.audience = filters._check(
            query, "audience", audiences, _("No relay works with “%(value)s”.")
        )
        tags = {t["slug"] for relay in relays for t in relay["tags"]}
        filters.tag = filters._check(query, "tag", tags, _("No relay is tagged “%(value)s”."))
        return filters

    def _check(self, query, name, allowed, message):
        value = query.get(name, "")
        if not value:
            return ""
        if not SLUG.match(value):
            self.errors.append({"parameter": name, "message": _("This filter is not valid.")})
            return ""
        if value not in allowed:
            self.errors.append({"parameter": name, "message": message % {"value": value}})
            return ""
        return value

    def matches(self, relay, with_departement=True):
        if self.audience and self.audience not in {a["slug"] for a in relay["audiences"]}:
            return False
        if self.tag and self.tag not in {t["slug"] for t in relay["tags"]}:
            return False
        if with_departement and self.departement:
            return self.departement in relay["departements"]
        return True

    def as_query(self, **changes):
        values = {"departement": self.departement, "audience": self.audience, "tag": self.tag}
        values.update(changes)
        return {name: value for name, value in values.items() if value}
