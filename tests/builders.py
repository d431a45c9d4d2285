"""Small builders for test content; each fills sensible defaults the caller may override."""

from wagtail.models import Locale

from resacoop.pages.models import StandardPage


def make_standard_page(parent, *, publish=True, **fields):
    fields.setdefault("title", "Page de test")
    fields.setdefault("slug", "page-de-test")
    fields.setdefault("show_in_menus", True)
    fields.setdefault("introduction", "Une page composée de blocs.")
    fields.setdefault(
        "body",
        [
            ("heading", {"text": "Nos objectifs", "level": "h2", "anchor": "objectifs"}),
            ("paragraph", "<p>Accompagner la coopération internationale.</p>"),
        ],
    )
    page = parent.add_child(instance=StandardPage(live=publish, **fields))
    revision = page.save_revision()
    if publish:
        revision.publish()
    return page


def translation_of(page, language_code):
    """The translation of ``page`` in the given language, as its specific class."""
    return page.get_translation(Locale.objects.get(language_code=language_code)).specific
