"""Load, in a few queries, what the blocks of a stream need to render.

Blocks that point at pages and images would otherwise cost queries one by one. Two passes:

- When a stream is first read, the objects of all its choosers are loaded at once, one
  query per model, pages of every type in one query as their specific class
  (:func:`chooser_preload`, used by ``ContentStreamBlock``'s value).
- Before it renders, the stream is walked once (:func:`prepare_stream`): every page it
  references is looked up in the active language in bulk, the blocks that list things
  load them (:class:`PreparedContextMixin`), and the renditions of every image all of
  them show are fetched in one query. Block templates then read the results from the
  context (see ``cms_blocks_tags.localized``).
"""

import copy
import hashlib
from collections import defaultdict
from contextlib import contextmanager
from contextvars import ContextVar

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ObjectDoesNotExist, ValidationError
from django.db.models import ForeignKey, Prefetch, prefetch_related_objects
from wagtail.blocks import (
    ChooserBlock,
    ListBlock,
    StreamBlock,
    StreamValue,
    StructBlock,
    StructValue,
)
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


def _walk(value, objects, prepared):
    """Collect every page and image inside a block value, however deeply nested, into
    ``objects``, and into ``prepared`` the ``(block, value)`` of each block whose context
    is loaded with the stream (:class:`PreparedContextMixin`)."""
    if isinstance(value, Page | AbstractImage):
        objects.append(value)
    elif isinstance(value, StreamValue):
        for child in value:
            if isinstance(child.block, PreparedContextMixin):
                prepared.append((child.block, child.value))
            _walk(child.value, objects, prepared)
    elif isinstance(value, StructValue | dict):
        for item in value.values():
            _walk(item, objects, prepared)
    elif isinstance(value, ListValue | list | tuple):
        for item in value:
            _walk(item, objects, prepared)
    else:
        # Typed tables and other containers expose their content as ``row_data``.
        for row in getattr(value, "row_data", ()):
            _walk(row.get("values", ()), objects, prepared)


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


# Images whose renditions are to be fetched together, while a stream is prepared.
_pending_renditions = ContextVar("cms_blocks_pending_renditions", default=None)


def prefetch_renditions(images):
    """Fetch the renditions of all ``images`` in one query (Wagtail then reuses them).

    While a stream is prepared (:func:`renditions_in_one_query`), they are fetched with
    those of every other block of the stream instead.
    """
    images = [image for image in images if image is not None]
    pending = _pending_renditions.get()
    if pending is not None:
        pending.extend(images)
    elif images:
        renditions = get_image_model().get_rendition_model().objects.all()
        prefetch_related_objects(images, Prefetch("renditions", queryset=renditions))


@contextmanager
def renditions_in_one_query():
    """Gather the renditions :func:`prefetch_renditions` is asked for, and fetch them all
    in one query on leaving."""
    if _pending_renditions.get() is not None:
        yield
        return
    pending = []
    token = _pending_renditions.set(pending)
    try:
        yield
    finally:
        _pending_renditions.reset(token)
    prefetch_renditions(pending)


#: Context variable holding ``{id(block value): (block value, its prepared context)}``.
PREPARED_CONTEXTS = "cms_blocks_prepared_contexts"


class PreparedContextMixin:
    """For a block whose context costs queries (a listing, say): loaded with its stream.

    The stream prepares it before any of its blocks renders, so that the renditions its
    pictures need come in the same query as those of the other blocks. Define
    ``prepare_context(value, context)``, returning what ``get_context`` adds; ``context``
    holds what the stream prepared (the pages of its choosers in the visitor's language).
    A block rendered on its own prepares its context when it renders.
    """

    def prepare_context(self, value, context):
        raise NotImplementedError

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context=parent_context)
        prepared = context.get(PREPARED_CONTEXTS, {}).get(id(value))
        if prepared is not None and prepared[0] is value:
            context.update(prepared[1])
        else:
            context.update(self.prepare_context(value, context))
        return context


def prepare_stream(value):
    """Return the context a stream's blocks need, loaded in bulk."""
    objects, prepared = [], []
    _walk(value, objects, prepared)
    pages, images = [], []
    for obj in objects:
        (pages if isinstance(obj, Page) else images).append(obj)
    localized = localize_pages(pages)
    context = {LOCALIZED_PAGES: localized}
    with renditions_in_one_query():
        live_pages = [page for page in localized.values() if page is not None]
        images.extend(_prefetch_card_images(live_pages))
        prefetch_renditions(images)
        context[PREPARED_CONTEXTS] = {
            id(block_value): (block_value, block.prepare_context(block_value, context))
            for block, block_value in prepared
        }
    return context


# The objects every chooser of the stream being converted points at, while it is converted.
_preload = ContextVar("cms_blocks_chooser_preload", default=None)


def preloaded_objects():
    """The :class:`ChooserPreload` of the stream being converted, or None."""
    return _preload.get()


class ChooserPreload:
    """The objects the choosers of a stream point at, loaded once per model.

    Pages are all kept together, each of its specific class, whatever the page type its
    chooser accepts; a chooser still gets None for a page that is not of its type, as
    Wagtail's would.
    """

    #: What :meth:`take` gives for a pk the preload did not look for.
    NOT_LOADED = object()

    def __init__(self, wanted):
        self.requested = defaultdict(set)
        for model, pks in wanted.items():
            self.requested[self.key(model)] |= pks
        # {model (Page for every page type): {pk: object}}
        self.objects = load_chosen(wanted)
        self.handed_out = set()

    @staticmethod
    def key(model):
        return Page if issubclass(model, Page) else model

    def has(self, model):
        return self.key(model) in self.objects

    def take(self, model, value):
        """The object of ``model`` whose pk is ``value``: None if it does not exist or is of
        another type, :attr:`NOT_LOADED` if the preload did not look for it (a chooser in a
        kind of block it does not walk)."""
        key = self.key(model)
        pk = _pk(key, value)
        if pk is None:
            return None
        if pk not in self.requested[key]:
            return self.NOT_LOADED
        obj = self.objects[key].get(pk)
        if obj is None or not isinstance(obj, model):
            return None
        # Like Wagtail's choosers: each block gets its own instance, whatever it caches.
        if (key, pk) in self.handed_out:
            return copy.copy(obj)
        self.handed_out.add((key, pk))
        return obj


def _pk(model, value):
    try:
        return model._meta.pk.to_python(value) if value is not None else None
    except (ValidationError, TypeError, ValueError):
        return None


@contextmanager
def chooser_preload(stream_block, raw_items):
    """Convert, inside this block, with the objects of every chooser of ``raw_items`` loaded.

    ``raw_items`` are a stream's items as stored (``{"type", "value", "id"}`` dicts).
    """
    wanted = defaultdict(set)
    _collect_chooser_ids(stream_block, list(raw_items), wanted)
    token = _preload.set(ChooserPreload(wanted))
    try:
        yield
    finally:
        _preload.reset(token)


def _collect_chooser_ids(block, raw, wanted):
    """Add to ``wanted`` ``{model: {pk}}`` what each chooser inside ``raw`` points at.

    Only the containers of Wagtail's block library are walked; a chooser inside another
    kind of block is not preloaded, and looks its object up as Wagtail's does.
    """
    if raw is None:
        return
    if isinstance(block, ChooserBlock):
        pk = _pk(ChooserPreload.key(block.model_class), raw)
        if pk is not None:
            wanted[block.model_class].add(pk)
    elif isinstance(block, StreamBlock) and isinstance(raw, list):
        for item in raw:
            if isinstance(item, dict) and item.get("type") in block.child_blocks:
                _collect_chooser_ids(block.child_blocks[item["type"]], item.get("value"), wanted)
    elif isinstance(block, ListBlock) and isinstance(raw, list):
        for item in raw:
            # A list item is stored as {"type": "item", "value": …, "id": …}, or bare.
            if isinstance(item, dict) and item.get("type") == "item" and "value" in item:
                item = item["value"]
            _collect_chooser_ids(block.child_block, item, wanted)
    elif isinstance(block, StructBlock):
        if isinstance(raw, dict):
            for name, child in block.child_blocks.items():
                _collect_chooser_ids(child, raw.get(name), wanted)
        elif "image" in block.child_blocks:
            # Wagtail's ImageBlock also reads the bare image id an ImageChooserBlock stored.
            _collect_chooser_ids(block.child_blocks["image"], raw, wanted)


def load_chosen(wanted):
    """``{model: {pk: object}}`` for ``wanted`` ``{model: {pk}}``: one query per model.

    Pages, whatever their type, come in one query as their specific class, with the image
    their cards show (see :func:`load_specific_pages`).
    """
    objects = {}
    page_pks = set()
    for model, pks in wanted.items():
        if issubclass(model, Page):
            page_pks |= pks
            continue
        try:
            objects[model] = model.objects.in_bulk(pks)
        except (ValidationError, TypeError, ValueError):
            continue  # its choosers look them up one by one, as Wagtail's do
    if page_pks:
        objects[Page] = load_specific_pages(page_pks)
    return objects


def load_specific_pages(pks):
    """``{pk: page of its specific class}`` for the pages ``pks`` that exist, in one query.

    Wagtail's ``specific()`` costs a query for the base pages, then one per page type. Here
    the page types come from the cache (a query for those it does not know), and the base
    pages are read joined to the tables of their types (Django fills a child model from the
    row of its parent), with the image their cards show.
    """
    models = {}
    for pk, content_type_id in _page_content_types(pks).items():
        models[pk] = ContentType.objects.get_for_id(content_type_id).model_class() or Page
    related = []
    for model in set(models.values()) - {Page}:
        path = "__".join(link.related_query_name() for link in _parent_links(model))
        related.append(path)
        if _card_image_is_foreign_key(model):
            related.append(f"{path}__{card_image_field(model)}")
    pages = Page.objects.filter(pk__in=models).select_related(*related)
    return {page.pk: _as_child(page, models[page.pk]) for page in pages}


def _parent_links(model):
    """The one-to-one links from ``Page`` down to ``model``, the closest to ``Page`` first."""
    links = []
    while model is not Page:
        parent, link = next(
            (parent, link)
            for parent, link in model._meta.parents.items()
            if issubclass(parent, Page)
        )
        links.append(link)
        model = parent
    return links[::-1]


def _as_child(page, model):
    specific = page
    for link in _parent_links(model):
        try:
            specific = getattr(specific, link.remote_field.get_accessor_name())
        except ObjectDoesNotExist:
            return page  # a page whose type's row is missing: Wagtail shows it as a base page
    return specific


def _page_content_types(pks):
    """``{pk: content type id}`` of the pages ``pks`` that exist.

    Kept in the cache under one key for the set of pages (a stream's, a section's), not
    one a page, which would crowd a local-memory cache. A page never changes type, but
    a deleted page's id could come back after a database is reset: kept until the content
    changes.
    """
    if not pks:
        return {}
    pks = sorted(pks)
    digest = hashlib.sha256(",".join(map(str, pks)).encode()).hexdigest()[:32]
    return cached_until_changed(
        f"cms_blocks:page-types:{digest}",
        lambda: dict(Page.objects.filter(pk__in=pks).values_list("pk", "content_type_id")),
    )


def _card_image_is_foreign_key(model):
    name = card_image_field(model)
    return any(isinstance(f, ForeignKey) and f.name == name for f in model._meta.get_fields())
