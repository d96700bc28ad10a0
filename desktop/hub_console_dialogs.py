"""The hub console's dialogs: signing in as a named administrator, and a new enrolment code shown as text to
copy and as a QR code to scan."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from labnet.desktop import style
from labnet.desktop.i18n import datetime_text, isolate


def qr_pixmap(text: str, scale: int = 4) -> QPixmap:
    import io

    import segno

    out = io.BytesIO()
    segno.make(text, error="m").save(out, kind="png", scale=scale, border=2)
    pixmap = QPixmap()
    pixmap.loadFromData(out.getvalue(), "PNG")
    return pixmap


class CodeDialog(QDialog):
    """A new enrolment code: the text to copy or send, and a QR code to scan."""

    def __init__(self, issued: dict[str, Any], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Enrolment code for {lab}").format(lab=issued["lab"]))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Give this code to {lab} ({country}); it works once, until {expires}. "
                                        "It names this hub and its key, so the laboratory cannot be sent "
                                        "elsewhere.").format(lab=issued["lab"], country=issued["country"],
                                                             expires=datetime_text(issued["expires_at"]))))
        self.code = QLineEdit(issued["code"])
        self.code.setObjectName("enrolment-code")
        self.code.setReadOnly(True)
        copy = QPushButton(self.tr("Copy"))
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(issued["code"]))
        row = QHBoxLayout()
        row.addWidget(self.code, stretch=1)
        row.addWidget(copy)
        layout.addLayout(row)
        self.qr = QLabel()
        self.qr.setObjectName("enrolment-qr")
        self.qr.setPixmap(qr_pixmap(issued["code"]))
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(self.qr)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


class SignInDialog(QDialog):
    """A named administrator's name and password, for the hub at ``url``."""

    def __init__(self, url: str, name: str = "", password: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sign in to the hub"))
        self.setObjectName("hub-sign-in")
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Sign in to {url} as a named administrator of the hub.").format(url=isolate(url)))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.name = QLineEdit(name)
        self.name.setObjectName("admin-name")
        self.password = QLineEdit(password)
        self.password.setObjectName("admin-password")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.token = QLineEdit()
        self.token.setObjectName("admin-one-time-token")
        self.token.setEchoMode(QLineEdit.EchoMode.Password)
        self.token.setPlaceholderText(self.tr("only the first time: the token labnet-hub init printed"))
        form.addRow(self.tr("Administrator"), self.name)
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.tr("One-time token"), self.token)
        layout.addLayout(form)
        layout.addWidget(style.muted(self.tr("With the one-time token, the password you type becomes the first "
                                             "administrator's; the token then no longer works.")))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Sign in"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
