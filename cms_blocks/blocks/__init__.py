"""The block library. Import blocks from here: ``from cms_blocks.blocks import BodyStreamBlock``."""

from .data import *  # noqa: F403
from .data import __all__ as _data_all
from .links import *  # noqa: F403
from .links import __all__ as _links_all
from .listings import *  # noqa: F403
from .listings import __all__ as _listings_all
from .media import *  # noqa: F403
from .media import __all__ as _media_all
from .streams import *  # noqa: F403
from .streams import __all__ as _streams_all
from .text import *  # noqa: F403
from .text import __all__ as _text_all

__all__ = [*_data_all, *_links_all, *_listings_all, *_media_all, *_streams_all, *_text_all]
