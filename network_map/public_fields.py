"""The public fields of a relay, described once for every output of the map's open data.

``FIELDS`` lists, in order, what a relay shows to everyone: the GeoJSON properties and the
CSV columns are both read from it, so a new public field is added here and nowhere else.
The map page itself renders the same relay dicts (``dataset.build_relays``) in its templates.
"""

from collections.abc import Callable
from dataclasses import dataclass


def _names(labels):
    return "; ".join(label["name"] for label in labels)


@dataclass(frozen=True)
class PublicField:
    """One public field of a relay.

    Args:
        name: its name in the GeoJSON properties and in the CSV header.
        key: the key of the relay dict it is read from, when it is not ``name``.
        geojson: whether it is a GeoJSON property.
        csv: whether it is a CSV column.
        as_text: how a CSV cell writes a value that is not a plain string or number.
    """

    name: str
    key: str = ""
    geojson: bool = True
    csv: bool = True
    as_text: Callable | None = None

    def value(self, relay):
        return relay[self.key or self.name]

    def cell(self, relay):
        value = self.value(relay)
        return self.as_text(value) if self.as_text else value


FIELDS = [
    PublicField("name"),
    PublicField("departements", as_text=" ".join),
    PublicField("address"),
    PublicField("postcode"),
    PublicField("city"),
    # The GeoJSON geometry carries the coordinates.
    PublicField("latitude", geojson=False),
    PublicField("longitude", geojson=False),
    PublicField("email"),
    PublicField("phone"),
    PublicField("website"),
    PublicField("summary", csv=False),
    PublicField("logo", csv=False),
    PublicField("audiences", as_text=_names),
    PublicField("tags", as_text=_names),
    # The page's address with its scheme and host: open data is read away from the site.
    PublicField("url", key="full_url"),
]


def to_geojson(relays):
    """RFC 7946 FeatureCollection; relays without coordinates have a null geometry."""
    features = []
    for relay in relays:
        geometry = None
        if relay["latitude"] is not None:
            geometry = {"type": "Point", "coordinates": [relay["longitude"], relay["latitude"]]}
        properties = {field.name: field.value(relay) for field in FIELDS if field.geojson}
        features.append(
            {"type": "Feature", "id": relay["id"], "geometry": geometry, "properties": properties}
        )
    return {"type": "FeatureCollection", "features": features}


def csv_rows(relays):
    """Rows for ``csv.writer``: a header, then a relay a row, safe to open in a spreadsheet."""
    columns = [field for field in FIELDS if field.csv]
    yield [field.name for field in columns]
    for relay in relays:
        yield [spreadsheet_safe(field.cell(relay)) for field in columns]


def spreadsheet_safe(value):
    """A CSV cell a spreadsheet will not run as a formula: numbers as they are, any other
    value as text, quoted when it starts like a formula."""
    if value is None:
        return ""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return value
    text = str(value)
    if text[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + text
    return text
