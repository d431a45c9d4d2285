"""What an editor may point at from a stream: what their choosers offer them.

Choosers only list the pages, images and documents a person may use, but a form posts plain
ids, and any id typed into one would otherwise be saved: a link to another organisation's
draft, the title and address of a document in a private collection. Forms check the ids they
receive with :func:`refused_references`.
"""

from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page
from wagtail.permissions import policy_registry


def media_policies():
    """The image and document models, each with its permission policy."""
    return [
        (model, policy_registry.get_by_type(model))
        for model in (get_image_model(), get_document_model())
    ]


def may_choose(user, model, object_id):
    """True if ``user``'s chooser for ``model`` would offer the object with ``object_id``."""
    for media_model, policy in media_policies():
        if issubclass(model, media_model):
            chosen = policy.instances_user_has_any_permission_for(user, ["choose"])
            return chosen.filter(pk=object_id).exists()
    if issubclass(model, Page):
        page = Page.objects.filter(pk=object_id).first()
        # Page choosers list live pages, and drafts the person may edit.
        return page is not None and (page.live or page.permissions_for_user(user).can_edit())
    return True


def refused_references(user, stream_block, value, already_there=None):
    """The objects of ``value`` (a stream) that ``user`` could not have chosen.

    Args:
        user: the person saving the form.
        stream_block: the field's stream block.
        value: the stream as posted.
        already_there: the stream as saved before; what it referred to stays allowed (the
            network's staff may have chosen it).

    Returns:
        A list of ``(model, object_id)``.
    """
    kept = set()
    if already_there is not None:
        kept = {
            (model, str(object_id))
            for model, object_id, *_paths in stream_block.extract_references(already_there)
        }
    refused = []
    for model, object_id, *_paths in stream_block.extract_references(value):
        key = (model, str(object_id))
        if key not in kept and key not in refused and not may_choose(user, model, object_id):
            refused.append(key)
    return refused
