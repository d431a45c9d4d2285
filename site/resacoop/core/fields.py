"""Fields of the site's pages: their bodies, and the values of multi-valued code fields."""

from django.utils.functional import cached_property
from django.utils.module_loading import import_string
from wagtail.blocks import StreamBlock
from wagtail.fields import StreamField


class BodyField(StreamField):
    """A StreamField whose blocks are the StreamBlock class at a dotted path.

    A plain ``StreamField`` writes the definition of every one of its blocks into the
    migrations of its app: each block added to the library, or each option of a block
    changed, was a migration in every app with a body (seven of them). This field's
    migrations hold only the path, ``BodyField("resacoop.pages.blocks.SiteBodyBlock",
    blank=True, ...)``, whatever the blocks; the column is the same JSON column.

    The price, as for ``network_map.fields.RelayBodyField``: historical models in migrations
    see today's blocks. A data migration that reads or rewrites bodies should work on their
    stored JSON (``Cast("body", JSONField())``).

    Args:
        block: the dotted path of a ``wagtail.blocks.StreamBlock`` subclass.
        **kwargs: those of ``StreamField``, except its block types.
    """

    def __init__(self, block, **kwargs):
        self.block_path = block
        super().__init__(None, **kwargs)

    @cached_property
    def stream_block(self):
        block_class = import_string(self.block_path)
        if not (isinstance(block_class, type) and issubclass(block_class, StreamBlock)):
            raise TypeError(f"{self.block_path!r} is not a subclass of StreamBlock")
        block = block_class()
        block.set_meta_options(self.block_opts)
        return block

    def deconstruct(self):
        # Field's deconstruct, not StreamField's, which lists the blocks. The block options
        # (min_num...) are kept so that Field.clone() gives back the same field.
        name, path, _args, kwargs = super(StreamField, self).deconstruct()
        kwargs.update(
            {option: value for option, value in self.block_opts.items() if option != "required"}
        )
        return name, path, [self.block_path], kwargs


def codes_of(value):
    """The codes a multi-valued field holds (countries, languages), as a list of strings:
    from the column as stored ("SN,ML") or from the value as read (django-countries'
    ``Country`` objects)."""
    if not value:
        return []
    if isinstance(value, str):
        value = value.split(",")
    return [code for code in (str(getattr(item, "code", item)).strip() for item in value) if code]
