"""The main window: navigation between the seven areas."""

import pytest
from PySide6.QtCore import Qt

from desktop.main_window import MainWindow

EXPECTED_SECTIONS = [
    "Dashboard",
    "Reference samples",
    "Training",
    "Profiling results",
    "Linkage",
    "Network",
    "Settings",
]


@pytest.fixture
def window(qtbot, data_dir):
    window = MainWindow(data_dir / "catalogue.db", user="ana.analyst")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_window_shows_which_catalogue_is_open(window, data_dir):
    path = str(data_dir / "catalogue.db")
    assert window.windowTitle() == f"LabNet — {path}"
    assert path in window.catalogue_label.text()
    assert "ana.analyst" in window.user_label.text()


def test_navigation_has_the_seven_sections(window):
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
