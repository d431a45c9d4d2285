"""One version of the content for everything a site caches.

Whole pages, menus, footers, the relays of a map and their open data are cached under the
current version: a change of anything they show starts a new version, and every one of
them is rebuilt on its next request. Clearing everything is coarse, but exact, and editing
is rare next to reading.

The version is a row of the database (:class:`cms_blocks.models.ContentVersion`), not a
cache entry: every process of the site sees a change at once, even when each keeps its own
local-memory cache, and a change made in a transaction that is rolled back never happened.
It is read once per request (a one-row query) and remembered until the request ends;
outside a request (commands, tasks) it is read each time it is asked for.

A site may let each process reuse the version it read for a request in the requests of the
next moments (``CMS_BLOCKS_CONTENT_VERSION_MAX_AGE``, seconds; default 0, never): a page
served from a cache then costs no query at all, and a change made in another process reaches
this one that much later. A change made in this process is seen from its commit (a request
of another thread that read the version just before may still keep the old one, for that
long at most).

What changes the version: :func:`watch` connects a model's ``post_save`` and
``post_delete`` to :func:`content_changed`, one sender at a time, in
``CmsBlocksConfig.ready()``. ``cms_blocks`` watches pages (publishing, unpublishing, moving,
saving, deleting), images, documents, tags, sites and locales; an app marks its own models
that cached things show with the :func:`watched` class decorator (network_map: audiences
and page tags; a site: its snippets, settings and page tags).
"""

import time
from contextvars import ContextVar

from django.core.cache import caches
from django.db import IntegrityError, connections, router, transaction
from django.db.models.signals import post_delete, post_save
from django.db.utils import Error as DatabaseDriverError

from .conf import get_setting
from .models import ContentVersion, new_token

ROW = 1

# The version read during the current request; None outside a request or before a read.
_in_request = ContextVar("cms_blocks_in_request", default=False)
_read_in_request = ContextVar("cms_blocks_content_version", default=None)


class _ReadInProcess:
    """The version this process last read for a request, and when (``time.monotonic()``)."""

    last = (None, 0.0)

    @classmethod
    def recent(cls):
        """The version read less than ``CONTENT_VERSION_MAX_AGE`` seconds ago, or None."""
        max_age = get_setting("CONTENT_VERSION_MAX_AGE")
        # One assignment, read as one: the threads of a process share it.
        version, read_at = cls.last
        if max_age and version is not None and time.monotonic() - read_at < max_age:
            return version
        return None

    @classmethod
    def remember(cls, version):
        cls.last = (version, time.monotonic())

    @classmethod
    def forget(cls):
        cls.last = (None, 0.0)


def content_version():
    """The current version of the content: a short string to put in cache keys."""
    version = _read_in_request.get()
    if version is None:
        in_request = _in_request.get()
        version = _ReadInProcess.recent() if in_request else None
        if version is None:
            version = _read_token()
            if version is None:
                version = _create_row()
            if in_request and not _in_transaction():
                # Inside a transaction the version may be one not committed yet, which the
                # other requests of this process must not reuse.
                _ReadInProcess.remember(version)
        if in_request:
            _read_in_request.set(version)
    return version


def _in_transaction():
    return connections[router.db_for_read(ContentVersion)].in_atomic_block


def _read_token():
    """The version's row, read with plain SQL: it is read on every request, pages served from
    the cache included, where building the ORM's query cost more than running it.

    With ``CONN_HEALTH_CHECKS``, this read is the request's health check of a connection kept
    from an earlier request, in place of the ``SELECT 1`` Django would send first: if it
    fails, the connection is closed and the version read again on a new one, as Django does
    after a failed check. One round trip to the database instead of two.
    """
    connection = connections[router.db_for_read(ContentVersion)]
    if (
        connection.connection is not None
        and connection.health_check_enabled
        and not connection.health_check_done
        and not connection.in_atomic_block
    ):
        connection.health_check_done = True
        try:
            return _select_token(connection)
        except DatabaseDriverError:  # what Django's own check catches
            connection.close()
    return _select_token(connection)


def _select_token(connection):
    meta = ContentVersion._meta
    quote = connection.ops.quote_name
    sql = (
        f"SELECT {quote(meta.get_field('token').column)} FROM {quote(meta.db_table)}"  # noqa: S608
        f" WHERE {quote(meta.pk.column)} = %s"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, [ROW])
        row = cursor.fetchone()
    return row[0] if row else None


def versioned_cache():
    """The cache of what is kept until the content changes (``CMS_BLOCKS_CACHE``)."""
    return caches[get_setting("CACHE")]


def cached_until_changed(key, build, timeout=None):
    """What ``build()`` returns, cached under ``key`` until the content changes.

    Args:
        key: what is cached, named without the version (an app prefix and ids).
        build: makes the value when the cache has none under the current version.
        timeout: seconds to keep it at most; None keeps it until the content changes.
    """
    versioned_key = f"{key}:{content_version()}"
    cache = versioned_cache()
    value = cache.get(versioned_key)
    if value is None:
        value = build()
        cache.set(versioned_key, value, timeout=timeout)
    return value


def content_changed():
    """Start a new version: everything cached under the old one is rebuilt when next asked."""
    if not ContentVersion.objects.filter(pk=ROW).update(token=new_token()):
        _create_row()
    # Read again on the next call, within this request too (the change may be rolled back),
    # and by this process's next requests, from the commit on: another thread may read the
    # old version until then.
    _read_in_request.set(None)
    forget_the_version_read()
    transaction.on_commit(forget_the_version_read, using=router.db_for_write(ContentVersion))


def forget_the_version_read():
    """Make this process read the version again on its next request, whatever
    ``CMS_BLOCKS_CONTENT_VERSION_MAX_AGE`` says (a test that empties the database does)."""
    _ReadInProcess.forget()


def _create_row():
    try:
        with transaction.atomic():
            return ContentVersion.objects.create(pk=ROW).token
    except IntegrityError:  # another process created it first
        return ContentVersion.objects.get(pk=ROW).token


def watch(model, *, unless=None):
    """Start a new version whenever an instance of ``model`` is saved or deleted.

    Args:
        model: the model whose instances cached content shows.
        unless: an optional ``unless(instance, created, update_fields)`` returning True for
            the saves that change nothing shown (Wagtail recording a file's size, say).
    """
    dispatch_uid = f"cms_blocks.content_version:{model._meta.label}"

    def on_save(sender, instance, created=False, update_fields=None, raw=False, **kwargs):
        if raw or (unless is not None and unless(instance, created, update_fields)):
            return
        content_changed()

    def on_delete(sender, instance, **kwargs):
        content_changed()

    # weak=False: the receivers are closures, which nothing else holds on to.
    post_save.connect(on_save, sender=model, weak=False, dispatch_uid=dispatch_uid)
    post_delete.connect(on_delete, sender=model, weak=False, dispatch_uid=dispatch_uid)


#: The models marked with :func:`watched`, and their ``unless``; connected in ``ready()``.
WATCHED = {}


def watched(model=None, *, unless=None):
    """Class decorator: cached pages show this model, so its changes start a new version.

    ``@watched`` or ``@watched(unless=...)``; see :func:`watch`. Only marks the model: the
    receivers are connected once every app is ready.
    """

    def mark(cls):
        WATCHED[cls] = unless
        return cls

    return mark(model) if model is not None else mark


def only_file_details(instance, created, update_fields):
    """Wagtail saves a file's size and hash the first time it is asked for them."""
    return bool(update_fields) and set(update_fields) <= {"file_size", "file_hash"}


def request_started(**kwargs):
    _in_request.set(True)
    _read_in_request.set(None)


def request_finished(**kwargs):
    _in_request.set(False)
    _read_in_request.set(None)
