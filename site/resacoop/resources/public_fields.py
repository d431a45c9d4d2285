"""The public fields of a resource, described once for every output of the open data.

``FIELDS`` lists, in order, what a resource publishes: the JSON keys and the CSV columns are
both read from it, so a new public field is added here and nowhere else. A field whose value
is a list gives the CSV one column or more (codes, names), each a text.
"""

from dataclasses import dataclass, field

from network_map.public_fields import spreadsheet_safe


def _key(name):
    return lambda items: " ".join(item[name] for item in items)


def _joined(name):
    return lambda items: "; ".join(item[name] for item in items if item[name])


@dataclass(frozen=True)
class PublicField:
    """One public field of a resource.

    Args:
        name: its key in the JSON records, and in the record dicts (``records``).
        columns: ``[(column, as_text)]`` when the CSV writes it otherwise than as one column
            named ``name`` holding its value.
    """

    name: str
    columns: list = field(default_factory=list)

    def value(self, record):
        return record[self.name]

    def cells(self, record):
        value = self.value(record)
        if not self.columns:
            return [value]
        return [as_text(value) for _column, as_text in self.columns]

    @property
    def headers(self):
        return [column for column, _as_text in self.columns] or [self.name]


FIELDS = [
    PublicField("id"),
    PublicField("title"),
    # The page's address with its scheme and host: open data is read away from the site.
    PublicField("url"),
    PublicField("kind"),
    PublicField("kind_name"),
    PublicField("year"),
    PublicField("summary"),
    PublicField("themes", [("themes", "; ".join)]),
    PublicField("countries", [("country_codes", _key("code")), ("country_names", _joined("name"))]),
    PublicField(
        "languages", [("language_codes", _key("code")), ("language_names", _joined("name"))]
    ),
    PublicField("authors", [("authors", _joined("name"))]),
    PublicField("document"),
    PublicField("link"),
    PublicField("published"),
]


def to_json(catalogue):
    """The catalogue with each resource reduced to its public fields."""
    return {
        **{key: value for key, value in catalogue.items() if key != "resources"},
        "count": len(catalogue["resources"]),
        "resources": [
            {field.name: field.value(record) for field in FIELDS}
            for record in catalogue["resources"]
        ],
    }


def csv_rows(records):
    """Rows for ``csv.writer``: a header, then a resource a row, safe to open in a
    spreadsheet."""
    yield [header for field in FIELDS for header in field.headers]
    for record in records:
        yield [spreadsheet_safe(cell) for field in FIELDS for cell in field.cells(record)]
