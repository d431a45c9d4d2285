"""The block library. Import blocks from here: ``from cms_blocks.blocks import BodyStreamBlock``."""

from .media import *  # noqa: F403
from .media import __all__ as _media_all
from .streams import *  # noqa: F403
from .streams import __all__ as _streams_all
from .text import *  # noqa: F403
from .text import __all__ as _text_all

__all__ = [*_media_all, *_streams_all, *_text_all]
