"""Help → Keyboard shortcuts (made from the window's actions) and Settings → Appearance (light, dark,
as the system), on the real main window."""

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QPalette
from PySide6.QtWidgets import QApplication

from factories import sample
from labnet.desktop import catalogue_queries, style
from labnet.desktop.main_window import MainWindow
from labnet.desktop.shortcuts_dialog import plain
from labnet.desktop.tasks import Tasks


@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def window(qtbot, data_dir, settings):
    path = data_dir / "catalogue.db"
    tasks = Tasks(lambda: catalogue_queries.open_catalogue(path, "ana"), synchronous=True)
    window = MainWindow(path, user="ana", tasks=tasks, settings=settings)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    style.apply_style(QApplication.instance(), None)   # the next test starts as the system


def test_every_action_with_a_shortcut_is_listed(window):
    dialog = window.show_shortcuts()
    rows = dialog.rows()
    expected = [a for a in window.findChildren(QAction) if not a.shortcut().isEmpty()]
    assert len(expected) >= 15
    listed = {(action, keys) for _menu, action, keys in rows}
    for action in expected:
        keys = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts())
        assert (plain(action.text()), keys) in listed, action.text()
    assert ("Edit", "Record history", "Ctrl+H") in rows and ("Help", "Keyboard shortcuts", "Ctrl+/") in rows
    assert ("View", "Linkage", "Ctrl+5") in rows
    dialog.close()


def test_a_new_action_appears_without_editing_the_dialog(window):
    extra = window.menuBar().actions()[0].menu().addAction("Brand new")
    extra.setShortcut(QKeySequence("Ctrl+Alt+B"))
    rows = window.show_shortcuts().rows()
    assert ("File", "Brand new", "Ctrl+Alt+B") in rows


def lightness():
    return QApplication.palette().color(QPalette.ColorRole.Window).lightness()


def test_the_theme_applies_at_once_and_is_remembered(window, settings):
    page = window.settings_page
    combo = page.theme
    assert combo.currentData() == "system"
    combo.setCurrentIndex(combo.findData("dark"))
    combo.activated.emit(combo.currentIndex())
    assert lightness() < 128 and settings.value(style.THEME_SETTING) == "dark"
    combo.setCurrentIndex(combo.findData("light"))
    combo.activated.emit(combo.currentIndex())
    assert lightness() > 200 and style.chosen_theme(settings) == "light"
    combo.setCurrentIndex(combo.findData("system"))
    combo.activated.emit(combo.currentIndex())
    system_dark = QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark
    assert (lightness() < 128) == system_dark and style.chosen_theme(settings) == "system"


def test_the_remembered_theme_is_offered_next_time(qtbot, data_dir, settings):
    settings.setValue(style.THEME_SETTING, "dark")
    path = data_dir / "catalogue.db"
    tasks = Tasks(lambda: catalogue_queries.open_catalogue(path, "ana"), synchronous=True)
    window = MainWindow(path, user="ana", tasks=tasks, settings=settings)
    qtbot.addWidget(window)
    assert window.settings_page.theme.currentData() == "dark"
    settings.setValue(style.THEME_SETTING, "purple")
    assert style.chosen_theme(settings) == "system"


def test_edit_menu_opens_record_history_and_deleted_records(window):
    from labnet.desktop.deleted_dialog import DeletedRecordsDialog
    from labnet.desktop.history_dialog import HistoryDialog

    def run(cat):
        rec = cat.add("reference_sample", sample())
        cat.update("reference_sample", rec["id"], {"lot": "L-2"})
        return rec
    window.tasks.run(run)
    page = window.show_section("reference-samples")
    page.refresh()
    page.table.selectRow(0)
    actions = {a.objectName(): a for a in window.findChildren(QAction)}
    assert actions["menu-history"].isEnabled() and actions["menu-deleted"].isEnabled()
    actions["menu-history"].trigger()
    shown = [d for d in page._dialogs if isinstance(d, HistoryDialog)]
    assert shown and shown[0].tree.topLevelItemCount() == 2
    actions["menu-deleted"].trigger()
    assert any(isinstance(d, DeletedRecordsDialog) for d in page._dialogs)
    for d in list(page._dialogs):
        d.close()
