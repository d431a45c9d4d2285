from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm


class MemberPageForm(WagtailAdminPageForm):
    def clean(self):
        cleaned_data = super().clean()
        acronym = cleaned_data.get("acronym")
        if acronym and self.parent_page is not None:
            # Members are the children of their directory (each language has its own).
            namesakes = (
                type(self.instance)
                .objects.child_of(self.parent_page)
                .filter(acronym__iexact=acronym)
                .exclude(pk=self.instance.pk)
            )
            if namesakes.exists():
                self.add_error(
                    "acronym", _("Another member of this directory already uses this acronym.")
                )
        return cleaned_data
