from wagtail.admin.panels import PageChooserPanel

from resacoop.core.widgets import ForgivingPageChooser


class ForgivingPageChooserPanel(PageChooserPanel):
    """Wagtail's chooser of a page of some types, with the widget that draws an empty chooser
    for a posted value that is not an id (``resacoop.core.widgets``): a forged form gets the
    field's message, not a server error."""

    def get_form_options(self):
        opts = super().get_form_options()
        opts.setdefault("widgets", {})[self.field_name] = ForgivingPageChooser(
            target_models=self.page_type, can_choose_root=self.can_choose_root
        )
        return opts
