"""A small Wagtail project of its own for the tests of the pluggable apps.

``cms_blocks`` and ``network_map`` are tested here as another project would install them:
its settings, URLs, base template and page types, and nothing of the reference site.
"""
