"""The plots' tick labels in the view's digits (issue 22: one digit system per view).

pyqtgraph writes ticks with Python's "%g" (Latin digits); the view's tables and sentences use the locale's.
The texts checked are the ones the axis draws (``generateDrawSpecs``), on the plots the window makes.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest
from PySide6.QtGui import QImage, QPainter

from labnet.desktop import i18n

LATIN_DIGIT = re.compile(r"[0-9]")
ARABIC_INDIC_DIGIT = re.compile("[\u0660-\u0669]")


def drawn_ticks(widget, side: str) -> list[str]:
    """The tick labels ``widget``'s axis on ``side`` draws now."""
    axis = widget.getAxis(side)
    image = QImage(10, 10, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    try:
        specs = axis.generateDrawSpecs(painter)
    finally:
        painter.end()
    return [text for _rect, _flags, text in specs[2]]


@pytest.fixture
def arabic(qapp):
    i18n.install(qapp, "ar")   # conftest puts English back before the next test
    return qapp


def _shown(qtbot, widget):
    qtbot.addWidget(widget)
    widget.resize(600, 400)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_a_linkage_plot_writes_its_ticks_in_arabic_digits(qtbot, arabic):
    from labnet.desktop.linkage_common import plot_widget

    plot = _shown(qtbot, plot_widget())
    plot.plot([0.0, 0.5, 1.5, 2.5], [0.0, 0.25, -0.5, 1.0])
    plot.setXRange(0, 2.5, padding=0)
    plot.setYRange(-0.5, 1, padding=0)
    for side in ("left", "bottom"):
        ticks = drawn_ticks(plot, side)
        assert ticks, side
        assert all(ARABIC_INDIC_DIGIT.search(t) and not LATIN_DIGIT.search(t) for t in ticks), (side, ticks)
    assert "٠٫٥" in drawn_ticks(plot, "left")                      # the locale's decimal point
    assert any(t.startswith("\u061c-") for t in drawn_ticks(plot, "left"))   # and its minus sign


def test_the_roc_curves_log_axis_writes_its_ticks_in_arabic_digits(qtbot, arabic):
    from labnet.desktop.linkage_common import plot_widget

    plot = _shown(qtbot, plot_widget())
    plot.plot([1e-4, 1e-3, 1e-2, 1.0], [0.2, 0.5, 0.9, 1.0])
    plot.setLogMode(x=True, y=False)
    plot.setXRange(-4, 0, padding=0)   # 10⁻⁴ to 1, as the calibration tab shows a high AUC
    ticks = drawn_ticks(plot, "bottom")
    assert "٠٫٠٠١" in ticks and "٠٫١" in ticks, ticks
    assert not any(LATIN_DIGIT.search(t) for t in ticks), ticks


def test_the_same_plot_in_english_keeps_pyqtgraphs_ticks(qtbot, qapp):
    from labnet.desktop.linkage_common import plot_widget

    i18n.install(qapp, "en")
    plot = _shown(qtbot, plot_widget())
    plot.plot([1e-4, 1e-3, 1e-2, 1.0], [0.0, 0.5, 0.9, 1.0])
    plot.setYRange(0, 1, padding=0)
    assert "0.5" in drawn_ticks(plot, "left")
    plot.setLogMode(x=True, y=False)
    plot.setXRange(-4, 0, padding=0)
    assert "0.001" in drawn_ticks(plot, "bottom")


def _dated_chart(qtbot, days: int):
    import pyqtgraph as pg

    from labnet.desktop.plot_axes import LocaleAxisItem, LocaleDateAxisItem

    chart = _shown(qtbot, pg.PlotWidget(axisItems={"bottom": LocaleDateAxisItem(), "left": LocaleAxisItem("left")}))
    start = dt.datetime(2026, 1, 1, tzinfo=dt.UTC).timestamp()
    chart.plot([start, start + days * 86400], [0, 150])
    chart.setXRange(start, start + days * 86400, padding=0)
    return chart


@pytest.mark.parametrize("language", ["fr", "ar"])
def test_the_hub_consoles_dates_are_written_by_the_locale(qtbot, qapp, language):
    i18n.install(qapp, language)
    months = drawn_ticks(_dated_chart(qtbot, 200), "bottom")
    if language == "fr":
        assert "févr." in months or "mars" in months, months          # French month names, not "Feb", "Mar"
    days = drawn_ticks(_dated_chart(qtbot, 10), "bottom")
    counts = drawn_ticks(_dated_chart(qtbot, 10), "left")
    if language == "ar":
        assert all(ARABIC_INDIC_DIGIT.search(t) and not LATIN_DIGIT.search(t) for t in days + counts), (days, counts)


def test_the_hub_console_chart_uses_the_locale_axes(qtbot, tmp_path):
    from PySide6.QtCore import QSettings

    from labnet.desktop.hub_console import HubConsole
    from labnet.desktop.plot_axes import LocaleAxisItem, LocaleDateAxisItem

    console = HubConsole(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat), synchronous=True)
    qtbot.addWidget(console)
    assert isinstance(console.chart.getAxis("bottom"), LocaleDateAxisItem)
    assert isinstance(console.chart.getAxis("left"), LocaleAxisItem)


def test_a_printed_reports_chart_writes_its_ticks_in_the_reports_digits(arabic):
    from labnet.desktop.report_charts import nice_ticks, tick_text

    ticks = nice_ticks(-0.5, 1.0)
    texts = [tick_text(t, ticks) for t in ticks]
    assert "٠٫٥" in texts and not any(LATIN_DIGIT.search(t) for t in texts), texts
    i18n.install(arabic, "en")
    assert [tick_text(t, ticks) for t in ticks] == ["−0.5", "0.0", "0.5", "1.0"]


def test_a_plot_keeps_its_value_axis_on_its_left_in_arabic(qtbot, arabic):
    from labnet.desktop.linkage_common import plot_widget

    plot = _shown(qtbot, plot_widget())
    plot.plot([0.0, 1.0], [0.0, 1.0])
    item = plot.getPlotItem()
    qtbot.waitUntil(lambda: item.getViewBox().geometry().width() > 100)   # laid out
    axis, view = item.getAxis("left").geometry(), item.getViewBox().geometry()   # (the axis draws the grid too)
    assert axis.right() <= view.left() + 1, (axis, view)   # mirrored, it stood on the right of the data
