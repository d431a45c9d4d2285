"""URL slugs of tags and of their labels, in ASCII whatever the script of their name.

taggit slugifies tag names with ``TAGGIT_STRIP_UNICODE_WHEN_SLUGIFYING``: accents go
("coopération" → "cooperation") but a name without a Latin letter or digit ("日本",
"العربية", ")") is left with an empty slug, then "_1", "_2"…, which the tag pages' URLs
cannot carry. Such names are transliterated instead ("日本" → "riben"), and a name with
nothing to transliterate gets ``tag-`` and a short hash of the name: stable, so a link to the
tag keeps working.
"""

import hashlib
import re

from anyascii import anyascii
from django.utils.text import slugify

# What taggit gives a name with nothing to slugify: "", then "_1", "_2"... on a clash.
TAGGIT_EMPTY_SLUG = re.compile(r"(_\d+)?")
# Room left in the 100 characters of a slug for a suffix that makes it unique.
MAX_BASE_LENGTH = 80


def transliterated_slug(name):
    """``name`` as an ASCII slug ("日本" → "riben"); empty when nothing is left (")")."""
    return slugify(anyascii(name))[:MAX_BASE_LENGTH].strip("-")


def name_digest(name):
    return hashlib.sha256(name.encode()).hexdigest()[:8]


def unique_tag_slug(name, is_taken):
    """A slug for a tag named ``name`` that ``is_taken(slug)`` says is free."""
    slug = transliterated_slug(name)
    if not slug:
        slug = f"tag-{name_digest(name)}"
    elif is_taken(slug):
        # Another name reads the same in ASCII ("Riben"): the hash of this one tells them apart.
        slug = f"{slug}-{name_digest(name)}"
    base, number = slug, 2
    while is_taken(slug):
        slug, number = f"{base}-{number}", number + 1
    return slug


def has_no_url_slug(slug):
    """Whether taggit left a tag with ``slug`` without one a URL can carry."""
    return TAGGIT_EMPTY_SLUG.fullmatch(slug or "") is not None


def label_slug(name, tag_slug, tag_id, is_taken):
    """The slug of a tag's label named ``name``, unique in its language.

    Two tags may read alike once slugified; the label then takes its tag's id as a suffix.
    """
    slug = transliterated_slug(name) or tag_slug
    return f"{slug}-{tag_id}" if is_taken(slug) else slug
