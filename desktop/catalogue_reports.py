"""The laboratory's reports (register, custody, competence, matrix, audit extract, delivery) laid out for print.

The core gathers what each says (``labnet.catalogue.report_data``, ``labnet.sync.delivery_report``) as a
``Content``; this module says its words in the reader's language, writes dates and numbers the locale's way,
and puts it on the pages of a ``reports.Report`` (the one machinery that also prints the profiling reports).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QLocale, QTime

from labnet.catalogue.report_data import Amount, Content, Day, Moment, Printed, Word
from labnet.common.messages import Message, Number

from .i18n import _number_said, catalogue_text, date_text, isolate, locale_digits, number, say, translate
from .reports import Report, printed_when


def said(value: Any) -> str:
    """One value of a report in the reader's language: a core sentence translated (its dates written the
    locale's way), a catalogue word translated, a date or moment formatted, a number with the locale's digits,
    data (codes, names) kept in its own direction."""
    if isinstance(value, Message):
        values = {key: _dated(v) for key, v in value.values.items()}
        return say(Message._made(value.template, values, value.capital, value.forms))
    if isinstance(value, Word):
        return catalogue_text(value)
    if isinstance(value, Day):
        return date_text(value)
    if isinstance(value, Moment):
        return moment_text(value)
    if isinstance(value, Amount):
        return isolate(locale_digits(value))   # the unit stays as written ("mg"), the digits the locale's
    if isinstance(value, Number):   # the core's own format ("+1.23"), in the reader's digits
        return isolate(_number_said(value))
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, (int, float)):
        return number(value)
    return isolate(value) if value else ""


def _dated(value: Any) -> Any:
    if isinstance(value, Day):
        return date_text(value)
    if isinstance(value, Moment):
        return moment_text(value)
    return value


def moment_text(value: str) -> str:
    """A UTC moment as the locale writes the date, with the time and "UTC" (an audit trail is read in UTC)."""
    try:
        moment = dt.datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return isolate(value)
    if moment.tzinfo is not None:
        moment = moment.astimezone(dt.UTC)
    clock = QLocale().toString(QTime(moment.hour, moment.minute, moment.second), "HH:mm:ss")  # the locale's digits
    return isolate(f"{date_text(moment.date())} {clock} UTC")


def content_report(content: Content, printed: Printed) -> Report:
    """``content`` on pages, under a block that says the laboratory, who printed it, when and with what."""
    report = Report(said(content.title), printed=printed)
    utc, local = printed_when(printed)
    report.table([[translate("Reports", "Laboratory"), isolate(printed.laboratory)],
                  [translate("Reports", "Printed by"), isolate(printed.by)],
                  [translate("Reports", "Printed (UTC)"), isolate(utc)],
                  [translate("Reports", "Printed (local time)"), isolate(local)],
                  [translate("Reports", "Software"), isolate(printed.software)]], size=8)
    for kind, value in content.blocks:
        if kind == "heading":
            report.heading(said(value))
        elif kind == "paragraph":
            report.paragraph(said(value))
        else:
            wide = len(value.header) > 5 or any(len(row) > 5 for row in value.rows[:1])
            report.table([[said(cell) for cell in row] for row in value.rows],
                         [said(h) for h in value.header] or None, size=7.5 if wide else None)
    return report
