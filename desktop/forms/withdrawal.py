"""Recording a withdrawal from a reference standard (its chain of custody).

The stock before and after is shown as the person types (in the standard's
unit, whatever unit they withdraw in); ``custody.withdraw`` on the worker has
the last word, and whatever it refuses is shown here in its own sentence, with
nothing written.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDateTime, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from labnet.catalogue import custody, vocab
from labnet.catalogue.errors import CatalogueError, ConflictError
from labnet.catalogue.fields import parse_number
from labnet.desktop.i18n import catalogue_text, date_text, number, say_error

from .common import banner_style, error_colour, explain_failure, muted
from .number_inputs import typed_number
from .problems import ErrorLine, sentence

PURPOSES = (
    QT_TRANSLATE_NOOP("WithdrawalDialog", "Calibration"),
    QT_TRANSLATE_NOOP("WithdrawalDialog", "Quality control"),
    QT_TRANSLATE_NOOP("WithdrawalDialog", "Casework identification"),
    QT_TRANSLATE_NOOP("WithdrawalDialog", "Method validation"),
    QT_TRANSLATE_NOOP("WithdrawalDialog", "Proficiency test"),
    QT_TRANSLATE_NOOP("WithdrawalDialog", "Training"),
)


class WithdrawalDialog(QDialog):
    """Withdraw a quantity from a reference standard; emits ``saved(usage_log_entry)``."""

    saved = Signal(object)

    def __init__(self, tasks, sample_record: dict, parent: QWidget | None = None):
        super().__init__(parent)
        self.tasks = tasks
        self.sample: dict[str, Any] = dict(sample_record)
        self.version: int | None = self.sample.get("version")
        self.saving = False
        self.setObjectName("withdrawal-dialog")
        self._build()
        self._show_sample()
        sample_id = self.sample["id"]
        self.tasks.run(lambda cat: (cat.get("reference_sample", sample_id), cat.actor.username,
                                    [u["username"] for u in cat.users() if u["active"]]),
                       self._context_arrived, self._refused, description="read the reference sample")

    # -- building ----------------------------------------------------------------------------
    def _build(self) -> None:
        self.title = QLabel()
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.subtitle = muted(QLabel())
        self.subtitle.setWordWrap(True)
        self.banner = QFrame()
        self.banner.setObjectName("banner")
        self.banner_text = QLabel()
        self.banner_text.setWordWrap(True)
        self.banner_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        banner_layout = QHBoxLayout(self.banner)
        banner_layout.setContentsMargins(10, 8, 10, 8)
        banner_layout.addWidget(self.banner_text)
        self.banner.hide()

        self.quantity = QLineEdit()
        self.quantity.setPlaceholderText(self.tr("amount taken"))
        self.quantity.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.quantity.setAccessibleName(self.tr("Quantity withdrawn"))
        self.unit = QComboBox()
        self.unit.setAccessibleName(self.tr("Unit of the quantity withdrawn"))
        self.quantity_error = ErrorLine(self)
        self.quantity_error.hide()
        quantity_box = QWidget()
        quantity_column = QVBoxLayout(quantity_box)
        quantity_column.setContentsMargins(0, 0, 0, 0)
        quantity_column.setSpacing(4)
        quantity_row = QHBoxLayout()
        quantity_row.setSpacing(6)
        quantity_row.addWidget(self.quantity, 1)
        quantity_row.addWidget(self.unit)
        quantity_column.addLayout(quantity_row)
        quantity_column.addWidget(self.quantity_error)
        self.taken = QDateTimeEdit(QDateTime.currentDateTime())
        self.taken.setCalendarPopup(True)
        self.taken.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.taken.setAccessibleName(self.tr("Date and time taken"))
        self.taken_error = ErrorLine(self)
        self.taken_error.hide()
        taken_box = QWidget()
        taken_column = QVBoxLayout(taken_box)
        taken_column.setContentsMargins(0, 0, 0, 0)
        taken_column.setSpacing(4)
        taken_column.addWidget(self.taken)
        taken_column.addWidget(self.taken_error)
        self.withdrawn_by = QComboBox()
        self.withdrawn_by.setEditable(True)
        self.withdrawn_by.setAccessibleName(self.tr("Withdrawn by"))
        self.case_number = QLineEdit()
        self.case_number.setAccessibleName(self.tr("Case number"))
        self.case_number.setPlaceholderText(self.tr("e.g. CR/2025/311"))
        self.purpose = QComboBox()
        self.purpose.setEditable(True)
        self.purpose.addItems([""] + [self.tr(p) for p in PURPOSES])  # i18n: marked above
        self.purpose.setAccessibleName(self.tr("Purpose"))

        form = QFormLayout()
        form.setHorizontalSpacing(14)
        form.setVerticalSpacing(8)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        form.addRow(self.tr("Quantity *"), quantity_box)
        form.addRow(self.tr("Taken on *"), taken_box)
        form.addRow(self.tr("Withdrawn by *"), self.withdrawn_by)
        form.addRow(self.tr("Case number"), self.case_number)
        form.addRow(self.tr("Purpose"), self.purpose)

        stock = QFrame()
        stock.setObjectName("stock")
        stock.setFrameShape(QFrame.Shape.StyledPanel)
        grid = QGridLayout(stock)
        grid.setContentsMargins(12, 10, 12, 10)
        grid.setHorizontalSpacing(16)
        self.before = QLabel()
        self.after = QLabel()
        for label in (self.before, self.after):
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            bold = label.font()
            bold.setBold(True)
            label.setFont(bold)
        grid.addWidget(QLabel(self.tr("In stock now")), 0, 0)
        grid.addWidget(self.before, 0, 1)
        grid.addWidget(QLabel(self.tr("After this withdrawal")), 1, 0)
        grid.addWidget(self.after, 1, 1)
        grid.setColumnStretch(1, 1)

        self.buttons = QDialogButtonBox()
        self.record_button = self.buttons.addButton(self.tr("Record withdrawal"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.record_button.setDefault(True)
        cancel = self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        self.record_button.clicked.connect(self.record)
        cancel.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 14)
        layout.setSpacing(10)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        layout.addWidget(stock)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        for a, b in zip([self.quantity, self.unit, self.taken, self.withdrawn_by, self.case_number, self.purpose],
                        [self.unit, self.taken, self.withdrawn_by, self.case_number, self.purpose,
                         self.record_button]):
            QWidget.setTabOrder(a, b)
        self.quantity.textChanged.connect(self.update_preview)
        self.unit.currentIndexChanged.connect(self.update_preview)
        self.taken.dateTimeChanged.connect(self.update_preview)
        self.withdrawn_by.editTextChanged.connect(self.update_preview)
        self.setMinimumWidth(500)
        self.quantity.setFocus()

    # -- the standard ---------------------------------------------------------------------
    def _show_sample(self) -> None:
        s = self.sample
        self.setWindowTitle(self.tr("Record a withdrawal from {code}").format(code=s.get("inventory_code")))
        self.title.setText(self.tr("Withdrawal from {code}").format(code=s.get("inventory_code")))
        status = catalogue_text(vocab.SAMPLE_STATUSES.get(s.get("status"), s.get("status") or ""))
        parts = [s.get("substance") or "", self.tr("lot {lot}").format(lot=s["lot"]) if s.get("lot") else "",
                 status, self.tr("expires {date}").format(date=date_text(s["expiry_on"])) if s.get("expiry_on") else ""]
        self.subtitle.setText(" · ".join(p for p in parts if p))
        family = custody.unit_family(s.get("unit") or "")
        units = list(family) if family else [*vocab.MASS_UNITS, *vocab.VOLUME_UNITS]
        current = self.unit.currentText() or s.get("unit")
        self.unit.blockSignals(True)
        self.unit.clear()
        self.unit.addItems(units)
        self.unit.setCurrentText(current if current in units else (s.get("unit") or units[0]))
        self.unit.blockSignals(False)
        if s.get("status") != "in_use":
            self._banner(self.tr("{code} is {status}: a withdrawal can only be recorded from a standard in use.")
                         .format(code=s.get("inventory_code"), status=status.lower()), "warning")
        self.update_preview()

    def _context_arrived(self, context: tuple[dict, str, list[str]]) -> None:
        sample, username, users = context
        self.sample, self.version = sample, sample["version"]
        typed = self.withdrawn_by.currentText()
        self.withdrawn_by.clear()
        self.withdrawn_by.addItems(sorted(set(users) | {username}))
        self.withdrawn_by.setCurrentText(typed or username)
        self._show_sample()

    # -- live preview --------------------------------------------------------------------------
    def amount(self) -> tuple[float | None, str]:
        """The quantity typed, and what is wrong with it (or "")."""
        text = self.quantity.text()
        if not text.strip():
            return None, ""
        try:
            value = parse_number(typed_number(text))   # the view's separators first (issue 22)
        except ValueError as exc:
            return None, sentence(say_error(exc))
        if value <= 0:
            return None, self.tr("The quantity withdrawn must be more than zero.")
        return value, ""

    def update_preview(self) -> None:
        s = self.sample
        remaining, sample_unit = s.get("remaining_quantity"), s.get("unit") or ""
        self.before.setText(f"{number(remaining)} {sample_unit}" if remaining is not None else self.tr("not recorded"))
        value, problem = self.amount()
        after = None
        if value is not None and remaining is not None and sample_unit:
            try:
                after = float(f"{remaining - custody.convert(value, self.unit.currentText(), sample_unit):.12g}")
            except CatalogueError as exc:
                problem = say_error(exc)
            else:
                if after < -1e-9 * max(1.0, remaining):
                    problem = self.tr("Only {left} {unit} of {code} remain; {amount} {wunit} cannot be withdrawn.").format(
                        left=number(remaining), unit=sample_unit, code=s.get("inventory_code"), amount=number(value),
                        wunit=self.unit.currentText())
        self.after.setText("—" if after is None else f"{number(after if problem else max(after, 0.0))} {sample_unit}")
        self.after.setStyleSheet(f"color: {error_colour(self)};" if problem and after is not None else "")
        self.quantity_error.show_messages([problem] if problem else [])
        future = self.taken.dateTime() > QDateTime.currentDateTime().addSecs(300)
        self.taken_error.show_messages([self.tr("The time taken is in the future.")] if future else [])
        complete = value is not None and not problem and not future and bool(self.withdrawn_by.currentText().strip())
        self.record_button.setEnabled(complete and not self.saving)

    def _banner(self, text: str, severity: str) -> None:
        self.banner_text.setText(text)
        self.banner.setStyleSheet(banner_style(self, severity))
        self.banner.setVisible(bool(text))

    # -- recording -----------------------------------------------------------------------------
    def record(self) -> None:
        value, problem = self.amount()
        if self.saving or value is None or problem:
            return
        sample_id, version, unit = self.sample["id"], self.version, self.unit.currentText()
        taken_at = self.taken.dateTime().toUTC().toString("yyyy-MM-dd'T'HH:mm:ss'Z'")
        details = {"withdrawn_by": self.withdrawn_by.currentText().strip() or None,
                   "case_number": self.case_number.text().strip() or None,
                   "purpose": self.purpose.currentText().strip() or None}
        self.saving = True
        self.record_button.setEnabled(False)
        self.tasks.run(lambda cat: custody.withdraw(cat, sample_id, value, unit, taken_at=taken_at,
                                                    expected_version=version, **details),
                       self._recorded, self._refused, description="record a withdrawal")

    def _recorded(self, entry: dict) -> None:
        self.saving = False
        self.saved.emit(entry)
        self.accept()

    def _refused(self, exc: BaseException) -> None:
        self.saving = False
        self._banner(explain_failure(exc, self.tr("Recording the withdrawal")), "error")
        if isinstance(exc, ConflictError):  # show the stock as it is now; the person can try again
            sample_id = self.sample["id"]
            self.tasks.run(lambda cat: cat.get("reference_sample", sample_id), self._reloaded, lambda e: None)
        self.update_preview()

    def _reloaded(self, sample: dict) -> None:
        self.sample, self.version = sample, sample["version"]
        text = self.banner_text.text()
        self._show_sample()
        self._banner(text, "error")
