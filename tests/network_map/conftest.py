from ..testapp.fixtures import (  # noqa: F401 (the test project's pages)
    contact_page,
    django_db_setup,
    home_page,
    missions_page,
    standard_page,
)
from .fixtures import many_relays, map_page, network, relays  # noqa: F401
