"""Small pieces the Linkage view's tabs share: numeric table cells, plots, the method chooser."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QTableWidgetItem

from labnet.desktop import linkage_queries, style
from labnet.desktop.plot_axes import left_to_right, locale_axes
from labnet.desktop.tables import select_row as select_row  # the Linkage tabs import it from here


def number_item(value: float | None, text: str | None = None) -> QTableWidgetItem:
    """A table cell showing ``text`` (or the value) that sorts by the number."""
    item = QTableWidgetItem()
    if value is not None:
        item.setData(Qt.ItemDataRole.DisplayRole, text if text is not None else value)
        item.setData(Qt.ItemDataRole.UserRole + 1, value)
    return item


def plot_widget() -> pg.PlotWidget:
    colours = style.colours()
    # Axis labels and titles in the window's text colour (pyqtgraph's default grey is faint on white).
    pg.setConfigOptions(foreground=colours.get("text", "#222"), antialias=True)
    # Tick labels in the view's digits (an Arabic view writes ٠٫٥, not 0.5: desktop/plot_axes.py).
    widget = pg.PlotWidget(background=colours.get("base", "w"), axisItems=locale_axes("left", "bottom"))
    left_to_right(widget)   # x grows rightwards in every language
    widget.showGrid(x=False, y=True, alpha=0.2)
    for side in ("left", "bottom"):
        axis = widget.getAxis(side)
        axis.setTextPen(colours.get("text", "#222"))
        axis.setPen(colours.get("mid", "#999"))
    widget.getPlotItem().titleLabel.setAttr("color", colours.get("text", "#222"))
    return widget


def fill_methods(combo: QComboBox, context: linkage_queries.LinkageContext, none_text: str) -> None:
    """The saved comparison methods in ``combo`` (by name; the latest version of each)."""
    current = combo.currentData()
    combo.clear()
    if not context.methods:
        combo.addItem(none_text, None)
        combo.setEnabled(False)
        return
    combo.setEnabled(True)
    for m in context.methods:
        combo.addItem(f"{m['name']} v{m['version']} — {m['drug_type']}", m["name"])
    if current is not None and combo.findData(current) >= 0:
        combo.setCurrentIndex(combo.findData(current))


def legend_colour() -> str:
    return style.colours().get("text", "#222")


def set_axis_label(widget: pg.PlotWidget, side: str, text: str) -> None:
    """An axis title in the text colour (pyqtgraph replaces the label's style on every call)."""
    widget.setLabel(side, text, color=style.colours().get("text", "#222"))


def lr_text(value: float) -> str:
    """A likelihood ratio written for reading, with the locale's digits: 120, 1.2×10⁵, 1/50."""
    import math

    from labnet.desktop.i18n import number

    if not math.isfinite(value) or value <= 0:
        return "–"
    if value < 1:
        return number(1) + "/" + lr_text(1 / value)   # "١/٢٠٠" in Arabic, not "1/٢٠٠"
    digits = 3 - 1 - math.floor(math.log10(value))
    if value < 1e4:
        return number(round(value, digits), max(0, digits))
    exponent = math.floor(math.log10(value))
    mantissa = round(value / 10 ** exponent, 1)
    if mantissa >= 10:
        mantissa, exponent = mantissa / 10, exponent + 1
    superscript = str(exponent).translate(str.maketrans("-0123456789", "⁻⁰¹²³⁴⁵⁶⁷⁸⁹"))
    return f"{number(mantissa, 1)}×10{superscript}"
