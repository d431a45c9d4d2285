"""The relays of a map as plain data: built in a few queries, cached, filtered.

The map page, its GeoJSON and its CSV all read the same list of relays. It is built in
four queries whatever the number of relays (relays with their logos, logo renditions,
audiences in the page's language, tags) and cached under the content version of
``cms_blocks.content_version``: any change of a page, an audience, a tag or an image starts
a new version, and so every cached list is rebuilt.
"""

import hashlib
import json
from dataclasses import dataclass

from django.utils import timezone
from django.utils.translation import gettext as _

from cms_blocks.content_version import cached_until_changed
from cms_blocks.filters import NOT_A_SLUG, UNKNOWN, chosen
from cms_blocks.prefetch import prefetch_renditions

from . import departements as data
from .conf import get_setting

LOGO_SPEC = "max-160x80"
# Part of the cache key: a new release that changes what a cached relay holds (its place on
# the drawing moved with the projection of #17) must not read the dicts of the previous one,
# which stay cached until the content changes.
CACHE_FORMAT = 2


def relays_of(map_page, request=None):
    """``{"built": ISO time, "etag": str, "relays": [dict, …]}`` for a map, from the cache."""

    def build():
        relays = build_relays(map_page, request)
        digest = hashlib.sha256(json.dumps(relays, sort_keys=True).encode()).hexdigest()[:32]
        return {"built": timezone.now().isoformat(), "etag": digest, "relays": relays}

    return cached_until_changed(
        f"network_map:relays:v{CACHE_FORMAT}:{map_page.pk}",
        build,
        timeout=get_setting("CACHE_TIMEOUT"),
    )


def build_relays(map_page, request=None):
    """The live, public relays of a map as plain dicts, ready to cache.

    The map page's templates render these dicts, and ``public_fields.FIELDS`` says which of
    their keys its open data publishes.
    """
    relays = list(map_page.relay_pages())
    prefetch_renditions([relay.logo for relay in relays])
    audiences, tags = map_page.relay_labels(relays)
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
        value, problem = chosen(query, name, allowed)
        if problem == NOT_A_SLUG:
            self.errors.append({"parameter": name, "message": _("This filter is not valid.")})
        elif problem == UNKNOWN:
            self.errors.append({"parameter": name, "message": message % {"value": query[name]}})
        return value or ""

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


def by_departement(map_page, relays):
    """The départements of the map's region, each with those of ``relays`` that cover it.

    The one place relays are counted by département, for the map page and ``RelayMapBlock``.

    Returns:
        A list of ``{"departement": Departement, "relays": [relay, …], "count": int}``, in
        the order of the region's départements.
    """
    region = []
    for departement in map_page.region_departements():
        here = [relay for relay in relays if departement.code in relay["departements"]]
        region.append({"departement": departement, "relays": here, "count": len(here)})
    return region
