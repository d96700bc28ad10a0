"""The Network view's cross-network part (issue 20): this laboratory's hits in other networks and the follow-ups
asked by it and of it, with the acts on them — ask a peer network for the details of a hit; approve a follow-up
asked of this laboratory, choosing which fields of its record to release, or decline it.

The list is asked of the hub in the laboratory's session (``labnet.sync.federation_lab``) on the network worker,
the keys unlocked once a session as for a sync; each ask and decision is in the catalogue's audit trail.  The
hub's bulletins about them (``federation-hit``, ``federation-follow-up``, ``federation-follow-up-answer``) are
said in a line in the bulletins' list (``describe_bulletin``).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from labnet.desktop import style
from labnet.desktop.i18n import (
    catalogue_text,
    date_text,
    datetime_text,
    field_list,
    isolate,
    locale_digits,
    number,
    say_error,
)

KIND = "profiling_result"
NOT_RELEASED = {"peaks", "shareable"}   # what a follow-up never offers: the profile itself went in the search


translate = QCoreApplication.translate   # called with literals, as lupdate reads them


def _lr(value: Any) -> str:
    return "" if value is None else locale_digits(f"{value:.3g}")


def field_label(name: str) -> str:
    from labnet.catalogue.records import RECORD_TYPES

    rt = RECORD_TYPES[KIND]
    return catalogue_text(rt.field(name).label) if rt.has_field(name) else name


def field_value(name: str, value: Any) -> str:
    """A released value as the views write it: a date (or the month a policy generalised it to) in the locale's
    form, "فبراير ٢٠٢٦" rather than "2026-02"; other values as they came."""
    from labnet.catalogue.records import RECORD_TYPES

    rt = RECORD_TYPES[KIND]
    if isinstance(value, str) and rt.has_field(name) and rt.field(name).type.name == "date":
        return date_text(value)
    return str(value)


def released_text(fields: dict[str, Any] | None) -> str:
    if not fields:
        return translate("NetworkFederation", "nothing")
    return field_list((field_label(k), field_value(k, v)) for k, v in sorted(fields.items()))


def describe_bulletin(kind: str, content: dict[str, Any]) -> str:
    """A federation bulletin in a line (the Network view's list)."""
    peer = isolate(str(content.get("peer_hub") or content.get("peer") or "?"))
    if kind == "federation-hit":
        hits = content.get("hits") or []
        if content.get("side") == "asked":
            return translate("NetworkFederation", "{n} cross-network hit(s): this laboratory's profiles found in the network of {peer}").format(
                n=number(len(hits)), peer=peer)
        return translate("NetworkFederation", "{n} cross-network hit(s): a search by the network of {peer} found this laboratory's "
                   "profiles").format(n=number(len(hits)), peer=peer)
    if kind == "federation-follow-up":
        return translate("NetworkFederation", "The network of {peer} asks for the details of a hit on one of this laboratory's records: "
                   "approve or decline it below").format(peer=peer)
    state = content.get("state")
    if state == "approved":
        return translate("NetworkFederation", "The owner in the network of {peer} approved your follow-up: {released}").format(
            peer=peer, released=released_text(content.get("released")))
    return translate("NetworkFederation", "The owner in the network of {peer} declined your follow-up{note}").format(
        peer=peer, note=(": " + str(content["note"])) if content.get("note") else "")


class ReleaseDialog(QDialog):
    """Approving a follow-up: which fields of the record to release, and a note."""

    def __init__(self, followup: dict[str, Any], fields: list[str], sample: str = "",
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Approve the follow-up"))
        self.setObjectName("federation-release")
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("The network of {peer} asks about record {record}: “{question}”. Choose what of the "
                               "record, as the network holds it, to release; nothing else leaves.").format(
            peer=isolate(followup["peer"]), record=isolate(sample or followup["record_id"]),
            question=followup.get("question") or self.tr("no question given")))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.boxes: dict[str, QCheckBox] = {}
        grid = QGridLayout()   # two columns: a profiling result has some thirty fields
        ordered = sorted(fields, key=field_label)
        half = (len(ordered) + 1) // 2
        for n, name in enumerate(ordered):
            box = QCheckBox(field_label(name))
            box.setObjectName(f"release-{name}")
            self.boxes[name] = box
            grid.addWidget(box, n % half, n // half)
        layout.addLayout(grid)
        if not fields:
            layout.addWidget(style.muted(self.tr("The sharing policy lets no field of this record into the network.")))
        self.note = QLineEdit()
        self.note.setObjectName("federation-note")
        self.note.setPlaceholderText(self.tr("A note for the asking laboratory (optional)"))
        layout.addWidget(self.note)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Approve and release"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

    def release(self) -> list[str]:
        return [name for name, box in self.boxes.items() if box.isChecked()]


class FederationPanel(QObject):
    """The Network view's "Other networks" box: hits and follow-ups, and what to do with them."""

    def __init__(self, page: Any, layout: QVBoxLayout | QHBoxLayout):
        super().__init__(page)
        self.page = page
        self.items: list[tuple[str, dict[str, Any]]] = []   # ("hit" | "followup", the hub's row), as listed
        self.texts: list[list[str]] = []                      # each row said: when, what, record, state
        self.samples: dict[str, str] = {}                     # record id -> this laboratory's sample number
        self.dialog: ReleaseDialog | None = None
        box = QGroupBox(self.tr("Other networks"))
        box.setObjectName("network-federation")
        inner = QVBoxLayout(box)
        # When, the record, then what happened and its state on two lines: the column is half the view wide
        self.table = QTableWidget(0, 3)
        self.table.setObjectName("federation-items")
        self.table.setHorizontalHeaderLabels([self.tr("When"), self.tr("Record"), self.tr("What")])
        self.table.setWordWrap(True)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)   # what happened: wrapped in its width
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self.update)
        inner.addWidget(self.table)
        self.said = style.muted(self.tr("Cross-network hits and follow-ups are asked of the hub: press Look."))
        self.said.setObjectName("federation-said")
        inner.addWidget(self.said)
        row = QHBoxLayout()
        self.look_button = QPushButton(self.tr("Look"))
        self.look_button.setObjectName("federation-look")
        self.look_button.setToolTip(self.tr("Ask the hub for this laboratory's cross-network hits and follow-ups"))
        self.look_button.clicked.connect(self.load)
        self.ask_button = QPushButton(self.tr("Ask for details…"))
        self.ask_button.setObjectName("federation-ask")
        self.ask_button.setToolTip(self.tr("Ask the other network for the details of this hit; the laboratory that "
                                           "holds the record approves or declines"))
        self.ask_button.clicked.connect(self.ask_selected)
        self.approve_button = QPushButton(self.tr("Approve…"))
        self.approve_button.setObjectName("federation-approve")
        self.approve_button.clicked.connect(self.approve_selected)
        self.decline_button = QPushButton(self.tr("Decline…"))
        self.decline_button.setObjectName("federation-decline")
        self.decline_button.clicked.connect(self.decline_selected)
        for button in (self.look_button, self.ask_button, self.approve_button, self.decline_button):
            row.addWidget(button)
        row.addStretch(1)
        inner.addLayout(row)
        layout.addWidget(box)
        self.update()

    # -- the list -----------------------------------------------------------------------------------------
    def _row(self, kind: str, item: dict[str, Any]) -> list[str]:
        record = self.samples.get(item["record_id"]) or item["record_id"]
        if kind == "hit":
            what = (self.tr("Found in the network of {peer}: score {score}, LR {lr}") if item["side"] == "asked"
                    else self.tr("Found by a search of {peer}: score {score}, LR {lr}")).format(
                peer=isolate(item["peer"]), score=locale_digits(f"{item['score']:.4f}"),
                lr=_lr(item["likelihood_ratio"]) or "–")
            return [datetime_text(item["found_at"]), what, record, released_text(item["fields"])
                    if item["fields"] else ""]
        states = {"asked": self.tr("to answer") if item["side"] == "answered" else self.tr("waiting"),
                  "approved": self.tr("approved: {released}").format(released=released_text(item["released"])),
                  "declined": self.tr("declined") + (f": {item['note']}" if item.get("note") else "")}
        what = (self.tr("Follow-up asked by {peer}: {question}") if item["side"] == "answered"
                else self.tr("Follow-up asked of {peer}")).format(peer=isolate(item["peer"]),
                                                                  question=item.get("question") or "")
        return [datetime_text(item["asked_at"]), what, record, states.get(item["state"], item["state"])]

    def show_items(self, found: dict[str, Any]) -> None:
        self.samples = found.get("samples") or {}
        self.items = [("followup", f) for f in found["followups"]] + [("hit", h) for h in found["hits"]]
        self.texts = [self._row(kind, item) for kind, item in self.items]
        self.table.setRowCount(len(self.items))
        for r, (when, what, record, state) in enumerate(self.texts):
            for c, text in enumerate((when, record, what + (f"\n{state}" if state else ""))):
                self.table.setItem(r, c, QTableWidgetItem(text))
        waiting = sum(kind == "followup" and i["side"] == "answered" and i["state"] == "asked"
                      for kind, i in self.items)
        self.said.setText(self.tr("{hits} cross-network hit(s); {n} follow-up(s) to answer.").format(
            hits=number(len(found["hits"])), n=number(waiting)))
        style.set_tone(self.said, "warning" if waiting else None)
        self.update()

    def selected(self) -> tuple[str, dict[str, Any]] | None:
        row = self.table.currentRow()
        return self.items[row] if 0 <= row < len(self.items) and self.table.selectedItems() else None

    def update(self) -> None:
        chosen = self.selected()
        kind, item = chosen if chosen else (None, {})
        self.ask_button.setEnabled(kind == "hit" and item.get("side") == "asked")
        to_answer = kind == "followup" and item.get("side") == "answered" and item.get("state") == "asked"
        self.approve_button.setEnabled(to_answer)
        self.decline_button.setEnabled(to_answer)

    # -- talking to the hub (the network worker, the keys unlocked first) -------------------------------------
    def _online(self, waiting: str, fn: Any, then: Any) -> None:
        page = self.page

        def unlocked(identity: Any) -> None:
            self.said.setText(waiting)
            style.set_tone(self.said, None)
            page.network_tasks.run(self._as_signed_in(lambda cat: fn(cat, identity)), then, self._failed,
                                   description="federation")

        page.with_keys(unlocked)

    def _as_signed_in(self, fn: Any) -> Any:
        from labnet.desktop.catalogue_queries import acting_as

        return acting_as(getattr(getattr(self.page.window(), "session", None), "info", None), fn)

    def _failed(self, exc: BaseException) -> None:
        self.said.setText(say_error(exc))
        style.set_tone(self.said, "alert")

    def load(self) -> None:
        from labnet.sync.federation_lab import overview

        data_dir = self.page.data_dir
        self._online(self.tr("Asking the hub…"), lambda cat, identity: overview(cat, data_dir, identity), self.show_items)

    def _then_load(self, text: str) -> Any:
        def after(_answer: Any) -> None:
            self.load()
            self.page.outcome_label.setText(text)
        return after

    def ask_selected(self) -> None:
        chosen = self.selected()
        if chosen is None or chosen[0] != "hit":
            return
        question, ok = QInputDialog.getText(self.page, self.tr("Ask for details"),
                                            self.tr("What would you like to know, and why?"))
        if ok:
            self.ask(chosen[1], question)

    def ask(self, hit: dict[str, Any], question: str) -> None:
        from labnet.sync.federation_lab import ask

        data_dir = self.page.data_dir
        self._online(self.tr("Asking the other network…"),
                     lambda cat, identity: ask(cat, data_dir, identity, hit, question),
                     self._then_load(self.tr("Follow-up asked of {peer}; the answer comes as a bulletin.").format(
                         peer=isolate(hit["peer"]))))

    def release_fields(self) -> list[str]:
        """The fields the sharing policy lets into the network (what the hub can hold of a record)."""
        from labnet.sync.policy import load_policy

        return [n for n in load_policy(self.page.data_dir).manifest().get(KIND, {}) if n not in NOT_RELEASED]

    def approve_selected(self) -> None:
        chosen = self.selected()
        if chosen is None or chosen[0] != "followup":
            return
        followup = chosen[1]
        self.dialog = ReleaseDialog(followup, self.release_fields(), self.samples.get(followup["record_id"], ""),
                                    self.page)
        self.dialog.accepted.connect(lambda: self.decide(followup, True, self.dialog.release() if self.dialog else [],
                                                         self.dialog.note.text() if self.dialog else ""))
        self.dialog.open()

    def decline_selected(self) -> None:
        chosen = self.selected()
        if chosen is None or chosen[0] != "followup":
            return
        note, ok = QInputDialog.getText(self.page, self.tr("Decline the follow-up"),
                                        self.tr("A note for the asking laboratory (optional):"))
        if ok:
            self.decide(chosen[1], False, [], note)

    def decide(self, followup: dict[str, Any], approve: bool, release: list[str], note: str) -> None:
        from labnet.sync.federation_lab import decide

        data_dir = self.page.data_dir
        done = self.tr("Follow-up approved: the chosen fields go to the asking network.") if approve else \
            self.tr("Follow-up declined.")
        self._online(self.tr("Sending the decision…"),
                     lambda cat, identity: decide(cat, data_dir, identity, followup, approve, release, note),
                     self._then_load(done))
