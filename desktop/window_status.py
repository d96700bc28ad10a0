"""The main window's status bar: the catalogue's path, a busy indicator, the network's state and who is working.

The texts keep the translation context "MainWindow" (``translate("MainWindow", …)``), where they were filed
before the split.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer
from PySide6.QtWidgets import QLabel, QProgressBar, QSizePolicy

from labnet.desktop import i18n

translate = QCoreApplication.translate


class BusyIndicator(QObject):
    """A moving bar shown while the worker has been busy for a moment (not for every quick read)."""

    def __init__(self, tasks: Any, parent: QObject) -> None:
        super().__init__(parent)
        self.tasks = tasks
        self.bar = QProgressBar()
        self.bar.setObjectName("busy")
        self.bar.setRange(0, 0)
        self.bar.setMaximumWidth(120)
        self.bar.setMaximumHeight(14)
        self.bar.setTextVisible(False)
        self.bar.setAccessibleName(translate("MainWindow", "Working"))
        self.bar.hide()
        self._ticks = 0
        self.timer = QTimer(self, interval=100)
        self.timer.timeout.connect(self._update)
        self.timer.start()

    def _update(self) -> None:
        self._ticks = self._ticks + 1 if self.tasks.pending else 0
        self.bar.setVisible(self._ticks >= 3)  # only for work that takes a moment

    def stop(self) -> None:
        self.timer.stop()


def build_status_bar(window: Any, user: str) -> None:
    """The labels of ``window``'s status bar, kept as its attributes; the network's follows its page."""
    path = window.catalogue_path
    window.catalogue_label = label = QLabel(
        translate("MainWindow", "Catalogue: {path}").format(path=i18n.isolate(path)))
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setAccessibleName(translate("MainWindow", "Catalogue file"))
    label.setToolTip(str(path))
    # A long path (or a long translation beside it) is cut rather than widening the window off the screen.
    label.setMinimumWidth(80)
    label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    window.busy_indicator = BusyIndicator(window.tasks, window)
    window.busy = window.busy_indicator.bar
    window.user_label = QLabel(translate("MainWindow", "Acting as: {user}").format(user=user))
    window.user_label.setObjectName("user-label")
    window.user_label.setAccessibleName(translate("MainWindow", "Who is working"))
    bar = window.statusBar()
    bar.addWidget(label, stretch=1)
    bar.addPermanentWidget(window.busy)
    window.network_label = QLabel()
    window.network_label.setObjectName("network-indicator")
    window.network_label.setAccessibleName(translate("MainWindow", "Network"))
    bar.addPermanentWidget(window.network_label)
    window.network_page.status_changed.connect(window.network_label.setText)
    window.network_label.setText(window.network_page.status_line)
    bar.addPermanentWidget(window.user_label)
