"""The record form: generated from the record definition, validated as you type.

Validation runs ``RecordType.validate`` on the GUI thread (no database, a
fraction of a millisecond), so every problem appears under its field while the
person types; saving runs on the catalogue worker with the version the form
was opened on, so nobody silently overwrites someone else's change.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from labnet.catalogue.errors import Problem
from labnet.catalogue.fields import is_blank
from labnet.catalogue.records import RecordType, record_type
from labnet.desktop.i18n import catalogue_text, datetime_text, say

from .common import explain_failure, muted, show_error
from .inputs import FieldInput, attach_suffix, make_input
from .problems import ErrorLine, ProblemBanner
from .saving import SavingMixin
from .sections import PANEL_FIELDS, sections_for


class RecordEditor(SavingMixin, QDialog):
    """Create, edit or duplicate one record; emits ``saved(record)`` once it is stored."""

    saved = Signal(object)

    def __init__(self, tasks, kind: str, record: dict | None = None, parent: QWidget | None = None):
        """``record`` None: a new record; with "id": edit it; without "id": a new record starting
        from these values (duplicate)."""
        super().__init__(parent)
        self.tasks = tasks
        self.rt: RecordType = record_type(kind)
        self.record: dict[str, Any] = dict(record or {})
        self.record_id: str | None = self.record.get("id")
        self.version: int | None = self.record.get("version")
        self.actor = None
        self.inputs: dict[str, FieldInput] = {}
        self.errors: dict[str, ErrorLine] = {}
        self.labels: dict[str, QLabel] = {}
        self.suffixes: dict[str, QLabel] = {}
        self.panels: dict[str, QWidget] = {}
        self.panel_values: dict[str, Any] = {n: self.record.get(n) for n in PANEL_FIELDS if self.rt.has_field(n)}
        self.section_widgets: dict[str, list[QWidget]] = {}
        self.touched: set[str] = set()
        self.show_all = self.record_id is not None
        self.problems: list[Problem] = []
        self.clean: dict[str, Any] = {}
        self.store_problems: list[tuple[Any, Problem]] = []  # refused by the store, until the field changes
        self.saving = False
        self._loading = False
        self.baseline: dict[str, Any] = {}
        self._tab_chain: list[QWidget] = []

        from .kinds import extras_for
        self.extras = extras_for(self)
        self._build()
        self._load(self.record if self.record else self.extras.defaults())
        self.tasks.run(lambda cat: cat.actor, self._actor_known, lambda exc: None, description="who is working")
        if self.record_id is not None:
            record_id, kind = self.record_id, self.rt.kind
            self.tasks.run(lambda cat: cat.get(kind, record_id), self._fresh, self._load_failed,
                           description="read the record")

    # -- building ------------------------------------------------------------------
    def _build(self) -> None:
        self.setObjectName(f"editor-{self.rt.kind}")
        self.setModal(True)
        self.setAcceptDrops(True)
        self.title = QLabel()
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.title.setFont(font)
        self.subtitle = muted(QLabel())
        self.banner = ProblemBanner(self)
        self.banner.field_clicked.connect(self.focus_field)

        form = QWidget()
        form.setObjectName("form")
        grid = QGridLayout(form)
        grid.setContentsMargins(4, 0, 16, 8)
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(6)
        grid.setColumnStretch(1, 1)
        row = 0
        for key, title, entries in sections_for(self.rt):
            widgets: list[QWidget] = []
            head = QLabel(catalogue_text(title))  # i18n: the schema's words (scripts/update_translations.py)
            head_font = head.font()
            head_font.setBold(True)
            head_font.setPointSizeF(head_font.pointSizeF() * 1.1)
            head.setFont(head_font)
            head.setContentsMargins(0, 14 if row else 2, 0, 2)
            grid.addWidget(head, row, 0, 1, 2)
            widgets.append(head)
            row += 1
            for entry in entries:
                row = self._add_entry(grid, row, entry, widgets)
            self.section_widgets[key] = widgets
        grid.setRowStretch(row, 1)
        self.scroll = QScrollArea()
        self.scroll.setWidget(form)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll.setMinimumWidth(560)

        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(self.tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setToolTip(self.tr("Save (Ctrl+S)"))
        self.save_button.setDefault(True)
        cancel = self.buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        cancel.setToolTip(self.tr("Close without saving (Esc)"))
        self.save_button.clicked.connect(self.save)
        cancel.clicked.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        legend = muted(QLabel(self.tr("Fields marked * are required.")))

        body = QHBoxLayout()
        body.setSpacing(16)
        body.addWidget(self.scroll, 3)
        side = self.extras.side_panel()
        if side is not None:
            body.addWidget(side, 2)
        bottom = QHBoxLayout()
        bottom.addWidget(legend)
        bottom.addStretch(1)
        if self.record_id is not None:   # every change to this record, from the audit trail
            from labnet.desktop.history_dialog import HISTORY_SHORTCUT

            self.history_button = QPushButton(self.tr("History…"))
            self.history_button.setObjectName("editor-history")
            self.history_button.setToolTip(self.tr("Every change to this record, from the audit trail ({key})")
                                           .format(key=QKeySequence(HISTORY_SHORTCUT).toString(
                                               QKeySequence.SequenceFormat.NativeText)))
            self.history_button.clicked.connect(self.show_history)
            QShortcut(QKeySequence(HISTORY_SHORTCUT), self, self.show_history)
            bottom.addWidget(self.history_button)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 14)
        layout.setSpacing(8)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.banner)
        layout.addLayout(body, 1)
        layout.addLayout(bottom)
        self._set_tab_order()
        if self._tab_chain:
            self._tab_chain[0].setFocus()
        self.resize(1180 if side is not None else 780, 800)

    def _add_entry(self, grid: QGridLayout, row: int, entry: str, widgets: list[QWidget]) -> int:
        if entry.startswith("@"):
            panel = self.extras.panel(entry[1:])
            if panel is None:
                return row
            label = QLabel(self.tr("Certificate") if entry == "@certificate" else "")
            label.setContentsMargins(0, 8, 0, 0)
            grid.addWidget(label, row, 0, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
            grid.addWidget(panel, row, 1)
            self.panels[entry[1:]] = panel
            self._tab_chain += panel.focus_widgets() if hasattr(panel, "focus_widgets") else [panel]
            widgets += [label, panel]
            return row + 1
        f = self.rt.field(entry)
        inp = make_input(f)
        inp.focus.setAccessibleName(catalogue_text(f.label))
        suffix = f.unit or ("" if f.unit_field else None)
        if suffix is not None:
            self.suffixes[entry] = attach_suffix(inp, suffix)
        text = "" if f.type.flag else catalogue_text(f.label) + (" *" if f.required else "")
        label = QLabel(text)
        label.setBuddy(inp.focus)
        if f.required:
            label.setToolTip(self.tr("Required"))
        if f.type.per_compound:  # a table: its label above it, the table the full width
            grid.addWidget(label, row, 0, 1, 2)
            row += 1
            grid.addWidget(inp.widget, row, 0, 1, 2)
        else:
            tall = inp.widget.sizeHint().height() > 60
            if tall:
                label.setContentsMargins(0, 4, 0, 0)
            align = Qt.AlignmentFlag.AlignTop if tall else Qt.AlignmentFlag.AlignVCenter
            grid.addWidget(label, row, 0, Qt.AlignmentFlag.AlignLeft | align)
            grid.addWidget(inp.widget, row, 1)
        error = ErrorLine(self)
        error.hide()
        grid.addWidget(error, row + 1, 1)
        self.inputs[entry], self.labels[entry], self.errors[entry] = inp, label, error
        self._tab_chain += inp.focus_widgets()
        inp.changed.connect(lambda name=entry: self._edited(name))
        widgets += [label, inp.widget, error]
        return row + 2

    def _set_tab_order(self) -> None:
        chain = self._tab_chain + self.extras.focus_widgets() + list(self.buttons.buttons())
        for a, b in zip(chain, chain[1:]):
            QWidget.setTabOrder(a, b)

    # -- values ------------------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        """What the form holds, as raw values for ``RecordType.validate``."""
        out = {name: inp.raw() for name, inp in self.inputs.items()}
        out.update(self.panel_values)
        return out

    def state(self) -> dict[str, Any]:
        return {**{name: inp.state() for name, inp in self.inputs.items()}, **self.panel_values}

    def is_dirty(self) -> bool:
        return self.state() != self.baseline

    def changed_fields(self) -> dict[str, Any]:
        now = self.state()
        return {n: v for n, v in now.items() if v != self.baseline.get(n)}

    def _load(self, record: dict[str, Any], *, keep: dict[str, Any] | None = None) -> None:
        """Put ``record`` in the form; ``keep`` holds typed states to leave on top."""
        self._loading = True
        try:
            for name, inp in self.inputs.items():
                inp.set_value(record.get(name))
            for name in self.panel_values:
                self.panel_values[name] = record.get(name)
            self.extras.loaded()
            self.baseline = self.state()
            for name, value in (keep or {}).items():
                if name in self.inputs:
                    self.inputs[name].set_state(value)
                    self.touched.add(name)
                elif name in self.panel_values:
                    self.panel_values[name] = value
        finally:
            self._loading = False
        self._update_title()
        self.validate()
        for panel in self.panels.values():
            if hasattr(panel, "refresh"):
                panel.refresh()

    def _update_title(self) -> None:
        label = catalogue_text(self.rt.label)
        if self.record_id is None:
            title = self.tr("New {what}").format(what=label.lower())
            subtitle = self.tr("Not saved yet.")
        else:
            key = self.record.get(self.rt.natural_key[0]) or ""
            title = self.tr("{what}: {key}").format(what=label, key=key)
            subtitle = self.tr("Version {version} · last changed {when} by {who}").format(
                version=self.version, when=datetime_text(self.record.get("updated_at")),
                who=self.record.get("updated_by") or "?")
        self.title.setText(title)
        self.subtitle.setText(subtitle)
        self.setWindowTitle(title)

    def set_panel_value(self, name: str, value: Any) -> None:
        self.panel_values[name] = value
        self.validate()

    def record_replaced(self, record: dict[str, Any]) -> None:
        """The stored record changed through this form (a certificate, a withdrawal):
        take its new version, keeping whatever the person has typed meanwhile."""
        typed = {n: v for n, v in self.changed_fields().items() if n not in self.panel_values}
        self.record, self.record_id, self.version = dict(record), record["id"], record["version"]
        self._load(self.record, keep=typed)

    # -- validation ------------------------------------------------------------------
    def _edited(self, name: str) -> None:
        if self._loading:
            return
        self.touched.add(name)
        self.validate()

    def validate(self) -> bool:
        values = self.values()
        clean, problems = self.rt.validate(values)
        problems += self.extras.extra_problems(values, clean)
        self.store_problems = [(raw, p) for raw, p in self.store_problems if values.get(p.field) == raw]
        problems += [p for _, p in self.store_problems if p not in problems]
        self.clean, self.problems = clean, problems
        for name in self.suffixes:
            suffix_of = self.rt.field(name).unit_field
            if suffix_of in self.inputs:
                self.suffixes[name].setText(self.inputs[suffix_of].raw() or "")
        self.extras.values_changed(values, clean)
        by_field: dict[str, list[str]] = {}
        waiting: list[str] = []
        for p in problems:
            if self._waiting(p, values):
                waiting.append(p.field)
            else:
                by_field.setdefault(p.field, []).append(say(p.message))
        for name, line in self.errors.items():
            line.show_messages(by_field.get(name, []))
            self.inputs[name].focus.setAccessibleDescription("; ".join(by_field.get(name, [])) or
                                                             self.inputs[name].field.help)
        shown = [p for p in problems if not self._waiting(p, values)]
        self.banner.show_problems(shown, [f for f in dict.fromkeys(waiting)], self._label_of)
        self.save_button.setEnabled(not problems and not self.saving)
        return not problems

    def _waiting(self, p: Problem, values: dict[str, Any]) -> bool:
        """A required field nobody has reached yet: listed as "to fill in", not as an error."""
        return (not self.show_all and p.field in self.inputs and p.field not in self.touched
                and self.rt.field(p.field).required and is_blank(values.get(p.field)))

    def _label_of(self, name: str) -> str:
        return catalogue_text(self.rt.field(name).label) if self.rt.has_field(name) else ""

    def field_widget(self, name: str) -> QWidget:
        """The input of field ``name`` (what takes the keyboard focus)."""
        return self.inputs[name].focus

    def field_error(self, name: str) -> str:
        """The problem text shown under field ``name``, or "" when none is shown."""
        line = self.errors.get(name)
        return line.text.text() if line is not None and not line.isHidden() else ""

    def focus_field(self, name: str) -> None:
        widget = self.inputs[name].focus if name in self.inputs else self.panels.get(name)
        if widget is not None and widget.isVisible():
            self.scroll.ensureWidgetVisible(widget, 20, 40)
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def _fresh(self, record: dict[str, Any]) -> None:
        """The stored record, read when the form opened (the caller's copy may be partial or old)."""
        if self.is_dirty():
            return  # never replace what someone has started typing
        self.record, self.version = dict(record), record["version"]
        self._load(record)

    def show_history(self) -> Any:
        from labnet.desktop.history_dialog import open_history

        dialog = open_history(self, self.tasks, self.rt.kind, {**self.record, "id": self.record_id})
        kind, record_id = self.rt.kind, self.record_id
        dialog.restored.connect(lambda _r: self.tasks.run(lambda cat: cat.get(kind, record_id), self._fresh,
                                                          self._load_failed, description="read the record"))
        return dialog

    def _load_failed(self, exc: BaseException) -> None:
        show_error(self, self.tr("The record cannot be read"), explain_failure(exc, self.tr("Reading the record")))

    def _actor_known(self, actor) -> None:
        self.actor = actor
        self.extras.actor_known(actor)
        self.validate()

    # -- certificates dropped anywhere on the form ---------------------------------------
    def dragEnterEvent(self, event) -> None:
        panel = self.panels.get("certificate")
        if panel is not None and panel.accepts(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        panel = self.panels.get("certificate")
        if panel is not None:
            panel.drop(event)
