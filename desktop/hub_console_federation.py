"""The hub console's "Federation" tab (issue 20): the peer networks, each one's federation policy, the
cross-network hits and the follow-ups.

The peers are listed with their state, last contact, the methods in common and the messages waiting.  The
selected peer's policy is edited as the laboratory's sharing policy is (``policy_editor``): which methods in
common it may search (and our searches send it), and per field of a profiling result how a hit releases it
(stays here, as it is, pseudonymised, generalised); a preview, refreshed as choices change, says what a search
sends (per method: how many profiles of how many laboratories, as method, references and values only) and what a
hit releases (the policy applied to a result the network holds).  The hub checks and saves the policy as
``federation/NAME.toml`` (``labnet.hub.federation_admin``).  Every call goes through the console's worker; a
reviewer sees everything and saves nothing.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from labnet.desktop import style
from labnet.desktop.hub_console_tables import _fill, _table
from labnet.desktop.i18n import catalogue_text, datetime_text, isolate, locale_digits, number, word_list
from labnet.desktop.network_federation import released_text
from labnet.desktop.tables import select_row

PREVIEW_DELAY_MS = 400   # the preview is asked again this long after the last change
LINE_BREAK = "<br>"      # between the preview's translated lines (markup, not text)


def federation_data(admin: Any) -> dict[str, Any]:
    """What the tab shows, asked of the hub in one go (on the console's worker)."""
    return {"peers": admin.peers(), "hits": admin.federation_hits(), "followups": admin.federation_followups()}


def policy_toml(methods: list[str], fields: dict[str, str]) -> str:
    """The policy file for the choices made (the format ``labnet.hub.federation_policy`` reads)."""
    from labnet.protocol import canonical

    def quoted(text: str) -> str:   # a TOML basic string is a JSON string
        return canonical.dumps(text).decode()

    lines = ["version = 1", "methods = [" + ", ".join(quoted(m) for m in methods) + "]"]
    kept = {name: treatment for name, treatment in sorted(fields.items()) if treatment != "drop"}
    if kept:
        lines += ["", "[fields]"] + [f"{name} = {quoted(treatment)}" for name, treatment in kept.items()]
    return "\n".join(lines) + "\n"


class FederationPage(QWidget):
    """The console's "Federation" tab."""

    def __init__(self, console: Any):
        super().__init__()
        self.console = console
        self.peers: list[dict[str, Any]] = []
        self.policy: dict[str, Any] | None = None     # the selected peer's, as the hub sent it
        self.last_preview: dict[str, Any] | None = None
        self.method_boxes: dict[str, QCheckBox] = {}
        self.field_boxes: dict[str, QComboBox] = {}
        self.treatment_names = {"keep": self.tr("released as it is"), "pseudonymise": self.tr("released pseudonymised"),
                                "generalise": self.tr("released generalised"), "drop": self.tr("stays here")}
        self.preview_timer = QTimer(self, singleShot=True, interval=PREVIEW_DELAY_MS)
        self.preview_timer.timeout.connect(self.ask_preview)

        layout = QVBoxLayout(self)
        layout.addWidget(style.muted(self.tr(
            "Peer networks search this network's profiles hit/no-hit: they learn that a profile matches, with a "
            "score and a reference to follow up, and more only when the owning laboratory agrees. Without a "
            "policy nothing leaves.")))
        splitter = QSplitter()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.table = _table([self.tr("Peer"), self.tr("Hub"), self.tr("State"), self.tr("Last contact"),
                             self.tr("Methods in common"), self.tr("Waiting")], "hub-peers")
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.itemSelectionChanged.connect(self._selected)
        left_layout.addWidget(self.table, stretch=2)
        lists = QTabWidget()
        self.hits = _table([self.tr("Found"), self.tr("Side"), self.tr("Peer"), self.tr("Laboratory"),
                            self.tr("Record"), self.tr("Method"), self.tr("Score"), self.tr("LR"),
                            self.tr("Released")], "hub-federation-hits")
        self.followups = _table([self.tr("Asked"), self.tr("Side"), self.tr("Peer"), self.tr("Laboratory"),
                                 self.tr("Record"), self.tr("Question"), self.tr("State")], "hub-federation-followups")
        lists.addTab(self.hits, self.tr("Cross-network hits"))
        lists.addTab(self.followups, self.tr("Follow-ups"))
        self.lists = lists
        left_layout.addWidget(lists, stretch=3)
        splitter.addWidget(left)

        self.editor = QGroupBox(self.tr("Federation policy"))
        self.editor.setObjectName("hub-peer-policy")
        editor_layout = QVBoxLayout(self.editor)
        self.editor_intro = style.muted(self.tr("Choose a peer to see its policy."))
        editor_layout.addWidget(self.editor_intro)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        self.form_body = QWidget()
        self.form = QFormLayout(self.form_body)
        scroll.setWidget(self.form_body)
        editor_layout.addWidget(scroll, stretch=1)
        self.preview = QLabel()
        self.preview.setObjectName("hub-peer-policy-preview")
        self.preview.setWordWrap(True)
        editor_layout.addWidget(self.preview)
        row = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Save the policy"))
        self.save_button.setObjectName("hub-peer-policy-save")
        self.save_button.clicked.connect(self.save)
        self.save_button.setEnabled(False)
        row.addStretch(1)
        row.addWidget(self.save_button)
        editor_layout.addLayout(row)
        splitter.addWidget(self.editor)
        splitter.setSizes([620, 480])
        layout.addWidget(splitter, stretch=1)

    # -- the lists (the console's refresh brings them) -------------------------------------------------
    def _lab(self, lab_id: str) -> str:
        names = {lab["lab_id"]: lab["name"] for lab in self.console.data.get("labs", [])}
        return names.get(lab_id, lab_id)

    def _side(self, side: str) -> str:
        return self.tr("our query") if side == "asked" else self.tr("their query")

    def _state(self, peer: dict[str, Any]) -> str:
        if peer["state"] == "revoked":
            return self.tr("revoked: {why}").format(why=peer.get("revoked_reason") or "")
        return self.tr("active")

    def show_federation(self, data: dict[str, Any] | None) -> None:
        if data is None:
            return
        chosen = self.selected()
        self.peers = data["peers"]
        self.table.blockSignals(True)
        try:
            _fill(self.table, [[p["name"], p["hub"], self._state(p), datetime_text(p["last_contact"]) if
                                p["last_contact"] else self.tr("never"), word_list(p["common_methods"]) or
                                self.tr("none"), number(p["waiting"])] for p in self.peers])
            if chosen is not None:
                names = [p["name"] for p in self.peers]
                if chosen["name"] in names:
                    select_row(self.table, names.index(chosen["name"]))
        finally:
            self.table.blockSignals(False)
        _fill(self.hits, [[datetime_text(h["found_at"]), self._side(h["side"]), h["peer"], self._lab(h["lab_id"]),
                           h["record_id"], h["method"], locale_digits(f"{h['score']:.4f}"),
                           "" if h["likelihood_ratio"] is None else locale_digits(f"{h['likelihood_ratio']:.3g}"),
                           self._released(h["fields"])] for h in data["hits"]])
        states = {"asked": self.tr("waiting for the owner"), "approved": self.tr("approved"),
                  "declined": self.tr("declined")}
        _fill(self.followups, [[datetime_text(f["asked_at"]), self._side(f["side"]), f["peer"], self._lab(f["lab_id"]),
                                f["record_id"], f["question"], states.get(f["state"], f["state"])]
                               for f in data["followups"]])

    def _released(self, fields: dict[str, Any] | None) -> str:
        # As the Network view writes them: one punctuation, and dates (a generalised month too) in the locale's form.
        return released_text(fields)

    @staticmethod
    def _field(name: str) -> str:
        from labnet.catalogue.records import RECORD_TYPES

        rt = RECORD_TYPES["profiling_result"]
        return catalogue_text(rt.field(name).label) if rt.has_field(name) else name

    def selected(self) -> dict[str, Any] | None:
        row = self.table.currentRow()
        return self.peers[row] if 0 <= row < len(self.peers) and self.table.selectedItems() else None

    def select(self, name: str) -> None:
        """Choose peer ``name``: its row selected and its policy asked for (even when the row was selected)."""
        self.table.blockSignals(True)
        try:
            select_row(self.table, [p["name"] for p in self.peers].index(name))
        finally:
            self.table.blockSignals(False)
        self._selected()

    # -- the selected peer's policy -------------------------------------------------------------------
    def _selected(self) -> None:
        peer = self.selected()
        if peer is None:
            return
        admin, name = self.console.admin, peer["name"]
        self.console._work(lambda: admin.peer_policy(name), self.show_policy,
                           self.tr("Asking the hub for the policy for {peer}…").format(peer=isolate(name)))

    def show_policy(self, policy: dict[str, Any]) -> None:
        self.policy = policy
        peer = next((p for p in self.peers if p["name"] == policy["peer"]), None)
        while self.form.rowCount():
            self.form.removeRow(0)
        self.method_boxes.clear()
        self.field_boxes.clear()
        self.editor.setTitle(self.tr("Federation policy for {peer}").format(peer=isolate(policy["peer"])))
        self.editor_intro.setText(self.tr(
            "The methods in common this peer may search, and our searches send it; and how a hit tells it each "
            "field of our record, as the laboratory's own sharing policy let the record into this network. "
            "Every laboratory decides first whether its records may be searched beyond the network at all.")
            if policy["exists"] else self.tr("No policy yet: nothing leaves for this peer and none of its searches is "
                                             "run. Choose what may, then save."))
        may = bool(self.console.admin and self.console.admin.may_change)
        self.form.addRow(QLabel("<b>" + self.tr("Methods that may be searched") + "</b>"))
        for label in (peer or {}).get("common_methods", []) or []:
            box = QCheckBox(label)
            box.setChecked(label in policy["methods"])
            box.setEnabled(may)
            box.toggled.connect(self._changed)
            self.method_boxes[label] = box
            self.form.addRow(box)
        if not self.method_boxes:
            self.form.addRow(style.muted(self.tr("No method in common: publish the same method on both hubs.")))
        self.form.addRow(QLabel("<b>" + self.tr("What a hit releases") + "</b>"))
        for name, choices in policy["choices"].items():
            combo = QComboBox()
            combo.setObjectName(f"federation-field-{name}")
            for treatment in choices:
                combo.addItem(self.treatment_names.get(treatment, treatment), treatment)
            combo.setCurrentIndex(max(0, combo.findData(policy["fields"].get(name, "drop"))))
            combo.setEnabled(may)
            combo.currentIndexChanged.connect(self._changed)
            self.field_boxes[name] = combo
            self.form.addRow(self._field(name), combo)
        self.save_button.setEnabled(False)
        self.save_button.setToolTip("" if may else self.tr(
            "A reviewer sees everything and changes nothing; this needs a network administrator."))
        self.show_preview(policy["preview"])

    def chosen_text(self) -> str:
        """The policy the editor's choices make."""
        return policy_toml([m for m, box in self.method_boxes.items() if box.isChecked()],
                           {name: combo.currentData() for name, combo in self.field_boxes.items()})

    def _changed(self) -> None:
        self.save_button.setEnabled(bool(self.console.admin and self.console.admin.may_change))
        self.preview_timer.start()

    def ask_preview(self) -> None:
        if self.policy is None:
            return
        admin, name, text = self.console.admin, self.policy["peer"], self.chosen_text()
        self.console._work(lambda: admin.preview_peer_policy(name, text), self.show_preview,
                           self.tr("Previewing…"), quiet=True)

    def show_preview(self, preview: dict[str, Any]) -> None:
        self.last_preview = preview
        sends = []
        for m in preview["methods"]:
            if m["searched"]:
                sends.append(self.tr("{method}: {n} profile(s) of {labs} laboratory(ies) that allow it, as values "
                                     "under a new reference each search").format(
                    method=isolate(m["method"]), n=number(m["profiles"]), labs=number(m["labs"])))
            else:
                sends.append(self.tr("{method}: not searched").format(method=isolate(m["method"])))
        released = self._released(preview["example"]) if preview["example_held"] else self.tr(
            "(no result held here to show it on)")
        lines = ["<b>" + self.tr("A search sends") + "</b>", *(sends or [self.tr("nothing")]),
                 "<b>" + self.tr("A hit releases, for example") + "</b>", released.replace("<", "&lt;")]
        self.preview.setText(LINE_BREAK.join(lines))

    def save(self) -> None:
        if self.policy is None:
            return
        admin, name, text = self.console.admin, self.policy["peer"], self.chosen_text()

        def saved(policy: dict[str, Any]) -> None:
            self.show_policy(policy)
            self.console.refresh(self.tr("The policy for {peer} is saved.").format(peer=isolate(name)))

        self.console._work(lambda: admin.save_peer_policy(name, text), saved,
                           self.tr("Saving the policy for {peer}…").format(peer=isolate(name)))
