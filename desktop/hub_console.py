"""The hub console: a hub administrator watches and runs the network from the same application.

Signed in to a hub as a named administrator (its address, then a name and
password in the sign-in dialog), it shows the laboratories (enrolment state, last contact), issues enrolment codes (as
text to copy and as a QR code), revokes; lists received bundles with their
import reports and imports a bundle that came on a USB stick; shows the
network's statistics with a chart of records received per laboratory; and
the links found between laboratories' seizures, the hub's audit trail, and the
proficiency-test rounds (``hub_console_pt``: create, close, the summary), and the peer networks
(``hub_console_federation``: their policies, cross-network hits, follow-ups); its dialogs are
``hub_console_dialogs``, the tables its tabs share ``hub_console_tables``.  A
reviewer sees everything and its controls that would change something are
disabled (the hub refuses them anyway).  Every call runs on a worker; the
password and the session are never stored.
"""

from __future__ import annotations

import itertools
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from labnet.desktop import style
from labnet.desktop.hub_console_dialogs import CodeDialog, SignInDialog
from labnet.desktop.hub_console_tables import _fill, _table
from labnet.desktop.i18n import catalogue_text, datetime_text, isolate, number, say_error
from labnet.desktop.tasks import Tasks


class HubConsole(QWidget):
    def __init__(self, settings: QSettings | None = None, parent: QWidget | None = None, *,
                 synchronous: bool = False):
        super().__init__(parent)
        self.setWindowTitle(self.tr("LabNet hub console"))
        self.setObjectName("hub-console")
        self.resize(1100, 700)
        self.settings = settings or QSettings()
        self.tasks = Tasks(lambda: None, synchronous=synchronous, parent=self)
        self.admin: Any = None
        self.data: dict[str, Any] = {}
        self.last_dialog: CodeDialog | None = None
        self.sign_in_dialog: SignInDialog | None = None
        self.default_sign_in = ("", "")   # (name, password) to offer: the demo's hub fills it

        layout = QVBoxLayout(self)
        layout.addWidget(style.heading(self.tr("Hub console")))
        form = QFormLayout()
        self.url = QLineEdit(self.settings.value("hub_console/url", "", type=str))
        self.url.setObjectName("hub-url")
        self.url.setPlaceholderText("https://hub.example.org")  # i18n: an address
        form.addRow(self.tr("Hub address"), self.url)
        layout.addLayout(form)
        row = QHBoxLayout()
        self.connect_button = QPushButton(self.tr("Sign in…"))
        self.connect_button.setObjectName("hub-connect")
        self.connect_button.clicked.connect(self.connect_hub)
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.clicked.connect(self.refresh)
        self.refresh_button.setEnabled(False)
        self.state = QLabel(self.tr("Not connected."))
        self.state.setObjectName("hub-state")
        self.state.setWordWrap(True)
        row.addWidget(self.connect_button)
        row.addWidget(self.refresh_button)
        row.addWidget(self.state, stretch=1)
        layout.addLayout(row)

        self.tabs = QTabWidget()
        self.tabs.setEnabled(False)
        layout.addWidget(self.tabs, stretch=1)
        self._labs_tab()
        self._bundles_tab()
        self._stats_tab()
        self._links_tab()
        self._audit_tab()
        from labnet.desktop.hub_console_pt import ProficiencyPage

        self.pt = ProficiencyPage(self)
        self.tabs.addTab(self.pt, self.tr("Proficiency tests"))
        from labnet.desktop.hub_console_federation import FederationPage, federation_data

        self.federation = FederationPage(self)   # issue 20: peers, their policies, cross-network hits
        self.tabs.addTab(self.federation, self.tr("Federation"))
        self.federation_data = federation_data
        # What a reviewer may not do: disabled for one (the hub would refuse it).
        self.change_buttons = [self.code_button, self.revoke_button, self.import_button]

    # -- tabs --------------------------------------------------------------------------------
    def _labs_tab(self) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.labs = _table([self.tr("Laboratory"), self.tr("Country"), self.tr("Enrolled"), self.tr("Last contact"),
                            self.tr("State")], "hub-labs")
        layout.addWidget(self.labs)
        row = QHBoxLayout()
        self.code_button = QPushButton(self.tr("Issue an enrolment code…"))
        self.code_button.setObjectName("issue-code")
        self.code_button.clicked.connect(self.issue_code)
        self.revoke_button = QPushButton(self.tr("Revoke the selected laboratory…"))
        self.revoke_button.setObjectName("revoke-lab")
        self.revoke_button.clicked.connect(self.revoke_selected)
        row.addWidget(self.code_button)
        row.addWidget(self.revoke_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.tabs.addTab(page, self.tr("Laboratories"))

    def _bundles_tab(self) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.bundles = _table([self.tr("Received"), self.tr("Laboratory"), self.tr("Accepted"), self.tr("Duplicate"),
                               self.tr("Rejected"), self.tr("How"), self.tr("Report")], "hub-bundles")
        layout.addWidget(self.bundles)
        self.refused = style.muted("")
        layout.addWidget(self.refused)
        row = QHBoxLayout()
        self.import_button = QPushButton(self.tr("Import a bundle from a USB stick…"))
        self.import_button.setObjectName("hub-import")
        self.import_button.clicked.connect(self.import_bundle)
        row.addWidget(self.import_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.tabs.addTab(page, self.tr("Bundles"))

    def _stats_tab(self) -> None:
        import pyqtgraph as pg

        page = QWidget()
        layout = QHBoxLayout(page)
        self.stats = _table([self.tr("Laboratory"), self.tr("Record type"), self.tr("Records"), self.tr("Deleted")],
                            "hub-stats")
        layout.addWidget(self.stats, stretch=1)   # half the width: at two fifths its last column was cut
        from labnet.desktop.plot_axes import LocaleAxisItem, LocaleDateAxisItem, left_to_right

        # Dates and counts as the view's locale writes them (month names, digits), time running rightwards and
        # the counts on the left in Arabic too (mirrored, the days ran right to left: issue 22).
        self.chart = pg.PlotWidget(axisItems={"bottom": LocaleDateAxisItem(), "left": LocaleAxisItem("left")},
                                   background=None if style.is_dark() else "w")
        self.chart.setObjectName("hub-chart")
        self.chart.setTitle(self.tr("Records received, cumulated, per laboratory"))
        self.chart.addLegend()
        left_to_right(self.chart)
        layout.addWidget(self.chart, stretch=1)
        self.tabs.addTab(page, self.tr("Statistics"))

    def _links_tab(self) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.links = _table([self.tr("Found"), self.tr("Method"), self.tr("Laboratory A"), self.tr("Record A"),
                             self.tr("Laboratory B"), self.tr("Record B"), self.tr("Score")], "hub-links")
        layout.addWidget(self.links)
        self.tabs.addTab(page, self.tr("Links between laboratories"))

    def _audit_tab(self) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(style.muted(self.tr("What administrators did on the hub in the last 30 days, newest "
                                             "first (every entry is chained to the one before it).")))
        self.audit = _table([self.tr("When"), self.tr("Who"), self.tr("What"), self.tr("Concerning")], "hub-audit")
        layout.addWidget(self.audit)
        self.tabs.addTab(page, self.tr("Audit trail"))

    # -- talking to the hub ---------------------------------------------------------------------
    def _work(self, fn: Any, done: Any, waiting: str, failed: Any = None, *, quiet: bool = False) -> None:
        """``fn()`` on the worker, then ``done(result)`` or ``failed(exception)`` (always said in the state line)
        on the GUI thread; ``waiting`` is said in the state line meanwhile unless ``quiet``."""
        if not quiet:
            self.state.setText(waiting)
            style.set_tone(self.state, None)

        def refused(exc: BaseException) -> None:
            self._failed(exc)
            if failed is not None:
                failed(exc)

        self.tasks.run(lambda _resource: fn(), done, refused, description=waiting)

    def _failed(self, exc: BaseException) -> None:
        self.state.setText(say_error(exc))
        style.set_tone(self.state, "alert")

    def connect_hub(self) -> None:
        """Ask for a name and password (the sign-in dialog), then sign in."""
        dialog = SignInDialog(self.url.text().strip(), *self.default_sign_in, parent=self)
        dialog.accepted.connect(lambda: self.sign_in(dialog.name.text(), dialog.password.text(),
                                                     dialog.token.text()))
        self.sign_in_dialog = dialog
        dialog.open()

    def sign_in(self, name: str, password: str, one_time_token: str = "") -> None:
        """Sign in; with a hub's one-time token, first set its administrator's password to ``password``."""
        from labnet.sync.hub_admin import HubAdmin

        url = self.url.text()
        if one_time_token.strip():
            self._work(lambda: HubAdmin.set_first_password(url, one_time_token, password), self._signed_in,
                       self.tr("Setting the first administrator's password…"))
        else:
            self._work(lambda: HubAdmin.sign_in(url, name, password), self._signed_in, self.tr("Signing in…"))

    def _signed_in(self, admin: Any) -> None:
        self.admin = admin
        for button in self.change_buttons:
            button.setEnabled(admin.may_change)
            button.setToolTip("" if admin.may_change else
                              self.tr("A reviewer sees everything and changes nothing; this needs a network "
                                      "administrator."))
        self.settings.setValue("hub_console/url", admin.url)
        self.refresh()

    def refresh(self, said: str = "") -> None:
        """Ask the hub again for everything shown; ``said`` (what was just done) then replaces the state line."""
        if self.admin is not None:
            admin = self.admin

            def show(data: dict[str, Any]) -> None:
                self.show_overview(data)
                if said:
                    self.state.setText(said)

            self._work(lambda: {**admin.overview(), "pt": admin.pt_rounds(),
                                "federation": self.federation_data(admin)}, show, self.tr("Asking the hub…"))

    def show_overview(self, data: dict[str, Any]) -> None:
        self.data = data
        self.tabs.setEnabled(True)
        self.refresh_button.setEnabled(True)
        labs = data["labs"]
        role = self.tr("network administrator") if self.admin.may_change else self.tr("reviewer, read only")
        self.state.setText(self.tr("Signed in to {url} as {name} ({role}): {n} laboratories, {active} active.").format(
            url=isolate(self.admin.url), name=isolate(self.admin.name), role=role, n=number(len(labs)),
            active=number(sum(not lab["revoked_at"] for lab in labs))))
        style.set_tone(self.state, "ok")
        _fill(self.labs, [[lab["name"], lab["country"], datetime_text(lab["enrolled_at"]), datetime_text(lab["last_contact"]),
                           self.tr("revoked: {why}").format(why=lab["revoked_reason"] or "") if lab["revoked_at"]
                           else self.tr("active")] for lab in labs])
        names = {lab["lab_id"]: lab["name"] for lab in labs}
        bundles = data["bundles"]
        _fill(self.bundles, [[datetime_text(b["received_at"]), b["lab_name"], b["accepted"], b["duplicate"], b["rejected"],
                              self.tr("upload") if b["source"] == "upload" else self.tr("USB stick"),
                              b["reason"] or self.tr("processed")] for b in bundles["bundles"]])
        self.refused.setText(self.tr("{n} file(s) refused unread (not an authentic bundle of an enrolled "
                                     "laboratory).").format(n=number(len(bundles["refused"]))) if bundles["refused"] else "")
        stats = data["stats"]
        self._show_stats(stats["records"])
        self._chart(stats["received_per_day"], names)
        _fill(self.links, [[datetime_text(k["found_at"]), k["method"], names.get(k["lab_a"], k["lab_a"]), k["record_a"],
                            names.get(k["lab_b"], k["lab_b"]), k["record_b"], round(k["score"], 4)]
                           for k in data["links"]["links"]])
        _fill(self.audit, [[datetime_text(e["at"]), e["actor"], e["action"], e["target"]]
                           for e in reversed(data.get("audit", {}).get("entries", []))])
        self.pt.show_rounds(data.get("pt", []))
        self.federation.show_federation(data.get("federation"))

    def _chart(self, per_day: list[dict[str, Any]], names: dict[str, str]) -> None:
        import datetime as dt

        import pyqtgraph as pg

        self.chart.clear()
        colours = itertools.cycle(["#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#17becf"])
        every_day: list[float] = []
        for lab_id, rows in itertools.groupby(sorted(per_day, key=lambda r: (r["lab_id"], r["day"])),
                                              key=lambda r: r["lab_id"]):
            rows = list(rows)
            days = [dt.datetime.fromisoformat(r["day"]).replace(tzinfo=dt.UTC).timestamp() for r in rows]
            total, cumulated = 0, []
            for r in rows:
                total += r["accepted"] or 0
                cumulated.append(total)
            colour = next(colours)
            self.chart.plot(days, cumulated, name=names.get(lab_id, lab_id), symbol="o", symbolBrush=colour,
                            symbolPen=colour, pen=pg.mkPen(colour, width=2))
            every_day += days
        if every_day:   # at least a week wide, so that one day of data is a readable point
            low, high = min(every_day), max(every_day)
            pad = max(0.0, 7 * 86400 - (high - low)) / 2 + 86400 / 2
            self.chart.setXRange(low - pad, high + pad, padding=0)

    def issue_code(self) -> None:
        lab, ok = QInputDialog.getText(self, self.tr("Enrol a laboratory"), self.tr("The laboratory's name:"))
        if not ok or not lab.strip():
            return
        country, ok = QInputDialog.getText(self, self.tr("Enrol a laboratory"),
                                           self.tr("Its country (two letters, e.g. GH):"))
        if ok:
            self.issue_code_for(lab, country)

    def issue_code_for(self, lab: str, country: str) -> None:
        admin = self.admin
        self._work(lambda: admin.issue_code(lab, country), self._show_code, self.tr("Issuing a code…"))

    def _show_stats(self, records: list[dict[str, Any]]) -> None:
        """Records per laboratory and record type, each type by its name in the language ("Profiling result",
        not the hub's key "profiling_result"); a type this version does not know keeps its key."""
        from labnet.catalogue.records import RECORD_TYPES

        def kind(key: str) -> str:
            return catalogue_text(RECORD_TYPES[key].label) if key in RECORD_TYPES else key

        _fill(self.stats, [[r["lab"], kind(r["kind"]), r["records"], r["deleted"]] for r in records])

    def _show_code(self, issued: dict[str, Any]) -> None:
        self.state.setText(self.tr("Code issued for {lab}.").format(lab=issued["lab"]))
        self.last_dialog = CodeDialog(issued, self)
        self.last_dialog.show()
        self.refresh()

    def selected_lab(self) -> dict[str, Any] | None:
        row = self.labs.currentRow()
        return self.data["labs"][row] if self.data and 0 <= row < len(self.data["labs"]) else None

    def revoke_selected(self) -> None:
        lab = self.selected_lab()
        if lab is None:
            self.state.setText(self.tr("Choose a laboratory in the list first."))
            return
        reason, ok = QInputDialog.getText(self, self.tr("Revoke {lab}").format(lab=lab["name"]),
                                          self.tr("Why (recorded, and shown to the laboratory):"))
        if ok:
            self.revoke(lab["lab_id"], reason)

    def revoke(self, lab_id: str, reason: str) -> None:
        admin = self.admin
        self._work(lambda: admin.revoke(lab_id, reason), lambda _: self.refresh(), self.tr("Revoking…"))

    def import_bundle(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("A bundle from a USB stick"), "",
                                              self.tr("Sealed bundles (*.lnb);;All files (*)"))
        if name:
            self.import_path(Path(name))

    def import_path(self, path: Path) -> None:
        admin = self.admin
        self._work(lambda: admin.import_bundle(path), self._imported, self.tr("Importing {name}…").format(
            name=path.name))

    def choose_receipt_path(self) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save the receipt for the laboratory"), "receipt.json",
                                              self.tr("Receipts (*.json)"))
        return Path(name) if name else None

    def _imported(self, report: dict[str, Any]) -> None:
        from labnet.protocol import canonical
        from labnet.protocol.keyfile import write_file_atomically

        counts = report.get("counts") or {}
        self.refresh()
        if report["status"] not in ("processed", "duplicate", "rejected"):
            self.state.setText(self.tr("Not imported: {reason}").format(reason=report.get("reason")))
            style.set_tone(self.state, "alert")
            return
        text = self.tr("Imported: {accepted} accepted, {duplicate} duplicate, {rejected} rejected.").format(
            accepted=counts.get("accepted", 0), duplicate=counts.get("duplicate", 0),
            rejected=counts.get("rejected", 0))
        path = self.choose_receipt_path() if report.get("receipt") else None
        if path is not None:
            # The hub signed these canonical bytes; written back exactly, the laboratory's check holds.
            write_file_atomically(path, canonical.dumps(report["receipt"]))
            text += " " + self.tr("Receipt saved to {path}: the laboratory imports it from the Network view.").format(
                path=isolate(path))
        self.state.setText(text)
