"""Every view fits its translation (issue 22): no table header cut in French, Spanish or Arabic, and the tool
bars show every action at 1280×800 (none pushed into the overflow menu)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QTableView, QToolBar, QToolButton

from labnet.catalogue.demo import create_demo_catalogue
from labnet.desktop import catalogue_queries, i18n
from labnet.desktop.main_window import MainWindow
from labnet.desktop.tasks import Tasks


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    folder = tmp_path_factory.mktemp("layout")
    create_demo_catalogue(folder, profiles=60)
    return folder


def _window(qtbot, qapp, folder, tmp_path, language):
    i18n.install(qapp, language)   # conftest puts English back before the next test
    path = folder / "catalogue.db"
    tasks = Tasks(lambda: catalogue_queries.open_catalogue(path, "admin"), synchronous=True)
    window = MainWindow(path, user="admin", tasks=tasks,
                        settings=QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.mark.parametrize("language", ["fr", "es", "ar"])
def test_no_table_header_is_cut(qtbot, qapp, demo, tmp_path, language):
    window = _window(qtbot, qapp, demo, tmp_path, language)
    cut, seen = [], 0
    for key in list(window.page_by_key):
        page = window.show_section(key)
        qapp.processEvents()   # the record pages size their columns once shown
        for view in page.findChildren(QTableView):
            if not view.isVisible():
                continue
            header = view.horizontalHeader()
            last = header.logicalIndex(header.count() - 1)
            for i in range(header.count()):
                if header.isSectionHidden(i) or (header.stretchLastSection() and i == last):
                    continue   # the stretched last column takes the rest of the table
                seen += 1
                # What the header needs for its title, sort arrow and the style's margins.
                if header.sectionSize(i) < header.sectionSizeFromContents(i).width():
                    cut.append((key, view.objectName(), view.model().headerData(i, header.orientation()),
                                header.sectionSize(i), header.sectionSizeFromContents(i).width()))
    assert seen > 20 and not cut, cut


@pytest.mark.parametrize("language", ["fr", "es", "ar"])
def test_the_tool_bars_show_every_action_at_1280_by_800(qtbot, qapp, demo, tmp_path, language):
    window = _window(qtbot, qapp, demo, tmp_path, language)
    shown = 0
    for key in list(window.page_by_key):
        window.show_section(key)
        qapp.processEvents()
        for bar in window.findChildren(QToolBar):
            if not bar.isVisible():
                continue
            shown += 1
            overflow = bar.findChild(QToolButton, "qt_toolbar_ext_button")
            hidden = [a.text() for a in bar.actions() if a.isVisible() and not bar.widgetForAction(a).isVisible()]
            assert not (overflow and overflow.isVisible()) and not hidden, (key, bar.objectName(), hidden)
    assert shown
