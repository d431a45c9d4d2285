import csv
import json
from datetime import datetime

from django.http import Http404, HttpResponse, JsonResponse
from django.utils.cache import get_conditional_response, patch_vary_headers
from django.utils.http import http_date, quote_etag
from wagtail.models import Site

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
