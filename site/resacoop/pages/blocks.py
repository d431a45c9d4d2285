from django.utils.translation import gettext_lazy as _

from cms_blocks.blocks import BodyStreamBlock
from network_map.blocks import RelayMapBlock
from resacoop.agenda.blocks import UpcomingEventsBlock
from resacoop.members.blocks import MemberGridBlock
from resacoop.missions.blocks import MissionCardsBlock
from resacoop.news.blocks import LatestNewsBlock

NETWORK = _("The network")


class SiteBodyBlock(BodyStreamBlock):
    """The library's body stream, plus the blocks that show the network's own content."""

    missions = MissionCardsBlock(group=NETWORK)
    members = MemberGridBlock(group=NETWORK)
    relay_map = RelayMapBlock(group=NETWORK)
    upcoming_events = UpcomingEventsBlock(group=NETWORK)
    latest_news = LatestNewsBlock(group=NETWORK)
