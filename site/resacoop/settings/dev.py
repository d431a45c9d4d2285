"""Settings for running the site on a developer's machine (the default of manage.py)."""

import os
import secrets

from .base import *  # noqa: F403
from .base import VAR_DIR

DEBUG = True


def _local_secret_key():
    """Return a secret key kept in ``var/`` so sessions survive a restart of the server."""
    path = VAR_DIR / "secret_key"
    if not path.exists():
        VAR_DIR.mkdir(parents=True, exist_ok=True)
        path.write_text(secrets.token_urlsafe(50))
        path.chmod(0o600)
    return path.read_text().strip()


SECRET_KEY = os.environ.get("SECRET_KEY") or _local_secret_key()

EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"

try:
    from .local import *  # noqa: F403
except ImportError:
    pass
