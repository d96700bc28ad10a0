"""The main window as the GUI tests open it: on one catalogue, shown, with its own settings file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from labnet.desktop import catalogue_queries
from labnet.desktop.main_window import MainWindow
from labnet.desktop.tasks import Tasks


def open_window(qtbot, path: Path, tmp_path: Path, *, user: str = "ana", synchronous: bool = True) -> MainWindow:
    """The window on the catalogue file ``path``, signed in as ``user`` (``synchronous=False``: real worker
    threads), its settings in ``tmp_path`` so no test touches the user's own."""
    tasks = Tasks(lambda: catalogue_queries.open_catalogue(path, user), synchronous=synchronous)
    window = MainWindow(path, user=user, tasks=tasks,
                        settings=QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window
