"""Tags that read in the visitor's language.

Design: editors tag pages with django-taggit's ordinary ``Tag`` (one row per tag, named in
the site's source language and shared by every translation of a page: wagtail-localize
synchronises the tagging like any child relation). Each tag has a ``TagLabel`` per
language, a translatable snippet. The label in the source language is created with the tag
(see ``signals``); translators then translate it once, in the admin, like any snippet. Pages
show, and link to, the label of the visitor's language, and fall back to the tag's own name
where no translation exists yet.

Why not a translatable tag model: taggit requires tag names to be unique, so the same word in
two languages ("culture") could not be two tags; and each translation of a page would need
its own tagging, which editors would have to keep in step by hand.
"""

from django.conf import settings
from django.core.exceptions import FieldDoesNotExist, ValidationError
from django.db import models
from django.http import Http404
from django.urls import NoReverseMatch
from django.utils.translation import gettext, ngettext
from django.utils.translation import gettext_lazy as _
from taggit.managers import TaggableManager
from taggit.models import Tag
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Page, TranslatableMixin, get_page_models
from wagtail_localize.fields import SynchronizedField

from cms_blocks.content_version import watched
from cms_blocks.languages import active_language
from resacoop.core.pages import SectionIndexPage, Subpage
from resacoop.core.sorting import sort_key

from .slugs import label_slug


class TagLabelQuerySet(models.QuerySet):
    def in_active_language(self):
        return self.filter(locale__language_code=active_language())

    def by_tag(self, tags):
        """``{tag pk: label}`` for ``tags`` in the active language, in one query."""
        return {label.tag_id: label for label in self.in_active_language().filter(tag__in=tags)}


def labelled_tags(tags, locale_id):
    """The taggit ``tags`` (a queryset) with their label in the locale ``locale_id``, in one
    query, in the order of the labels: each has ``label_name`` and ``label_slug``, None where
    the tag has no label in that language (the tag's own name then reads in its place)."""
    label = TagLabel.objects.filter(tag=models.OuterRef("pk"), locale_id=locale_id)
    tags = tags.annotate(
        label_name=models.Subquery(label.values("name")[:1]),
        label_slug=models.Subquery(label.values("slug")[:1]),
    )
    return sorted(tags, key=lambda tag: sort_key(tag.label_name or tag.name))


@watched
class TagLabel(TranslatableMixin, models.Model):
    """How a tag reads in one language."""

    tag = models.ForeignKey(
        Tag, on_delete=models.CASCADE, related_name="labels", verbose_name=_("tag")
    )
    name = models.CharField(_("label"), max_length=100)
    slug = models.SlugField(_("slug"), max_length=100, editable=False)

    objects = TagLabelQuerySet.as_manager()

    # A label and its translations label the same tag.
    override_translatable_fields = [SynchronizedField("tag")]
    panels = [FieldPanel("name"), FieldPanel("tag", read_only=True)]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("tag label")
        verbose_name_plural = _("tag labels")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["tag", "locale"], name="one_label_per_tag_and_locale"),
            models.UniqueConstraint(fields=["slug", "locale"], name="unique_label_slug_per_locale"),
        ]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        self.slug = self._make_slug()
        super().save(*args, **kwargs)

    def _make_slug(self):
        """The label's slug, unique in its language: two tags may read alike once slugified."""
        others = TagLabel.objects.filter(locale_id=self.locale_id).exclude(pk=self.pk)
        return label_slug(
            self.name, self.tag.slug, self.tag_id, lambda slug: others.filter(slug=slug).exists()
        )

    def clean(self):
        super().clean()
        clash = TagLabel.objects.filter(locale_id=self.locale_id, name__iexact=self.name)
        if clash.exclude(pk=self.pk).exists():
            raise ValidationError(
                {"name": _("Another tag already reads “%(name)s” in this language.")},
                params={"name": self.name},
            )


def resolve_tag(slug):
    """The tag a URL slug names in the active language: ``(tag, labels)``, where ``labels``
    are the tag's labels by language code (``{"fr": TagLabel, ...}``, each language that has
    one).

    The slug of the label in the visitor's language comes first; the tag's own slug works too
    (a tag with no translation yet, or a link shared from another language).
    """
    # Every label of the tag whose label here has this slug, in one query.
    labels = list(
        TagLabel.objects.filter(
            tag__labels__slug=slug, tag__labels__locale__language_code=active_language()
        ).select_related("tag", "locale")
    )
    if labels:
        tag = labels[0].tag
    else:
        tag = Tag.objects.filter(slug=slug).first()
        if tag is None:
            return None
        labels = TagLabel.objects.filter(tag=tag).select_related("locale")
    return tag, {label.locale.language_code: label for label in labels}


def tag_slug(tag, label):
    """The slug of ``tag``'s page in the language of ``label`` (None: no label there)."""
    return (label and label.slug) or tag.slug


def taggable_page_models():
    """Page types tagged through a ``tags`` field (members, missions...)."""
    found = []
    for model in get_page_models():
        try:
            field = model._meta.get_field("tags")
        except FieldDoesNotExist:
            continue
        if isinstance(field, TaggableManager):
            found.append(model)
    return found


class TagIndexPage(RoutablePageMixin, SectionIndexPage):
    """The tags in use; at ``<slug>/``, everything tagged with one of them."""

    subpage_types = []
    template = "tags/tag_index_page.html"

    class Meta:
        verbose_name = _("tag index")
        verbose_name_plural = _("tag indexes")

    def pages_tagged(self, tag):
        """The live pages tagged with ``tag`` in every language, one query per page type.

        Returns:
            ``{language code: [(page type's plural name, pages)]}``; a language without any
            tagged page is left out.
        """
        by_language = {}
        private = Page.objects.all().private_q()  # the site's view restrictions, once
        for model in taggable_page_models():
            pages = (
                model.objects.live()
                .exclude(private)
                .filter(tags=tag)
                .select_related("locale")
                .order_by("title")
            )
            in_language = {}
            for page in pages:
                in_language.setdefault(page.locale.language_code, []).append(page)
            for code, found in in_language.items():
                by_language.setdefault(code, []).append((model._meta.verbose_name_plural, found))
        return by_language

    def tags_for_sitemap(self):
        """``[(tag, slug, latest publication)]``: the tags of live public pages here.

        One query per taggable page type, then the tags and their labels here.
        """
        private = Page.objects.all().private_q()
        latest = {}
        for model in taggable_page_models():
            tagged_here = model.objects.live().exclude(private).filter(locale_id=self.locale_id)
            rows = (
                model.tags.through.objects.filter(content_object__in=tagged_here)
                .values_list("tag_id")
                .annotate(latest=models.Max("content_object__last_published_at"))
            )
            for tag_id, published in rows:
                if tag_id not in latest or (published and published > latest[tag_id]):
                    latest[tag_id] = published
        tags = Tag.objects.filter(pk__in=latest)
        labels = {
            label.tag_id: label
            for label in TagLabel.objects.filter(tag__in=tags, locale_id=self.locale_id)
        }
        return [(tag, tag_slug(tag, labels.get(tag.pk)), latest[tag.pk]) for tag in tags]

    def get_sitemap_urls(self, request=None):
        """The index, then the page of each tag in use in its language.

        Each tag's page carries a ``translation_key`` of its own, shared with the same tag on
        the index's translations: the sitemap gives them to each other as alternates.
        """
        urls = super().get_sitemap_urls(request)
        if not urls or not urls[0]["location"]:
            return urls
        for tag, slug, published in self.tags_for_sitemap():
            try:
                path = self.reverse_subpage("tag", args=[slug])
            except NoReverseMatch:
                continue  # a slug no URL can carry (see site_tags_tags._url)
            urls.append(
                {
                    "location": urls[0]["location"] + path,
                    "lastmod": published,
                    "translation_key": f"{self.translation_key}/tag/{tag.pk}",
                }
            )
        return urls

    def tags_in_use(self):
        """Tags of live pages in this language, with their label, in alphabetical order."""
        on_live_pages_here = models.Q()
        for model in taggable_page_models():
            related = model.tags.through._meta.get_field("tag").related_query_name()
            on_live_pages_here |= models.Q(
                **{
                    f"{related}__content_object__live": True,
                    f"{related}__content_object__locale_id": self.locale_id,
                }
            )
        tags = list(Tag.objects.filter(on_live_pages_here).distinct())
        labels = TagLabel.objects.by_tag(tags)
        return sorted(
            ((tag, labels.get(tag.pk)) for tag in tags),
            key=lambda item: sort_key((item[1] or item[0]).name),
        )

    @path("")
    def tag_list(self, request):
        return self.render(request, context_overrides={"tags": self.tags_in_use()})

    @path("<slug:slug>/", name="tag")
    def tagged_pages(self, request, slug):
        found = resolve_tag(slug)
        if found is None:
            raise Http404
        tag, labels = found
        label = labels.get(active_language())
        name = (label or tag).name
        by_language = self.pages_tagged(tag)
        groups = by_language.get(active_language(), [])
        return self.render(
            request,
            template="tags/tagged_pages.html",
            context_overrides={
                "tag": tag,
                "label": label,
                "groups": groups,
                "page_title": gettext("Tagged “%(name)s”") % {"name": name},
                "page_description": tagged_description(name, groups),
                "subpage": self.tag_subpage(tag, labels, frozenset(by_language)),
            },
        )

    def tag_subpage(self, tag, labels, translated):
        """The page of ``tag`` on this index and its translations: its path in each language
        (its language links, hreflang alternates and canonical address), and the languages
        where it lists pages (``translated``)."""
        paths = {}
        for code, _name in settings.LANGUAGES:
            try:
                paths[code] = self.reverse_subpage("tag", args=[tag_slug(tag, labels.get(code))])
            except NoReverseMatch:
                pass  # a label's slug no URL can carry: that language's link is its index
        return Subpage(paths=paths, translated=translated)


def tagged_description(name, groups):
    """The description of a tag's page: "3 pages tagged “youth”: members, missions." (empty
    without any page)."""
    count = sum(len(pages) for _type_name, pages in groups)
    if not count:
        return ""
    return ngettext(
        "%(count)s page tagged “%(name)s”: %(types)s.",
        "%(count)s pages tagged “%(name)s”: %(types)s.",
        count,
    ) % {"count": count, "name": name, "types": ", ".join(str(n) for n, _pages in groups)}
