from django import template

from cms_blocks.prefetch import active_language
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
    """
    request = context["request"]
    tags = list(page.tags.all())
    if not tags:
        return []
    labels = TagLabel.objects.by_tag(tags)
    index = _tag_index(request)
    links = []
    for tag in tags:
        label = labels.get(tag.pk)
        slug = label.slug if label else tag.slug
        url = None
        if index is not None:
            url = index.get_url(request) + index.reverse_subpage("tag", args=[slug])
        links.append({"name": label.name if label else tag.name, "url": url})
    return sorted(links, key=lambda link: link["name"].casefold())


@register.simple_tag(takes_context=True)
def tag_url(context, tag, label=None):
    index = _tag_index(context["request"])
    if index is None:
        return None
    slug = label.slug if label else tag.slug
    return index.get_url(context["request"]) + index.reverse_subpage("tag", args=[slug])
