"""The search index and Wagtail's reference index, updated once after the demo is built.

Each save of a page, image or document updates both indexes (a task each, run at once by the
immediate task backend), and the demo saves its three hundred pages about five times each
(made, revised, published, translated...): more than a quarter of ``load_demo``'s time went to
indexing objects that were saved again a moment later. Rebuilding both indexes at the end does
the same work once per object.
"""

from contextlib import contextmanager

from django.core.management import call_command
from django.db.models.signals import post_save
from modelsearch.index import get_indexed_models
from modelsearch.signal_handlers import post_save_signal_handler
from wagtail.signal_handlers import disable_reference_index_auto_update


@contextmanager
def indexes_updated_at_the_end():
    """Build content inside the block; both indexes are rebuilt once it has ended.

    Wagtail's reference index has its own switch (for this thread). The search index has
    none: its receivers are disconnected for the time of the block, in the whole process, so
    this is for a command that does nothing else meanwhile. Deletions still update both. If
    the block fails, the indexes are left as they are: the next run rebuilds them.
    """
    disconnected = [
        model
        for model in get_indexed_models()
        if post_save.disconnect(post_save_signal_handler, sender=model)
    ]
    try:
        with disable_reference_index_auto_update():
            yield
    finally:
        for model in disconnected:
            post_save.connect(post_save_signal_handler, sender=model)
    call_command("rebuild_references_index", verbosity=0)
    call_command("update_index", verbosity=0)
