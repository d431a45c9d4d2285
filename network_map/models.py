import contextlib
import functools

from django.apps import apps
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import F, OuterRef, Subquery, Value
from django.db.models.functions import Coalesce
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from cms_blocks.content_version import watched
from cms_blocks.languages import active_language
from cms_blocks.taxonomy import TaxonomyTerm
from cms_blocks.view_restrictions import CachedViewRestrictionsMixin

from . import departements as data
from .conf import get_setting
from .fields import RelayBodyField
from .forms import RelayOrganisationPageForm
from .map_context import map_context


def default_region():
    return get_setting("DEFAULT_REGION")


def relay_subpage_type(name):
    """The page model that ``name``, an entry of ``NETWORK_MAP_RELAY_SUBPAGE_TYPES``, names.

    Raises:
        LookupError: ``name`` is not ``"app_label.ModelName"`` of an installed model.
        TypeError: the model is not a Wagtail page type.
    """
    if not isinstance(name, str) or name.count(".") != 1:
        raise LookupError(f"{name!r} is not of the form 'app_label.ModelName'")
    try:
        model = apps.get_model(name)
    except (LookupError, ValueError) as error:
        raise LookupError(f"{name!r} names no installed model ({error})") from error
    if not issubclass(model, Page):
        raise TypeError(f"{name!r} is not a page type (a subclass of wagtail.models.Page)")
    return model


def relay_subpage_types():
    """The entries of ``NETWORK_MAP_RELAY_SUBPAGE_TYPES`` (none unless it is a list)."""
    names = get_setting("RELAY_SUBPAGE_TYPES")
    if not isinstance(names, list | tuple):
        return ()
    return tuple(name for name in names if isinstance(name, str))


def relay_subpage_models():
    """The page models that ``NETWORK_MAP_RELAY_SUBPAGE_TYPES`` names, read now.

    Entries that name no page type are left out; the system checks ``network_map.E006`` and
    ``E007`` report them.
    """
    return list(_page_models(relay_subpage_types()))


@functools.cache
def _page_models(names):
    models = []
    for name in names:
        with contextlib.suppress(LookupError, TypeError):
            models.append(relay_subpage_type(name))
    return tuple(models)


@watched
class Audience(TaxonomyTerm):
    """Who a relay organisation works with: young people, schools, local authorities…"""

    class Meta(TaxonomyTerm.Meta):
        verbose_name = _("audience")
        verbose_name_plural = _("audiences")


class NetworkMapPage(CachedViewRestrictionsMixin, Page):
    """The map of the relay organisations of one region; relays are its children."""

    region = models.CharField(
        _("region"),
        max_length=3,
        choices=data.region_choices,
        default=default_region,
        help_text=_("The region whose départements the map shows."),
    )
    introduction = models.TextField(_("introduction"), blank=True, max_length=500)
    contact_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("contact page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Where to send visitors whose département has no relay yet."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("region"),
        FieldPanel("introduction"),
        FieldPanel("contact_page"),
    ]
    subpage_types = ["network_map.RelayOrganisationPage"]
    override_translatable_fields = [SynchronizedField("region")]

    class Meta:
        verbose_name = _("map of relay organisations")
        verbose_name_plural = _("maps of relay organisations")

    def get_cached_paths(self):
        # The open data of the map changes with it (front-end cache purges).
        return ["/", "/relays.geojson", "/relays.csv"]

    def region_departements(self):
        return data.in_region(self.region)

    def get_template(self, request, *args, **kwargs):
        # The map's script asks for the map alone (?fragment=map) and swaps it into the page.
        # A parameter, not a header: the page cache and the browser keep the two apart.
        if request.GET.get("fragment") == "map":
            return "network_map/includes/map_cached.html"
        return super().get_template(request, *args, **kwargs)

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(map_context(self, request))
        return context

    def relay_pages(self):
        """The relays the map shows: its live children open to everyone, by name."""
        return (
            RelayOrganisationPage.objects.child_of(self)
            .live()
            .filter(view_restrictions__isnull=True)
            .select_related("logo")
            .order_by("title")
        )

    def relay_labels(self, relays):
        """The audiences (in the map's language) and tags of each of ``relays``, in one query.

        Returns:
            Two ``{relay pk: [{"slug", "name"}]}`` mappings: audiences, then tags.
        """
        ids = [relay.pk for relay in relays]
        translated = Audience.objects.filter(
            translation_key=OuterRef("audience__translation_key"), locale_id=self.locale_id
        )
        audience_rows = (
            RelayOrganisationPage.audiences.through.objects.filter(relayorganisationpage__in=ids)
            .annotate(
                kind=Value("audience"),
                slug=Coalesce(Subquery(translated.values("slug")[:1]), F("audience__slug")),
                name=Coalesce(Subquery(translated.values("name")[:1]), F("audience__name")),
                position=F("audience__sort_order"),
            )
            .values_list("relayorganisationpage_id", "kind", "slug", "name", "position")
        )
        tag_rows = (
            RelayPageTag.objects.filter(content_object_id__in=ids)
            .annotate(
                kind=Value("tag"), slug=F("tag__slug"), name=F("tag__name"), position=Value(0)
            )
            .values_list("content_object_id", "kind", "slug", "name", "position")
        )
        audiences, tags = {}, {}
        rows = sorted(
            audience_rows.union(tag_rows, all=True), key=lambda row: (row[4], row[3].casefold())
        )
        for relay_id, kind, slug, name, _position in rows:
            (audiences if kind == "audience" else tags).setdefault(relay_id, []).append(
                {"slug": slug, "name": name}
            )
        return audiences, tags


@watched
class RelayPageTag(TaggedItemBase):
    content_object = ParentalKey(
        "network_map.RelayOrganisationPage", on_delete=models.CASCADE, related_name="tagged_items"
    )


class RelayOrganisationPage(CachedViewRestrictionsMixin, Page):
    """An organisation that relays the network in one or more départements."""

    departements = models.CharField(
        _("départements"),
        max_length=200,
        help_text=_("The départements this organisation covers, all in the map's region."),
    )
    address = models.TextField(_("address"), blank=True, max_length=300)
    postcode = models.CharField(_("postcode"), max_length=10, blank=True)
    city = models.CharField(_("city"), max_length=100, blank=True)
    latitude = models.DecimalField(
        _("latitude"),
        max_digits=8,
        decimal_places=5,
        null=True,
        blank=True,
        validators=[MinValueValidator(-90), MaxValueValidator(90)],
        help_text=_("Optional, in decimal degrees, e.g. 45.76404 for Lyon."),
    )
    longitude = models.DecimalField(
        _("longitude"),
        max_digits=8,
        decimal_places=5,
        null=True,
        blank=True,
        validators=[MinValueValidator(-180), MaxValueValidator(180)],
        help_text=_("Optional, in decimal degrees, e.g. 4.83566 for Lyon."),
    )
    email = models.EmailField(_("e-mail"), blank=True)
    phone = models.CharField(_("phone"), max_length=30, blank=True)
    website = models.URLField(_("website"), blank=True)
    audiences = ParentalManyToManyField(
        Audience, verbose_name=_("audiences"), blank=True, related_name="+"
    )
    tags = ClusterTaggableManager(through=RelayPageTag, blank=True, verbose_name=_("tags"))
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    summary = models.TextField(_("summary"), blank=True, max_length=300)
    # Its blocks are the host's choice, NETWORK_MAP_RELAY_BODY_BLOCK (network_map.fields).
    body = RelayBodyField(blank=True, verbose_name=_("body"))

    card_image_field = "logo"

    content_panels = [
        *Page.content_panels,
        FieldPanel("departements"),
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldPanel("address"),
                FieldRowPanel([FieldPanel("postcode"), FieldPanel("city")]),
                FieldRowPanel([FieldPanel("latitude"), FieldPanel("longitude")]),
            ],
            heading=_("Where"),
        ),
        MultiFieldPanel(
            [FieldPanel("email"), FieldPanel("phone"), FieldPanel("website")],
            heading=_("Contact"),
        ),
        FieldPanel("audiences"),
        FieldPanel("logo"),
        FieldPanel("body"),
        FieldPanel("tags"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("city"),
        index.SearchField("body"),
    ]
    # The same in every language: where the organisation is and how to reach it. They follow
    # the page in the default language (network_map.signals.synchronise_translations), and
    # wagtail-localize's translation editor shows them without letting anyone override them.
    SAME_IN_EVERY_LANGUAGE = [
        "departements",
        "address",
        "postcode",
        "phone",
        "latitude",
        "longitude",
        "email",
        "website",
        "logo_id",
    ]
    override_translatable_fields = [
        SynchronizedField(name.removesuffix("_id"), overridable=False)
        for name in SAME_IN_EVERY_LANGUAGE
    ] + [SynchronizedField("audiences", overridable=False)]

    parent_page_types = ["network_map.NetworkMapPage"]
    # Read from NETWORK_MAP_RELAY_SUBPAGE_TYPES when asked: see clean_subpage_models().
    subpage_types = []
    base_form_class = RelayOrganisationPageForm

    class Meta:
        verbose_name = _("relay organisation")
        verbose_name_plural = _("relay organisations")

    @classmethod
    def clean_subpage_models(cls):
        """The child page types of relay pages: those of ``NETWORK_MAP_RELAY_SUBPAGE_TYPES``.

        Wagtail reads ``subpage_types`` once and keeps the models it names for good; every
        question about children (``allowed_subpage_models``, ``creatable_subpage_models``,
        ``can_exist_under``, and the children's ``allowed_parent_page_models``) goes through
        this method, so reading the setting here keeps up with ``override_settings``. A
        type is allowed only if its own ``parent_page_types`` admit relay pages, as ever.
        """
        return relay_subpage_models()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        audiences = Audience.in_locale(list(self.audiences.all()), active_language())
        context["audiences"] = [audience.name for audience in audiences]
        return context

    def permissions_for_user(self, user):
        from .roles import RelayPagePermissionTester

        return RelayPagePermissionTester(user, self)

    @property
    def departement_codes(self):
        return self.departements.split()

    @property
    def card_summary(self):
        return self.summary

    def covered_departements(self):
        known = data.all_departements()
        return [known[code] for code in self.departement_codes if code in known]


class RelayAccess(models.Model):
    """How a relay organisation edits its own page: a group and a collection of its own.

    Tied to the page's ``translation_key``, so one access covers the page in every language.
    Made by ``network_map.access.grant_access``.
    """

    translation_key = models.UUIDField(_("relay page"), unique=True, editable=False)
    group = models.OneToOneField(
        "auth.Group", verbose_name=_("group"), on_delete=models.CASCADE, related_name="relay_access"
    )
    collection = models.ForeignKey(
        "wagtailcore.Collection",
        verbose_name=_("collection"),
        on_delete=models.PROTECT,
        related_name="+",
    )

    class Meta:
        verbose_name = _("relay organisation access")
        verbose_name_plural = _("relay organisation accesses")
        default_permissions = ()
        permissions = [
            ("manage_relay_access", _("Can give relay organisations access to their own page")),
        ]

    def __str__(self):
        return self.group.name
