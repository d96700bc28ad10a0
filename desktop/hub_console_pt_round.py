"""The hub console's new proficiency-test round (issue 21): the dialog that describes it.

Name, deadline, test materials × analytes with their units, per item an optional reference value, its standard
uncertainty and σ_pt, and the participating laboratories; the result form can be previewed as the laboratories
will see it (``pt_form.PtResultForm``, sending nothing).  A cell that is not a number is said here before anything
is sent; the hub checks the rest as ``labnet-hub pt create`` does, and its refusal is said here too.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDateTime, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from labnet.desktop import style
from labnet.desktop.i18n import say_error

_NUMBERS = (3, 4, 5)   # the items table's columns that hold numbers: reference, its uncertainty, σ_pt
_KEYS = ("reference", "reference_uncertainty", "sigma")


class RoundDialog(QDialog):
    """A new round; ``create_requested(description)`` when the user asks for it (the hub then checks it)."""

    create_requested = Signal(dict)

    def __init__(self, labs: list[dict[str, Any]], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("pt-round-dialog")
        self.setWindowTitle(self.tr("New proficiency-test round"))
        self.resize(760, 620)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.name = QLineEdit()
        self.name.setObjectName("pt-round-name")
        self.name.setPlaceholderText("PT-2026-1")  # i18n: a name
        form.addRow(self.tr("Round"), self.name)
        self.deadline = QDateTimeEdit(QDateTime.currentDateTime().addDays(14))
        self.deadline.setTime(QTime(18, 0))
        self.deadline.setObjectName("pt-round-deadline")
        self.deadline.setCalendarPopup(True)
        self.deadline.setDisplayFormat("yyyy-MM-dd HH:mm:ss")  # i18n: a format
        form.addRow(self.tr("Results until (local time)"), self.deadline)
        self.materials = QLineEdit()
        self.materials.setObjectName("pt-round-materials")
        self.materials.setPlaceholderText(self.tr("the test materials, comma-separated: PT-A, PT-B"))
        form.addRow(self.tr("Test materials"), self.materials)
        self.analytes = QLineEdit()
        self.analytes.setObjectName("pt-round-analytes")
        self.analytes.setPlaceholderText(self.tr("each analyte with its unit, comma-separated: cocaine:%, "
                                                 "levamisole:%"))
        form.addRow(self.tr("Analytes"), self.analytes)
        layout.addLayout(form)
        row = QHBoxLayout()
        self.make_items_button = QPushButton(self.tr("Make the items (every material × every analyte)"))
        self.make_items_button.setObjectName("pt-round-make-items")
        self.make_items_button.clicked.connect(self.make_items)
        row.addWidget(self.make_items_button)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(style.muted(self.tr(
            "An item may have a reference value, its standard uncertainty and σ_pt; without a reference value the "
            "assigned value is the robust mean of the results (ISO 13528 Algorithm A), without σ_pt their robust "
            "standard deviation.")))
        self.items = QTableWidget(0, 6)
        self.items.setObjectName("pt-round-items")
        self.items.setHorizontalHeaderLabels([self.tr("Material"), self.tr("Analyte"), self.tr("Unit"),
                                              self.tr("Reference value"), self.tr("u(reference)"), self.tr("σ_pt")])
        self.items.verticalHeader().hide()
        self.items.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.items, stretch=1)
        layout.addWidget(QLabel(self.tr("Participating laboratories")))
        self.labs = QListWidget()
        self.labs.setObjectName("pt-round-labs")
        for lab in labs:
            if lab.get("revoked_at"):
                continue   # a revoked laboratory cannot take part
            entry = QListWidgetItem(f"{lab['name']} ({lab['country']})")
            entry.setData(Qt.ItemDataRole.UserRole, lab["lab_id"])
            entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            entry.setCheckState(Qt.CheckState.Unchecked)
            self.labs.addItem(entry)
        layout.addWidget(self.labs, stretch=1)
        self.error = QLabel()
        self.error.setObjectName("pt-round-error")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox()
        self.preview_button = buttons.addButton(self.tr("Preview the result form…"),
                                                QDialogButtonBox.ButtonRole.ActionRole)
        self.preview_button.setObjectName("pt-round-preview")
        self.preview_button.clicked.connect(self.preview)
        self.create_button = buttons.addButton(self.tr("Create the round"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.create_button.setObjectName("pt-round-create")
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.create)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.preview_form: QDialog | None = None

    def make_items(self) -> None:
        """The items table from the materials and analytes fields (a reference already typed for an item that
        stays is kept)."""
        kept = {tuple(self._cell(r, c) for c in range(3)): [self._cell(r, c) for c in _NUMBERS]
                for r in range(self.items.rowCount())}
        materials = [m.strip() for m in self.materials.text().split(",") if m.strip()]
        analytes = []
        for entry in (a.strip() for a in self.analytes.text().split(",") if a.strip()):
            analyte, sep, unit = entry.partition(":")
            if not (sep and analyte.strip() and unit.strip()):
                self._say(self.tr("An analyte is given with its unit, as analyte:unit (cocaine:%), not “{entry}”.")
                          .format(entry=entry))
                return
            analytes.append((analyte.strip(), unit.strip()))
        if not materials or not analytes:
            self._say(self.tr("Give the test materials and the analytes with their units first."))
            return
        rows = [(m, a, u) for m in materials for a, u in analytes]
        self.items.setRowCount(len(rows))
        for r, key in enumerate(rows):
            for c, text in enumerate([*key, *kept.get(key, ["", "", ""])]):
                self.items.setItem(r, c, QTableWidgetItem(text))
        self._say("")

    def _cell(self, row: int, column: int) -> str:
        item = self.items.item(row, column)
        return item.text().strip() if item is not None else ""

    def _say(self, text: str) -> None:
        self.error.setText(text)
        style.set_tone(self.error, "alert" if text else None)

    def description(self) -> dict[str, Any]:
        """The round as the hub takes it (``POST /v1/admin/pt``); ``ValueError`` naming a cell that is not a
        number (the hub checks everything else, as ``labnet-hub pt create`` does)."""
        from labnet.sync.proficiency import _number

        items = []
        for r in range(self.items.rowCount()):
            item: dict[str, Any] = {"material": self._cell(r, 0), "analyte": self._cell(r, 1), "unit": self._cell(r, 2)}
            for column, key in zip(_NUMBERS, _KEYS, strict=True):
                text = self._cell(r, column)
                if text:
                    try:
                        item[key] = _number(text, f"{item['analyte']} in {item['material']}")
                    except Exception as exc:  # noqa: BLE001 - a SyncError naming the item: said in the dialog
                        header = self.items.horizontalHeaderItem(column)
                        raise ValueError(f"{header.text() if header else key}: {say_error(exc)}") from None
            items.append(item)
        labs = [self.labs.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.labs.count())
                if self.labs.item(i).checkState() == Qt.CheckState.Checked]
        deadline = self.deadline.dateTime().toUTC().toString(Qt.DateFormat.ISODate)
        return {"name": self.name.text().strip(), "deadline": deadline, "items": items, "labs": labs}

    def _described(self) -> dict[str, Any] | None:
        """``description()``, or None with the cell that is not a number said in the dialog."""
        try:
            return self.description()
        except ValueError as exc:
            self._say(str(exc))
            return None

    def create(self) -> None:
        description = self._described()
        if description is None:
            return
        self._say("")
        self.create_button.setEnabled(False)
        self.create_requested.emit(description)

    def show_refused(self, exc: BaseException) -> None:
        """The hub's refusal, in the dialog (which stays open to correct the round)."""
        self._say(self.tr("The hub did not create the round: {reason}").format(reason=say_error(exc)))
        self.create_button.setEnabled(True)

    def preview(self) -> None:
        """The result form as a participant will see it (its send button off: nothing is sent from here)."""
        from labnet.desktop.pt_form import PtResultForm

        description = self._described()
        if description is None:
            return
        form = PtResultForm({"round": description["name"], "deadline": description["deadline"], "code": "P01",
                             "items": description["items"]}, self)
        form.send_button.setEnabled(False)
        for *_, field in form.fields:
            field.textChanged.connect(lambda _text, button=form.send_button: button.setEnabled(False))
        self.preview_form = form
        form.open()
