"""Dates in one form per view (issue 22): the record views' date filters write dates as the table beside them
does (the locale's short form, four-digit year), not in ISO beside "16/02/2031"."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate

from labnet.desktop import i18n
from labnet.desktop.filters import filter_bar_for


@pytest.mark.parametrize(("language", "expected"), [("fr", "05/01/2031"), ("ru", "05.01.2031")])
def test_a_date_filter_writes_dates_as_the_table_does(qtbot, qapp, language, expected):
    i18n.install(qapp, language)   # conftest puts English back before the next test
    bar = filter_bar_for("profiling_result")
    qtbot.addWidget(bar)
    edit = bar.date_from
    edit.setDate(QDate(2031, 1, 5))
    assert edit.text() == i18n.date_text(dt.date(2031, 1, 5)) == expected
    bar.dated.setChecked(True)
    assert ("<=", "2031-01-05") in [(f.op, f.value) for f in bar.filters()]   # (the later date is the end) the query stays ISO
