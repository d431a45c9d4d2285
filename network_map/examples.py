"""Example relay organisations, for demo sites and tests."""

from cms_blocks.examples import add_page

from .models import Audience, RelayOrganisationPage

__all__ = ["add_relay"]


def add_relay(map_page, *, audiences=(), tags=(), publish=True, **fields):
    """Add a relay organisation under ``map_page`` as an editor would (see ``add_page``).

    Args:
        map_page: the ``NetworkMapPage`` the relay belongs to.
        audiences: names of audiences in the map page's language; names that no audience
            has are left out.
        tags: tag names.
        publish: False to leave the relay unpublished.
        **fields: the page's fields, at least ``title``, ``slug`` and ``departements``.

    Returns:
        The relay page as stored.
    """
    page = RelayOrganisationPage(**fields)
    page.audiences = list(Audience.objects.filter(locale=map_page.locale, name__in=audiences))
    return add_page(map_page, page, tags=tags, publish=publish)
