"""Plot axes whose tick labels are written in the view's locale (issue 22: one digit system per view).

pyqtgraph writes its ticks with Python's ``%g``: Latin digits and a full stop, even in an Arabic view whose
tables say "٠٫٩٩٣٤".  These axes take pyqtgraph's choice of ticks and decimals, and write each label with the
locale of the widget they are drawn in (``QWidget.locale()``, the application's language unless set).
"""

from __future__ import annotations

import datetime as dt
import math
import re
import unicodedata
from typing import Any

import pyqtgraph as pg
from pyqtgraph.graphicsItems.DateAxisItem import adjustTimestampToPreferredUtcOffset
from PySide6.QtCore import QDate, QDateTime, QLocale, Qt, QTime
from PySide6.QtGui import QGuiApplication

from labnet.desktop.i18n import _ISOLATED, locale_digits

# pyqtgraph's date formats (strftime) in Qt's date-format letters, which QLocale writes in its own words and digits.
_QT_FORMAT = {"%Y": "yyyy", "%y": "yy", "%b": "MMM", "%B": "MMMM", "%m": "MM", "%d": "dd", "%a": "ddd",
              "%A": "dddd", "%H": "HH", "%M": "mm", "%S": "ss", "%f": "zzz"}
_SUPERSCRIPT = str.maketrans("-0123456789", "⁻⁰¹²³⁴⁵⁶⁷⁸⁹")


def view_locale(axis: pg.AxisItem) -> QLocale:
    """The locale of the widget showing ``axis`` (the default locale before it is shown)."""
    widget = axis.getViewWidget()
    return widget.locale() if widget is not None else QLocale()


class LocaleAxisItem(pg.AxisItem):
    """pyqtgraph's number axis, its labels in the view's digits, decimal point and minus sign."""

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        locale = view_locale(self)
        if self.logMode:
            return [log_tick(10 ** float(v) * scale, locale) for v in values]
        return [_scientific(text, locale) if "e" in text else locale_digits(text, locale)
                for text in super().tickStrings(values, scale, spacing)]


def _scientific(text: str, locale: QLocale) -> str:
    """pyqtgraph's "%g" far from 1 ("1.5e+06", "2e-05") as 1.5·10⁶, 2·10⁻⁵ in ``locale``'s digits."""
    mantissa, exponent = text.split("e")
    head = "" if mantissa in ("1", "-1") else locale_digits(mantissa, locale) + "·"
    if mantissa == "-1":
        head = locale.negativeSign()
    return f"{head}10{str(int(exponent)).translate(_SUPERSCRIPT)}"


def log_tick(value: float, locale: QLocale) -> str:
    """A tick of a logarithmic axis: 0.001, 10, or 10⁻⁷ far from 1, in ``locale``'s digits."""
    if not (math.isfinite(value) and value > 0):
        return ""
    exponent = math.floor(math.log10(value) + 1e-9)
    if -6 <= exponent <= 6:
        return locale.toString(value, "f", max(0, -exponent))
    mantissa = round(value / 10 ** exponent)
    head = "" if mantissa == 1 else locale.toString(mantissa) + "·"
    return f"{head}10{str(exponent).translate(_SUPERSCRIPT)}"


class LocaleDateAxisItem(pg.DateAxisItem):
    """pyqtgraph's time axis (years, months as it zooms), written by the view's locale: "janv.", "ene.",
    Arabic month names and digits.  Over a span of days (a chart of days: the hub console's records received)
    the ticks are whole UTC days, every 1, 2, 7 or 14 days as many as fit, each written with its day and month
    in the locale's short form ("05/03", "٥/٣"): pyqtgraph's own wrote the day alone ("05"), one beside the
    other over a quarter.  A span too long for a tick every 14 days gets pyqtgraph's months and years."""

    DAY_STEPS = (1, 2, 7, 14)
    GAP = 2   # line heights at least between two labels: 13 weekly ticks over a quarter in 600 px stood
              # almost shoulder to shoulder in Arabic (its digits are narrow)

    _day_ticks = False

    def tickValues(self, minVal: float, maxVal: float, size: float) -> list[tuple[float, list[float]]]:
        days = self.day_ticks(minVal, maxVal, size)
        self._day_ticks = days is not None
        if days is not None:
            return days
        return super().tickValues(minVal, maxVal, size)

    def day_ticks(self, low: float, high: float, size: float) -> list[tuple[float, list[float]]] | None:
        """[(spacing, midnights)] of the finest step whose labels fit in ``size`` pixels; None past 14 days."""
        if not (math.isfinite(low) and math.isfinite(high)) or high <= low or size <= 0:
            return None
        first, last = math.ceil(low / _DAY), math.floor(high / _DAY)
        if last - first > size:   # more days than pixels: not a chart of days
            return None
        locale, pattern = view_locale(self), day_month_format(view_locale(self))
        width = max((self.fontMetrics.horizontalAdvance(locale.toString(_utc_day(day), pattern))
                     for day in range(first, last + 1)), default=0) + self.GAP * self.fontMetrics.height()
        for step in self.DAY_STEPS:
            anchor = 4 if step % 7 == 0 else 0   # weeks from a Monday (day 4 of the epoch: 5 January 1970)
            values = [day * _DAY for day in range(first, last + 1) if (day - anchor) % step == 0]
            if len(values) * width <= size:
                return [(step * _DAY, values)]
        return None

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        locale = view_locale(self)
        if self._day_ticks:
            pattern = day_month_format(locale)
            return [locale.toString(_utc_day(round(value / _DAY)), pattern) for value in values]
        spec = next((s for s in self.zoomLevel.tickSpecs if s.spacing == spacing), None)
        if spec is None:
            return super().tickStrings(values, scale, spacing)
        pattern = qt_date_format(spec.format)
        texts = []
        for value in values:
            try:
                moment = dt.datetime.fromtimestamp(adjustTimestampToPreferredUtcOffset(value, self.utcOffset),
                                                   dt.UTC)
            except (OverflowError, ValueError, OSError):
                texts.append("")
                continue
            texts.append(locale.toString(_qt_datetime(moment), pattern))
        return texts


_DAY = 86400


def _utc_day(day: int) -> QDate:
    return QDate(1970, 1, 1).addDays(day)


def day_month_format(locale: QLocale) -> str:
    """``locale``'s short date form without its year: "dd/MM" (en_GB, fr), "d/M" with a right-to-left mark (ar), "dd.MM" (ru),
    "M/d" (en_US), "MM-dd" (sv)."""
    if locale.language() == QLocale.Language.C:
        return "MM-dd"
    fmt = locale.dateFormat(QLocale.FormatType.ShortFormat)
    out = re.sub(r"^[^dMy]*y+[^dMy]*|[^dMy]*y+[^dMy]*$", "", fmt)   # the year first or last, with its separator
    out = re.sub(r"y+[^dMy]*", "", out)                               # (or in the middle)
    return out if "d" in out and "M" in out else "dd/MM"


def qt_date_format(strftime: str) -> str:
    out = strftime
    for python, qt in _QT_FORMAT.items():
        out = out.replace(python, qt)
    return out


def _qt_datetime(moment: dt.datetime) -> QDateTime:
    return QDateTime(QDate(moment.year, moment.month, moment.day),
                     QTime(moment.hour, moment.minute, moment.second, moment.microsecond // 1000))


def locale_axes(*sides: str) -> dict[str, Any]:
    """``axisItems`` for a PlotWidget: these sides written in the view's locale."""
    return {side: LocaleAxisItem(side) for side in sides}


def sentence(text: str) -> str:
    """``text``, a sentence in the view's language (a title), kept in that language's direction inside a plot
    drawn left to right (``left_to_right``): an Arabic title whose first word is a Latin sample number was
    laid out as a left-to-right line ("و FDL-2025-000171: الدرجة … FDL-2024-000170").  Arabic: RLI … PDI."""
    words = _ISOLATED.sub("", text or "")   # the sentence's own words, its isolated names aside
    if not QGuiApplication.isRightToLeft() or not any(unicodedata.bidirectional(c) in ("R", "AL") for c in words):
        return text   # (a title not yet translated reads left to right; Arabic digits are no Arabic word)
    return f"\u2067{text}\u2069"


def left_to_right(widget: pg.PlotWidget) -> pg.PlotWidget:
    """``widget`` (and its legend, if it has one yet) drawn left to right whatever the application's direction: a chart's x grows rightwards in
    every language.  Mirrored (Arabic), time ran right to left and the value axis stood on the right of the
    data, beside the next plot, and read as that one's; its labels stay in the view's words and digits."""
    item = widget.getPlotItem()
    # Each of its items follows the application's direction unless told: the legend (made before this call)
    # put its line samples to the right of their names.
    for part in (widget, item, item.legend):
        if part is not None:
            part.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    return widget


class BoxSample(pg.ItemSample):
    """A legend's sample of a bar series: its colour box alone.  pyqtgraph draws a line sample under the box too,
    from x = 0 where the box starts at 2, which showed as a stray "-" left of each box."""

    def paint(self, p: Any, *args: Any) -> None:
        if not isinstance(self.item, pg.BarGraphItem) or not self.item.isVisible():
            super().paint(p, *args)   # lines and symbols, and the hidden-series eye, as pyqtgraph draws them
            return
        p.setPen(pg.mkPen(self.item.opts.get("pen")))
        p.setBrush(pg.mkBrush(self.item.opts["brush"]))
        p.drawRect(pg.QtCore.QRectF(2, 2, 18, 18))
