from urllib.parse import urljoin

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from taggit.models import TaggedItemBase
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from cms_blocks.content_version import watched
from cms_blocks.prefetch import localize_pages
from cms_blocks.taxonomy import TaxonomyTerm
from cms_blocks.view_restrictions import CachedViewRestrictionsMixin
from resacoop.core.fields import BodyField
from resacoop.core.pages import SectionIndexPage
from resacoop.middleware.routing import site_with_id

from .feeds import feed_response
from .listing import NewsListing


@watched
class NewsCategory(TaxonomyTerm):
    """A kind of news ("Training", "Calls for projects"...), translatable."""

    name_taken_message = _("Another news category already has this name.")

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("news category")
        verbose_name_plural = _("news categories")


@watched
class NewsPageTag(TaggedItemBase):
    content_object = ParentalKey(
        "news.NewsPage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class NewsIndexPage(RoutablePageMixin, SectionIndexPage):
    """The network's news, newest first, with its RSS and Atom feeds at ``rss/`` and
    ``atom/``; news items are its children."""

    subpage_types = ["news.NewsPage"]
    template = "news/news_index_page.html"

    class Meta:
        verbose_name = _("news index")
        verbose_name_plural = _("news indexes")

    def categories(self):
        return NewsCategory.objects.filter(locale_id=self.locale_id)

    def news_pages(self):
        """The news the index lists, newest first."""
        return (
            NewsPage.objects.child_of(self)
            .live()
            # Children of a page being shown: only their own restrictions can hide them.
            .filter(view_restrictions__isnull=True)
            .select_related("image", "category")
            .order_by("-date", "-pk")
        )

    @path("")
    def listing(self, request):
        listing = NewsListing(self, request.GET)
        return self.render(
            request,
            context_overrides={
                "listing": listing,
                # A part of the news, or a message: not indexed, its links followed (see
                # resacoop.pages.metadata, which the directory's listing follows too).
                "noindex": listing.is_filtered,
            },
        )

    @path("rss/", name="rss")
    def rss_feed(self, request):
        return feed_response(self, request, "rss")

    @path("atom/", name="atom")
    def atom_feed(self, request):
        return feed_response(self, request, "atom")


class NewsPage(CachedViewRestrictionsMixin, Page):
    """One piece of news: what happened or is coming, in the network or among its members."""

    date = models.DateField(
        _("date"),
        default=timezone.localdate,
        db_index=True,
        help_text=_("The date shown with the news; news are listed from the most recent."),
    )
    summary = models.TextField(
        _("summary"),
        max_length=300,
        help_text=_("Two or three sentences shown in the list of news, in feeds and on cards."),
    )
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    # One category, as members have: wagtail-localize gives a page's translation the
    # translated term of a ForeignKey, not of a ParentalManyToManyField (wagtail-localize
    # issues 534 and 820). Tags say the rest.
    category = models.ForeignKey(
        NewsCategory,
        verbose_name=_("category"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="news",
    )
    body = BodyField("resacoop.pages.blocks.SiteBodyBlock", blank=True, verbose_name=_("body"))
    related_members = StreamField(
        [("member", blocks.PageChooserBlock(page_type="members.MemberPage", label=_("Member")))],
        blank=True,
        verbose_name=_("members concerned"),
    )
    related_relays = StreamField(
        [
            (
                "relay",
                blocks.PageChooserBlock(
                    page_type="network_map.RelayOrganisationPage", label=_("Relay organisation")
                ),
            )
        ],
        blank=True,
        verbose_name=_("relay organisations concerned"),
    )
    tags = ClusterTaggableManager(through=NewsPageTag, blank=True, verbose_name=_("tags"))

    card_image_field = "image"

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("date"), FieldPanel("category")]),
                FieldPanel("summary"),
                FieldPanel("image"),
            ],
            heading=_("In the list of news"),
        ),
        FieldPanel("body"),
        FieldPanel("related_members"),
        FieldPanel("related_relays"),
        FieldPanel("tags"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("body"),
        index.FilterField("date"),
        index.FilterField("category"),
    ]

    # The same in every language: the date news happened, and the pages it concerns (shown
    # in the visitor's language when translated). The category is translated by
    # wagtail-localize as a translatable snippet; title, summary and body are texts.
    override_translatable_fields = [
        SynchronizedField("date", overridable=False),
        SynchronizedField("related_members"),
        SynchronizedField("related_relays"),
    ]

    parent_page_types = ["news.NewsIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("news item")
        verbose_name_plural = _("news")

    @property
    def card_summary(self):
        return self.summary

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        chosen = [block.value for block in [*self.related_members, *self.related_relays]]
        localized = localize_pages([page for page in chosen if page is not None])
        context["related_members"] = _present(self.related_members, localized)
        context["related_relays"] = _present(self.related_relays, localized)
        context["json_ld"] = self.json_ld(request)
        return context

    def json_ld(self, request=None):
        """The news as a schema.org ``NewsArticle``."""
        site_id, root_url, path = self.get_url_parts(request)
        site = site_with_id(site_id)
        data = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            # Search engines show at most 110 characters of a headline.
            "headline": self.title[:110],
            "url": root_url + path,
            "datePublished": self.date.isoformat(),
            "dateModified": (self.last_published_at or timezone.now()).isoformat(),
            "inLanguage": self.locale.language_code,
        }
        # The network writes its news: it is their author and their publisher.
        network = {
            "@type": "Organization",
            "name": (site and site.site_name) or "",
            "url": f"{root_url}/",
        }
        data["author"] = data["publisher"] = network
        if self.summary:
            data["description"] = self.summary
        if self.image:
            # The site's address, like the page's own, never the request's Host header.
            data["image"] = [urljoin(root_url, self.image.get_rendition("max-1200x800").url)]
        return data


def _present(stream, localized):
    """The live pages of a stream of page choosers, in the visitor's language."""
    pages = [localized.get(block.value.pk) for block in stream if block.value is not None]
    return [page for page in pages if page is not None]
