"""The block library. Import blocks from here: ``from cms_blocks.blocks import BodyStreamBlock``."""

from .contact import *  # noqa: F403
from .contact import __all__ as _contact_all
from .data import *  # noqa: F403
from .data import __all__ as _data_all
from .layout import *  # noqa: F403
from .layout import __all__ as _layout_all
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

__all__ = [
    *_contact_all,
    *_data_all,
    *_layout_all,
    *_links_all,
    *_listings_all,
    *_media_all,
    *_streams_all,
    *_text_all,
]
