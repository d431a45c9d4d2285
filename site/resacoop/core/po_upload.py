"""A check in front of wagtail-localize's PO file upload.

wagtail-localize answers a 500 when the upload has no file, or a PO file without its
translation id header (it reads ``request.FILES["file"]`` and the header unchecked). This
view turns those into the message it gives for other bad files, then lets wagtail-localize
import the good ones.
"""

import tempfile
from pathlib import Path

import polib
from django.contrib import messages
from django.shortcuts import redirect
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail_localize.views.edit_translation import upload_pofile

TRANSLATION_ID_HEADER = "X-WagtailLocalize-TranslationID"


def _translation_id_in(uploaded):
    """The translation id a PO file was exported for, or None if it is not a PO file."""
    with tempfile.TemporaryDirectory() as folder:
        # polib reads a string as a file name when it can: always give it a file.
        path = Path(folder) / "upload.po"
        path.write_bytes(uploaded.read())
        uploaded.seek(0)
        try:
            return polib.pofile(str(path)).metadata.get(TRANSLATION_ID_HEADER)
        except (OSError, UnicodeDecodeError):
            return None


@require_POST
def checked_upload_pofile(request, translation_id):
    uploaded = request.FILES.get("file")
    if uploaded is None or not _translation_id_in(uploaded):
        messages.error(request, _("Please upload a PO file exported from this translation."))
        next_url = request.POST.get("next", "")
        if not url_has_allowed_host_and_scheme(next_url, allowed_hosts={request.get_host()}):
            next_url = "wagtailadmin_home"
        return redirect(next_url)
    return upload_pofile(request, translation_id)
