"""Who is working: the session, the sign-in dialog and what each role may do.

A catalogue without accounts is run by its owner, who may do everything and
is never asked to sign in.  Once accounts exist, the window asks who is
working (``Catalogue.sign_in`` on the worker); the status bar shows them, and
actions their role may not do are disabled, saying who may.  The catalogue
enforces the same rules itself, so the window can never be the only guard.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from labnet.catalogue import vocab
from labnet.catalogue.users import OWNER, PERMISSIONS
from labnet.desktop import catalogue_queries, style
from labnet.desktop.catalogue_queries import SIGNED_OUT, SessionInfo
from labnet.desktop.i18n import catalogue_text, say_error


class Session(QObject):
    """The person the catalogue worker acts for, as the window knows it."""

    changed = Signal()

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.info: SessionInfo | None = None

    def update(self, info: SessionInfo) -> None:
        self.info = info
        self.changed.emit()

    @property
    def ready(self) -> bool:
        """Someone is working: the owner, or a user who signed in."""
        return self.info is not None and self.info.role != SIGNED_OUT

    @property
    def has_accounts(self) -> bool:
        return bool(self.info and self.info.has_accounts)

    @property
    def username(self) -> str:
        return self.info.username if self.info else ""

    @property
    def role(self) -> str:
        return self.info.role if self.info else SIGNED_OUT

    def can(self, permission: str) -> bool:
        return self.ready and self.role in PERMISSIONS[permission]

    def role_label(self) -> str:
        if self.role == OWNER:
            return self.tr("owner")
        return catalogue_text(vocab.ROLES.get(self.role, self.role))

    def who_may(self, permission: str) -> str:
        """A tooltip for an action this session may not do."""
        if not self.ready:
            return self.tr("Sign in first.")
        reasons = {
            "edit_records": self.tr("Your account may not change records."),
            "dispose_standard": self.tr("Only a quality manager may dispose of a reference standard."),
            "authorise_training": self.tr("Only a quality manager may authorise a training record."),
            "manage_users": self.tr("Only an administrator may manage user accounts."),
            "change_settings": self.tr("Only an administrator may change settings."),
            "restore_backup": self.tr("Only an administrator may restore a backup."),
            "restore_version": self.tr("Only an administrator or a quality manager may restore an earlier "
                                       "version of a record."),
        }
        return reasons.get(permission, self.tr("Your role may not do this."))

    def describe(self) -> str:
        """For the status bar."""
        if self.info is None:
            return self.tr("Opening the catalogue…")
        if not self.ready:
            return self.tr("Nobody signed in")
        if self.role == OWNER:
            return self.tr("Working as {user} (no user accounts: full rights)").format(user=self.username)
        name = self.info.full_name or self.username
        return self.tr("Signed in as {name} ({role})").format(name=name, role=self.role_label())


class LoginDialog(QDialog):
    """Choose your account and type your password; stays open until it is right."""

    signed_in = Signal(object)  # SessionInfo

    def __init__(self, tasks: Any, info: SessionInfo, parent: QWidget | None = None, *,
                 switching: bool = False, preselect: str | None = None):
        super().__init__(parent)
        self.tasks = tasks
        self.setObjectName("login-dialog")
        self.setWindowTitle(self.tr("Switch user") if switching else self.tr("Sign in to LabNet"))
        self.setMinimumWidth(440)

        title = style.heading(self.tr("Who is working?"), 1.3)
        intro = style.muted(self.tr("Every change you make is recorded in the audit trail under your name."))

        self.users = QListWidget()
        self.users.setObjectName("login-users")
        self.users.setAccessibleName(self.tr("Accounts"))
        for user in info.users:
            role = catalogue_text(vocab.ROLES.get(user["role"], user["role"]))
            item = QListWidgetItem(f"{user['full_name']}  —  {role}  ({user['username']})")
            item.setData(Qt.ItemDataRole.UserRole, user["username"])
            self.users.addItem(item)
        rows_shown = min(8, max(3, len(info.users)))
        self.users.setFixedHeight(rows_shown * (self.users.fontMetrics().height() + 10) + 8)
        self.users.setStyleSheet("QListWidget::item { padding: 4px 6px; }")
        wanted = preselect or info.demo_user
        rows = [self.users.item(r).data(Qt.ItemDataRole.UserRole) for r in range(self.users.count())]
        self.users.setCurrentRow(rows.index(wanted) if wanted in rows else 0)

        password_label = QLabel(self.tr("&Password"))
        self.password = QLineEdit()
        self.password.setObjectName("login-password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Password"))
        password_label.setBuddy(self.password)

        self.message = QLabel()
        self.message.setObjectName("login-message")
        self.message.setProperty("role", "error")
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Sign-in problem"))
        self.message.hide()

        self.buttons = QDialogButtonBox()
        self.sign_in_button = self.buttons.addButton(self.tr("Sign in"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.sign_in_button.setDefault(True)
        cancel_text = self.tr("Cancel") if switching else self.tr("Quit LabNet")
        self.buttons.addButton(cancel_text, QDialogButtonBox.ButtonRole.RejectRole)
        self.buttons.accepted.connect(self.attempt)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 16)
        layout.setSpacing(8)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addSpacing(4)
        layout.addWidget(self.users)
        layout.addWidget(password_label)
        layout.addWidget(self.password)
        if info.demo_password:
            hint = style.muted(self.tr("This is the demo catalogue: every account's password is “{password}”.")
                               .format(password=info.demo_password))
            hint.setObjectName("login-demo-hint")
            layout.addWidget(hint)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.setTabOrder(self.users, self.password)
        self.setTabOrder(self.password, self.sign_in_button)
        self.password.setFocus()

    def username(self) -> str | None:
        item = self.users.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def attempt(self) -> None:
        username, password = self.username(), self.password.text()
        if not username:
            self._show_problem(self.tr("Choose your account in the list."))
            return
        if not password:
            self._show_problem(self.tr("Type your password."))
            return
        self.sign_in_button.setEnabled(False)
        self.message.hide()
        self.tasks.run(lambda cat: catalogue_queries.sign_in(cat, username, password),
                       self._succeeded, self._failed, description="sign in")

    def _succeeded(self, info: SessionInfo) -> None:
        self.sign_in_button.setEnabled(True)
        self.signed_in.emit(info)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.sign_in_button.setEnabled(True)
        from labnet.catalogue.errors import CatalogueError
        if isinstance(exc, CatalogueError):
            self._show_problem(say_error(exc))
        else:
            from labnet.desktop import errors
            errors.show_error(self, exc)

    def _show_problem(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()
        self.password.clear()
        self.password.setFocus()
