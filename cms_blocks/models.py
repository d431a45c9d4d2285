import uuid

from django.db import models
from django.utils.translation import gettext_lazy as _


def new_token():
    return uuid.uuid4().hex


class ContentVersion(models.Model):
    """The version of the published content, one row shared by every process of a site.

    Read through :mod:`cms_blocks.content_version`, never directly.
    """

    token = models.CharField(_("token"), max_length=32, default=new_token)

    class Meta:
        verbose_name = _("content version")
        verbose_name_plural = _("content versions")

    def __str__(self):
        return self.token
