"""Blocks of the test project."""

from wagtail import blocks

from cms_blocks.blocks import ParagraphBlock
from network_map.blocks import RelayMapBlock


class ShortRelayBodyBlock(blocks.StreamBlock):
    """A relay body of a host that wants it short: text and a map, nothing else of the library.

    Named by ``NETWORK_MAP_RELAY_BODY_BLOCK`` in ``tests/network_map/test_relay_body.py``; a
    plain ``StreamBlock``, as a host may write.
    """

    paragraph = ParagraphBlock()
    relay_map = RelayMapBlock()
