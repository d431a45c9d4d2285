from django.apps import apps
from django.conf import settings
from django.core.checks import Error, Tags, register
from django.core.checks import Warning as CheckWarning

from .conf import DEFAULTS
from .fields import relay_body_block_class

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


@register()
def wagtail_localize_check(app_configs, **kwargs):
    """Relay pages are translated through wagtail-localize, whose screens relays meet."""
    if apps.is_installed("wagtail_localize"):
        return []
    return [
        Error(
            "network_map needs wagtail_localize in INSTALLED_APPS.",
            hint="Add 'wagtail_localize' and 'wagtail_localize.locales' (in place of "
            "'wagtail.locales'). The network's staff translate relay pages with it, and "
            "RelayAdminMiddleware keeps relay accounts to the translation screens it adds.",
            id="network_map.E003",
        )
    ]


@register(Tags.models)
def relay_body_block_check(app_configs, **kwargs):
    """NETWORK_MAP_RELAY_BODY_BLOCK names a StreamBlock subclass that can be imported."""
    try:
        relay_body_block_class()
    except ImportError as error:
        return [
            Error(
                f"NETWORK_MAP_RELAY_BODY_BLOCK: {error}.",
                hint="Give the dotted path of a wagtail.blocks.StreamBlock subclass, such as "
                f"{DEFAULTS['RELAY_BODY_BLOCK']!r} (the default), or leave the setting out.",
                id="network_map.E004",
            )
        ]
    except TypeError as error:
        return [
            Error(
                f"NETWORK_MAP_RELAY_BODY_BLOCK: {error}.",
                hint="The body of relay pages is a stream: name a subclass of "
                "wagtail.blocks.StreamBlock, whose child blocks are what editors may add.",
                id="network_map.E005",
            )
        ]
    return []


@register(Tags.models)
def relay_subpage_types_check(app_configs, **kwargs):
    """NETWORK_MAP_RELAY_SUBPAGE_TYPES lists page types that may live under relay pages."""
    from .models import RelayOrganisationPage, relay_subpage_type

    names = getattr(settings, "NETWORK_MAP_RELAY_SUBPAGE_TYPES", DEFAULTS["RELAY_SUBPAGE_TYPES"])
    if not isinstance(names, list | tuple):
        return [
            Error(
                f"NETWORK_MAP_RELAY_SUBPAGE_TYPES: {names!r} is not a list.",
                hint="Give a list of page types as 'app_label.ModelName', such as "
                "['agenda.EventPage'], or [] (the default) for relay pages without children.",
                id="network_map.E006",
            )
        ]
    errors = []
    for name in names:
        try:
            model = relay_subpage_type(name)
        except LookupError as error:
            errors.append(
                Error(
                    f"NETWORK_MAP_RELAY_SUBPAGE_TYPES: {error}.",
                    hint="Name each page type as 'app_label.ModelName' (its app's label and "
                    "its class name), such as 'agenda.EventPage', with its app installed.",
                    id="network_map.E006",
                )
            )
            continue
        except TypeError as error:
            errors.append(
                Error(
                    f"NETWORK_MAP_RELAY_SUBPAGE_TYPES: {error}.",
                    hint="Relay organisations add pages under their own page: name subclasses "
                    "of wagtail.models.Page only.",
                    id="network_map.E007",
                )
            )
            continue
        try:
            parents = model.clean_parent_page_models()
        except (LookupError, ValueError):
            continue  # Wagtail's own check (wagtailcore.E002) names the mistake
        if RelayOrganisationPage not in parents:
            errors.append(
                CheckWarning(
                    f"NETWORK_MAP_RELAY_SUBPAGE_TYPES: {name!r} cannot be a child of relay "
                    "pages: its parent_page_types leave out network_map.RelayOrganisationPage.",
                    hint=f"Add 'network_map.RelayOrganisationPage' to {model.__name__}."
                    "parent_page_types, or take it out of the setting.",
                    obj=model,
                    id="network_map.W001",
                )
            )
    return errors
