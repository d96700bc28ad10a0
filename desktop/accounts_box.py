"""Settings → Accounts: who may sign in, and the accounts' life cycle.

An administrator adds accounts, disables and enables them, resets another
person's password and changes roles; everyone who signed in may change their
own password (proving the current one).  The rules are the catalogue's own
(``labnet.catalogue.users`` for names and passwords, ``labnet.catalogue.accounts`` for the
rest, each change in the audit trail): the window only asks, and says the
catalogue's answer.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from labnet.catalogue import vocab
from labnet.catalogue.users import OWNER, password_problem, username_problem
from labnet.desktop import catalogue_queries, errors, style
from labnet.desktop.i18n import catalogue_text, date_text, say, say_error
from labnet.desktop.login import Session
from labnet.desktop.tables import select_row


def _password_field() -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


class _AccountDialog(QDialog):
    """A form, a line for the catalogue's answer, and one button that asks the worker."""

    def __init__(self, tasks: Any, title: str, action: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.tasks = tasks
        self.setWindowTitle(title)
        self.setMinimumWidth(420)
        self.form = QFormLayout()
        self.message = QLabel()
        self.message.setObjectName("account-message")
        self.message.setProperty("role", "error")
        self.message.setWordWrap(True)
        self.message.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = buttons.addButton(action, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.attempt)
        buttons.rejected.connect(self.reject)
        self.layout_ = QVBoxLayout(self)
        self.layout_.addLayout(self.form)
        self.layout_.addWidget(self.message)
        self.layout_.addWidget(buttons)

    def add_row(self, text: str, widget: QWidget) -> None:
        widget.setAccessibleName(text)
        self.form.addRow(text, widget)

    def new_password_problem(self, password: str, again: str, username: str, full_name: str = "") -> str | None:
        """The same rules as the catalogue's, said before the worker is asked."""
        if password != again:
            return self.tr("The two passwords differ; type the same password twice.")
        problem = password_problem(password, username, full_name)
        return say(problem) if problem is not None else None

    def run(self, fn: Callable[[Any], Any]) -> None:
        self.ok_button.setEnabled(False)
        self.message.hide()
        self.tasks.run(fn, lambda _result: self.accept(), self._failed, description=self.objectName())

    def _failed(self, exc: BaseException) -> None:
        self.ok_button.setEnabled(True)
        from labnet.catalogue.errors import CatalogueError
        if isinstance(exc, CatalogueError):
            self.problem(say_error(exc))
        else:
            errors.show_error(self, exc)

    def problem(self, text: str) -> None:
        self.message.setText(text)
        self.message.show()


class AddUserDialog(_AccountDialog):
    """A new account: user name, full name, role and a first password."""

    def __init__(self, tasks: Any, parent: QWidget | None = None, *, first: bool = False):
        super().__init__(tasks, self.tr("Add a user"), self.tr("Add user"), parent)
        self.setObjectName("add-user-dialog")
        self.username = QLineEdit()
        self.full_name = QLineEdit()
        self.role = QComboBox()
        for code, label in vocab.ROLES.items():
            self.role.addItem(catalogue_text(label), code)
        if first:
            self.role.setCurrentIndex(self.role.findData("administrator"))
            self.layout_.insertWidget(0, style.muted(self.tr(
                "The first account should be an administrator. From the next start, LabNet asks who is "
                "working, and every change is recorded under that person's name.")))
        self.password, self.again = _password_field(), _password_field()
        for text, widget in ((self.tr("User name"), self.username), (self.tr("Full name"), self.full_name),
                             (self.tr("Role"), self.role), (self.tr("Password"), self.password),
                             (self.tr("Password again"), self.again)):
            self.add_row(text, widget)
        self.add_button = self.ok_button

    def attempt(self) -> None:
        username, name, role, password = (self.username.text().strip(), self.full_name.text().strip(),
                                          self.role.currentData(), self.password.text())
        problem = username_problem(username)
        if problem is not None:
            self.problem(say(problem))
            return
        text = self.new_password_problem(password, self.again.text(), username, name)
        if text:
            self.problem(text)
            return
        self.run(lambda cat: cat.add_user(username, name, role, password))


class ChangePasswordDialog(_AccountDialog):
    """The signed-in person's own password: the current one, then the new one twice."""

    def __init__(self, tasks: Any, username: str, full_name: str, parent: QWidget | None = None):
        super().__init__(tasks, self.tr("Change my password"), self.tr("Change password"), parent)
        self.setObjectName("change-password-dialog")
        self.username, self.full_name = username, full_name
        self.current, self.password, self.again = _password_field(), _password_field(), _password_field()
        for text, widget in ((self.tr("Current password"), self.current), (self.tr("New password"), self.password),
                             (self.tr("New password again"), self.again)):
            self.add_row(text, widget)

    def attempt(self) -> None:
        old, new = self.current.text(), self.password.text()
        if not old:
            self.problem(self.tr("Type your current password."))
            return
        text = self.new_password_problem(new, self.again.text(), self.username, self.full_name)
        if text:
            self.problem(text)
            return
        from labnet.catalogue import accounts
        self.run(lambda cat: accounts.change_password(cat, old, new))


class ResetPasswordDialog(_AccountDialog):
    """An administrator sets another person's password."""

    def __init__(self, tasks: Any, user: dict, parent: QWidget | None = None):
        super().__init__(tasks, self.tr("Reset the password of {user}").format(user=user["username"]),
                         self.tr("Set password"), parent)
        self.setObjectName("reset-password-dialog")
        self.user = user
        self.layout_.insertWidget(0, style.muted(self.tr(
            "Give the new password to {name} in person; they can change it under Settings → Accounts.").format(
            name=user["full_name"])))
        self.password, self.again = _password_field(), _password_field()
        for text, widget in ((self.tr("New password"), self.password), (self.tr("New password again"), self.again)):
            self.add_row(text, widget)

    def attempt(self) -> None:
        new = self.password.text()
        text = self.new_password_problem(new, self.again.text(), self.user["username"], self.user["full_name"])
        if text:
            self.problem(text)
            return
        from labnet.catalogue import accounts
        username = self.user["username"]
        self.run(lambda cat: accounts.reset_password(cat, username, new))


class RoleDialog(_AccountDialog):
    def __init__(self, tasks: Any, user: dict, parent: QWidget | None = None):
        super().__init__(tasks, self.tr("Role of {user}").format(user=user["username"]), self.tr("Change role"),
                         parent)
        self.setObjectName("role-dialog")
        self.user = user
        self.role = QComboBox()
        for code, label in vocab.ROLES.items():
            self.role.addItem(catalogue_text(label), code)
        self.role.setCurrentIndex(self.role.findData(user["role"]))
        self.add_row(self.tr("Role"), self.role)

    def attempt(self) -> None:
        from labnet.catalogue import accounts
        username, role = self.user["username"], self.role.currentData()
        self.run(lambda cat: accounts.set_role(cat, username, role))


class AccountsBox(QGroupBox):
    """The accounts table and what may be done with them."""

    changed = Signal()  # an account changed: the settings page reads the catalogue again

    def __init__(self, tasks: Any, session: Session, parent: QWidget | None = None):
        super().__init__(self.tr("Accounts"), parent)
        self.setObjectName("accounts-box")
        self.tasks = tasks
        self.session = session
        self.users: list[dict] = []
        self.loaded = False
        self._dialog: QDialog | None = None

        self.note = style.muted("")
        self.note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.table = QTableWidget(0, 5)
        self.table.setObjectName("users-table")
        self.table.setAccessibleName(self.tr("User accounts"))
        self.table.setHorizontalHeaderLabels([self.tr("User name"), self.tr("Full name"), self.tr("Role"),
                                              self.tr("State"), self.tr("Since")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        # Every column as wide as its title and its names (a stretched "Full name" was squeezed to "om compl"
        # in French); the table asks for that width (show_users), the last column takes what is left.
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        # Sized to show every row and column (show_users): no scroll bars, which took the room they were for.
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setAlternatingRowColors(True)
        self.table.itemSelectionChanged.connect(self.update_rights)

        def button(name: str, slot: Callable[[], None]) -> QPushButton:
            b = QPushButton()
            b.setObjectName(name)
            b.clicked.connect(slot)
            return b
        self.add_button = button("add-user", self.add_user)
        self.active_button = button("toggle-user", self.toggle_active)
        self.role_button = button("change-role", self.change_role)
        self.reset_button = button("reset-password", self.reset_password)
        self.own_password_button = button("change-own-password", self.change_own_password)
        self.role_button.setText(self.tr("Change role…"))
        self.reset_button.setText(self.tr("Reset password…"))
        self.own_password_button.setText(self.tr("Change my password…"))
        self.result = QLabel()
        self.result.setObjectName("accounts-result")
        self.result.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.table)
        for row_buttons in ((self.add_button, self.active_button, self.role_button),
                            (self.reset_button, self.own_password_button)):
            row = QHBoxLayout()
            for b in row_buttons:
                row.addWidget(b)
            row.addStretch(1)
            layout.addLayout(row)
        layout.addWidget(self.result)
        session.changed.connect(self.update_rights)
        self.update_rights()

    # -- showing ------------------------------------------------------------------------------
    def show_users(self, users: list[dict]) -> None:
        selected = self.selected()
        self.users, self.loaded = list(users), True
        self.table.setRowCount(len(self.users))
        for row, user in enumerate(self.users):
            state = self.tr("Active") if user.get("active") else self.tr("Disabled")
            values = (user["username"], user["full_name"], catalogue_text(vocab.ROLES.get(user["role"], user["role"])),
                      state, date_text(user.get("created_at")))
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if not user.get("active"):
                    item.setForeground(self.palette().placeholderText())
                self.table.setItem(row, column, item)
            if selected and user["username"] == selected["username"]:
                select_row(self.table, row)   # not selectRow: right to left it selects nothing
        self.table.setFixedHeight(self.table.horizontalHeader().height() + 4 +
                                  max(1, len(self.users)) * self.table.verticalHeader().defaultSectionSize())
        header = self.table.horizontalHeader()
        header.resizeSections(QHeaderView.ResizeMode.ResizeToContents)   # now, not at the next layout
        last = header.count() - 1
        self.table.setMinimumWidth(2 * self.table.frameWidth() + sum(header.sectionSize(i) for i in range(last))
                                   + max(header.sectionSizeHint(last), self.table.sizeHintForColumn(last)))
        self.update_rights()

    def selected(self) -> dict | None:
        rows = self.table.selectionModel().selectedRows()
        return self.users[rows[0].row()] if rows and rows[0].row() < len(self.users) else None

    def update_rights(self) -> None:
        no_accounts = self.loaded and not self.users
        if no_accounts:
            self.note.setText(self.tr(
                "There are no user accounts yet: LabNet records changes under the computer's login name and "
                "never asks who is working. To require everyone to sign in, create the first administrator "
                "with “Add user…” (or on the command line: labnet users add NAME --name \"Full name\" "
                "--role administrator). From the next start LabNet asks who is working."))
        else:
            self.note.setText(self.tr("Who may sign in, and in which role. A disabled account cannot sign in; "
                                      "what was recorded under it stays."))
        manage = self.session.can("manage_users")
        reason = "" if manage else self.session.who_may("manage_users")
        user = self.selected()
        me = user is not None and user["username"].casefold() == self.session.username.casefold()
        self.add_button.setText(self.tr("Create the first administrator…") if no_accounts else self.tr("Add user…"))
        self.add_button.setEnabled(manage)
        self.add_button.setToolTip(reason)
        self.active_button.setText(self.tr("Enable") if user is not None and not user.get("active")
                                   else self.tr("Disable"))
        for b in (self.active_button, self.role_button, self.reset_button):
            b.setEnabled(manage and user is not None and not me)
            b.setToolTip(reason or (self.tr("Choose an account in the table.") if user is None else
                                    self.tr("Not your own account: another administrator can.") if me else ""))
        signed_in = self.session.ready and self.session.role != OWNER
        self.own_password_button.setEnabled(signed_in)
        self.own_password_button.setToolTip("" if signed_in else self.tr("Only a signed-in account has a password."))

    # -- actions ----------------------------------------------------------------------------------
    def _open(self, dialog: QDialog, done: str) -> None:
        def accepted() -> None:
            self.say(done)
            self._reload_session()
        dialog.accepted.connect(accepted)
        self._dialog = dialog
        dialog.open()

    def say(self, text: str, tone: str | None = "ok") -> None:
        self.result.setText(text)
        style.set_tone(self.result, tone)

    def _reload_session(self) -> None:
        # A role changed or an account was added: what the session may do, and the table, are read again.
        self.tasks.run(catalogue_queries.session_info, self.session.update,
                       lambda exc: errors.show_error(self, exc), description="session")
        self.changed.emit()

    def add_user(self) -> None:
        self._open(AddUserDialog(self.tasks, self, first=self.loaded and not self.users),
                   self.tr("The account was added."))

    def change_role(self) -> None:
        user = self.selected()
        if user is not None:
            self._open(RoleDialog(self.tasks, user, self), self.tr("The role of {user} was changed.").format(
                user=user["username"]))

    def reset_password(self) -> None:
        user = self.selected()
        if user is not None:
            self._open(ResetPasswordDialog(self.tasks, user, self),
                       self.tr("The password of {user} was set.").format(user=user["username"]))

    def change_own_password(self) -> None:
        info = self.session.info
        self._open(ChangePasswordDialog(self.tasks, self.session.username, info.full_name if info else "", self),
                   self.tr("Your password was changed."))

    def toggle_active(self) -> None:
        user = self.selected()
        if user is None:
            return
        from labnet.catalogue import accounts
        username, enable = user["username"], not user.get("active")
        done = (self.tr("{user} may sign in again.") if enable else
                self.tr("{user} can no longer sign in; what was recorded under the account stays.")).format(
            user=username)
        self.active_button.setEnabled(False)
        self.tasks.run(lambda cat: accounts.set_active(cat, username, enable),
                       lambda _none: (self.say(done), self._reload_session()), self._failed,
                       description="account state")

    def _failed(self, exc: BaseException) -> None:
        self.update_rights()
        from labnet.catalogue.errors import CatalogueError
        if isinstance(exc, CatalogueError):
            self.say(say_error(exc), "alert")
        else:
            errors.show_error(self, exc)
