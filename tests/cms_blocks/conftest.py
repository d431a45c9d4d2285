from ..testapp.fixtures import (  # noqa: F401 (the test project's pages)
    django_db_setup,
    home_page,
    missions_page,
    standard_page,
)
