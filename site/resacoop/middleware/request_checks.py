"""Refuse, with a 4xx, requests that would otherwise end in a server error.

Each check stands in for a bug elsewhere (Django's database drivers, Wagtail's views) that
turns malformed input into an exception; none of them needs a database query.
"""

from django.apps import apps
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponseBadRequest
from django.urls import reverse
from django.utils.translation import gettext as _

NUL = "\x00"


def _contains_nul(request):
    """Whether the path, a form value or (in the admin) the query string holds a NUL.

    The public views that read a query string (search, the map's and the directory's
    filters, open data) refuse a NUL themselves, with a message in the site's layout.
    """
    if NUL in request.path_info:
        return True
    sources = [request.POST]
    if request.path_info.startswith(reverse("wagtailadmin_home")):
        sources.append(request.GET)
    for data in sources:
        for key, values in data.lists():
            if NUL in key or any(NUL in value for value in values):
                return True
    return False


def _bad_request(message):
    return HttpResponseBadRequest(message, content_type="text/plain; charset=utf-8")


class RequestChecksMiddleware:
    """Answer 400 to malformed requests, and 404 to Wagtail's deliberate server error.

    - A NUL character in the path, a form value or an admin query string: PostgreSQL refuses
      it in any text, so psycopg raises ``DataError`` in every search and lookup that passes
      it on (tag autocomplete, page chooser search, admin API, sign-in forms, page paths).
    - Ids of Wagtail's bulk actions (``?id=…&childOf=…``) that are not ids of the model:
      ``BulkAction.get_actionable_objects`` passes them straight to a query, which raises
      ``ValueError`` (wagtail/admin/views/bulk_action/base_bulk_action.py).
    - ``/admin/failwhale/``: Wagtail's ``error_test`` view raises an exception on purpose, to
      test error reporting; nobody should be able to produce server errors at will.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if _contains_nul(request):
            return _bad_request(_("This request contains a character that is not allowed."))
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        url_name = request.resolver_match.url_name
        if url_name == "wagtailadmin_error_test":
            raise Http404
        if url_name == "wagtail_bulk_action" and not _bulk_action_ids_are_valid(
            request, view_kwargs
        ):
            return _bad_request(_("The items to act on are not valid."))
        return None


def _bulk_action_ids_are_valid(request, view_kwargs):
    try:
        model = apps.get_model(view_kwargs["app_label"], view_kwargs["model_name"])
    except LookupError:
        return True  # Wagtail answers 404
    pk = model._meta.pk
    ids = [value for value in request.GET.getlist("id") if value != "all"]
    try:
        for value in ids:
            pk.to_python(value)
        # The parent of the listing: a page for pages, a collection for images and documents.
        if "childOf" in request.GET:
            int(request.GET["childOf"])
    except (ValidationError, ValueError):
        return False
    return True
