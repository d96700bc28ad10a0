"""The hub console's chart in Arabic (issue 22): time runs left to right and the counts stand on the left of
the data, as in every other plot of the application, its ticks in Arabic month names and digits.  Mirrored with
the window, the days ran right to left and the value axis stood on the chart's right."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QPointF, QSettings, Qt

from labnet.desktop import i18n
from labnet.desktop.hub_console import HubConsole
from test_layout_fits import styled  # noqa: F401  (LabNet's style sheet: its paddings)
from test_plot_ticks import ARABIC_INDIC_DIGIT, LATIN_DIGIT, drawn_ticks

# What the hub's /v1/admin/stats says of records received per day (hub/service.py), two laboratories.
PER_DAY = [{"lab_id": "lab-a", "day": "2026-11-02", "accepted": 120},
           {"lab_id": "lab-a", "day": "2026-11-09", "accepted": 40},
           {"lab_id": "lab-b", "day": "2026-11-05", "accepted": 75},
           {"lab_id": "lab-b", "day": "2026-11-20", "accepted": 30}]
NAMES = {"lab-a": "Accra FDA", "lab-b": "Lomé LNCPS"}


@pytest.fixture(params=["en", "ar"])
def console(request, qtbot, qapp, tmp_path):
    i18n.install(qapp, request.param)   # conftest puts English back before the next test
    widget = HubConsole(QSettings(str(tmp_path / "console.ini"), QSettings.Format.IniFormat), synchronous=True)
    qtbot.addWidget(widget)
    widget.resize(1000, 600)
    widget.show()
    widget.tabs.setEnabled(True)
    widget.tabs.setCurrentWidget(widget.chart.parentWidget())
    widget._chart(PER_DAY, NAMES)
    item = widget.chart.getPlotItem()
    qtbot.waitUntil(lambda: item.getViewBox().sceneBoundingRect().width() > 200)   # laid out
    return widget


def test_time_runs_rightwards_and_the_counts_stand_on_the_left(console, qapp, tmp_path):
    chart = console.chart
    assert (qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft) == (i18n.installed_language() == "ar")
    assert chart.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert chart.getPlotItem().layoutDirection() == Qt.LayoutDirection.LeftToRight
    sample, label = chart.getPlotItem().legend.items[0]   # the line sample before the laboratory's name
    assert sample.sceneBoundingRect().right() <= label.sceneBoundingRect().left() + 1
    view = chart.getPlotItem().getViewBox()
    first, later = (view.mapViewToScene(QPointF(x, 10)) for x in (1_762_041_600.0, 1_763_596_800.0))  # 2 and 20 Nov
    assert later.x() > first.x() + 100, (first, later)        # the later day is drawn to the right
    axis = chart.getPlotItem().getAxis("left").geometry()   # laid out (its bounding rect spans the grid too)
    assert axis.right() <= view.geometry().left() + 1, (axis, view.geometry())
    console.grab().save(str(tmp_path / f"hub-chart-{i18n.installed_language()}.png"))


def test_its_ticks_are_in_the_views_words_and_digits(console):
    days, counts = drawn_ticks(console.chart, "bottom"), drawn_ticks(console.chart, "left")
    assert days and counts
    if i18n.installed_language() == "ar":
        assert all(ARABIC_INDIC_DIGIT.search(t) and not LATIN_DIGIT.search(t) for t in days + counts), (days, counts)
    else:
        assert all(re.fullmatch(r"[0-9A-Za-z .:/]+", t) for t in days + counts), (days, counts)   # "09/11"


def test_the_statistics_table_shows_every_column_beside_the_chart(styled, console, qtbot):
    from labnet.desktop.hub_console_tables import _fill

    console.resize(1280, 800)
    _fill(console.stats, [["Laboratoire de police scientifique, Abidjan", "profiling_result", 180, 0],
                          ["Demo forensic laboratory, Accra", "reference_sample", 7, 1]])
    qtbot.waitUntil(lambda: console.stats.width() + console.chart.width() > 1100)   # laid out at 1280 wide
    header = console.stats.horizontalHeader()
    natural = sum(max(header.sectionSizeHint(c), console.stats.sizeHintForColumn(c)) for c in range(4))
    assert natural <= console.stats.viewport().width(), (natural, console.stats.viewport().width())   # none cut
    # Its counts in the view's digits, as the chart's ticks.
    assert console.stats.item(0, 2).text() == ("١٨٠" if i18n.installed_language() == "ar" else "180")
