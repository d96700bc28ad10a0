"""The main window's menu bar: File, Edit, View and Help, and which of their actions are allowed now.

The texts keep the translation context "MainWindow" (``translate("MainWindow", …)``): they were written in the
window's class before it was split, and the translations are filed under that name.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence

from labnet.desktop.history_dialog import HISTORY_SHORTCUT

translate = QCoreApplication.translate

# The window's menu actions that stand for one of the record page's own actions (needs, rights).
PAGE_ACTIONS = (("import_action", "import"), ("export_action", "export"), ("new_action", "new"),
                ("open_action", "open"), ("duplicate_action", "duplicate"), ("delete_action", "delete"))


def add_action(menu: Any, text: str, slot: Any, shortcut: Any = None, name: str = "") -> QAction:
    action = menu.addAction(text)
    action.triggered.connect(slot)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    if name:
        action.setObjectName(name)
    return action


def on_page(window: Any, method: str) -> Any:
    """A slot calling ``method`` of the record page in front (nothing on the other views)."""
    def run() -> None:
        page = window.current_record_page()
        if page is not None:
            getattr(page, method)()
    return run


def build_menus(window: Any) -> None:
    """Fill ``window``'s menu bar; the actions that change with the view are kept as the window's attributes."""
    bar = window.menuBar()
    file = bar.addMenu(translate("MainWindow", "&File"))
    window.import_action = add_action(file, translate("MainWindow", "&Import…"), on_page(window, "import_file"),
                                      "Ctrl+I", "menu-import")
    window.export_action = add_action(file, translate("MainWindow", "&Export this view…"),
                                      on_page(window, "export_view"), "Ctrl+E", "menu-export")
    # The report of the view in front (desktop/report_actions.py): the register, the competence matrix…
    from labnet.desktop.report_actions import ReportActions

    window.reports = ReportActions(window)
    window.print_action = add_action(file, translate("MainWindow", "&Print…"), window.reports.print_report,
                                     QKeySequence.StandardKey.Print, "menu-print")
    window.export_pdf_action = add_action(file, translate("MainWindow", "Export &PDF…"), window.reports.export_pdf,
                                          None, "menu-export-pdf")
    file.addSeparator()
    add_action(file, translate("MainWindow", "&Back up the catalogue…"), window.backup, None, "menu-backup")
    add_action(file, translate("MainWindow", "&Hub console…"), window.open_hub_console, None, "menu-hub-console")
    file.addSeparator()
    window.switch_user_action = add_action(file, translate("MainWindow", "&Switch user…"), window.switch_user,
                                           "Ctrl+Shift+U", "menu-switch-user")
    file.addSeparator()
    add_action(file, translate("MainWindow", "&Quit"), window.close, QKeySequence.StandardKey.Quit, "menu-quit")

    edit = bar.addMenu(translate("MainWindow", "&Edit"))
    window.new_action = add_action(edit, translate("MainWindow", "&New record…"), on_page(window, "new_record"),
                                   QKeySequence.StandardKey.New, "menu-new")
    window.open_action = add_action(edit, translate("MainWindow", "&Open record"), on_page(window, "open_selected"),
                                    None, "menu-open")
    window.duplicate_action = add_action(edit, translate("MainWindow", "D&uplicate record…"),
                                         on_page(window, "duplicate_selected"), "Ctrl+D", "menu-duplicate")
    window.delete_action = add_action(edit, translate("MainWindow", "&Delete record…"),
                                      on_page(window, "delete_selected"), QKeySequence.StandardKey.Delete,
                                      "menu-delete")
    window.history_action = add_action(edit, translate("MainWindow", "Record &history…"),
                                       on_page(window, "history_selected"), HISTORY_SHORTCUT, "menu-history")
    window.deleted_action = add_action(edit, translate("MainWindow", "Deleted records…"),
                                       on_page(window, "show_deleted"), None, "menu-deleted")
    edit.addSeparator()
    window.find_action = add_action(edit, translate("MainWindow", "&Find"), on_page(window, "focus_search"),
                                    QKeySequence.StandardKey.Find, "menu-find")

    view = bar.addMenu(translate("MainWindow", "&View"))
    for number, info in enumerate(window.page_infos(), start=1):
        add_action(view, info.title, lambda _=False, key=info.key: window.show_section(key), f"Ctrl+{number}")
    view.addSeparator()
    toggle = window.notifications_dock.toggleViewAction()
    toggle.setText(translate("MainWindow", "&Notifications"))
    toggle.setObjectName("menu-notifications")
    toggle.setShortcut(QKeySequence("Ctrl+Shift+N"))
    view.addAction(toggle)
    add_action(view, translate("MainWindow", "&Refresh"), window.refresh_current, QKeySequence.StandardKey.Refresh,
               "menu-refresh")

    help_menu = bar.addMenu(translate("MainWindow", "&Help"))
    add_action(help_menu, translate("MainWindow", "&Keyboard shortcuts…"), window.show_shortcuts, "Ctrl+/",
               "menu-shortcuts")
    add_action(help_menu, translate("MainWindow", "&About LabNet"), window.about, None, "menu-about")
    update_menu_state(window)


def update_menu_state(window: Any) -> None:
    """Enable what the view in front and the signed-in person's rights allow; say who may when not."""
    page = window.current_record_page()
    session = window.session
    for attribute, page_action in PAGE_ACTIONS:
        action = getattr(window, attribute)
        rights = [n for n in (page.actions[page_action].property("needs") or "").split("+")
                  if n and n not in ("selection", "rows")] if page is not None else []
        allowed = page is not None and session.ready and all(session.can(n) for n in rights)
        action.setEnabled(allowed)
        denied = next((n for n in rights if not session.can(n)), None)
        action.setToolTip(session.who_may(denied) if denied else "")
    window.find_action.setEnabled(page is not None)
    window.history_action.setEnabled(page is not None and session.ready)
    window.deleted_action.setEnabled(page is not None and session.ready)
    for action in (window.print_action, window.export_pdf_action):
        action.setEnabled(window.reports.available())
    may_switch = session.has_accounts
    window.switch_user_action.setEnabled(may_switch)
    window.switch_user_action.setToolTip("" if may_switch else translate(
        "MainWindow", "This catalogue has no user accounts; an administrator can create them in Settings."))
