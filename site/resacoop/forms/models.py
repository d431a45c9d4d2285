import logging

import django.forms
from django.db import models
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.mail import send_mail
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.forms.models import AbstractEmailForm, AbstractFormField
from wagtail.contrib.forms.panels import FormSubmissionsPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from cms_blocks.view_restrictions import CachedViewRestrictionsMixin

from . import spam
from .forms import PublicFormBuilder

logger = logging.getLogger(__name__)


class FormField(TranslatableMixin, AbstractFormField):
    """A field of a form page, chosen by its editor.

    Translatable, so that wagtail-localize translates its label, help text and choices with
    the page. Its name (``clean_name``, made from the French label) stays the same in every
    language: the submissions of every language have the same columns.
    """

    page = ParentalKey("forms.FormPage", on_delete=models.CASCADE, related_name="form_fields")

    override_translatable_fields = [SynchronizedField("clean_name", overridable=False)]

    class Meta(AbstractFormField.Meta):
        unique_together = [("translation_key", "locale")]
        verbose_name = _("form field")
        verbose_name_plural = _("form fields")


class FormPage(CachedViewRestrictionsMixin, AbstractEmailForm):
    """A form whose fields editors choose: contact, registration for an event...

    Each submission is stored (listed and exported as CSV in the admin, under Forms) and
    e-mailed to the page's addresses; the visitor then sees the page's thank-you text.
    Robots are kept out by ``resacoop.forms.spam``.
    """

    introduction = models.TextField(
        _("introduction"),
        blank=True,
        max_length=500,
        help_text=_("What the form is for, shown above it."),
    )
    data_notice = models.TextField(
        _("use of the data"),
        blank=True,
        max_length=1000,
        help_text=_(
            "Shown under the form: who receives the answers, what for, how long they are kept "
            "and how to exercise one's rights."
        ),
    )
    submit_label = models.CharField(
        _("label of the button"),
        max_length=50,
        blank=True,
        help_text=_("“Send” when empty."),
    )
    thank_you_text = models.TextField(
        _("thank-you text"),
        blank=True,
        max_length=1000,
        help_text=_("Shown once the form is sent."),
    )

    form_builder = PublicFormBuilder
    template = "forms/form_page.html"
    landing_page_template = "forms/form_page_landing.html"

    content_panels = [
        FormSubmissionsPanel(),
        *AbstractEmailForm.content_panels,
        FieldPanel("introduction"),
        InlinePanel("form_fields", label=_("Form fields"), min_num=1),
        FieldPanel("submit_label"),
        FieldPanel("data_notice"),
        FieldPanel("thank_you_text"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("from_address"), FieldPanel("to_address")]),
                FieldPanel("subject"),
            ],
            heading=_("E-mail"),
        ),
    ]
    search_fields = [*AbstractEmailForm.search_fields, index.SearchField("introduction")]

    # The addresses the answers go to are the same in every language.
    override_translatable_fields = [
        SynchronizedField("to_address"),
        SynchronizedField("from_address"),
    ]

    parent_page_types = ["pages.HomePage", "pages.StandardPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("form page")
        verbose_name_plural = _("form pages")

    def serve(self, request, *args, **kwargs):
        if request.method != "POST":
            return super().serve(request, *args, **kwargs)
        form = self.get_form(request.POST, request.FILES, page=self, user=request.user)
        if spam.count_post(request):
            form.is_valid()
            form.add_error(
                None,
                _(
                    "Too many messages were sent from your connection in a short time. "
                    "Your text is kept below: please send it again in a few minutes."
                ),
            )
            return self.render_form(request, form, status=429)
        if not form.is_valid():
            return self.render_form(request, form)
        if form.is_spam:
            # Answered as a success, so that the robot learns nothing; nothing is kept.
            return self.render_landing_page(request, None, *args, **kwargs)
        submission = self.process_form_submission(form)
        return self.render_landing_page(request, submission, *args, **kwargs)

    def send_mail(self, form):
        """E-mail the answers to the page's addresses; "Reply" answers the visitor (the first
        e-mail address they gave). A message without a subject is easily lost: the page's
        title stands in for it. If the mail cannot be sent, the visitor is still thanked: the
        submission is stored, and listed in the admin."""
        addresses = [address.strip() for address in self.to_address.split(",")]
        reply_to = [
            value
            for name, value in form.cleaned_data.items()
            if value and isinstance(form.fields.get(name), django.forms.EmailField)
        ][:1]
        try:
            send_mail(
                self.subject or self.title,
                self.render_email(form),
                addresses,
                self.from_address,
                reply_to=reply_to or None,
            )
        except Exception:  # noqa: BLE001 - the submission is kept; the team sees it in the admin
            logger.exception("The answers to the form %s could not be e-mailed", self.pk)

    def render_form(self, request, form, status=200):
        context = self.get_context(request)
        context["form"] = form
        return TemplateResponse(request, self.get_template(request), context, status=status)
