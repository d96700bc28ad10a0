"""The hub console's chart of records received per day writes each day tick with its day and month, in the
locale's short form and the view's digits, and fewer of them over a quarter (issue 22).  Before, a tick said
the day alone ("05", "٠٥"): over two weeks that crossed a month, nothing said which month."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from PySide6.QtCore import QLocale, QSettings

from labnet.desktop import i18n
from labnet.desktop.hub_console import HubConsole
from labnet.desktop.plot_axes import day_month_format
from test_plot_ticks import ARABIC_INDIC_DIGIT, LATIN_DIGIT, drawn_ticks

# A day and a month as each language's locale writes them briefly (QLocale's short date form, no year).
DAY_MONTH = {"en": r"\d\d/\d\d", "fr": r"\d\d/\d\d", "es": r"\d{1,2}/\d{1,2}", "ru": r"\d\d\.\d\d",
             "ar": "[\u0660-\u0669]{1,2}\u200f/[\u0660-\u0669]{1,2}"}


def received(days: int) -> list[dict]:
    """What /v1/admin/stats says of records received per day: one laboratory, a bundle every 3 days from
    2026-10-20, over ``days`` days."""
    start = dt.date(2026, 10, 20)
    return [{"lab_id": "lab-a", "day": (start + dt.timedelta(days=d)).isoformat(), "accepted": 10 + d}
            for d in range(0, days + 1, 3)]


@pytest.fixture
def console(qtbot, qapp, tmp_path):
    def make(language: str, days: int) -> HubConsole:
        i18n.install(qapp, language)   # conftest puts English back before the next test
        widget = HubConsole(QSettings(str(tmp_path / "console.ini"), QSettings.Format.IniFormat), synchronous=True)
        qtbot.addWidget(widget)
        widget.resize(1280, 800)   # as labnet screenshots draws it: the chart about 600 px wide
        widget.show()
        widget.tabs.setEnabled(True)
        widget.tabs.setCurrentWidget(widget.chart.parentWidget())
        widget._chart(received(days), {"lab-a": "Accra FDA"})
        item = widget.chart.getPlotItem()
        qtbot.waitUntil(lambda: item.getViewBox().sceneBoundingRect().width() > 400)   # laid out
        return widget
    return make


@pytest.mark.parametrize("language", sorted(DAY_MONTH))
@pytest.mark.parametrize("days", [10, 90])
def test_each_day_tick_says_its_day_and_month(console, language, days):
    ticks = drawn_ticks(console(language, days).chart, "bottom")
    assert len(ticks) >= 4, ticks
    assert all(re.fullmatch(DAY_MONTH[language], t) for t in ticks), ticks
    if language == "ar":
        assert not any(LATIN_DIGIT.search(t) for t in ticks) and all(ARABIC_INDIC_DIGIT.search(t) for t in ticks)
    if days == 10:   # 2026-10-20 to 29 (and half a day either side): days of that span, in order, as the locale writes them
        locale, span = QLocale(), [dt.date(2026, 10, 20) + dt.timedelta(days=d) for d in range(10)]
        written = [locale.toString(day, day_month_format(locale)) for day in span]
        assert [written.index(t) for t in ticks] == sorted(written.index(t) for t in ticks), (ticks, written)
    else:            # a quarter: a tick every second week, not one each week shoulder to shoulder
        assert len(ticks) <= 8, ticks


def test_the_day_and_month_forms_of_locales():
    forms = {name: day_month_format(QLocale(name)) for name in ("en_GB", "en_US", "fr", "ru", "ar", "sv", "ko")}
    assert forms == {"en_GB": "dd/MM", "en_US": "M/d", "fr": "dd/MM", "ru": "dd.MM", "ar": "d\u200f/M",
                     "sv": "MM-dd", "ko": "M. d."}
