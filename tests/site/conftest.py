# The reference site's pages, and the relays, their accounts and the network's staff as
# tests/network_map builds them (for the site's checks of the relays' admin screens).
from ..network_map.fixtures import many_relays, map_page, network, relays  # noqa: F401
from .fixtures import (  # noqa: F401
    clock,
    contact_page,
    django_db_setup,
    home_page,
    missions_page,
    standard_page,
)
