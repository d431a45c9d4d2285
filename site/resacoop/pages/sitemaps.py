from collections import defaultdict

from django.conf import settings
from django.db.models import Q
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page


class MultilingualSitemap(Sitemap):
    """Every live public page of the site, in every language.

    Wagtail's own sitemap lists the site's root page tree only, which with wagtail-localize
    is one language. Here each language's copy of the root is included, and aliases are
    left out: an alias shows another language's content, so it is not a translation.
    """

    def _urls(self, page, protocol, domain):
        """Each address with its translations as ``xhtml:link`` alternates (and x-default)."""
        urls = super()._urls(page, protocol, domain)
        by_key = defaultdict(list)
        for item in self.items().select_related("locale"):
            by_key[item.translation_key].append(
                {"lang_code": item.locale.language_code, "location": self.location(item)}
            )
        location_keys = {
            alternate["location"]: key
            for key, alternates in by_key.items()
            for alternate in alternates
        }
        for url in urls:
            alternates = sorted(
                by_key[location_keys[url["location"]]], key=lambda a: a["lang_code"]
            )
            default = next(
                (a for a in alternates if a["lang_code"] == settings.LANGUAGE_CODE), None
            )
            if default:
                alternates = [
                    *alternates,
                    {"lang_code": "x-default", "location": default["location"]},
                ]
            url["alternates"] = alternates
        return urls

    def items(self):
        site = self.get_wagtail_site()
        roots = Page.objects.filter(translation_key=site.root_page.translation_key).values_list(
            "path", flat=True
        )
        in_a_root = Q(pk__in=[])
        for path in roots:
            in_a_root |= Q(path__startswith=path)
        return (
            Page.objects.live()
            .public()
            .filter(in_a_root, alias_of__isnull=True)
            .order_by("path")
            .defer_streamfields()
            .specific()
        )
