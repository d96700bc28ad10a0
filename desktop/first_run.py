"""The first-run wizard: the laboratory, its first administrator, its network keys, and (if the hub's
administrator already gave one) the enrolment code.  Every step can be skipped and done later: the
Network view offers the keys and the enrolment again, Settings the accounts.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QCheckBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget, QWizard, QWizardPage

from labnet.catalogue.users import password_problem, username_problem
from labnet.desktop import style
from labnet.desktop.i18n import number, say, say_error
from labnet.desktop.tasks import Tasks

MIN_PASSPHRASE = 12


def _set_up(data_dir: Path, choices: dict[str, Any], cat) -> dict[str, Any]:
    """On the network worker: account, keys and policy, then enrolment (each only if asked for)."""
    from labnet.protocol.keyfile import Keyring, Passphrase
    from labnet.sync.enrolment import enrol_online
    from labnet.sync.setup import check_no_identity, create_laboratory

    done: dict[str, Any] = {}
    if choices.get("username"):
        cat.add_user(choices["username"], choices["full_name"], "administrator", choices["password"])
        done["user"] = choices["username"]
    check_no_identity(data_dir)
    protector = Keyring() if choices["keyring"] else Passphrase(choices["passphrase"])
    identity, _ = create_laboratory(data_dir, choices["lab"], choices["country"], protector)
    done["identity"] = identity
    if choices.get("code"):
        try:
            hub = enrol_online(data_dir, identity, choices["code"])
            done["hub"] = hub.name
        except Exception as exc:  # noqa: BLE001 - keys are made; enrolment can be done again from Network
            done["enrol_problem"] = say_error(exc)
    return done


class FirstRunWizard(QWizard):
    def __init__(self, tasks: Tasks, data_dir: Path, *, ask_for_account: bool, parent: QWidget | None = None):
        super().__init__(parent)
        self.tasks, self.data_dir = tasks, Path(data_dir)
        self.result_info: dict[str, Any] | None = None
        self.setWindowTitle(self.tr("Welcome to LabNet"))
        self.setObjectName("first-run")
        self.lab = QLineEdit()
        self.country = QLineEdit()
        self.country.setMaxLength(2)
        self.username, self.full_name = QLineEdit(), QLineEdit()
        self.password, self.password_again = QLineEdit(), QLineEdit()
        self.passphrase, self.passphrase_again = QLineEdit(), QLineEdit()
        for field in (self.password, self.password_again, self.passphrase, self.passphrase_again):
            field.setEchoMode(QLineEdit.EchoMode.Password)
        self.keyring = QCheckBox(self.tr("Keep the key in this computer's keyring instead of a passphrase"))
        from labnet.protocol.keyfile import keyring_available

        self.keyring.setEnabled(keyring_available())
        self.code = QLineEdit()
        self.code.setPlaceholderText("LN1-…")  # i18n: the shape of an enrolment code
        self.problem = QLabel()
        self.problem.setWordWrap(True)

        self.addPage(self._page(self.tr("Your laboratory"), self.tr(
            "Its name and country, as the regional network will know it."),
            [(self.tr("Laboratory"), self.lab), (self.tr("Country (two letters)"), self.country)]))
        if ask_for_account:
            self.addPage(self._page(self.tr("The first administrator"), self.tr(
                "From the next start LabNet asks who is working and records every change under that person's "
                "name. Leave empty to go on without accounts for now (Settings adds them later)."),
                [(self.tr("User name"), self.username), (self.tr("Full name"), self.full_name),
                 (self.tr("Password"), self.password), (self.tr("Password again"), self.password_again)]))
        self.addPage(self._page(self.tr("The laboratory's keys"), self.tr(
            "They seal and sign what the laboratory shares. They are kept encrypted with this passphrase "
            "(at least {n} characters; nobody can recover it, so keep it safe).").format(n=number(MIN_PASSPHRASE)),
            [(self.tr("Passphrase"), self.passphrase), (self.tr("Passphrase again"), self.passphrase_again),
             ("", self.keyring)]))
        self.addPage(self._page(self.tr("Your regional hub (optional)"), self.tr(
            "If your hub's administrator gave you an enrolment code, paste it here. Otherwise leave it empty: "
            "the Network view enrols later. Until then nothing leaves this computer."),
            [(self.tr("Enrolment code"), self.code), ("", self.problem)]))

    def _page(self, title: str, text: str, rows: list[tuple[str, QWidget]]) -> QWizardPage:
        page = QWizardPage()
        page.setTitle(title)
        layout = QVBoxLayout(page)
        layout.addWidget(style.muted(text))
        form = QFormLayout()
        for label, widget in rows:
            form.addRow(label, widget) if label else form.addRow(widget)
        layout.addLayout(form)
        return page

    def choices(self) -> dict[str, Any]:
        return {"lab": self.lab.text().strip(), "country": self.country.text().strip().upper(),
                "username": self.username.text().strip(), "full_name": self.full_name.text().strip(),
                "password": self.password.text(), "passphrase": self.passphrase.text(),
                "keyring": self.keyring.isChecked(), "code": self.code.text().strip()}

    def check(self) -> str | None:
        """What is wrong with the answers, in a sentence (None: all is well)."""
        c = self.choices()
        if not c["lab"]:
            return self.tr("Give the laboratory's name.")
        if not re.fullmatch(r"[A-Z]{2}", c["country"]):
            return self.tr("The country is two letters (ISO 3166), e.g. GH, KE, PE.")
        if c["username"]:
            # The catalogue's rules, as in Settings → Accounts and on the command line.
            problem = (username_problem(c["username"])
                       or password_problem(c["password"], c["username"], c["full_name"]))
            if problem is not None:
                return say(problem)
            if c["password"] != self.password_again.text():
                return self.tr("The administrator's password: at least 8 characters, typed the same twice.")
        if not c["keyring"] and (len(c["passphrase"]) < MIN_PASSPHRASE
                                 or c["passphrase"] != self.passphrase_again.text()):
            return self.tr("The passphrase: at least {n} characters, typed the same twice.").format(n=number(MIN_PASSPHRASE))
        if c["code"] and not c["code"].startswith("LN1-"):
            return self.tr("An enrolment code starts with LN1-; paste it whole, or leave the field empty.")
        return None

    def accept(self) -> None:
        problem = self.check()
        if problem:
            self.problem.setText(problem)
            style.set_tone(self.problem, "alert")
            return
        self.button(QWizard.WizardButton.FinishButton).setEnabled(False)
        self.problem.setText(self.tr("Creating the keys…"))
        self.tasks.run(lambda cat: _set_up(self.data_dir, self.choices(), cat), self._done, self._failed,
                       description="first run")

    def _done(self, info: dict[str, Any]) -> None:
        self.result_info = info
        super().accept()

    def _failed(self, exc: BaseException) -> None:
        self.button(QWizard.WizardButton.FinishButton).setEnabled(True)
        self.problem.setText(say_error(exc))
        style.set_tone(self.problem, "alert")
