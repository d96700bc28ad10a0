"""The Network view: is the laboratory enrolled, what waits to be sent, what happened, what the hub said.

"Sync now" runs ``labnet.sync.client.sync_once`` on a worker of its own (a sync on a
slow link can take minutes; the catalogue's worker stays free for the other
views), with progress and Cancel; a sync stopped half-way loses nothing and
the next one resumes.  The laboratory's keys are unlocked once per session,
with the passphrase asked here (or taken from ``LABNET_PASSPHRASE``, as on
the command line).  The sync itself is ``labnet.desktop.network_sync``; the
other actions ``network_actions``, the bulletins ``network_bulletins``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from labnet.desktop import errors, style
from labnet.desktop.i18n import catalogue_text, datetime_text, fill, isolate, locale_digits, number, say, word_list
from labnet.desktop.network_actions import NetworkActions
from labnet.desktop.network_bulletins import BulletinActions
from labnet.desktop.network_sync import SyncActions
from labnet.desktop.pt_form import PtActions
from labnet.desktop.tasks import TaskHandle, Tasks
from labnet.protocol.receipt import already_held
from labnet.sync.status import ENROLLED, NOT_ENROLLED, NOT_SET_UP, NetworkStatus, network_status

CHANGE_DEBOUNCE_SECONDS = 30         # a burst of edits makes one sync


class NetworkPage(NetworkActions, BulletinActions, SyncActions, QWidget):
    status_changed = Signal(str)   # a short line for the status bar
    links_found = Signal(int)      # a bulletin announced links with other laboratories' seizures
    open_link = Signal(str, dict)  # a link notice opened: this laboratory's record id, the link (and its method)
    open_method = Signal(str, int)  # a method notice opened: the method's name and version

    def __init__(self, tasks: Tasks, network_tasks: Tasks, data_dir: Path, *, description: str = "",
                 settings: QSettings | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.tasks, self.network_tasks, self.data_dir = tasks, network_tasks, Path(data_dir)
        self.settings = settings or QSettings()
        self.retry_seconds = 0       # > 0 while the hub is unreachable: the next automatic try waits this long
        self.auto_timer = QTimer(self, singleShot=True)
        self.auto_timer.timeout.connect(self.auto_sync)
        self.change_timer = QTimer(self, singleShot=True, interval=1000 * self.settings.value(
            "network/debounce_seconds", CHANGE_DEBOUNCE_SECONDS, type=int))
        self.change_timer.timeout.connect(self.auto_sync)
        self.identity: Any = None
        self.status: NetworkStatus | None = None
        self.running: TaskHandle | None = None
        self.last_report: Any = None
        self.status_line = ""
        # Progress of the sync under way: (bundle n, of N), (records sent before it, of all), when this
        # bundle's upload started and from which offset (for the time left).
        self._bundle, self._records = (1, 1), (0, 0)
        self._upload_start: tuple[float, int] | None = None
        self._ended = True
        self.may_edit_policy: Callable[[], bool] = lambda: True   # the window says who may (administrators)
        self.has_accounts: Callable[[], bool] = lambda: True      # the window knows; False: the wizard asks for one
        self.wizard: Any = None
        self.policy_editor: Any = None

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.setSpacing(12)
        layout.addWidget(style.heading(self.tr("Network")))
        if description:
            layout.addWidget(style.muted(description))

        frame, body = style.card()
        self.state_label = QLabel()
        self.state_label.setObjectName("network-state")
        self.state_label.setWordWrap(True)
        self.hub_label = style.muted("")
        self.pending_label = QLabel()
        self.pending_label.setObjectName("network-pending")
        self.pending_label.setWordWrap(True)
        for widget in (self.state_label, self.hub_label, self.pending_label):
            body.addWidget(widget)
        buttons = QHBoxLayout()
        self.sync_button = QPushButton(self.tr("Sync now"))
        self.sync_button.setObjectName("sync-now")
        self.sync_button.clicked.connect(self.sync_now)
        self.check_button = QPushButton(self.tr("Check with the hub"))
        self.check_button.setObjectName("check-with-hub")
        self.check_button.setToolTip(self.tr("Ask the hub what it holds of this laboratory's records and send "
                                             "whatever differs from the sharing policy: records missing or out of "
                                             "date there, or to withdraw (after a backup was restored here or "
                                             "there)"))
        self.check_button.clicked.connect(self.check_with_hub)
        self.cancel_button = QPushButton(self.tr("Stop"))
        self.cancel_button.setToolTip(self.tr("Stop this sync; nothing is lost and the next one resumes"))
        self.cancel_button.clicked.connect(self.cancel)
        self.cancel_button.hide()
        self.progress = QProgressBar()
        self.progress.setObjectName("sync-progress")
        self.progress.hide()
        self.sync_button.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.setup_button = QPushButton()
        self.setup_button.setObjectName("network-setup")
        self.setup_button.clicked.connect(self.set_up_or_enrol)
        self.setup_button.hide()
        buttons.addWidget(self.setup_button)
        buttons.addWidget(self.sync_button)
        buttons.addWidget(self.check_button)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.progress, stretch=1)
        buttons.addStretch(0)
        body.addLayout(buttons)
        self.outcome_label = QLabel()
        self.outcome_label.setObjectName("sync-outcome")
        self.outcome_label.setWordWrap(True)
        body.addWidget(self.outcome_label)
        automatic = QHBoxLayout()
        self.auto_check = QCheckBox(self.tr("Sync automatically every"))
        self.auto_check.setObjectName("auto-sync")
        self.auto_check.setChecked(self.settings.value("network/auto_sync", True, type=bool))
        self.interval = QSpinBox()
        self.interval.setObjectName("auto-sync-minutes")
        self.interval.setRange(1, 24 * 60)
        self.interval.setSuffix(self.tr(" min"))
        self.interval.setValue(self.settings.value("network/interval_minutes", 15, type=int))
        self.auto_check.toggled.connect(self._auto_settings_changed)
        self.interval.valueChanged.connect(self._auto_settings_changed)
        self.debounce = QSpinBox()
        self.debounce.setObjectName("auto-sync-debounce")
        self.debounce.setRange(5, 3600)
        self.debounce.setSuffix(self.tr(" s"))
        self.debounce.setValue(self.settings.value("network/debounce_seconds", CHANGE_DEBOUNCE_SECONDS, type=int))
        self.debounce.valueChanged.connect(self._auto_settings_changed)
        automatic.addWidget(self.auto_check)
        automatic.addWidget(self.interval)
        automatic.addWidget(QLabel(self.tr("and")))
        automatic.addWidget(self.debounce)
        automatic.addWidget(style.muted(self.tr("after a change, whenever the hub answers."), wrap=False))
        automatic.addStretch(1)
        body.addLayout(automatic)
        stick = QHBoxLayout()
        self.export_button = QPushButton(self.tr("Export for a USB stick…"))
        self.export_button.setObjectName("export-stick")
        self.export_button.setToolTip(self.tr("Seal the next bundle into a folder, for a laboratory without a "
                                              "connection; the hub's administrator imports it"))
        self.export_button.clicked.connect(self.export_for_stick)
        self.import_button = QPushButton(self.tr("Import from the hub…"))
        self.import_button.setObjectName("import-stick")
        self.import_button.setToolTip(self.tr("A receipt or a bulletin file the hub's administrator wrote"))
        self.import_button.clicked.connect(self.import_from_stick)
        self.policy_button = QPushButton(self.tr("Sharing policy…"))
        self.policy_button.setObjectName("sharing-policy")
        self.policy_button.setToolTip(self.tr("What leaves the laboratory, field by field, with a preview"))
        self.policy_button.clicked.connect(self.edit_policy)
        stick.addWidget(self.export_button)
        stick.addWidget(self.import_button)
        stick.addWidget(self.policy_button)
        stick.addStretch(1)
        body.addLayout(stick)
        layout.addWidget(frame)

        columns = QHBoxLayout()
        history = QVBoxLayout()
        history.addWidget(QLabel("<b>" + self.tr("Bundles sent") + "</b>"))
        self.bundles = QTableWidget(0, 4)
        self.bundles.setObjectName("bundles")
        self.bundles.setHorizontalHeaderLabels([self.tr("Made"), self.tr("Records"), self.tr("Size"),
                                                self.tr("Receipt")])
        self.bundles.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.bundles.verticalHeader().hide()
        self.bundles.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.bundles.horizontalHeader().setStretchLastSection(True)
        history.addWidget(self.bundles)
        columns.addLayout(history, stretch=1)
        news = QVBoxLayout()
        news.addWidget(QLabel("<b>" + self.tr("From the hub") + "</b>"))
        self.bulletins = QListWidget()
        self.bulletins.setObjectName("bulletins")
        self.bulletins.setWordWrap(True)
        self.bulletins.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.bulletins.itemActivated.connect(self.open_bulletin)
        news.addWidget(self.bulletins)
        self.pt_actions = PtActions(self, news)   # proficiency tests: enter results, record the scores
        marks = QHBoxLayout()
        self.mark_read_button = QPushButton(self.tr("Mark as read"))
        self.mark_read_button.setObjectName("mark-read")
        self.mark_read_button.clicked.connect(lambda: self.mark_selected(True))
        self.mark_unread_button = QPushButton(self.tr("Mark as unread"))
        self.mark_unread_button.setObjectName("mark-unread")
        self.mark_unread_button.clicked.connect(lambda: self.mark_selected(False))
        marks.addWidget(self.mark_read_button)
        marks.addWidget(self.mark_unread_button)
        marks.addStretch(1)
        news.addLayout(marks)
        self.shown_bulletins: dict[int, Any] = {}
        self.bulletins.itemSelectionChanged.connect(self._update_read_buttons)
        from labnet.desktop.network_federation import FederationPanel

        self.federation = FederationPanel(self, news)   # issue 20: cross-network hits and follow-ups
        columns.addLayout(news, stretch=1)
        layout.addLayout(columns, stretch=1)
        self.refresh()

    # -- status ---------------------------------------------------------------------------
    def refresh(self) -> None:
        self.tasks.run(lambda cat: network_status(self.data_dir, cat), self.show_status,
                       lambda exc: errors.show_error(self, exc), description="network status")

    def show_status(self, status: NetworkStatus) -> None:
        self.status = status
        waiting = status.pending_total
        if status.state == ENROLLED:
            self.state_label.setText(self.tr("Enrolled with {hub}").format(hub=status.hub_name or status.hub_url))
            style.set_tone(self.state_label, "ok")
            last = datetime_text(status.last_sync) if status.last_sync else self.tr("never")
            self.hub_label.setText(self.tr("Hub at {url}; last successful sync: {last}.").format(
                url=isolate(status.hub_url), last=last))
            line = self.tr("Network: {hub}, {n} change(s) to send").format(hub=status.hub_name, n=number(waiting))
            if self.retry_seconds:
                line = self.tr("Network: {hub} cannot be reached; {n} change(s) wait, next try in {m} min").format(
                    hub=status.hub_name, n=number(waiting), m=locale_digits(str(max(1, self.retry_seconds // 60))))
        elif status.state == NOT_ENROLLED:
            self.state_label.setText(self.tr("Not enrolled with a hub yet"))
            style.set_tone(self.state_label, "warning")
            self.hub_label.setText(self.tr("Enrol with the code from your hub's administrator: "
                                           "labnet enrol CODE. Until then nothing leaves this computer."))
            line = self.tr("Network: not enrolled")
        else:
            self.state_label.setText(self.tr("This laboratory has no network keys yet"))
            style.set_tone(self.state_label, "warning")
            self.hub_label.setText(self.tr("Create them with: labnet init --lab NAME --country CC. "
                                           "Until then nothing leaves this computer."))
            line = self.tr("Network: not set up")
        if status.problem:
            self.hub_label.setText(say(status.problem))
        # The kind and its count, and the list's comma, are the language's (French "résultat de profilage : 3")
        per_kind = self.tr("{kind}: {n}", "a kind of record and how many of its changes wait, in a list")
        kinds = word_list(per_kind.format(kind=self._kind_label(k), n=locale_digits(str(n)))
                          for k, n in sorted(status.pending.items()))
        self.pending_label.setText(self.tr("{n} change(s) not yet confirmed by the hub ({kinds}).").format(
            n=number(waiting), kinds=kinds) if waiting else self.tr("Every change is confirmed by the hub or stays here "
                                                             "under the sharing policy."))
        self.sync_button.setEnabled(status.state == ENROLLED and self.running is None)
        self.check_button.setEnabled(self.sync_button.isEnabled())
        self.export_button.setEnabled(status.state != NOT_SET_UP and self.running is None)
        self.import_button.setEnabled(status.state != NOT_SET_UP)
        self.policy_button.setEnabled(status.state != NOT_SET_UP)
        self.setup_button.setVisible(status.state != ENROLLED)
        self.setup_button.setText(self.tr("Set up the network keys…") if status.state == NOT_SET_UP
                                  else self.tr("Enrol with a code…"))
        self._schedule()
        self._show_bundles(status.bundles)
        self._show_bulletins(status.bulletins)
        self.status_line = line
        self.status_changed.emit(line)

    def _kind_label(self, kind: str) -> str:
        from labnet.catalogue.records import record_type

        try:
            return catalogue_text(record_type(kind).label).lower()
        except Exception:  # noqa: BLE001 - a kind from a newer version: its name will do
            return kind

    def _show_bundles(self, bundles: list[dict[str, Any]]) -> None:
        self.bundles.setRowCount(len(bundles))
        for row, bundle in enumerate(bundles):
            counts, status = bundle.get("counts") or {}, bundle.get("receipt_status")
            if status == "processed":
                receipt = fill(self.tr("confirmed: {accepted} accepted, {duplicate} already there, {rejected} "
                                       "refused"), accepted=counts.get("accepted", 0),   # the view's digits
                               duplicate=already_held(counts), rejected=counts.get("rejected", 0))
            elif status == "rejected":
                receipt = self.tr("refused whole: {reason}").format(reason=bundle.get("reason") or "")
            else:
                receipt = self.tr("waiting for the receipt")
            cells = [datetime_text(str(bundle["created_at"])), number(bundle['records']),
                     self.tr("{kb} kB").format(kb=number(bundle['size'] / 1024, 1)), receipt]
            refused = "\n".join(self.tr("{kind} {id}: {reason}").format(kind=kind, id=record_id, reason=reason)
                                for kind, record_id, reason in bundle.get("rejected") or [])
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column in (1, 2):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                if refused and column == 3:
                    item.setToolTip(self.tr("Refused by the hub:") + "\n" + refused)
                self.bundles.setItem(row, column, item)

    def describe(self, bulletin: Any) -> str:
        content = bulletin.content
        if bulletin.kind == "link":
            links = content.get("links") or []
            labs = sorted({f"{link.get('other_lab', '?')} ({link.get('other_lab_country', '?')})" for link in links})
            samples = self.status.samples if self.status else {}
            mine = sorted({samples.get(link.get("record_id"), "?") for link in links})
            shown = ", ".join(mine[:6]) + (self.tr(" and {n} more").format(n=number(len(mine) - 6)) if len(mine) > 6 else "")
            return self.tr("{n} link(s): this laboratory's {samples} with seizures of {labs}").format(
                n=number(len(links)), samples=isolate(shown), labs=", ".join(isolate(lab) for lab in labs))
        if bulletin.kind == "method":
            return self.tr("The network adopted the comparison method {name} v{version} for {drug}").format(
                name=isolate(content.get("name", "?")), version=number(content.get("method_version", 0)),
                drug=isolate(catalogue_text(str(content.get("drug_type", "?")))))
        if bulletin.kind.startswith("pt-"):
            return self.describe_pt(bulletin.kind, content)
        if bulletin.kind.startswith("federation-"):   # issue 20
            from labnet.desktop.network_federation import describe_bulletin as describe_federation

            return describe_federation(bulletin.kind, content)
        if bulletin.kind == "exchange":   # issue 21
            from labnet.desktop.exchange_parts import describe_bulletin

            return describe_bulletin(content)
        return self.tr("Notice: {text}").format(text=content.get("text", ""))

    def describe_pt(self, kind: str, content: dict) -> str:
        """A proficiency-test bulletin (docs/proficiency-testing.md) in a line."""
        name = str(content.get("round", "?"))
        if kind == "pt-round":
            deadline = datetime_text(str(content.get("deadline", "")))
            return self.tr("Proficiency test {round}: {n} result(s) to send by {deadline}, as participant {code}"
                           ).format(round=name, n=number(len(content.get("items") or [])), deadline=deadline,
                                    code=content.get("code", "?"))
        if kind == "pt-result":
            said = {"satisfactory": self.tr("satisfactory"), "questionable": self.tr("questionable"),
                    "unsatisfactory": self.tr("unsatisfactory")}
            scores = [self.tr("{analyte} in {material}: {kind} = {z} ({outcome})").format(
                analyte=r.get("analyte", "?"), material=r.get("material", "?"), kind=r.get("kind", "z"),
                z=locale_digits(f"{r['z']:+.2f}"), outcome=said.get(str(r.get("outcome")), str(r.get("outcome"))))
                for r in content.get("results") or [] if isinstance(r, dict) and isinstance(r.get("z"), int | float)]
            return self.tr("Proficiency test {round}, your scores: {scores}").format(
                round=name, scores="; ".join(scores) or self.tr("none (no assigned value)"))
        return self.tr("Proficiency test {round} closed: the round's summary ({n} participant(s))").format(
            round=name, n=number(int(content.get("participants") or 0)))
