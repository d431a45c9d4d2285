"""Settings of the network_map app, each with its default, read when used.

``NETWORK_MAP_DEFAULT_REGION``
    INSEE code of the region a new map page shows. Default: ``"84"``
    (Auvergne-Rhône-Alpes). Each map page can choose another.
``NETWORK_MAP_COORDINATE_TOLERANCE``
    How far, in degrees, a relay's coordinates may lie outside the départements it covers
    before the form refuses them. Default: ``0.3`` (about 30 km): the outlines are drawings,
    not surveys.
``NETWORK_MAP_CACHE_TIMEOUT``
    Seconds the relays of a map, and its drawing and lists once rendered, stay cached;
    publishing, unpublishing, moving or deleting a relay clears them at once anyway.
    Default: ``3600``.
``NETWORK_MAP_REVIEWERS_GROUP``
    Name of the group of staff who approve or reject the changes of relay organisations
    (created if missing). Default: ``"Moderators"``, the group Wagtail creates.
``NETWORK_MAP_WORKFLOW_NAME`` and ``NETWORK_MAP_REVIEW_TASK_NAME``
    Names of the moderation workflow of relay changes and of its one approval task, stored
    when they are created, in the site's ``LANGUAGE_CODE``. Defaults: "Relay organisation
    changes" and "Approval by the network's staff", translated.
``NETWORK_MAP_MAX_TAGS``
    The most tags a relay page may have (every new tag is shared by the whole site).
    Default: ``20``.
``NETWORK_MAP_RELAY_BODY_BLOCK``
    Dotted path to the ``wagtail.blocks.StreamBlock`` subclass that makes the body of relay
    pages. Default: ``"cms_blocks.blocks.BodyStreamBlock"``, the whole block library. No
    migration records it (``network_map.fields.RelayBodyField``).
``NETWORK_MAP_RELAY_SUBPAGE_TYPES``
    The page types a relay organisation may add under its own page, as a list of
    ``"app_label.ModelName"`` (each must be a ``Page`` whose ``parent_page_types`` admit
    ``network_map.RelayOrganisationPage``). Read whenever Wagtail asks which children a relay
    page allows, so no migration records it. Default: ``[]``, relay pages have no children.
``NETWORK_MAP_COLLECTION_NAME``
    Name of the collection that holds the collection of each relay organisation, stored in
    the site's language. Default: "Relay organisations", translated.
"""

from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext_lazy as _

DEFAULTS = {
    "DEFAULT_REGION": "84",
    "COORDINATE_TOLERANCE": 0.3,
    "CACHE_TIMEOUT": 3600,
    "REVIEWERS_GROUP": "Moderators",
    "WORKFLOW_NAME": _("Relay organisation changes"),
    "REVIEW_TASK_NAME": _("Approval by the network's staff"),
    "COLLECTION_NAME": _("Relay organisations"),
    "MAX_TAGS": 20,
    "RELAY_BODY_BLOCK": "cms_blocks.blocks.BodyStreamBlock",
    "RELAY_SUBPAGE_TYPES": [],
}


def get_setting(name):
    return getattr(settings, f"NETWORK_MAP_{name}", DEFAULTS[name])


def stored_name(name):
    """A name setting as stored in the database: a string in the site's language."""
    with translation.override(settings.LANGUAGE_CODE):
        return str(get_setting(name))
