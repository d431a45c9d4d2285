from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError

from cms_blocks.blocks.choosers import PageChooserBlock, SnippetChooserBlock
from cms_blocks.languages import active_language
from cms_blocks.prefetch import PreparedContextMixin, localized_page, prefetch_renditions

from .models import MemberPage


class MemberGridBlock(PreparedContextMixin, blocks.StructBlock):
    """Members' logos and names: those of a category, or members chosen one by one."""

    title = blocks.CharBlock(label=_("Title"), required=False, max_length=120)
    category = SnippetChooserBlock(
        "members.MemberCategory",
        label=_("Category"),
        required=False,
        help_text=_("Show every member of this category…"),
    )
    members = blocks.ListBlock(
        PageChooserBlock(page_type="members.MemberPage", label=_("Member")),
        label=_("Members"),
        min_num=0,
        help_text=_("…or choose members one by one (not both)."),
    )

    def clean(self, value):
        value = super().clean(value)
        if bool(value["category"]) == bool(value["members"]):
            message = _("Choose either a category or members, not both and not neither.")
            raise StructBlockValidationError(
                block_errors={
                    "category": ValidationError(message),
                    "members": ValidationError(message),
                }
            )
        return value

    def prepare_context(self, value, context):
        if value["category"]:
            members = list(
                MemberPage.objects.live()
                .filter(
                    locale__language_code=active_language(),
                    category__translation_key=value["category"].translation_key,
                    view_restrictions__isnull=True,
                )
                .select_related("logo")
                .order_by("sort_name")
            )
            prefetch_renditions([member.logo for member in members])
        else:
            chosen = (localized_page(context, page) for page in value["members"])
            members = [member for member in chosen if member is not None]
        return {"members": members}

    class Meta:
        icon = "group"
        label = _("Members")
        description = _("Logos and names of members: a category, or members chosen one by one.")
        template = "members/blocks/member_grid.html"
        # Kept rendered (cms_blocks.rendering): the same for everyone until the content
        # changes.
        cache_rendering = True
