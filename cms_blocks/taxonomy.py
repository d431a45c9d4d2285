"""Translatable taxonomies: short lists of terms that editors keep in the admin.

A site's kinds of member, the audiences of an organisation, themes of resources: each is a
concrete subclass of :class:`TaxonomyTerm`, registered as a snippet, and seeded with a
starting list by :func:`ensure_terms`.
"""

from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Locale, TranslatableMixin

__all__ = ["TaxonomyTerm", "ensure_terms"]


class TaxonomyTerm(TranslatableMixin, models.Model):
    """A term of a translatable list, listed by position then name.

    Its slug follows its name, for use in URLs and filters, and is unique in each language.
    Subclasses give their verbose names in a ``Meta`` that inherits ``TaxonomyTerm.Meta``.
    """

    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(_("slug"), max_length=100, editable=False)
    sort_order = models.PositiveSmallIntegerField(_("position"), default=0)

    panels = [FieldPanel("name"), FieldPanel("sort_order")]

    #: The error shown when another term of the same language has the same slug.
    name_taken_message = _("This name is already used in this language.")

    class Meta(TranslatableMixin.Meta):
        abstract = True
        ordering = ["sort_order", "name"]
        constraints = [
            models.UniqueConstraint(
                fields=["slug", "locale"], name="unique_%(class)s_slug_per_locale"
            )
        ]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        self.slug = slugify(self.name)
        super().save(*args, **kwargs)

    def clean(self):
        super().clean()
        # The slug is not on the form, so the unique constraint cannot be checked there:
        # without this, a clash would only be found by the database, as a server error.
        clash = type(self).objects.filter(locale_id=self.locale_id, slug=slugify(self.name))
        if clash.exclude(pk=self.pk).exists():
            raise ValidationError({"name": self.name_taken_message})

    @classmethod
    def in_locale(cls, terms, locale):
        """``terms`` as written in ``locale``, in the same order.

        Args:
            terms: terms of this taxonomy, in any language.
            locale: a ``Locale``, or a language code such as ``"fr"``.

        Returns:
            A list with each term's translation, or the term itself where it has none.
        """
        if isinstance(locale, Locale):
            in_language = {"locale": locale}
        else:
            in_language = {"locale__language_code": locale}
        translations = {
            term.translation_key: term
            for term in cls.objects.filter(
                translation_key__in=[term.translation_key for term in terms], **in_language
            )
        }
        return [translations.get(term.translation_key, term) for term in terms]


@transaction.atomic
def ensure_terms(model, names):
    """Create the starting terms of a taxonomy, and their translations, where missing.

    A term is found by its name in the default language and never overwritten, so editors'
    changes survive. Translations are made through wagtail-localize, as a translator would:
    when a page using a term is translated later, its re-synced terms keep these names
    instead of getting copies of the default language's.

    Args:
        model: a concrete subclass of :class:`TaxonomyTerm`.
        names: one dict per term, in order, mapping language codes to the term's name; it
            must have the default language.

    Returns:
        The terms in the default language, in order.
    """
    # Imported here: only seeding translations needs wagtail-localize; the taxonomies work
    # without it.
    from .translation import translate

    default = Locale.get_default()
    others = list(Locale.objects.exclude(pk=default.pk))
    terms = []
    for position, names_of_term in enumerate(names, start=1):
        name = names_of_term[default.language_code]
        term = model.objects.filter(locale=default, name=name).first()
        if term is None:
            term = model.objects.create(locale=default, name=name, sort_order=position)
        terms.append(term)
        for locale in others:
            if locale.language_code in names_of_term and not term.has_translation(locale):
                translate(term, locale, {name: names_of_term[locale.language_code]})
    return terms
