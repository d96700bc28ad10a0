"""Starting the desktop application, with and without a demo catalogue."""

import sys
import types

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from labnet.desktop import app as desktop_app
from labnet.desktop.main_window import MainWindow


def close_windows_soon():
    """Once the event loop runs, note the open main windows and quit."""
    seen = []

    def close():
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, MainWindow) and widget.isVisible():
                seen.append(widget.windowTitle())
                widget.close()
        QApplication.instance().quit()

    QTimer.singleShot(0, close)
    return seen


def test_run_opens_the_window_on_the_catalogue(qapp, data_dir):
    seen = close_windows_soon()
    assert desktop_app.run(data_dir, demo=False, user="ana") == 0
    assert seen == [f"LabNet — {data_dir / 'catalogue.db'}"]
    assert QApplication.applicationName() == "LabNet"
    assert QApplication.organizationName() == "LabNet"


def test_demo_creates_the_demo_catalogue_first(qapp, data_dir, monkeypatch):
    created = []
    # A stand-in for catalogue.demo, so this test does not depend on the catalogue package.
    demo_module = types.ModuleType("labnet.catalogue.demo")
    demo_module.create_demo_catalogue = created.append
    monkeypatch.setitem(sys.modules, "labnet.catalogue.demo", demo_module)
    close_windows_soon()
    assert desktop_app.run(data_dir, demo=True, user="ana") == 0
    assert created == [data_dir]


def test_demo_is_skipped_when_no_demo_catalogue_exists(qapp, data_dir, monkeypatch):
    monkeypatch.setitem(sys.modules, "labnet.catalogue.demo", None)  # makes the import fail as if missing
    close_windows_soon()
    assert desktop_app.run(data_dir, demo=True, user="ana") == 0


def test_demo_is_skipped_when_the_demo_function_is_missing(qapp, data_dir, monkeypatch):
    monkeypatch.setitem(sys.modules, "labnet.catalogue.demo", types.ModuleType("labnet.catalogue.demo"))
    close_windows_soon()
    assert desktop_app.run(data_dir, demo=True, user="ana") == 0


def test_a_broken_demo_module_is_not_hidden(qapp, data_dir, tmp_path, monkeypatch):
    # A stand-in catalogue package whose demo module fails on an import of its own.
    package_dir = tmp_path / "fake_catalogue"
    package_dir.mkdir()
    (package_dir / "demo.py").write_text("import no_such_dependency_for_labnet_tests\n")
    fake_package = types.ModuleType("catalogue")
    fake_package.__path__ = [str(package_dir)]
    monkeypatch.setitem(sys.modules, "labnet.catalogue", fake_package)
    monkeypatch.delitem(sys.modules, "labnet.catalogue.demo", raising=False)
    with pytest.raises(ModuleNotFoundError, match="no_such_dependency_for_labnet_tests"):
        desktop_app.run(data_dir, demo=True, user="ana")
