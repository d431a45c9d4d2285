"""Print the SQL queries of a returning visitor's request of each address given.

Run by ``bench/run`` with the benchmark's settings and database (``manage.py shell`` style):

    python bench/queries.py /fr/ /fr/membres/ ...

Each address is asked for twice through Django's test client (the first request builds what
is cached apart from pages: menus, footers, routing, renditions); the queries of the second
are counted, with the page cache as ``PAGE_CACHE_TIMEOUT`` says (0: every request builds
its page; otherwise the second is a hit).
"""

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "site"))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "resacoop.settings.production")


def main(paths):
    import django

    django.setup()
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    host = os.environ.get("ALLOWED_HOSTS", "127.0.0.1").split(",")[0]
    # As nginx passes a request on: HTTPS, from the host the site is served at.
    client = Client(HTTP_HOST=host, HTTP_X_FORWARDED_PROTO="https")
    for path in paths:
        client.get(path)
        with CaptureQueriesContext(connection) as queries:
            response = client.get(path)
        sys.stdout.write(f"{path}\t{response.status_code}\t{len(queries)}\n")


if __name__ == "__main__":
    main(sys.argv[1:])
