"""Receivers of cms_blocks, connected per sender in ``CmsBlocksConfig.ready()``."""

from django.core import signals as request_signals
from taggit.models import Tag
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import (
    CollectionViewRestriction,
    Locale,
    PageViewRestriction,
    Site,
    get_page_models,
)
from wagtail.signals import page_published, page_unpublished, post_page_move

from . import content_version
from .content_version import WATCHED, content_changed, only_file_details, watch


def page_changed(sender, instance, **kwargs):
    content_changed()


def register_signal_handlers():
    request_signals.request_started.connect(
        content_version.request_started, dispatch_uid="cms_blocks.request_started"
    )
    request_signals.request_finished.connect(
        content_version.request_finished, dispatch_uid="cms_blocks.request_finished"
    )
    # Every page type, as Wagtail's front-end cache does: a receiver without a sender would
    # run on every save of every model.
    for model in get_page_models():
        page_published.connect(page_changed, sender=model)
        page_unpublished.connect(page_changed, sender=model)
        post_page_move.connect(page_changed, sender=model)
        watch(model)
    watch(get_image_model(), unless=only_file_details)
    watch(get_document_model(), unless=only_file_details)
    # A restriction added or lifted hides or shows pages and documents wherever they are
    # listed, as a publication does.
    for model in (Tag, Site, Locale, PageViewRestriction, CollectionViewRestriction):
        watch(model)
    for model, unless in WATCHED.items():
        watch(model, unless=unless)
