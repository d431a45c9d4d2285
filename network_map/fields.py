"""The body of relay pages, whose blocks the host project chooses."""

from django.core.exceptions import ImproperlyConfigured
from django.utils.module_loading import import_string
from wagtail.blocks import StreamBlock
from wagtail.fields import StreamField

from .conf import get_setting


def relay_body_block_class():
    """The StreamBlock subclass named by ``NETWORK_MAP_RELAY_BODY_BLOCK``.

    Raises:
        ImportError: the setting is not a dotted path to something importable.
        TypeError: what it names is not a subclass of ``wagtail.blocks.StreamBlock``.
    """
    path = get_setting("RELAY_BODY_BLOCK")
    if not isinstance(path, str):
        raise ImportError(f"{path!r} is not a dotted path")
    try:
        block_class = import_string(path)
    except ImportError as error:
        raise ImportError(f"{path!r} cannot be imported ({error})") from error
    if not (isinstance(block_class, type) and issubclass(block_class, StreamBlock)):
        raise TypeError(f"{path!r} is not a subclass of wagtail.blocks.StreamBlock")
    return block_class


class RelayBodyField(StreamField):
    """A StreamField whose blocks are the StreamBlock named by ``NETWORK_MAP_RELAY_BODY_BLOCK``.

    A plain ``StreamField`` writes the definition of every one of its blocks into the
    migrations of its app, so each change to the block library of ``cms_blocks`` would be a
    migration of ``network_map``, and a host project could not choose what relay pages
    contain. This field builds its stream block from the setting when it is first used and
    leaves the blocks out of ``deconstruct()``: migrations hold only
    ``network_map.fields.RelayBodyField(blank=True, verbose_name=...)``, whatever the blocks.
    The column is the same JSON column as any StreamField's.

    The price: historical models in migrations see the blocks of today's setting, not those
    of the day the migration was written (and reading a body leaves out the types they do
    not know). A data migration that reads or rewrites relay bodies should work on their
    stored JSON, read with ``Cast("body", JSONField())``.

    Takes the keyword arguments of ``StreamField`` except the block types.
    """

    def __init__(self, **kwargs):
        super().__init__(None, **kwargs)

    @property
    def stream_block(self):
        # StreamField caches its block for good; this one is built again if the setting
        # changes (override_settings, pytest-django's settings fixture), else reused.
        path = get_setting("RELAY_BODY_BLOCK")
        cached = self.__dict__.get("_relay_body_block")
        if cached is None or cached[0] != path:
            try:
                block_class = relay_body_block_class()
            except (ImportError, TypeError) as error:
                # Said by network_map.E004/E005 too, but Wagtail's own checks build the admin
                # forms, and so this block, before those can run.
                raise ImproperlyConfigured(f"NETWORK_MAP_RELAY_BODY_BLOCK: {error}.") from error
            block = block_class()
            block.set_meta_options(self.block_opts)
            cached = self._relay_body_block = (path, block)
        return cached[1]

    def deconstruct(self):
        # Field's deconstruct, not StreamField's, which lists the blocks. Block options
        # (min_num...) are kept so that Field.clone() gives back the same field.
        name, path, args, kwargs = super(StreamField, self).deconstruct()
        kwargs.update(
            {option: value for option, value in self.block_opts.items() if option != "required"}
        )
        return name, path, [], kwargs

    def check(self, **kwargs):
        try:
            relay_body_block_class()
        except (ImportError, TypeError):
            # network_map.E004 or E005 reports the setting; the blocks cannot be checked.
            return super(StreamField, self).check(**kwargs)
        return super().check(**kwargs)
