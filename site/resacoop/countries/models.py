from django.conf import settings
from django.http import Http404, HttpResponsePermanentRedirect
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.routable_page.models import RoutablePageMixin, path, re_path

from resacoop.core.pages import SectionIndexPage, Subpage
from resacoop.middleware.page_cache import keep_for_at_most

from . import world
from .partners import pages_about, partner_countries, partner_languages
from .world_map import describe_counts, draw, partner_items


class PartnerCountriesPage(RoutablePageMixin, SectionIndexPage):
    """The countries where the network's actors work with partners: a world map and a list;
    at ``<code>/`` (an ISO 3166-1 alpha-2 code in lower case), the page of one country.

    Country pages are made from the content: a country named by an experience sheet, a
    resource, an event or a member of this language has a page (see
    ``resacoop.countries.partners``), which also lists the open calls for projects that
    name it; any other code answers 404 (a call alone makes no partner country: it closes).
    """

    subpage_types = []
    template = "countries/partner_countries_page.html"

    class Meta:
        verbose_name = _("partner countries page")
        verbose_name_plural = _("partner countries pages")

    @property
    def language(self):
        return self.locale.language_code

    @path("")
    def index_view(self, request):
        page_url = self.get_url(request)
        return self.render(
            request,
            context_overrides={
                "countries": partner_items(page_url, self.language),
                "world_map": draw(page_url, self.language),
            },
        )

    # Any single path segment: a malformed one answers 404 here rather than Wagtail's
    # routing, and an upper-case code is sent to its lower-case address.
    @re_path(r"^(?P<code>[^/]+)/$", name="country")
    def country_view(self, request, code):
        if code != code.lower() and world.code_from_url(code.lower()):
            return HttpResponsePermanentRedirect(
                self.get_url(request) + self.reverse_subpage("country", args=[code.lower()])
            )
        iso_code = world.code_from_url(code)
        partner = iso_code and partner_countries(self.language).get(iso_code)
        if not partner:
            raise Http404
        name = world.country_name(iso_code)
        now = timezone.now()
        found = pages_about(iso_code, self.language, now)
        if found.get("calls"):
            # Open calls are listed until their deadline: the page is kept no longer.
            keep_for_at_most((found["calls"][0].deadline - now).total_seconds())
        groups = [(key, GROUP_TITLES[key](), found[key]) for key in GROUP_TITLES if found.get(key)]
        languages = partner_languages(iso_code, [lang for lang, _name in settings.LANGUAGES])
        return self.render(
            request,
            template="countries/country_page.html",
            context_overrides={
                "country_code": iso_code,
                "country_name": name,
                "groups": groups,
                "partner": partner,
                "page_title": name,
                "page_description": gettext("%(country)s and the network: %(counts)s.")
                % {"country": name, "counts": describe_counts(partner)},
                "subpage": Subpage(
                    paths={language: f"{iso_code.lower()}/" for language in languages},
                    translated=languages,
                ),
            },
        )

    def get_sitemap_urls(self, request=None):
        """The page, then the page of each partner country in its language.

        Each country's page carries a ``translation_key`` of its own, shared with the same
        country on the page's translations: the sitemap gives them to each other as
        alternates.
        """
        urls = super().get_sitemap_urls(request)
        if not urls or not urls[0]["location"]:
            return urls
        partners = partner_countries(self.language)
        for code in sorted(partners):
            urls.append(
                {
                    "location": urls[0]["location"] + f"{code.lower()}/",
                    "lastmod": partners[code].latest,
                    "translation_key": f"{self.translation_key}/country/{code}",
                }
            )
        return urls


# The headings of a country page's lists, in their order.
GROUP_TITLES = {
    "experiences": lambda: gettext("Experiences"),
    "resources": lambda: gettext("Other resources"),
    "calls": lambda: gettext("Open calls for projects"),
    "events": lambda: gettext("Events"),
    "members": lambda: gettext("Members working with this country"),
}
