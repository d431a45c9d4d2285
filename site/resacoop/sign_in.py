"""Signing in to the site: throttled attempts, throttled password resets.

Failed sign-ins (Wagtail's admin login and the public login of private pages) are counted by
django-axes per account name and IP address; its ``AXES_*`` settings are in ``settings/base``.
This module gives it the visitor's address (:func:`client_ip`) and the answer to a locked-out
attempt (:func:`lockout_response`): the same login page, with a message saying how long to
wait.

The admin's "forgot password" form (:class:`PasswordResetForm`) sends at most a few e-mails per
address and per IP address in a period; past that it sends nothing and answers as usual, so
the answer never tells whether an address has an account.

Settings (read when the code runs):

- ``RESACOOP_TRUSTED_PROXY_COUNT`` (default 0): how many proxies of ours stand in front of
  the site. With 0, the address is ``REMOTE_ADDR`` and ``X-Forwarded-For`` is ignored, as
  anyone can send it.
- ``RESACOOP_PASSWORD_RESET_LIMITS`` (default ``{"address": (3, 3600), "ip": (10, 3600)}``):
  how many reset requests are served per e-mail address and per IP address, and in how many
  seconds.
"""

import hashlib
import ipaddress
import logging
import math
import unicodedata

from axes.helpers import get_cool_off, get_lockout_message
from django.core.cache import cache
from django.forms.utils import ErrorDict
from django.http import HttpResponse
from django.template.response import TemplateResponse
from django.utils.translation import ngettext

from network_map.auth_forms import InvitationPasswordResetForm

from .conf import DEFAULTS, get_setting

logger = logging.getLogger(__name__)


def client_ip(request):
    """The visitor's IP address (``AXES_CLIENT_IP_CALLABLE``).

    Behind ``RESACOOP_TRUSTED_PROXY_COUNT`` proxies, each appends the address it received the
    request from to ``X-Forwarded-For``: the visitor's is that many entries from the right.
    Entries further left are whatever the visitor sent, so they are never read.
    """
    remote_addr = request.META.get("REMOTE_ADDR")
    proxies = get_setting("TRUSTED_PROXY_COUNT")
    if not proxies:
        return remote_addr
    forwarded = [entry.strip() for entry in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
    if len(forwarded) < proxies:
        return remote_addr  # not through our proxies: nothing in the header can be trusted
    try:
        return str(ipaddress.ip_address(forwarded[-proxies]))
    except ValueError:
        return remote_addr


def lockout_response(request, original_response=None, credentials=None):
    """The answer to a sign-in refused by django-axes (``AXES_LOCKOUT_CALLABLE``).

    The login page the view rendered, its error replaced by how long to wait, with status 429;
    a plain-text message where the view rendered no form.
    """
    cool_off = get_cool_off(request)
    if cool_off is None:
        message = get_lockout_message()
    else:
        minutes = math.ceil(cool_off.total_seconds() / 60)
        message = ngettext(
            "Too many failed sign-in attempts. Try again in %(minutes)d minute.",
            "Too many failed sign-in attempts. Try again in %(minutes)d minutes.",
            minutes,
        ) % {"minutes": minutes}
    context = getattr(original_response, "context_data", None) or {}
    form = context.get("form")
    if not isinstance(original_response, TemplateResponse) or form is None:
        return HttpResponse(message, status=429, content_type="text/plain; charset=utf-8")
    # "Your password didn't match" would be wrong: the password was never checked.
    form._errors = ErrorDict({"__all__": form.error_class([message])})
    response = TemplateResponse(request, original_response.template_name, context, status=429)
    return response.render()


def _over_limit(scope, value, limit, period):
    """Count one request for ``value``; whether it is beyond ``limit`` in this ``period``."""
    digest = hashlib.sha256(value.encode()).hexdigest()
    key = f"resacoop:password-reset:{scope}:{digest}"
    try:
        cache.add(key, 0, period)
        return cache.incr(key) > limit
    except ValueError:  # expired between add() and incr()
        cache.set(key, 1, period)
        return False


class PasswordResetForm(InvitationPasswordResetForm):
    """Wagtail's password reset form, limited per e-mail address and per IP address
    (``WAGTAILADMIN_USER_PASSWORD_RESET_FORM``).

    It also sends a link to relay accounts whose invitation was never used
    (:class:`network_map.auth_forms.InvitationPasswordResetForm`).
    """

    def save(self, *args, request=None, **kwargs):
        limits = {**DEFAULTS["PASSWORD_RESET_LIMITS"], **get_setting("PASSWORD_RESET_LIMITS")}
        address = unicodedata.normalize("NFKC", self.cleaned_data["email"]).casefold()
        ip = client_ip(request) if request is not None else None
        # Both counters move on every request, so that neither can be used to probe the other.
        throttled = [
            scope
            for scope, value in (("address", address), ("ip", ip))
            if value is not None and _over_limit(scope, value, *limits[scope])
        ]
        if throttled:
            # The view answers as for any other request: nothing tells what happened.
            logger.warning("Password reset not sent: too many requests per %s", throttled)
            return
        super().save(*args, request=request, **kwargs)
