"""The pages a French public body must publish: an accessibility statement with its RGAA
conformance status, legal notices, a personal-data page, and a site plan.

Each is a page type with structured fields (so that nothing required is forgotten and the
footer can link to each), at most one per language, right under the home page. The fixed
texts (the Défenseur des droits, the CNIL, the rights of the people concerned) are in the
templates, translated with the site's catalogues.
"""

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail_localize.fields import SynchronizedField

from cms_blocks.blocks import ContentStreamBlock
from cms_blocks.view_restrictions import CachedViewRestrictionsMixin
from resacoop.core.panels import ForgivingPageChooserPanel


class ConformanceStatus(models.TextChoices):
    """The three statuses of the RGAA, in its own words."""

    FULL = "full", _("fully compliant")
    PARTIAL = "partial", _("partially compliant")
    NONE = "none", _("non-compliant")


def status_for_rate(rate):
    """The status the RGAA gives a rate of criteria met: all of them, half or more, less."""
    if rate >= 100:
        return ConformanceStatus.FULL
    if rate >= 50:
        return ConformanceStatus.PARTIAL
    return ConformanceStatus.NONE


def items(label, help_text):
    """A list of short texts, one a block, that editors add, reorder and translate."""
    # The library's stream: a forged post of it is refused with a message, not a 500.
    return StreamField(
        ContentStreamBlock([("item", blocks.TextBlock(label=label, max_length=1000))]),
        blank=True,
        verbose_name=label,
        help_text=help_text,
    )


class ObligationPage(CachedViewRestrictionsMixin, Page):
    """Base of the obligation pages: one of each kind per language, under the home page."""

    introduction = models.TextField(_("introduction"), blank=True, max_length=500)

    parent_page_types = ["pages.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        abstract = True


class AccessibilityStatementPage(ObligationPage):
    """The accessibility statement the RGAA asks for, and the status the footer shows."""

    status = models.CharField(
        _("conformance status"),
        max_length=10,
        choices=ConformanceStatus.choices,
        default=ConformanceStatus.NONE,
        help_text=_(
            "Fully compliant: every criterion met; partially: at least half of them; "
            "non-compliant: fewer, or no audit yet."
        ),
    )
    standard = models.CharField(
        _("standard"), max_length=40, default="RGAA 4.1.2", help_text=_("Name and version.")
    )
    compliance_rate = models.DecimalField(
        _("rate of criteria met"),
        max_digits=4,
        decimal_places=1,
        null=True,
        blank=True,
        validators=[MinValueValidator(0), MaxValueValidator(100)],
        help_text=_("In percent, from the audit."),
    )
    audit_date = models.DateField(_("date of the audit"), null=True, blank=True)
    auditor = models.CharField(
        _("audited by"),
        max_length=200,
        blank=True,
        help_text=_("The team or the firm that carried out the audit."),
    )
    audited_pages = models.TextField(
        _("pages audited"), blank=True, max_length=2000, help_text=_("The sample of pages.")
    )
    audit_method = models.TextField(
        _("method and tools"),
        blank=True,
        max_length=2000,
        help_text=_("Browsers, assistive technologies and testing tools used."),
    )
    non_conformities = items(
        _("Non-conformities"), _("Each criterion not met and what it concerns.")
    )
    derogations = items(
        _("Derogations"), _("Content exempted for a disproportionate burden, and why.")
    )
    exempt_content = items(
        _("Content not subject to the obligation"),
        _("Third-party content, archives... that the law leaves out."),
    )
    contact_email = models.EmailField(_("contact e-mail"), blank=True)
    contact_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("contact form"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Where people report a problem of access."),
    )

    content_panels = [
        *ObligationPage.content_panels,
        FieldPanel("introduction"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("status"), FieldPanel("compliance_rate")]),
                FieldPanel("standard"),
            ],
            heading=_("Conformance"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("audit_date"), FieldPanel("auditor")]),
                FieldPanel("audited_pages"),
                FieldPanel("audit_method"),
            ],
            heading=_("Audit"),
        ),
        FieldPanel("non_conformities"),
        FieldPanel("derogations"),
        FieldPanel("exempt_content"),
        MultiFieldPanel(
            [
                FieldPanel("contact_email"),
                ForgivingPageChooserPanel("contact_page", "forms.FormPage"),
            ],
            heading=_("Contact"),
        ),
    ]

    # Facts of the audit, the same in every language.
    override_translatable_fields = [
        SynchronizedField("standard", overridable=False),
        SynchronizedField("compliance_rate", overridable=False),
        SynchronizedField("audit_date", overridable=False),
        SynchronizedField("contact_page"),
    ]

    class Meta:
        verbose_name = _("accessibility statement")
        verbose_name_plural = _("accessibility statements")

    def clean(self):
        super().clean()
        errors = {}
        if self.compliance_rate is not None:
            expected = status_for_rate(self.compliance_rate)
            if self.status != expected:
                errors["status"] = _(
                    "With %(rate)s %% of the criteria met, the RGAA says “%(status)s”."
                ) % {"rate": self.compliance_rate, "status": expected.label}
        if self.status != ConformanceStatus.NONE and (
            self.audit_date is None or self.compliance_rate is None
        ):
            errors["audit_date"] = _(
                "A site is compliant, even partially, only after an audit: give its date and "
                "its rate of criteria met."
            )
        if not (self.contact_email or self.contact_page_id):
            errors["contact_email"] = _(
                "Give an e-mail address or a contact form where people can report a problem."
            )
        if errors:
            raise ValidationError(errors)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        contact = self.contact_page
        contact = contact and contact.localized
        context["contact_url"] = contact.get_url(request) if contact and contact.live else None
        return context


class LegalNoticePage(ObligationPage):
    """The legal notices the French law on trust in the digital economy (LCEN) asks for."""

    publisher_name = models.CharField(_("publisher"), max_length=200)
    publisher_legal_form = models.CharField(
        _("legal form"),
        max_length=200,
        help_text=_("For example “Public-interest grouping (GIP)”."),
    )
    publisher_address = models.TextField(_("address"), max_length=500)
    publisher_phone = models.CharField(_("phone"), max_length=40, blank=True)
    publisher_email = models.EmailField(_("e-mail"), blank=True)
    registration = models.CharField(
        _("registration number"), max_length=40, blank=True, help_text=_("SIRET, for example.")
    )
    director = models.CharField(
        _("director of publication"),
        max_length=200,
        help_text=_("Their name and role (the chair of the board, for example)."),
    )
    host_name = models.CharField(_("host"), max_length=200)
    host_address = models.TextField(_("host's address"), max_length=500)
    host_phone = models.CharField(_("host's phone"), max_length=40, blank=True)
    credits = models.TextField(
        _("credits"),
        blank=True,
        max_length=2000,
        help_text=_(
            "Who made the site, pictures, fonts, map data and their licences; addresses "
            "become links."
        ),
    )

    content_panels = [
        *ObligationPage.content_panels,
        FieldPanel("introduction"),
        MultiFieldPanel(
            [
                FieldPanel("publisher_name"),
                FieldPanel("publisher_legal_form"),
                FieldPanel("publisher_address"),
                FieldRowPanel([FieldPanel("publisher_phone"), FieldPanel("publisher_email")]),
                FieldPanel("registration"),
                FieldPanel("director"),
            ],
            heading=_("Publisher"),
        ),
        MultiFieldPanel(
            [FieldPanel("host_name"), FieldPanel("host_address"), FieldPanel("host_phone")],
            heading=_("Host"),
        ),
        FieldPanel("credits"),
    ]

    override_translatable_fields = [
        SynchronizedField("publisher_name"),
        SynchronizedField("publisher_phone", overridable=False),
        SynchronizedField("registration", overridable=False),
        SynchronizedField("host_name"),
        SynchronizedField("host_phone", overridable=False),
    ]

    class Meta:
        verbose_name = _("legal notices")
        verbose_name_plural = _("legal notices")

    def clean(self):
        super().clean()
        if not (self.publisher_phone or self.publisher_email):
            raise ValidationError(
                {"publisher_phone": _("Give a phone number or an e-mail address of the publisher.")}
            )


class LegalBasis(models.TextChoices):
    """The legal bases of article 6 of the GDPR."""

    CONSENT = "consent", _("consent")
    CONTRACT = "contract", _("performance of a contract")
    LEGAL_OBLIGATION = "legal_obligation", _("legal obligation")
    VITAL_INTERESTS = "vital_interests", _("vital interests")
    PUBLIC_TASK = "public_task", _("task in the public interest")
    LEGITIMATE_INTERESTS = "legitimate_interests", _("legitimate interests")


class ProcessingValue(blocks.StructValue):
    def legal_basis_label(self):
        return LegalBasis(self["legal_basis"]).label if self["legal_basis"] else ""


class ProcessingBlock(blocks.StructBlock):
    purpose = blocks.CharBlock(label=_("Purpose"), max_length=300)
    data = blocks.TextBlock(label=_("Data collected"), max_length=1000, required=False)
    legal_basis = blocks.ChoiceBlock(choices=LegalBasis.choices, label=_("Legal basis"))
    retention = blocks.CharBlock(label=_("Kept for"), max_length=300)
    recipients = blocks.CharBlock(label=_("Recipients"), max_length=300)

    class Meta:
        icon = "list-ul"
        label = _("Processing")
        template = "legal/blocks/processing.html"
        value_class = ProcessingValue


class PersonalDataPage(ObligationPage):
    """What the site does with personal data, as the GDPR asks it to tell."""

    controller = models.TextField(
        _("controller"),
        max_length=500,
        help_text=_("Who decides what the data is for: name and address."),
    )
    processing = StreamField(
        ContentStreamBlock([("processing", ProcessingBlock())]),
        verbose_name=_("processing"),
        help_text=_("Each use of personal data: purpose, legal basis, retention, recipients."),
    )
    rights_contact = models.TextField(
        _("exercising one's rights"),
        max_length=1000,
        help_text=_("Where and how to write to exercise one's rights (address, e-mail)."),
    )
    dpo_contact = models.TextField(
        _("data protection officer"),
        max_length=500,
        help_text=_("How to reach the data protection officer (DPO)."),
    )
    cookies = models.TextField(
        _("cookies"),
        blank=True,
        max_length=2000,
        help_text=_("The cookies the site sets, what for and for how long."),
    )

    content_panels = [
        *ObligationPage.content_panels,
        FieldPanel("introduction"),
        FieldPanel("controller"),
        FieldPanel("processing"),
        FieldPanel("rights_contact"),
        FieldPanel("dpo_contact"),
        FieldPanel("cookies"),
    ]

    class Meta:
        verbose_name = _("personal data page")
        verbose_name_plural = _("personal data pages")


class SitePlanPage(ObligationPage):
    """Every public page of the language, nested as in the page tree (``resacoop.legal.plan``)."""

    content_panels = [*ObligationPage.content_panels, FieldPanel("introduction")]

    class Meta:
        verbose_name = _("site plan")
        verbose_name_plural = _("site plans")

    def get_context(self, request, *args, **kwargs):
        from .plan import site_plan

        context = super().get_context(request, *args, **kwargs)
        context["plan"] = site_plan(self, request)
        return context
