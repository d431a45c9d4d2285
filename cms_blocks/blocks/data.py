from datetime import date
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.utils.dateformat import format as format_date
from django.utils.formats import date_format, number_format
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext_lazy
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.contrib.typed_table_block.blocks import (
    TypedTableBlock,
    TypedTableBlockValidationError,
)

from ..conf import get_setting
from .text import SHORT_RICH_TEXT_FEATURES, HeadingLevelBlock, TitledValue

__all__ = ["KeyFiguresBlock", "TimelineBlock", "FAQBlock", "TableBlock"]


class KeyFigureValue(blocks.StructValue):
    @property
    def display_number(self):
        """The number written for the visitor's language: "27", "1 200,5", "12 000"."""
        number = self.get("number")
        if number is None:
            return ""
        number = Decimal(number).normalize()
        # Group the digits of large quantities only: "12 000", but "2017" and "1994".
        return number_format(
            number,
            decimal_pos=max(0, -number.as_tuple().exponent),
            force_grouping=abs(number) >= 10_000,
        )


class KeyFigureBlock(blocks.StructBlock):
    number = blocks.DecimalBlock(
        label=_("Number"), max_digits=12, decimal_places=2, help_text=_("For example 27.")
    )
    unit = blocks.CharBlock(
        label=_("Unit"),
        required=False,
        max_length=20,
        help_text=_("Optional, written after the number: %, km, M€…"),
    )
    label = blocks.CharBlock(
        label=_("Label"),
        required=False,
        max_length=120,
        help_text=_("What is counted, e.g. “member organisations”."),
    )

    def clean(self, value):
        value = super().clean(value)
        if not (value["label"] or "").strip():
            raise StructBlockValidationError(
                block_errors={
                    "label": ValidationError(
                        _("Say what the number counts, e.g. “member organisations”.")
                    )
                }
            )
        return value

    class Meta:
        icon = "order"
        label = _("Key figure")
        value_class = KeyFigureValue


class KeyFiguresBlock(blocks.StructBlock):
    """A few numbers that sum up the network: "27 members", "2 offices"."""

    title = blocks.CharBlock(label=_("Title"), required=False, max_length=120)
    figures = blocks.ListBlock(KeyFigureBlock(), label=_("Figures"), min_num=1, max_num=8)
    heading_level = HeadingLevelBlock()

    class Meta:
        icon = "order"
        label = _("Key figures")
        description = _("Up to eight numbers, each with what it counts.")
        template = "cms_blocks/blocks/key_figures.html"
        value_class = TitledValue
        preview_value = {
            "title": _("The network in figures"),
            "figures": [
                {"number": "27", "unit": "", "label": _("member organisations")},
                {"number": "5", "unit": "", "label": _("missions")},
                {"number": "2", "unit": "", "label": _("offices")},
            ],
        }


class TimelineEventValue(blocks.StructValue):
    @property
    def machine_date(self):
        """The date for ``<time datetime>``, as precise as the editor said: 1994, 2017-07..."""
        day = self.get("date")
        return format_date(day, {"year": "Y", "month": "Y-m"}.get(self.get("precision"), "Y-m-d"))

    @property
    def display_date(self):
        day = self.get("date")
        precision = self.get("precision")
        if precision == "year":
            return str(day.year)
        if precision == "month":
            return date_format(day, "YEAR_MONTH_FORMAT")
        return date_format(day, "DATE_FORMAT")


class TimelineEventBlock(blocks.StructBlock):
    date = blocks.DateBlock(label=_("Date"))
    precision = blocks.ChoiceBlock(
        label=_("Show"),
        choices=[
            ("year", _("the year only")),
            ("month", _("the month and year")),
            ("day", _("the full date")),
        ],
        default="year",
        help_text=_("For an event known by its year, pick any day of that year."),
    )
    title = blocks.CharBlock(label=_("What happened"), max_length=160)
    description = blocks.TextBlock(label=_("Details"), required=False, max_length=600)

    class Meta:
        icon = "date"
        label = _("Event")
        value_class = TimelineEventValue


class TimelineValue(TitledValue):
    @property
    def events_in_order(self):
        return sorted(self.get("events") or [], key=lambda event: event["date"])


class TimelineBlock(blocks.StructBlock):
    """Dated events in order, e.g. the history of the network."""

    title = blocks.CharBlock(label=_("Title"), required=False, max_length=120)
    events = blocks.ListBlock(TimelineEventBlock(), label=_("Events"), min_num=1)
    heading_level = HeadingLevelBlock()

    class Meta:
        icon = "history"
        label = _("Timeline")
        description = _("Dated events, shown in chronological order.")
        template = "cms_blocks/blocks/timeline.html"
        value_class = TimelineValue
        preview_value = {
            "title": _("Our history"),
            "events": [
                {"date": date(1994, 1, 1), "precision": "year", "title": _("Creation")},
                {"date": date(2017, 7, 1), "precision": "day", "title": _("A wider region")},
            ],
        }


class FAQValue(TitledValue):
    @property
    def json_ld(self):
        """The questions as a schema.org FAQPage, for search engines."""
        return {
            "@context": "https://schema.org",
            "@type": "FAQPage",
            "mainEntity": [
                {
                    "@type": "Question",
                    "name": item["question"],
                    "acceptedAnswer": {
                        "@type": "Answer",
                        "text": strip_tags(str(item["answer"])).strip(),
                    },
                }
                for item in self.get("items") or []
            ],
        }


class FAQItemBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("Question"), max_length=255)
    answer = blocks.RichTextBlock(label=_("Answer"), features=SHORT_RICH_TEXT_FEATURES)

    class Meta:
        icon = "help"
        label = _("Question and answer")


class FAQBlock(blocks.StructBlock):
    """Questions that open to show their answer; also published as schema.org FAQPage."""

    title = blocks.CharBlock(label=_("Title"), required=False, max_length=120)
    items = blocks.ListBlock(FAQItemBlock(), label=_("Questions"), min_num=1)
    heading_level = HeadingLevelBlock()

    class Meta:
        icon = "help"
        label = _("Questions and answers")
        description = _("Questions that open to show their answer (FAQ, accordion).")
        template = "cms_blocks/blocks/faq.html"
        value_class = FAQValue
        preview_value = {
            "title": _("Frequently asked questions"),
            "items": [
                {
                    "question": _("Who can ask the network for advice?"),
                    "answer": _("<p>Any organisation or inhabitant of the region.</p>"),
                }
            ],
        }


class TableBlock(TypedTableBlock):
    """Wagtail's typed table, bounded in size, with its texts offered for translation."""

    text = blocks.CharBlock(label=_("Text"), required=False, max_length=255)
    number = blocks.DecimalBlock(label=_("Number"), required=False)

    def clean(self, value):
        errors = []
        max_rows, max_columns = get_setting("TABLE_MAX_ROWS"), get_setting("TABLE_MAX_COLUMNS")
        if len(value.columns) > max_columns:
            errors.append(
                ValidationError(
                    ngettext_lazy(
                        "A table may have at most %(limit)d column.",
                        "A table may have at most %(limit)d columns.",
                        "limit",
                    ),
                    params={"limit": max_columns},
                )
            )
        if len(value.row_data) > max_rows:
            errors.append(
                ValidationError(
                    ngettext_lazy(
                        "A table may have at most %(limit)d row; split it in several tables.",
                        "A table may have at most %(limit)d rows; split it in several tables.",
                        "limit",
                    ),
                    params={"limit": max_rows},
                )
            )
        if errors:
            raise TypedTableBlockValidationError(non_block_errors=errors)
        return super().clean(value)

    # wagtail-localize knows nothing of typed tables: these two methods tell it which
    # texts to offer translators (caption, headings, text cells) and how to put them back.
    # Numbers stay as they are in every language.
    def get_translatable_segments(self, value):
        from wagtail_localize.segments import StringSegmentValue

        if not value:
            return []
        segments = []
        if value.caption:
            segments.append(StringSegmentValue("caption", value.caption))
        for index, column in enumerate(value.columns):
            if column["heading"]:
                segments.append(StringSegmentValue(f"heading-{index}", column["heading"]))
        for row_index, row in enumerate(value.row_data):
            for column_index, column in enumerate(value.columns):
                cell = row["values"][column_index]
                if isinstance(column["block"], blocks.CharBlock) and cell:
                    path = f"cell-{row_index}-{column_index}"
                    segments.append(StringSegmentValue(path, cell))
        return segments

    def restore_translated_segments(self, value, segments):
        for segment in segments:
            text = segment.render_text()
            kind, *position = segment.path.split("-")
            if kind == "caption":
                value.caption = text
            elif kind == "heading":
                value.columns[int(position[0])]["heading"] = text
            elif kind == "cell":
                row_index, column_index = (int(number) for number in position)
                value.row_data[row_index]["values"][column_index] = text
        return value

    class Meta:
        icon = "table"
        label = _("Table")
        description = _("Rows and columns of text and numbers, with a caption.")
        template = "cms_blocks/blocks/table.html"
        preview_value = {
            "caption": _("Milestones"),
            "columns": [
                {"type": "text", "heading": _("Milestone")},
                {"type": "number", "heading": _("Year")},
            ],
            "rows": [
                {"values": [_("Creation"), "1994"]},
                {"values": [_("Public-interest grouping"), "2006"]},
            ],
        }
