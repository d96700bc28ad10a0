"""The sharing-policy editor: per record type and field, how it leaves the laboratory, with a live preview.

The preview is the next bundle's records under the policy being edited (the
computation of ``labnet share preview``), refreshed as choices change; only an
administrator (or the owner of a catalogue without accounts) may save.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from labnet.catalogue.records import RECORD_TYPES
from labnet.desktop import style
from labnet.desktop.i18n import catalogue_text, number, say_error
from labnet.desktop.tasks import Tasks
from labnet.sync.policy import FieldRule, KindPolicy, SharingPolicy, allowed_treatments

PREVIEW_RECORDS = 40


def _preview(policy: SharingPolicy, secret: bytes, cat) -> dict[str, Any]:
    from labnet.sync.policy_edit import preview

    return preview(cat, policy, secret)


class PolicyEditor(QDialog):
    def __init__(self, policy: SharingPolicy, data_dir: Path, tasks: Tasks, secret: bytes, *, may_save: bool,
                 saved: Callable[[], None] | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sharing policy: what leaves the laboratory"))
        self.setObjectName("policy-editor")
        self.resize(1150, 720)
        self.original, self.data_dir, self.tasks, self.secret = policy, Path(data_dir), tasks, secret
        self.saved_callback = saved
        self.last_preview: dict[str, Any] | None = None
        self.share: dict[str, QCheckBox] = {}
        self.only: dict[str, QCheckBox] = {}
        self.treatment: dict[tuple[str, str], QComboBox] = {}
        names = {"keep": self.tr("leaves as it is"), "pseudonymise": self.tr("leaves pseudonymised"),
                 "generalise": self.tr("leaves generalised"), "drop": self.tr("stays here")}

        layout = QHBoxLayout(self)
        left = QVBoxLayout()
        left.addWidget(style.muted(self.tr("For each kind of record: whether it is shared at all, only the records "
                                           "marked shareable, and how each field leaves. A pseudonym is a keyed "
                                           "hash only this laboratory can trace back; generalised dates become "
                                           "months, places regions, quantities ranges.")))
        self.tabs = QTabWidget()
        for kind, rt in RECORD_TYPES.items():
            p = policy.kinds.get(kind) or KindPolicy(kind)
            page = QWidget()
            form = QFormLayout(page)
            self.share[kind] = QCheckBox(self.tr("Share these records with the network"))
            self.share[kind].setChecked(p.share)
            self.only[kind] = QCheckBox(self.tr("Only records marked “shareable”"))
            self.only[kind].setChecked(p.only_shareable)
            form.addRow(self.share[kind])
            form.addRow(self.only[kind])
            for box in (self.share[kind], self.only[kind]):
                box.toggled.connect(self._changed)
            for f in rt.fields:
                if f.name == "shareable":
                    continue
                combo = QComboBox()
                combo.setObjectName(f"policy-{kind}-{f.name}")
                for treatment in ("keep", "pseudonymise", "generalise", "drop"):
                    if treatment in allowed_treatments(rt, f.name):
                        combo.addItem(names[treatment], treatment)
                rule = p.fields.get(f.name)
                combo.setCurrentIndex(combo.findData(rule.treatment if rule else "drop"))
                combo.currentIndexChanged.connect(self._changed)
                self.treatment[(kind, f.name)] = combo
                label = catalogue_text(f.label)
                form.addRow(label + (self.tr(" (personal)") if f.personal else
                                     self.tr(" (sensitive)") if f.sensitive else ""), combo)
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setWidget(page)
            self.tabs.addTab(scroll, catalogue_text(rt.label))
        left.addWidget(self.tabs, stretch=1)
        layout.addLayout(left, stretch=3)

        right = QVBoxLayout()
        right.addWidget(QLabel("<b>" + self.tr("The next bundle would carry") + "</b>"))
        self.summary = QLabel()
        self.summary.setObjectName("policy-preview-summary")
        self.summary.setWordWrap(True)
        right.addWidget(self.summary)
        self.preview_text = QPlainTextEdit()
        self.preview_text.setObjectName("policy-preview")
        self.preview_text.setReadOnly(True)
        right.addWidget(self.preview_text, stretch=1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setEnabled(may_save)
        if not may_save:
            self.save_button.setToolTip(self.tr("Only an administrator may change what leaves the laboratory"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        right.addWidget(self.problem)
        right.addWidget(self.buttons)
        layout.addLayout(right, stretch=2)

        self._debounce = QTimer(self, singleShot=True, interval=300)
        self._debounce.timeout.connect(self.refresh_preview)
        self.refresh_preview()

    def policy(self) -> SharingPolicy:
        """The policy as the editor's choices say."""
        kinds = {}
        for kind in RECORD_TYPES:
            old = self.original.kinds.get(kind) or KindPolicy(kind)
            fields = {}
            for (k, name), combo in self.treatment.items():
                if k == kind and combo.currentData() != "drop":
                    step = old.fields[name].step if name in old.fields else None
                    fields[name] = FieldRule(combo.currentData(), step if combo.currentData() == "generalise" else None)
            kinds[kind] = KindPolicy(kind, self.share[kind].isChecked(), self.only[kind].isChecked(), old.where, fields)
        return SharingPolicy(kinds)

    def _changed(self) -> None:
        self._debounce.start()

    def refresh_preview(self) -> None:
        policy, secret = self.policy(), self.secret
        self.summary.setText(self.tr("Working it out…"))
        self.tasks.run(lambda cat: _preview(policy, secret, cat), self.show_preview, self._failed,
                       description="policy preview")

    def show_preview(self, result: dict[str, Any]) -> None:
        self.last_preview = result
        kinds = ", ".join(f"{catalogue_text(RECORD_TYPES[k].label).lower()}: {number(n)}" for k, n in sorted(result["by_kind"].items()))
        self.summary.setText(self.tr("{n} record(s) would leave ({kinds}); {withheld} changed record(s) stay "
                                     "here.").format(n=number(len(result['entries'])), kinds=kinds or "—",
                                                     withheld=number(result['withheld'])))
        shown = [f"{e['kind']} {e['id']}: " + (json.dumps(e["record"], ensure_ascii=False, sort_keys=True)
                                               if e["op"] == "upsert" else self.tr("(deleted)"))
                 for e in result["entries"][:PREVIEW_RECORDS]]
        self.preview_text.setPlainText("\n\n".join(shown))

    def _failed(self, exc: BaseException) -> None:
        self.problem.setText(say_error(exc))
        style.set_tone(self.problem, "alert")

    def save(self) -> None:
        from labnet.sync.policy_edit import save_policy

        try:
            save_policy(self.data_dir, self.policy())
        except Exception as exc:  # noqa: BLE001 - shown in the dialog, nothing saved
            self._failed(exc)
            return
        if self.saved_callback:
            self.saved_callback()
        self.accept()
