from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import StreamField
from wagtail.models import Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from cms_blocks.content_version import watched
from cms_blocks.view_restrictions import CachedViewRestrictionsMixin
from resacoop.core.fields import BodyField
from resacoop.middleware.routing import site_with_id


class ComposedPage(CachedViewRestrictionsMixin, Page):
    """A page written as an introduction and a body of the site's blocks."""

    introduction = models.TextField(
        _("introduction"),
        blank=True,
        max_length=500,
        help_text=_("A short summary shown under the title and in search results."),
    )
    body = BodyField("resacoop.pages.blocks.SiteBodyBlock", blank=True, verbose_name=_("body"))

    content_panels = [*Page.content_panels, FieldPanel("introduction"), FieldPanel("body")]
    search_fields = [
        *Page.search_fields,
        index.SearchField("introduction"),
        index.SearchField("body"),
    ]

    class Meta:
        abstract = True


class HomePage(ComposedPage):
    """The home page of one language of the site; each locale has its own translation."""

    introduction = models.TextField(
        _("introduction"),
        blank=True,
        max_length=500,
        help_text=_("One or two sentences under the title that say what the network does."),
    )

    parent_page_types = ["wagtailcore.Page"]

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["json_ld"] = self.json_ld(request)
        return context

    def json_ld(self, request=None):
        """The network as a schema.org organisation."""
        site_id, root_url, path = self.get_url_parts(request) or (None, None, None)
        site = site_with_id(site_id)
        data = {
            "@context": "https://schema.org",
            "@type": "Organization",
            "name": (site and site.site_name) or self.title,
            "url": root_url + path if root_url else None,
        }
        if self.introduction:
            data["description"] = self.introduction
        return data


class StandardPage(ComposedPage):
    """A general-purpose page composed of blocks: "about", "contact", legal notices..."""

    parent_page_types = ["pages.HomePage", "pages.StandardPage"]

    hidden_from_search_engines = models.BooleanField(
        _("hidden from search engines"),
        default=False,
        help_text=_(
            "For a page visitors reach only by a link, such as a page of examples: search "
            "engines are asked not to list it, and it is left out of the sitemap."
        ),
    )

    promote_panels = [*ComposedPage.promote_panels, FieldPanel("hidden_from_search_engines")]

    class Meta:
        verbose_name = _("standard page")
        verbose_name_plural = _("standard pages")

    @property
    def indexed_by_search_engines(self):
        return not self.hidden_from_search_engines

    def get_sitemap_urls(self, request=None):
        return [] if self.hidden_from_search_engines else super().get_sitemap_urls(request)


@watched
class Office(TranslatableMixin, models.Model):
    """A place where the network's team works, shown in the footer of every page."""

    name = models.CharField(
        _("name"), max_length=100, help_text=_("For example “Head office, Lyon”.")
    )
    address = models.TextField(_("address"), blank=True, max_length=300)
    postcode = models.CharField(_("postcode"), max_length=10, blank=True)
    city = models.CharField(_("city"), max_length=100)
    phone = models.CharField(_("phone"), max_length=30, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    panels = [
        FieldPanel("name"),
        FieldPanel("address"),
        FieldPanel("postcode"),
        FieldPanel("city"),
        FieldPanel("phone"),
        FieldPanel("email"),
        FieldPanel("sort_order"),
    ]
    # Only the name is said differently in each language.
    override_translatable_fields = [
        SynchronizedField("address"),
        SynchronizedField("postcode"),
        SynchronizedField("city"),
        SynchronizedField("phone"),
        SynchronizedField("email"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("office")
        verbose_name_plural = _("offices")
        ordering = ["sort_order", "name"]

    def __str__(self):
        return self.name


class SocialLinkBlock(blocks.StructBlock):
    label = blocks.CharBlock(label=_("Name"), max_length=50, help_text=_("For example “LinkedIn”."))
    url = blocks.URLBlock(label=_("Address"))

    class Meta:
        icon = "link"
        label = _("Link")


def created_by_first_read(instance, created, update_fields):
    # Wagtail creates the empty settings of a site the first time they are read, while a
    # page is being rendered: nothing cached can be older than that.
    return created


@register_setting(icon="cog")
@watched(unless=created_by_first_read)
class NetworkSettings(BaseSiteSetting):
    """What the footer of every page offers (contact, brochure, the network elsewhere), the
    network's logo in the header, and its icon and sharing image in the head of every page."""

    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Shown at the start of the header of every page, linked to the home page: SVG, "
            "or PNG with a transparent background, legible on white and at most 3.5 times "
            "as wide as tall. Without one, the header shows the site's name."
        ),
    )

    contact_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("contact page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown in the footer, in the visitor's language where it is translated."),
    )
    brochure = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("brochure"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The presentation brochure offered for download in the footer."),
    )
    email = models.EmailField(_("contact e-mail"), blank=True)
    social_links = StreamField(
        [("link", SocialLinkBlock())], blank=True, verbose_name=_("the network elsewhere")
    )
    icon = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("icon"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "The network's emblem in browser tabs and on phones' home screens: a square "
            "image of at least 180 × 180 pixels, legible when very small."
        ),
    )
    sharing_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("sharing image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Shown when a page without a picture of its own is shared on social networks; "
            "cut to 1200 × 630 pixels around its focal point."
        ),
    )

    panels = [
        FieldPanel("contact_page"),
        FieldPanel("brochure"),
        FieldPanel("email"),
        FieldPanel("social_links"),
        MultiFieldPanel(
            [FieldPanel("logo"), FieldPanel("icon"), FieldPanel("sharing_image")],
            heading=_("Identity"),
        ),
    ]

    class Meta:
        verbose_name = _("network settings")
