from django.conf import settings
from django.core.checks import Error, Tags, register

RELAY_ADMIN_MIDDLEWARE = "network_map.middleware.RelayAdminMiddleware"
AUTHENTICATION_MIDDLEWARE = "django.contrib.auth.middleware.AuthenticationMiddleware"


@register(Tags.security)
def relay_admin_middleware_check(app_configs, **kwargs):
    """Relay organisations must meet the admin's screens through RelayAdminMiddleware."""
    middleware = list(settings.MIDDLEWARE)
    if RELAY_ADMIN_MIDDLEWARE not in middleware:
        return [
            Error(
                f"{RELAY_ADMIN_MIDDLEWARE} is missing from MIDDLEWARE.",
                hint="Without it, relay organisations can open admin screens that show other "
                "organisations' drafts and other people's e-mail addresses. Add it after "
                f"{AUTHENTICATION_MIDDLEWARE}.",
                id="network_map.E001",
            )
        ]
    if AUTHENTICATION_MIDDLEWARE in middleware and middleware.index(
        RELAY_ADMIN_MIDDLEWARE
    ) < middleware.index(AUTHENTICATION_MIDDLEWARE):
        return [
            Error(
                f"{RELAY_ADMIN_MIDDLEWARE} comes before {AUTHENTICATION_MIDDLEWARE}.",
                hint="It needs to know who is signed in: move it after.",
                id="network_map.E002",
            )
        ]
    return []
