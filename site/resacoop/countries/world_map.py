"""The world map of partner countries, drawn on the server as SVG.

Every partner country is a link to its page, shaded by the number of experience sheets and
other resources about it (:data:`SHADES`); the other countries are one path of background.
The drawing is cached, as HTML, under the content version, the page and the language: it
costs nothing after the first request of a version.
"""

from dataclasses import dataclass

from django.template.loader import render_to_string
from django.utils.translation import gettext, ngettext

from cms_blocks.content_version import cached_until_changed
from resacoop.core.sorting import sort_key

from . import world
from .partners import partner_countries


@dataclass(frozen=True)
class Shade:
    """A class of the map's shading: partner countries with ``low`` to ``high`` documents."""

    name: str
    low: int
    high: int | None

    def holds(self, count):
        return count >= self.low and (self.high is None or count <= self.high)

    @property
    def label(self):
        if self.low == 0:
            return gettext("No experience or resource yet (members, events)")
        if self.high is None:
            return ngettext(
                "%(low)s experience or resource or more",
                "%(low)s experiences or resources or more",
                self.low,
            ) % {"low": self.low}
        if self.low == self.high:
            return ngettext(
                "%(low)s experience or resource",
                "%(low)s experiences or resources",
                self.low,
            ) % {"low": self.low}
        return gettext("%(low)s to %(high)s experiences or resources") % {
            "low": self.low,
            "high": self.high,
        }


#: From the lightest to the darkest (the colours are in countries/css/world-map.css).
SHADES = [
    Shade("none", 0, 0),
    Shade("few", 1, 2),
    Shade("some", 3, 5),
    Shade("many", 6, None),
]

#: The radius of a small country's marker, in units of the drawing (1,010 wide).
MARKER_RADIUS = 3


def shade_of(count):
    return next(shade for shade in SHADES if shade.holds(count))


def describe_counts(partner):
    """ "3 experiences, 1 other resource, 2 events": what the site has about a country."""
    return ", ".join(
        words(partner.count(key)) % {"count": partner.count(key)}
        for key, words in COUNT_WORDS.items()
        if partner.count(key)
    )


# Literal messages in each call, for the catalogues.
COUNT_WORDS = {
    "experiences": lambda n: ngettext("%(count)s experience", "%(count)s experiences", n),
    "resources": lambda n: ngettext("%(count)s other resource", "%(count)s other resources", n),
    "events": lambda n: ngettext("%(count)s event", "%(count)s events", n),
    "members": lambda n: ngettext("%(count)s member", "%(count)s members", n),
}


def absolute(path):
    """A country's path with an absolute first move, so that paths join into one."""
    if not path.startswith("m"):
        return path
    first, _space, rest = path[1:].partition(" ")
    if not rest:
        return "M" + first
    return f"M{first}l{rest}"


def partner_items(page_url, language):
    """The partner countries of ``language``, by name in the active language, each with its
    ``code``, ``name``, ``url``, ``partner`` (counts), ``counts`` (in words), ``shade``."""
    items = []
    for code, partner in partner_countries(language).items():
        name = world.country_name(code)
        items.append(
            {
                "code": code,
                "name": name,
                "url": f"{page_url}{code.lower()}/",
                "partner": partner,
                "counts": describe_counts(partner),
                "shade": shade_of(partner.documents),
            }
        )
    return sorted(items, key=lambda item: sort_key(item["name"]))


def draw(page_url, language):
    """The map's HTML (SVG, legend), cached per page address and language."""

    def render():
        items = partner_items(page_url, language)
        outlines = world.outlines()
        partners = {item["code"] for item in items}
        for item in items:
            outline = outlines.get(item["code"])
            item["outline"] = outline
        background = "".join(
            absolute(outline.path) for code, outline in outlines.items() if code not in partners
        )
        background += absolute(world.background())
        return render_to_string(
            "countries/includes/world_map.html",
            {
                "view_box": world.view_box(),
                "background": background,
                "drawn": [item for item in items if item["outline"] is not None],
                "shades": SHADES,
                "marker_radius": MARKER_RADIUS,
                "attribution": world.attribution(),
            },
        )

    return cached_until_changed(f"countries:map:{page_url}:{language}", render)
