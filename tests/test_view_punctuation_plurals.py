"""Small language faults in the views (issue 22): list separators in the language's punctuation (French's
narrow no-break space before ":" and ";", Arabic's "؛" and "،"), "{n} days" in the language's plural forms,
the Settings' schema version in the view's digits, and the proficiency tables' analytes translated as the
charts translate them."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

import pytest

from labnet.catalogue.notifications import DUE, EXPIRED, EXPIRING, Notice
from labnet.desktop import i18n
from labnet.desktop.dashboard import Dashboard
from labnet.desktop.hub_console_federation import FederationPage
from labnet.desktop.hub_console_pt import ProficiencyPage
from labnet.desktop.network_federation import released_text
from labnet.desktop.notifications import Notifications

FIELDS = {"a_field": "NG", "b_field": "x"}   # no record field: shown by their names, as they came


@pytest.mark.parametrize(("language", "expected"), [
    ("en", "a_field: NG; b_field: x"),
    ("fr", "a_field\u202f: NG\u202f; b_field\u202f: x"),
    ("ar", "a_field: NG؛ b_field: x"),
])
def test_both_views_write_released_fields_with_the_languages_punctuation(qtbot, qapp, language, expected):
    i18n.install(qapp, language)   # conftest puts English back before the next test
    page = FederationPage(None)
    qtbot.addWidget(page)
    assert released_text(FIELDS) == page._released(FIELDS) == expected


@pytest.mark.parametrize(("language", "n", "dashboard", "count"), [
    ("en", 1, "due in 1 day", "1 day"), ("en", 7, "due in 7 days", "7 days"),
    ("fr", 1, "échéance dans 1 jour", "1 jour"), ("fr", 7, "échéance dans 7 jours", "7 jours"),
    ("ru", 1, "срок через 1 день", "1 день"), ("ru", 3, "срок через 3 дня", "3 дня"),
    ("ru", 7, "срок через 7 дней", "7 дней"),
    ("ar", 1, "مستحق بعد يوم واحد", "يوم واحد"), ("ar", 2, "مستحق بعد يومين", "يومين"),
    ("ar", 7, "مستحق بعد ٧ أيام", "٧ أيام"), ("ar", 11, "مستحق بعد ١١ يومًا", "١١ يومًا"),
    ("ar", 100, "مستحق بعد ١٠٠ يوم", "١٠٠ يوم"),
])
def test_days_in_the_dashboard_and_notifications_take_the_plural_form(qtbot, qapp, language, n, dashboard, count):
    i18n.install(qapp, language)   # conftest puts English back before the next test
    page = Dashboard(None)
    qtbot.addWidget(page)
    line = page._requalification({"staff_member": "Kofi", "competence_area": "GC-MS", "days_left": n})
    assert line.endswith(dashboard)
    due = dt.date(2031, 1, 5)
    said = Notifications(None).text(Notice(DUE, "training_record", "r1", due, n, "Kofi", "GC-MS"))
    assert said.endswith(f"{count})"), said
    for reason, days in ((EXPIRED, -n), (EXPIRING, n)):
        text = Notifications(None).text(Notice(reason, "reference_sample", "r2", due, days, "RS-1", "cocaine"))
        assert "{n}" not in text and "%n" not in text and "(s)" not in text, text


def test_the_arabic_settings_write_the_schema_version_in_arabic_digits(qtbot, qapp, tmp_path):
    from PySide6.QtCore import QSettings

    from labnet.desktop.catalogue_queries import CatalogueFacts
    from labnet.desktop.login import Session
    from labnet.desktop.settings_page import SettingsPage

    i18n.install(qapp, "ar")
    page = SettingsPage(None, Session(), settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(page)
    page.show_facts(CatalogueFacts(path="x", data_dir="y", schema=9, latest_schema=10, size_bytes=0, counts={},
                                   users=[], catalogue_id="c"))
    assert page.schema.text().startswith("٩ ") and "9" not in page.schema.text() and "١٠" in page.schema.text()


ROUND = {"round": "PT-1", "closed_at": None, "deadline": "2031-01-05T00:00:00+00:00", "labs": 2, "submitted": 1,
         "results": 1, "items": [{"analyte": "cocaine", "material": "M1", "unit": "%"},
                                 {"analyte": "heroin", "material": "M1", "unit": "%"}]}


def test_the_arabic_proficiency_list_says_the_analytes_as_the_chart_does_with_the_arabic_comma(qtbot, qapp):
    i18n.install(qapp, "ar")
    page = ProficiencyPage(SimpleNamespace(admin=None))   # no one signed in: only the list is shown
    qtbot.addWidget(page)
    page.show_rounds([ROUND])
    items = page.table.item(0, page.table.columnCount() - 1).text()
    assert "كوكايين" in items and "cocaine" not in items
    assert "، " in items and ", " not in items
