"""Idempotent steps that turn an empty database into a working multilingual site.

Used by the ``setup_site`` command and by the test suite, so both start from the same state.
"""

import secrets
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import ImproperlyConfigured
from django.db import transaction
from django.utils.text import slugify
from wagtail.models import Collection, Locale, Page, Site

from cms_blocks.taxonomy import ensure_terms
from cms_blocks.translation import ensure_translations
from network_map.models import Audience
from resacoop.members.models import MemberCategory
from resacoop.pages.models import HomePage

from .seeds import AUDIENCES, CATEGORIES


def ensure_locales():
    """Create a Wagtail locale for every content language; return them, default first."""
    locales = []
    for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        locale, _created = Locale.objects.get_or_create(language_code=code)
        locales.append(locale)
    return locales


@transaction.atomic
def ensure_home_page():
    """Return the default site's home page, creating it (in the default language) if needed.

    Wagtail's installation leaves a placeholder "Welcome" page as the site root; it is
    replaced by a ``HomePage`` and deleted if nobody has added pages under it.
    """
    site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
    if site and isinstance(site.root_page.specific, HomePage):
        return site.root_page.specific

    root = Page.get_first_root_node() or Page.add_root(
        instance=Page(title="Root", slug="root", locale=Locale.get_default())
    )
    home = root.add_child(
        instance=HomePage(
            title=settings.WAGTAIL_SITE_NAME,
            slug=slugify(settings.WAGTAIL_SITE_NAME) or "home-page",
            locale=Locale.get_default(),
        )
    )
    placeholder = site.root_page if site else None
    site = site or Site(is_default_site=True, hostname="localhost")
    site.root_page = home
    site.site_name = site.site_name or settings.WAGTAIL_SITE_NAME
    site.save()
    if placeholder and type(placeholder.specific) is Page and placeholder.numchild == 0:
        placeholder.delete()
    return home


def follow_public_address():
    """Give the default site the host name and port of ``WAGTAILADMIN_BASE_URL``.

    The configured public address is the one truth: canonical links, the sitemap, structured
    data (all from the Site record) and the admin's e-mails (from the setting) then name the
    address visitors use. Run on every ``setup_site`` and ``load_demo``, so a site moved to
    another address follows it. Returns the site's root URL.
    """
    address = urlsplit(settings.WAGTAILADMIN_BASE_URL)
    if address.scheme not in ("http", "https") or not address.hostname:
        raise ImproperlyConfigured(
            "WAGTAILADMIN_BASE_URL is the site's public address, such as https://example.org; "
            f"{settings.WAGTAILADMIN_BASE_URL!r} is not one."
        )
    port = address.port or (443 if address.scheme == "https" else 80)
    site = Site.objects.get(is_default_site=True)
    if (site.hostname, site.port) != (address.hostname, port):
        site.hostname, site.port = address.hostname, port
        site.save(update_fields=["hostname", "port"])
    return site.root_url


def ensure_superuser(username="admin", email="admin@example.org", password=None):
    """Create a superuser if the site has none.

    Returns ``(user, password)``; ``password`` is None when an account already existed,
    because passwords are stored hashed and cannot be shown again.
    """
    User = get_user_model()
    existing = User.objects.filter(is_superuser=True).order_by("pk").first()
    if existing:
        return existing, None
    password = password or secrets.token_urlsafe(12)
    user = User.objects.create_superuser(username=username, email=email, password=password)
    return user, password


def ensure_root_collection():
    """The root of image and document collections, which Wagtail's migrations create.

    Recreated here for databases emptied since (``manage.py flush``, transactional tests).
    """
    return Collection.get_first_root_node() or Collection.add_root(name="Root")


def setup_site(log=None):
    """Locales, collections, member categories, the home page and its translations.

    Returns the home page in the default language; ``log``, if given, receives a line per
    step.
    """
    log = log or (lambda message: None)
    locales = ensure_locales()
    log(f"Locales: {', '.join(locale.language_code for locale in locales)}")
    ensure_root_collection()
    categories = ensure_terms(MemberCategory, CATEGORIES)
    log(f"Member categories: {len(categories)}")
    audiences = ensure_terms(Audience, AUDIENCES)
    log(f"Audiences of relays: {len(audiences)}")
    home = ensure_home_page()
    log(f"Public address: {follow_public_address()}/")
    created = ensure_translations(home, locales[1:])
    if created:
        log(f"Home page translated into: {', '.join(locale.language_code for locale in created)}")
    log(f"Home page: “{home.title}” (id {home.pk})")
    return home
