"""The window's part of ``labnet self-test``: build the main window offscreen on a catalogue and draw it."""

from __future__ import annotations

import os
from pathlib import Path

from labnet.common.labfolder import LabFolder


def window_check(folder: Path) -> str:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from labnet.desktop import catalogue_queries
    from labnet.desktop.main_window import MainWindow
    from labnet.desktop.tasks import Tasks

    app = QApplication.instance() or QApplication(["labnet-self-test"])
    path = LabFolder(folder).catalogue
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


def languages_check() -> str:
    """Every shipped language loads, translates, and Arabic turns the layout right to left."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication, QLocale, Qt
    from PySide6.QtWidgets import QApplication

    from labnet.desktop import i18n

    app = QApplication.instance() or QApplication(["labnet-self-test"])
    before = i18n.installed_language(), QLocale(), app.layoutDirection()
    qt_own = []
    try:
        for language in i18n.LANGUAGES:
            if language == "en":
                continue
            i18n.install(app, language)
            said = QCoreApplication.translate("Catalogue", "Reference samples")
            if said == "Reference samples":
                raise RuntimeError(f"the {i18n.LANGUAGES[language]} translation did not load "
                                   f"from {i18n.translations_dir()}")
            if (app.layoutDirection() == Qt.LayoutDirection.RightToLeft) != (language == "ar"):
                raise RuntimeError(f"the layout direction is wrong in {i18n.LANGUAGES[language]}")
            if i18n.loaded_files() == 2:
                qt_own.append(language)
    finally:  # as it was: the check changes nothing
        i18n.install(app, before[0])
        QLocale.setDefault(before[1])
        app.setLayoutDirection(before[2])
    languages = ", ".join(code for code in i18n.LANGUAGES if code != "en")
    return f"{languages} load (Qt's own dialogs: {', '.join(qt_own) or 'English only'})"
