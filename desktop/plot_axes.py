"""Plot axes whose tick labels are written in the view's locale (issue 22: one digit system per view).

pyqtgraph writes its ticks with Python's ``%g``: Latin digits and a full stop, even in an Arabic view whose
tables say "٠٫٩٩٣٤".  These axes take pyqtgraph's choice of ticks and decimals, and write each label with the
locale of the widget they are drawn in (``QWidget.locale()``, the application's language unless set).
"""

from __future__ import annotations

import datetime as dt
import math
from typing import Any

import pyqtgraph as pg
from pyqtgraph.graphicsItems.DateAxisItem import adjustTimestampToPreferredUtcOffset
from PySide6.QtCore import QDate, QDateTime, QLocale, Qt, QTime

from labnet.desktop.i18n import locale_digits

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
    """pyqtgraph's time axis (years, months, days, hours as it zooms), written by the view's locale: "janv.",
    "ene.", Arabic month names and digits."""

    def tickStrings(self, values: list[float], scale: float, spacing: float) -> list[str]:
        spec = next((s for s in self.zoomLevel.tickSpecs if s.spacing == spacing), None)
        if spec is None:
            return super().tickStrings(values, scale, spacing)
        locale, pattern = view_locale(self), qt_date_format(spec.format)
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
