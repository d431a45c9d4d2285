"""The site translates its content with the foundation's helper (``cms_blocks.translation``)."""

from cms_blocks.translation import translate

__all__ = ["translate"]
