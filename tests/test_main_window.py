"""The main window: navigation, menus, status bar, errors, closing."""

import logging
import sqlite3
import sys
import threading

import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtWidgets import QFileDialog, QMessageBox, QPushButton

from factories import sample
from labnet.catalogue import backup
from labnet.catalogue.errors import CatalogueError, Problem, ValidationError
from labnet.catalogue.store import Catalogue
from labnet.desktop import catalogue_queries, errors
from labnet.desktop.main_window import MainWindow
from labnet.desktop.tasks import Tasks

EXPECTED_SECTIONS = [
    "Dashboard",
    "Reference samples",
    "Training",
    "Profiling results",
    "Linkage",
    "Network",
    "Exchange",
    "Settings",
]


@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def window(qtbot, data_dir, settings):
    path = data_dir / "catalogue.db"
    tasks = Tasks(lambda: catalogue_queries.open_catalogue(path, "ana.analyst"), synchronous=True)
    window = MainWindow(path, user="ana.analyst", tasks=tasks, settings=settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def shown_errors(monkeypatch):
    seen = []
    monkeypatch.setattr(errors, "_present", lambda box: seen.append(box))
    return seen


def test_window_shows_which_catalogue_is_open(window, data_dir):
    path = str(data_dir / "catalogue.db")
    assert window.windowTitle() == f"LabNet — {path}"
    assert path in window.catalogue_label.text()
    assert "ana.analyst" in window.user_label.text()


def test_navigation_has_the_eight_sections(window):
    titles = [window.navigation.item(row).text() for row in range(window.navigation.count())]
    assert titles == EXPECTED_SECTIONS
    assert window.pages.count() == len(EXPECTED_SECTIONS)
    assert window.pages.currentIndex() == 0


@pytest.mark.parametrize("row", range(len(EXPECTED_SECTIONS)))
def test_clicking_a_section_shows_its_page(qtbot, window, row):
    if row == 0:  # start elsewhere so that clicking the first entry is a real switch
        window.navigation.setCurrentRow(len(EXPECTED_SECTIONS) - 1)
    item = window.navigation.item(row)
    click_at = window.navigation.visualItemRect(item).center()
    qtbot.mouseClick(window.navigation.viewport(), Qt.MouseButton.LeftButton, pos=click_at)
    assert window.pages.currentIndex() == row
    key = item.data(Qt.ItemDataRole.UserRole)
    assert window.pages.currentWidget().objectName() == f"page-{key}"


def test_placeholders_say_what_will_fill_them(window):
    assert window.show_section("linkage") is window.linkage_page
    network = window.show_section("network")
    assert any("nothing leaves this computer" in label.text() for label in network.findChildren(type(window.user_label)))


def test_menus_and_shortcuts(qtbot, window):
    names = {a.objectName(): a for a in window.findChildren(type(window.new_action)) if a.objectName()}
    assert names["menu-new"].shortcut().toString() == "Ctrl+N"
    assert names["menu-find"].shortcut().toString() == "Ctrl+F"
    assert names["menu-delete"].shortcut().toString() == "Del"
    assert not window.new_action.isEnabled()  # the dashboard has no records of its own
    window.show_section("reference-samples")
    assert window.new_action.isEnabled()
    window.find_action.trigger()
    assert window.record_pages["reference_sample"].search.hasFocus()
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == ["&File", "&Edit", "&View", "&Help"]


def test_every_widget_that_takes_focus_has_an_accessible_name(window):
    window.show_section("reference-samples")
    page = window.record_pages["reference_sample"]
    for widget in (page.search, page.table, page.filters.status, page.filters.expiry, window.navigation):
        assert widget.accessibleName(), widget


def test_the_dashboard_is_the_first_thing_shown_and_loaded(window):
    assert window.dashboard.data is not None  # the synchronous worker answered at once
    assert window.dashboard.counts["expired"] == 0


def test_a_catalogue_error_is_one_clear_sentence(window, shown_errors):
    errors.show_error(window, CatalogueError("The backup could not be written to E:\\ (disk full). Free space."))
    (box,) = shown_errors
    assert box.text() == "The backup could not be written to E:\\ (disk full). Free space."
    assert box.icon() == QMessageBox.Icon.Warning


def test_a_validation_error_lists_its_problems_with_field_labels(window, shown_errors):
    errors.show_error(window, ValidationError([Problem("cas_number", "53-21-5", "the check digit is wrong"),
                                                Problem("", None, "something about the whole record")]))
    (box,) = shown_errors
    assert "• CAS number: the check digit is wrong" in box.text()
    assert "• something about the whole record" in box.text()


def test_an_unexpected_error_is_logged_and_says_where(window, shown_errors, tmp_path, caplog):
    from labnet import logs
    log_path = logs.setup_logging(tmp_path)
    try:
        with caplog.at_level(logging.ERROR):
            errors.show_error(window, KeyError("boom"))
    finally:
        logging.getLogger().removeHandler(logs._installed_handler)
        logs._installed_handler = None
    (box,) = shown_errors
    assert "did not expect" in box.text()
    assert str(log_path) in box.informativeText()
    assert "KeyError" in log_path.read_text()


@pytest.mark.qt_no_exception_capture
def test_the_window_survives_an_exception_in_a_slot(qtbot, window, shown_errors):
    previous = errors.install_excepthook(lambda: window)
    try:
        button = QPushButton("explode", window)

        def broken_slot():
            raise RuntimeError("a bug in a slot")
        button.clicked.connect(broken_slot)
        button.show()
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: len(shown_errors) == 1, timeout=2000)
    finally:
        sys.excepthook = previous
    assert window.isVisible()
    assert "did not expect" in shown_errors[0].text()
    window.show_section("training")  # and it still works
    assert window.pages.currentWidget() is window.record_pages["training_record"]


def test_a_failed_task_without_a_handler_is_shown(window, shown_errors):
    window.tasks.run(lambda cat: cat.get("reference_sample", "no-such-id"))
    (box,) = shown_errors
    assert "No reference sample with id no-such-id exists" in box.text()


def test_verify_the_audit_trail_and_back_up(qtbot, window, tmp_path, monkeypatch, shown_errors):
    window.tasks.run(lambda cat: cat.add("reference_sample", sample()))
    window.show_section("settings")
    page = window.settings_page
    page.verify_button.click()
    assert page.audit_result.text() == ("Intact: 1 entries verified, none altered or missing; 1 records, 0 "
                                        "deletions and 0 attached files are as the trail last recorded them.")
    target = tmp_path / "copy.labnet-backup"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    page.backup_button.click()
    assert target.exists()
    assert str(target) in page.backup_result.text() and "verified" in page.backup_result.text()
    assert backup.check(target, tmp_path).records["reference_samples"] == 1
    # The same refusals as the command line: a folder that is not there (a stick not mounted).
    missing = tmp_path / "usb" / "copy.labnet-backup"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(missing), ""))
    page.backup_button.click()
    (box,) = shown_errors
    assert "is the stick mounted?" in box.text() and not missing.parent.exists()


def test_verifying_names_a_record_edited_behind_labnets_back(qtbot, window, data_dir):
    window.tasks.run(lambda cat: cat.add("reference_sample", sample()))
    conn = sqlite3.connect(data_dir / "catalogue.db")
    with conn:
        conn.execute("UPDATE reference_samples SET purity = 12.5")
    conn.close()
    window.show_section("settings")
    page = window.settings_page
    page.verify_button.click()
    text = page.audit_result.text()
    assert text.startswith("The catalogue does not match its audit trail")
    assert f"reference sample {sample()['inventory_code']} (id " in text and "was edited outside LabNet" in text


def test_busy_indicator_shows_while_the_worker_works(qtbot, data_dir, settings):
    path = data_dir / "catalogue.db"
    gate = threading.Event()
    tasks = Tasks(lambda: catalogue_queries.open_catalogue(path, "ana"))
    window = MainWindow(path, user="ana", tasks=tasks, settings=settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.session.ready, timeout=5000)
    tasks.run(lambda cat: gate.wait(5))
    qtbot.waitUntil(lambda: window.busy.isVisible(), timeout=2000)
    gate.set()
    qtbot.waitUntil(lambda: not window.busy.isVisible(), timeout=2000)
    window.close()


def test_closing_mid_work_waits_for_the_worker_and_loses_nothing(qtbot, data_dir, settings):
    path = data_dir / "catalogue.db"
    gate = threading.Event()
    tasks = Tasks(lambda: catalogue_queries.open_catalogue(path, "ana"))
    window = MainWindow(path, user="ana", tasks=tasks, settings=settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.session.ready, timeout=5000)

    def slow_save(cat):
        gate.wait(5)
        return cat.add("reference_sample", sample(inventory_code="RS-LAST"))
    tasks.run(slow_save)
    window.close()
    assert window.isVisible()  # still finishing
    QTimer.singleShot(200, gate.set)
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=5000)
    with Catalogue.open(path, user="x") as cat:
        assert cat.find("reference_sample", {"inventory_code": "RS-LAST"}) is not None
