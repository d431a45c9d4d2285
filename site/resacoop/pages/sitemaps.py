from collections import defaultdict

from django.conf import settings
from django.db.models import Q
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Locale, Page


class MultilingualSitemap(Sitemap):
    """Every live public page of the site, in every language.

    Wagtail's own sitemap lists the site's root page tree only, which with wagtail-localize
    is one language. Here each language's copy of the root is included, and aliases are
    left out: an alias shows another language's content, so it is not a translation.

    Addresses come from each page's ``get_sitemap_urls``, which a page type may extend (the
    tag index adds the page of each tag); all of them are built on the Site record's root
    URL, never on the request's Host header.
    """

    def __init__(self, request=None):
        super().__init__(request)
        self._entries_of = {}

    def _entries(self, item, languages):
        """The addresses of ``item``, each with its language and its translation key: the
        page's own, unless the address names another (a tag's page on the tag index)."""
        if item.pk not in self._entries_of:
            entries = item.get_sitemap_urls(self.request)
            for entry in entries:
                entry.setdefault("translation_key", item.translation_key)
                entry["lang_code"] = languages[item.locale_id]
            self._entries_of[item.pk] = entries
        return self._entries_of[item.pk]

    def _urls(self, page, protocol, domain):
        """Each address with its translations as ``xhtml:link`` alternates (and x-default)."""
        languages = dict(Locale.objects.values_list("pk", "language_code"))
        by_key = defaultdict(list)
        for item in self.items():
            for entry in self._entries(item, languages):
                by_key[entry["translation_key"]].append(
                    {"lang_code": entry["lang_code"], "location": entry["location"]}
                )
        urls = []
        for item in self.paginator.page(page).object_list:
            for entry in self._entries(item, languages):
                alternates = sorted(by_key[entry["translation_key"]], key=lambda a: a["lang_code"])
                default = next(
                    (a for a in alternates if a["lang_code"] == settings.LANGUAGE_CODE), None
                )
                if default:
                    alternates = [
                        *alternates,
                        {"lang_code": "x-default", "location": default["location"]},
                    ]
                urls.append({**entry, "alternates": alternates})
        last_mods = {url.get("lastmod") for url in urls}
        # As Wagtail's: the sitemap's Last-Modified header, when every address has a date.
        if last_mods and None not in last_mods:
            self.latest_lastmod = max(last_mods)
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
