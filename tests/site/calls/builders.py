"""Builders of calls for projects for the tests."""

from django.utils.text import slugify

from cms_blocks import examples
from resacoop.calls.deadlines import deadline_in


def make_call_index(home, **fields):
    from resacoop.calls.models import CallIndexPage

    fields.setdefault("title", "Appels à projets")
    fields.setdefault("slug", "appels-a-projets")
    return home.add_child(instance=CallIndexPage(**fields))


def make_call(index, *, in_days=14, tags=(), publish=True, **fields):
    """A call under ``index`` closing ``in_days`` from today at 17:00 in Paris unless told
    otherwise (``deadline``)."""
    from resacoop.calls.models import CallPage

    fields.setdefault("title", "Appel à projets de solidarité")
    fields.setdefault("slug", slugify(fields["title"])[:50] or "appel")
    fields.setdefault("deadline", deadline_in(in_days))
    fields.setdefault("funder_name", "La Région")
    fields.setdefault("summary", "Un soutien aux projets de solidarité internationale.")
    return examples.add_page(index, CallPage(**fields), tags=tags, publish=publish)
