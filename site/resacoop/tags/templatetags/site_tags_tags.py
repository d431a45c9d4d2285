from django import template
from django.urls import NoReverseMatch
from wagtail.models import Site

from cms_blocks.content_version import cached_until_changed
from cms_blocks.languages import active_language
from resacoop.tags.models import TagIndexPage, TagLabel

register = template.Library()


def _tag_index(request):
    """The tag index page of the visitor's language, looked up once per request."""
    if not hasattr(request, "_resacoop_tag_index"):
        request._resacoop_tag_index = (
            TagIndexPage.objects.live().filter(locale__language_code=active_language()).first()
        )
    return request._resacoop_tag_index


@register.simple_tag(takes_context=True)
def tag_links(context, page):
    """The tags of ``page`` as ``[{"name", "url"}]``, in the visitor's language.

    ``url`` is the tag's page on the tag index of that language (None without an index).
    Kept in the cache until the content changes (tags, their labels and pages start a new
    version), except in previews, whose tags may not be saved yet.
    """
    request = context["request"]
    if getattr(request, "is_preview", False) or page.pk is None:
        return _tag_links(request, page)
    site = Site.find_for_request(request)
    key = f"resacoop:tag-links:{site.pk if site else ''}:{page.pk}:{active_language()}"
    return cached_until_changed(key, lambda: _tag_links(request, page))


def _tag_links(request, page):
    tags = list(page.tags.all())
    if not tags:
        return []
    labels = TagLabel.objects.by_tag(tags)
    links = []
    for tag in tags:
        label = labels.get(tag.pk)
        links.append({"name": label.name if label else tag.name, "url": _url(request, tag, label)})
    return sorted(links, key=lambda link: link["name"].casefold())


@register.simple_tag(takes_context=True)
def tag_url(context, tag, label=None):
    """The URL of ``tag``'s page in the visitor's language; None where there is none."""
    return _url(context["request"], tag, label)


def _url(request, tag, label):
    index = _tag_index(request)
    page_url = index.get_url(request) if index is not None else None
    if page_url is None:
        return None
    try:
        return page_url + index.reverse_subpage("tag", args=[(label and label.slug) or tag.slug])
    except NoReverseMatch:
        # A slug no URL can carry: empty on a tag saved before slugs were transliterated
        # (until the data migration runs), or set by hand. The tag is shown without a link
        # rather than breaking the page.
        return None
