"""Builders of the reference site's content; each fills sensible defaults the caller may
override. The builders of the apps' content (relays, maps, every block) are shared with the
apps' tests, in ``tests.testapp.builders``."""

from django.utils.text import slugify

from cms_blocks import examples
from resacoop.pages.models import StandardPage

from ..testapp import builders as app_builders
from ..testapp.builders import (  # noqa: F401 (builders the site's tests take from here)
    every_block,
    every_block_stream,
    make_map,
    make_relay,
    translation_of,
)


def make_standard_page(parent, **fields):
    """A published standard page of the site, made of a heading and a paragraph."""
    return app_builders.make_standard_page(parent, model=StandardPage, **fields)


def make_member_index(home, **fields):
    from resacoop.members.models import MemberIndexPage

    fields.setdefault("title", "Nos membres")
    fields.setdefault("slug", "membres")
    return home.add_child(instance=MemberIndexPage(**fields))


def make_member(index, *, tags=(), publish=True, **fields):
    """A member organisation under ``index``; ``category`` defaults to the first one."""
    from resacoop.members.models import MemberCategory, MemberPage

    fields.setdefault("title", "Organisation membre")
    fields.setdefault("slug", slugify(fields["title"])[:50] or "membre")
    fields.setdefault(
        "category",
        MemberCategory.objects.filter(locale=index.locale).order_by("sort_order").first(),
    )
    fields.setdefault("summary", "Une organisation de la région.")
    return examples.add_page(index, MemberPage(**fields), tags=tags, publish=publish)


def make_mission_index(home, **fields):
    from resacoop.missions.models import MissionIndexPage

    fields.setdefault("title", "Nos missions")
    fields.setdefault("slug", "nos-missions")
    return home.add_child(instance=MissionIndexPage(**fields))


def make_mission(index, order, *, tags=(), **fields):
    from resacoop.missions.models import MissionPage

    fields.setdefault("title", f"Mission {order}")
    fields.setdefault("slug", f"mission-{order}")
    fields.setdefault("summary", f"Résumé de la mission {order}.")
    return examples.add_page(index, MissionPage(order=order, **fields), tags=tags)


def make_tag_index(home, **fields):
    from resacoop.tags.models import TagIndexPage

    fields.setdefault("title", "Thèmes")
    fields.setdefault("slug", "themes")
    return home.add_child(instance=TagIndexPage(**fields))
