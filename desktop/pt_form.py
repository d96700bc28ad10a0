"""Proficiency tests in the Network view (issue 21): a round's results entered in a form, a result recorded.

From a ``pt-round`` bulletin, "Enter results…" opens a form with a box per test material: each analyte of the
round with its unit, the value checked as a number as it is typed.  "Send" signs and sends the results through
``labnet.sync.proficiency.submit`` (what ``labnet pt submit`` does) on the network worker, and the form says the
hub's answer: kept, or refused with its reason and code (late, a wrong unit…).  From a ``pt-result`` bulletin,
"Record in competence records…" asks whose competence the round tested and does what ``labnet pt record``
does, for that bulletin, on the catalogue's worker.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from labnet.desktop import errors, style
from labnet.desktop.i18n import datetime_text, isolate, number, say_error
from labnet.protocol.pt_results import PtResult


class PtResultForm(QDialog):
    """The results of one round, a box per material; ``send_requested(results)`` when the user sends them."""

    send_requested = Signal(list)

    def __init__(self, content: dict[str, Any], parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("pt-result-form")
        self.round_id = str(content.get("round", ""))
        self.setWindowTitle(self.tr("Results for proficiency test {round}").format(round=self.round_id))
        layout = QVBoxLayout(self)
        layout.addWidget(style.muted(self.tr(
            "Send by {deadline}, as participant {code}. Leave a field empty for a result you do not report; "
            "sending again before the deadline replaces what you sent.").format(
            deadline=datetime_text(str(content.get("deadline", ""))), code=isolate(str(content.get("code", "?"))))))
        # (material, analyte, unit, field), in the bulletin's order, grouped by material
        self.fields: list[tuple[str, str, str, QLineEdit]] = []
        boxes: dict[str, QFormLayout] = {}
        for item in content.get("items") or []:
            if not isinstance(item, dict):
                continue
            material, analyte, unit = (str(item.get(k, "")) for k in ("material", "analyte", "unit"))
            if material not in boxes:
                box = QGroupBox(material)
                box.setObjectName(f"pt-material-{material}")
                boxes[material] = QFormLayout(box)
                layout.addWidget(box)
            field = QLineEdit()
            field.setObjectName(f"pt-value-{material}-{analyte}")
            field.setPlaceholderText(self.tr("value in {unit}").format(unit=unit))
            field.textChanged.connect(self._check)
            row = QHBoxLayout()
            row.addWidget(field, stretch=1)
            row.addWidget(QLabel(unit))
            boxes[material].addRow(analyte, row)
            self.fields.append((material, analyte, unit, field))
        self.message = QLabel()
        self.message.setObjectName("pt-form-message")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        buttons = QDialogButtonBox()
        self.send_button = buttons.addButton(self.tr("Send to the hub"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.send_button.setObjectName("pt-send")
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.accepted.connect(self.send)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._check()

    def results(self) -> list[PtResult]:
        """The values entered (an empty field is a result not reported); raises the first that is not a number."""
        from labnet.sync.proficiency import _number

        return [PtResult(material, analyte, _number(field.text(), f"{analyte} in {material}"), unit)
                for material, analyte, unit, field in self.fields if field.text().strip()]

    def _check(self) -> None:
        try:
            entered = self.results()
        except Exception as exc:  # noqa: BLE001 - a SyncError naming the field: said, Send stays off
            self._say(say_error(exc), "alert")
            self.send_button.setEnabled(False)
            return
        self.send_button.setEnabled(bool(entered))
        self._say(self.tr("{n} of {total} result(s) to send.").format(
            n=number(len(entered)), total=number(len(self.fields))) if entered else
            self.tr("Enter at least one result."), None)

    def _say(self, text: str, tone: str | None) -> None:
        self.message.setText(text)
        style.set_tone(self.message, tone)

    def send(self) -> None:
        results = self.results()
        if results:
            self.send_button.setEnabled(False)
            self._say(self.tr("Sending the results, signed, to the hub…"), None)
            self.send_requested.emit(results)

    def show_sent(self, answer: dict[str, Any]) -> None:
        self._say(self.tr("The hub kept {n} result(s) for round {round} at {at}.").format(
            n=number(answer["accepted"]), round=isolate(answer["round"]), at=datetime_text(answer["received_at"])),
            "ok")
        self.send_button.setEnabled(True)

    def show_not_sent(self, text: str) -> None:
        self._say(text, "warning")
        self.send_button.setEnabled(True)

    def show_refused(self, exc: BaseException) -> None:
        code = getattr(exc, "code", None)
        text = say_error(exc)
        self._say(text[:1].upper() + text[1:] + (f" ({code})" if code else ""), "alert")
        self.send_button.setEnabled(True)
        if not errors.is_expected(exc) and code is None:
            errors.show_error(self, exc)


class PtActions(QObject):
    """The Network view's two proficiency-test buttons, for the bulletin selected in its list."""

    def __init__(self, page: Any, layout: QVBoxLayout | QHBoxLayout):
        super().__init__(page)
        self.page = page
        self.form: PtResultForm | None = None
        row = QHBoxLayout()
        self.enter_button = QPushButton(self.tr("Enter results…"))
        self.enter_button.setObjectName("pt-enter-results")
        self.enter_button.setToolTip(self.tr("Enter this round's results, a box per test material, and send them "
                                             "signed to the hub"))
        self.enter_button.clicked.connect(self.enter_results)
        self.record_button = QPushButton(self.tr("Record in competence records…"))
        self.record_button.setObjectName("pt-record")
        self.record_button.setToolTip(self.tr("Add each score of this result to the training records of the "
                                              "staff member the round tested"))
        self.record_button.clicked.connect(lambda: self.record())
        self.pdf_button = QPushButton(self.tr("Save as PDF…"))
        self.pdf_button.setObjectName("pt-pdf")
        self.pdf_button.setToolTip(self.tr("The report of this result or of the round's summary, as "
                                           "labnet report pt-result|pt-summary writes it"))
        self.pdf_button.clicked.connect(self.save_pdf)
        self.last_written: Path | None = None   # the last PDF written (what the tests read)
        row.addWidget(self.enter_button)
        row.addWidget(self.record_button)
        row.addWidget(self.pdf_button)
        row.addStretch(1)
        layout.addLayout(row)
        page.bulletins.itemSelectionChanged.connect(self.update)
        page.bulletins.currentRowChanged.connect(lambda _row: self.update())
        self.update()

    def selected(self) -> Any:
        """The bulletin of the list's current row (the list shows ``status.bulletins`` in order), or None."""
        status, row = self.page.status, self.page.bulletins.currentRow()
        if status is None or not 0 <= row < len(status.bulletins):
            return None
        return status.bulletins[row]

    def update(self) -> None:
        kind = getattr(self.selected(), "kind", None)
        self.enter_button.setVisible(kind == "pt-round")
        self.record_button.setVisible(kind == "pt-result")
        self.pdf_button.setVisible(kind in ("pt-result", "pt-summary"))

    def enter_results(self) -> None:
        bulletin = self.selected()
        if bulletin is None or bulletin.kind != "pt-round":
            return
        self.form = PtResultForm(bulletin.content, self.page)
        self.form.send_requested.connect(self._send)
        self.form.show()

    def _send(self, results: list[PtResult]) -> None:
        """Sign and send on the network worker, unlocking the keys there first if this session has not."""
        form, page = self.form, self.page
        assert form is not None  # internal: only the form asks
        identity, passphrase = page.identity, None
        if identity is None:
            passphrase = page.ask_passphrase()
            if passphrase is None:
                form.show_not_sent(self.tr("Not sent: the laboratory's keys stay locked without their passphrase."))
                return
        data_dir, round_id = page.data_dir, form.round_id

        def unlock_and_submit(_cat: Any) -> dict[str, Any]:
            from labnet.protocol.keyfile import load_identity
            from labnet.sync.proficiency import submit

            keys = identity or load_identity(data_dir, passphrase)
            page.identity = keys  # unlocked once a session, as a sync does; kept even if the hub refuses
            return submit(data_dir, keys, round_id, results)

        page.network_tasks.run(unlock_and_submit, form.show_sent, form.show_refused,
                               description="proficiency-test results")

    def record(self, ask: Callable[..., tuple[str, bool]] | None = None) -> None:
        bulletin = self.selected()
        if bulletin is None or bulletin.kind != "pt-result":
            return
        round_id = str(bulletin.content.get("round", ""))
        staff, ok = (ask or QInputDialog.getText)(self.page, self.tr("Record in competence records"),
                        self.tr("The staff member whose competence round {round} tested:").format(round=round_id))
        staff = staff.strip()
        if not ok or not staff:
            return
        page = self.page

        def recorded(added: int) -> None:
            page.outcome_label.setText(self.tr("%n proficiency-test entry(s) added to the training records of "
                                               "{staff}.", "", added).format(staff=isolate(staff)))
            style.set_tone(page.outcome_label, "ok")

        def record_bulletin(cat: Any) -> int:
            from labnet.sync.proficiency import record_scores

            return record_scores(cat, [bulletin], staff)

        page.tasks.run(record_bulletin, recorded, lambda exc: errors.show_error(page, exc),
                       description="proficiency-test records")

    def save_pdf(self) -> None:
        """The selected result's or summary's report: gathered on the catalogue's worker, laid out and written
        here (Qt's text layout belongs to the GUI thread), as File → Export PDF… does."""
        bulletin, page = self.selected(), self.page
        if bulletin is None or bulletin.kind not in ("pt-result", "pt-summary"):
            return
        round_id = str(bulletin.content.get("round", ""))
        path, _ = QFileDialog.getSaveFileName(page, self.tr("Save the report as PDF"),
                                              f"{round_id}-{bulletin.kind.removeprefix('pt-')}.pdf",
                                              self.tr("PDF document (*.pdf)"))
        if not path:
            return
        target, data_dir = Path(path), page.data_dir
        window = page.window()   # who prints: the signed-in user, as File → Export PDF… says
        user = getattr(getattr(window, "session", None), "username", None) or getattr(window, "user", "") or ""

        def gather(_cat: Any) -> Any:
            from labnet.catalogue.report_data import printed
            from labnet.sync.delivery_report import laboratory_name
            from labnet.sync.pt_report import result_content, summary_content

            found = (result_content(bulletin), []) if bulletin.kind == "pt-result" else summary_content(bulletin)
            return printed(laboratory_name(data_dir), user), found

        def write(gathered: Any) -> None:
            from .pt_reports import pt_report

            who, (content, plots) = gathered
            try:
                pages = pt_report(content, who, plots).write_pdf(target, author=who.by)
            except OSError as exc:
                errors.show_error(page, exc)
                return
            self.last_written = target
            page.outcome_label.setText(self.tr("The report was written to {path} ({pages} page(s)).").format(
                path=isolate(target), pages=number(pages)))
            style.set_tone(page.outcome_label, "ok")

        page.tasks.run(gather, write, lambda exc: errors.show_error(page, exc), description="proficiency report")
