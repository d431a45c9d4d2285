"""Admin screens for relay organisations: giving access, and the relay's own dashboard panel."""

from django import forms
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin.ui.components import Component
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.models import Page

from . import access
from .models import RelayAccess, RelayOrganisationPage

MANAGE_PERMISSION = "network_map.manage_relay_access"


class GrantForm(forms.Form):
    email = forms.EmailField(
        label=gettext_lazy("E-mail address of the person at the organisation"),
        max_length=254,
        help_text=gettext_lazy(
            "A new account is made for this address, and the person receives a link to choose "
            "their password. They then edit this page; their changes wait for the staff's "
            "approval."
        ),
    )


class RelayAccessView(WagtailAdminTemplateMixin, TemplateView):
    """Who can edit a relay page; give or take back access in one step."""

    template_name = "network_map/admin/relay_access.html"
    header_icon = "group"

    def dispatch(self, request, page_id):
        if not request.user.has_perm(MANAGE_PERMISSION):
            raise PermissionDenied
        self.relay_page = get_object_or_404(RelayOrganisationPage, pk=page_id)
        self.relay_access = RelayAccess.objects.filter(
            translation_key=self.relay_page.translation_key
        ).first()
        return super().dispatch(request, page_id)

    def get_page_title(self):
        return _("Access to the page of %(title)s") % {"title": self.relay_page.title}

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {
                "url": reverse("wagtailadmin_pages:edit", args=[self.relay_page.pk]),
                "label": self.relay_page.get_admin_display_title(),
            },
            {"url": "", "label": _("Access")},
        ]

    def people(self):
        return access.people_with_access(self.relay_page)

    def get_context_data(self, grant_form=None, accounts_to_choose=(), **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            relay_page=self.relay_page,
            relay_access=self.relay_access,
            people=self.people(),
            grant_form=grant_form or GrantForm(),
            accounts_to_choose=accounts_to_choose,
            translations=self.relay_page.get_translations(inclusive=True).select_related("locale"),
        )
        return context

    def post(self, request, page_id):
        if "revoke" in request.POST:
            return self.revoke(request)
        if "account" in request.POST:
            return self.grant_to_account(request)
        form = GrantForm(request.POST)
        if not form.is_valid():
            return self.render_to_response(self.get_context_data(grant_form=form), status=400)
        email = form.cleaned_data["email"]
        try:
            grant = access.grant_access(self.relay_page, email)
        except access.AccessRefused as refusal:
            # Somebody else's account holds the address: show whose, and let the staff
            # choose it knowingly instead of handing the page to whoever typed the address.
            form.add_error("email", str(refusal))
            accounts = access.accounts_using(email).prefetch_related("groups").order_by("pk")
            context = self.get_context_data(grant_form=form, accounts_to_choose=accounts)
            return self.render_to_response(context, status=409)
        return self.granted(request, grant)

    def grant_to_account(self, request):
        account_id = request.POST["account"]
        user = (
            get_user_model().objects.filter(pk=account_id, is_active=True).first()
            if account_id.isdigit()
            else None
        )
        if user is None:
            messages.error(request, _("This account does not exist or is deactivated."))
            return redirect(request.path)
        return self.granted(request, access.grant_access(self.relay_page, user=user))

    def granted(self, request, grant):
        message = _("%(account)s can now edit this page.") % {"account": account_label(grant.user)}
        if grant.invited:
            message += " " + _("An invitation to choose a password has been sent.")
        messages.success(request, message)
        return redirect(request.path)

    def revoke(self, request):
        user_id = request.POST["revoke"]
        user = self.people().filter(pk=user_id).first() if user_id.isdigit() else None
        if user is None:
            messages.error(request, _("This person has no access to this page."))
            return redirect(request.path)
        access.revoke_access(self.relay_page, user)
        messages.success(
            request,
            _("%(account)s can no longer edit this page. Their changes are kept.")
            % {"account": account_label(user)},
        )
        return redirect(request.path)


def account_label(user):
    """How the staff tell accounts apart: the username, and the address if it differs."""
    username = user.get_username()
    return username if username == user.email else f"{username} <{user.email}>"


class OwnRelayPagesPanel(Component):
    """On a relay organisation's dashboard: its page in each language, and where it stands."""

    name = "own_relay_pages"
    template_name = "network_map/admin/own_relay_pages_panel.html"
    order = 50

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        keys = access.accesses_of(self.user).values("translation_key")
        # Plain pages: prefetch_workflow_states() finds the workflows of Page querysets only.
        pages = (
            Page.objects.type(RelayOrganisationPage)
            .filter(translation_key__in=keys)
            .select_related("locale")
            .prefetch_workflow_states()
            .order_by("translation_key", "locale_id")
        )
        context["relay_pages"] = [
            (page, page.specific_deferred.permissions_for_user(self.user).can_edit())
            for page in pages
        ]
        return context
