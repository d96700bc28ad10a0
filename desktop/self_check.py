"""The window's part of ``labnet self-test``: build the main window offscreen on a catalogue and draw it."""

from __future__ import annotations

import os
from pathlib import Path


def window_check(folder: Path) -> str:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from desktop import catalogue_queries
    from desktop.main_window import MainWindow
    from desktop.tasks import Tasks

    app = QApplication.instance() or QApplication(["labnet-self-test"])
    path = Path(folder) / "catalogue.db"
    window = MainWindow(path, user="self-test",
                        tasks=Tasks(lambda: catalogue_queries.open_catalogue(path, "self-test"), synchronous=True))
    window.show()
    app.processEvents()
    drawn = not window.grab().isNull()
    window.close()
    window.shutdown()
    if not drawn:
        raise RuntimeError("the window could not be drawn")
    return f"the window built and drawn ({os.environ['QT_QPA_PLATFORM']})"
