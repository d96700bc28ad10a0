"""Help → Keyboard shortcuts: made from the window's own actions when it opens, so it cannot go stale."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMenu,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)


def plain(text: str) -> str:
    """A menu text without its mnemonic ampersand or trailing ellipsis."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()


def shortcut_actions(window: QWidget) -> list[tuple[str, QAction]]:
    """Every action of ``window`` that has a shortcut, with where it is found (its menu, else "")."""
    seen: set[int] = set()
    found: list[tuple[str, QAction]] = []

    def visit(menu: QMenu, path: str) -> None:
        for action in menu.actions():
            sub = action.menu()
            if isinstance(sub, QMenu):
                visit(sub, f"{path} → {plain(action.text())}" if path else plain(action.text()))
            elif not action.shortcut().isEmpty() and id(action) not in seen:
                seen.add(id(action))
                found.append((path, action))

    bar = getattr(window, "menuBar", None)
    if bar is not None:
        for top in bar().actions():
            if isinstance(top.menu(), QMenu):
                visit(top.menu(), plain(top.text()))
    for action in window.findChildren(QAction):   # tool bars and pages: actions in no menu
        if not action.shortcut().isEmpty() and id(action) not in seen:
            seen.add(id(action))
            found.append(("", action))
    return found


class ShortcutsDialog(QDialog):
    def __init__(self, window: QWidget, parent: QWidget | None = None):
        super().__init__(parent or window)
        self.setObjectName("shortcuts-dialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.tree = QTreeWidget()
        self.tree.setObjectName("shortcuts")
        self.tree.setRootIsDecorated(False)
        self.tree.setHeaderLabels([self.tr("Menu"), self.tr("Action"), self.tr("Shortcut")])
        self.tree.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for where, action in shortcut_actions(window):
            keys = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts())
            self.tree.addTopLevelItem(QTreeWidgetItem([where, plain(action.text()), keys]))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        self.resize(620, 520)

    def rows(self) -> list[tuple[str, str, str]]:
        return [tuple(self.tree.topLevelItem(i).text(c) for c in range(3))   # type: ignore[misc]
                for i in range(self.tree.topLevelItemCount())]
