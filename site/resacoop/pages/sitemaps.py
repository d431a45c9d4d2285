from django.db.models import Q
from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page


class MultilingualSitemap(Sitemap):
    """Every live public page of the site, in every language.

    Wagtail's own sitemap lists the site's root page tree only, which with wagtail-localize
    is one language. Here each language's copy of the root is included, and aliases are
    left out: an alias shows another language's content, so it is not a translation.
    """

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
