"""Settings of the network_map app, each with its default, read when used.

``NETWORK_MAP_DEFAULT_REGION``
    INSEE code of the region a new map page shows. Default: ``"84"``
    (Auvergne-Rhône-Alpes). Each map page can choose another.
``NETWORK_MAP_COORDINATE_TOLERANCE``
    How far, in degrees, a relay's coordinates may lie outside the départements it covers
    before the form refuses them. Default: ``0.3`` (about 30 km): the outlines are drawings,
    not surveys.
``NETWORK_MAP_CACHE_TIMEOUT``
    Seconds the relays of a map stay cached; publishing, unpublishing, moving or deleting a
    relay clears them at once anyway. Default: ``3600``.
"""

from django.conf import settings

DEFAULTS = {
    "DEFAULT_REGION": "84",
    "COORDINATE_TOLERANCE": 0.3,
    "CACHE_TIMEOUT": 3600,
}


def get_setting(name):
    return getattr(settings, f"NETWORK_MAP_{name}", DEFAULTS[name])
