import csv
import json
from datetime import datetime

from django.http import Http404, HttpResponse, JsonResponse
from django.utils.cache import get_conditional_response, patch_vary_headers
from django.utils.http import http_date, quote_etag
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from wagtail.models import Page, Site

from cms_blocks.languages import active_language

from . import departements as data
from .dataset import Filters, relays_of
from .models import NetworkMapPage
from .public_fields import csv_rows, to_geojson


def _conditional(request, map_page, payload, filters, kind):
    """ETag and Last-Modified for a response built from ``payload``; a 304 if unchanged."""
    etag = quote_etag(f"{kind}-{payload['etag']}-{json.dumps(filters.as_query(), sort_keys=True)}")
    last_modified = int(datetime.fromisoformat(payload["built"]).timestamp())
    not_modified = get_conditional_response(request, etag=etag, last_modified=last_modified)
    return etag, last_modified, not_modified


def _headers(response, etag, last_modified):
    response["ETag"] = etag
    response["Last-Modified"] = http_date(last_modified)
    patch_vary_headers(response, ["Accept-Language"])
    return response


def _open_data(request, map_page, kind):
    payload = relays_of(map_page, request)
    filters = Filters.from_query(request.GET, map_page, payload["relays"])
    if filters.errors:
        return None, JsonResponse({"errors": filters.errors}, status=400)
    relays = [relay for relay in payload["relays"] if filters.matches(relay)]
    etag, last_modified, not_modified = _conditional(request, map_page, payload, filters, kind)
    if not_modified is not None:
        return None, not_modified
    return (relays, (etag, last_modified)), None


def open_data(request, path, extension):
    """``<map page URL>relays.geojson`` and ``relays.csv``: the relays of a map as open data.

    Wagtail's page routes stop at path segments ending in a slash, so these two addresses get
    a URL pattern of their own (``network_map.urls``), which finds the map page by its path.
    """
    site = Site.find_for_request(request)
    if site is None:
        raise Http404
    components = [component for component in path.split("/") if component]
    page = site.root_page.localized.specific.route(request, components).page.specific
    if not isinstance(page, NetworkMapPage) or page.get_view_restrictions().exists():
        raise Http404
    return (relays_geojson if extension == "geojson" else relays_csv)(page, request)


def relays_geojson(map_page, request):
    result, early = _open_data(request, map_page, "geojson")
    if early is not None:
        return early
    relays, validators = result
    response = HttpResponse(
        json.dumps(to_geojson(relays), ensure_ascii=False),
        content_type="application/geo+json; charset=utf-8",
    )
    response["Access-Control-Allow-Origin"] = "*"
    return _headers(response, *validators)


def relays_csv(map_page, request):
    result, early = _open_data(request, map_page, "csv")
    if early is not None:
        return early
    relays, validators = result
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{map_page.slug}-relays.csv"'
    writer = csv.writer(response)
    writer.writerows(csv_rows(relays))
    return _headers(response, *validators)


def _contact_page(map_page):
    """The map's contact page in the visitor's language (or as it is), in one query."""
    if map_page.contact_page_id is None:
        return None
    chosen = Page.objects.filter(pk=map_page.contact_page_id).values("translation_key")
    translations = Page.objects.live().filter(translation_key__in=chosen, alias_of__isnull=True)
    return (
        translations.filter(locale__language_code=active_language()).first()
        or translations.filter(pk=map_page.contact_page_id).first()
    )


def _embedded(relays, map_page):
    """The relays for the page's script, lean: labels are listed once, relays name them."""
    return {
        "relays": [
            {
                "name": relay["name"],
                "url": relay["url"],
                "departements": relay["departements"],
                "city": relay["city"],
                "email": relay["email"],
                "phone": relay["phone"],
                "website": relay["website"],
                "logo": relay["logo"],
                "audiences": [audience["slug"] for audience in relay["audiences"]],
                "tags": [tag["slug"] for tag in relay["tags"]],
                "point": [relay["point"]["x"], relay["point"]["y"]] if relay["point"] else None,
            }
            for relay in relays
        ],
        "audiences": {a["slug"]: a["name"] for relay in relays for a in relay["audiences"]},
        "departements": {d.code: d.name for d in map_page.region_departements()},
    }


def map_context(map_page, request):
    """What the map page's template needs, from the cached relays."""
    payload = relays_of(map_page, request)
    relays = payload["relays"]
    filters = Filters.from_query(request.GET, map_page, relays)
    shown = [relay for relay in relays if filters.matches(relay, with_departement=False)]
    contact = _contact_page(map_page)

    region = []
    for departement in map_page.region_departements():
        here = [relay for relay in shown if departement.code in relay["departements"]]
        region.append(
            {
                "departement": departement,
                "relays": here,
                "count": len(here),
                "query": filters.as_query(departement=departement.code),
            }
        )
    selected = next(
        (item for item in region if item["departement"].code == filters.departement), None
    )
    audiences = {a["slug"]: a["name"] for relay in relays for a in relay["audiences"]}
    tags = {t["slug"]: t["name"] for relay in relays for t in relay["tags"]}
    context = {
        "filters": filters,
        "region": region,
        "region_name": data.regions().get(map_page.region, ""),
        "view_box": data.view_box([item["departement"] for item in region]),
        "selected": selected,
        "shown_relays": shown,
        "audience_options": sorted(audiences.items(), key=lambda item: item[1].casefold()),
        "tag_options": sorted(tags.items(), key=lambda item: item[1].casefold()),
        "relays_data": _embedded(relays, map_page),
        "map_strings": {
            "relaysIn": _("Relays in %(name)s"),
            "noRelay": _("There is no relay in %(name)s yet."),
            "choose": _("Choose a département"),
            "chooseHelp": _(
                "Select a département on the map, or in the list below, to see its relay "
                "organisations."
            ),
            "worksWith": _("Works with:"),
            "website": _("Website"),
            "contact": _("Contact the network"),
            "contactUrl": contact.get_url(request) if contact else "",
            # Counts by CLDR plural category, as the browser's Intl.PluralRules names them.
            "count": {
                "one": ngettext("%(name)s: %(count)s relay", "%(name)s: %(count)s relays", 1),
                "other": ngettext("%(name)s: %(count)s relay", "%(name)s: %(count)s relays", 2),
            },
        },
        "attribution": data.attribution(),
    }
    return context
