"""What the reference site does to every request, one module a concern.

In the order of ``MIDDLEWARE`` (see ``resacoop.settings.base``):

- ``security.SecurityHeadersMiddleware``: Content-Security-Policy and Permissions-Policy.
- ``page_cache.AnonymousPageCacheMiddleware``: whole pages for visitors without a session.
- ``languages.LanguagePrefixMiddleware``: the language from the address's prefix.
- ``request_checks.RequestChecksMiddleware``: 400 for input that would end in a server error.
- ``routing.RoutingMiddleware``: the Site and the way to a page, from the cache.
- ``database.DatabaseUnavailableMiddleware``: 503 while the database cannot be reached.

Their settings are read through ``resacoop.conf``.
"""
