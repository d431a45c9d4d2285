"""Load, in a few queries, what the blocks of a stream need to render.

Blocks that point at pages and images would otherwise cost queries one by one: each linked
page looked up in the visitor's language, each image's renditions. A stream is walked once
before it renders; every page it references is looked up in the active language in bulk,
and every image's renditions are fetched in one query. Block templates then read the
results from the context (see ``cms_blocks_tags.localized``).
"""

from django.db.models import ForeignKey, Prefetch, prefetch_related_objects
from wagtail.blocks import StreamValue, StructValue
from wagtail.blocks.list_block import ListValue
from wagtail.images import get_image_model
from wagtail.images.models import AbstractImage
from wagtail.models import Locale, Page

from .content_version import cached_until_changed
from .languages import active_language

#: Context variable holding ``{page pk: page in the active language or None}``.
LOCALIZED_PAGES = "cms_blocks_localized_pages"

#: A page type offers a picture for its cards with an image field; it is named
#: ``card_image`` unless the class says otherwise with ``card_image_field = "logo"``.
CARD_IMAGE_FIELD = "card_image"


def card_image_field(page_class):
    return getattr(page_class, "card_image_field", CARD_IMAGE_FIELD)


def referenced_objects(value):
    """Yield every page and image inside a block value, however deeply nested."""
    if isinstance(value, Page | AbstractImage):
        yield value
    elif isinstance(value, StreamValue):
        for child in value:
            yield from referenced_objects(child.value)
    elif isinstance(value, StructValue | dict):
        for item in value.values():
            yield from referenced_objects(item)
    elif isinstance(value, ListValue | list | tuple):
        for item in value:
            yield from referenced_objects(item)
    else:
        # Typed tables and other containers expose their content as ``row_data``.
        for row in getattr(value, "row_data", ()):
            yield from referenced_objects(row.get("values", ()))


def localize_pages(pages):
    """Map each page's pk to its live version in the active language.

    A page with no live translation in the active language maps to itself if it is live,
    and to None if it is not (a link to a draft would be a 404). Pages come back as their
    specific class. A page already in the active language is its own version: it costs no
    query, nor does it if it is already of its specific class (a chooser of a page type
    loads it so). Others cost one query for their translations, one for those without, and
    one per page type to make them specific.
    """
    pages = {page.pk: page for page in pages}
    if not pages:
        return {}
    locale_id = active_locale_id()
    localized = {}
    elsewhere = {}
    for pk, page in pages.items():
        if page.locale_id == locale_id:
            localized[pk] = page if page.live else None
        else:
            elsewhere[pk] = page
    if elsewhere:
        localized.update(_translations(elsewhere))
    return _as_specific(localized)


def active_locale_id():
    """The id of the active language's Locale, from the cache while the content is the same."""
    ids = cached_until_changed(
        "cms_blocks:locale-ids", lambda: dict(Locale.objects.values_list("language_code", "pk"))
    )
    return ids.get(active_language())


def _translations(pages):
    keys = {page.translation_key for page in pages.values()}
    translations = {
        page.translation_key: page
        for page in Page.objects.live()
        .filter(translation_key__in=keys, locale__language_code=active_language())
        .filter(alias_of__isnull=True)
        .specific()
    }
    missing = [pk for pk, page in pages.items() if page.translation_key not in translations]
    originals = Page.objects.live().filter(pk__in=missing).specific().in_bulk() if missing else {}
    return {
        pk: translations.get(page.translation_key) or originals.get(pk)
        for pk, page in pages.items()
    }


def _as_specific(localized):
    """``localized`` with every page of its specific class: one query per page type."""
    generic = {}
    for pk, page in localized.items():
        model = page.specific_class if page is not None else None
        if model is not None and type(page) is not model:
            generic.setdefault(model, []).append(pk)
    for model, keys in generic.items():
        found = model.objects.in_bulk([localized[key].pk for key in keys])
        for key in keys:
            localized[key] = found.get(localized[key].pk, localized[key])
    return localized


def localized_page(context, page):
    """The live version of ``page`` in the visitor's language, or None.

    Uses what the stream prepared in ``context``; a block rendered on its own looks its page
    up alone.
    """
    if page is None:
        return None
    prepared = context.get(LOCALIZED_PAGES)
    if prepared is not None and page.pk in prepared:
        return prepared[page.pk]
    return localize_pages([page])[page.pk]


def _prefetch_card_images(pages):
    by_class = {}
    for page in pages:
        by_class.setdefault(type(page), []).append(page)
    for model, instances in by_class.items():
        name = card_image_field(model)
        field = next((f for f in model._meta.get_fields() if f.name == name), None)
        if isinstance(field, ForeignKey):
            prefetch_related_objects(instances, name)
            yield from (getattr(page, name) for page in instances)


def prefetch_renditions(images):
    """Fetch the renditions of all ``images`` in one query (Wagtail then reuses them)."""
    images = [image for image in images if image is not None]
    if images:
        renditions = get_image_model().get_rendition_model().objects.all()
        prefetch_related_objects(images, Prefetch("renditions", queryset=renditions))


def prepare_stream(value):
    """Return the context a stream's blocks need, loaded in bulk."""
    pages, images = [], []
    for obj in referenced_objects(value):
        (pages if isinstance(obj, Page) else images).append(obj)
    localized = localize_pages(pages)
    live_pages = [page for page in localized.values() if page is not None]
    images.extend(_prefetch_card_images(live_pages))
    prefetch_renditions(images)
    return {LOCALIZED_PAGES: localized}
