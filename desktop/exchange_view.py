"""The Exchange view (issue 21): reference standards and seizure samples between the network's laboratories.

Three tabs: **Requests** (every exchange this laboratory asked for, provides or was offered, its state, both
laboratories, its part in it, and a button for each step it may take now), **Offers** (the network's open
offers, its own among them) and **Shipments** (the custody entries of both sides: who, when, condition, the
courier's reference).  Everything is done by ``labnet.sync.exchange`` — what ``labnet exchange …`` does — on the
network worker (``desktop/tasks.py``), never on the window's thread; the keys are unlocked as the Network view
unlocks them (once a session).  The values a step needs are asked in a small form (``ask``).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtWidgets import (
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from labnet.desktop import style
from labnet.desktop.exchange_parts import (
    EXCHANGE_ID,
    ask_form,
    fill,
    kind_text,
    offer_text,
    role_text,
    state_text,
    step_text,
    table,
)
from labnet.desktop.flow_layout import FlowLayout
from labnet.desktop.forms.number_inputs import typed_number  # the view's separators first (issue 22)
from labnet.desktop.i18n import datetime_text, isolate, number, say_error
from labnet.desktop.tables import select_row
from labnet.desktop.tasks import Tasks


class Keys(Protocol):
    """Where the laboratory's unlocked keys are kept for the session (the Network view): ``identity`` (None until
    unlocked) and ``ask_passphrase()``."""

    identity: Any

    def ask_passphrase(self) -> str | None: ...


def _unlock(data_dir: Path, passphrase: str) -> Any:
    from labnet.protocol.keyfile import load_identity

    return load_identity(data_dir, passphrase)


class ExchangeView(QWidget):
    def __init__(self, network_tasks: Tasks, data_dir: Path, keys: Keys, *, session: Any = None,
                 description: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.tasks, self.data_dir, self.keys, self.session = network_tasks, Path(data_dir), keys, session
        self.ask: Callable[[str, list[tuple[str, str, str]]], dict[str, str] | None] = \
            lambda title, fields: ask_form(self, title, fields)
        self.exchanges: list[dict[str, Any]] = []
        self.offers: list[dict[str, Any]] = []
        self.mine: set[str] = set()   # the offers this laboratory made (their ids)
        self.pending = 0   # the view's tasks queued or running on the network worker
        self.note = ""   # what the last step did, shown after the refresh that follows it

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 12)   # as the record views: room for nine columns
        layout.setSpacing(12)
        layout.addWidget(style.heading(self.tr("Exchange")))
        if description:
            layout.addWidget(style.muted(description))
        # The buttons in flows (desktop/flow_layout.py): in a long language a row that does not fit wraps rather
        # than widening the window past a 1280-pixel screen.
        top = self._flow(layout)
        self.refresh_button = self._button("exchange-refresh", self.tr("Refresh from the hub"), self.refresh_from_hub)
        self.request_button = self._button("exchange-request", self.tr("Request a standard…"), self.request_standard)
        self.offer_button = self._button("exchange-offer", self.tr("Offer a standard…"), self.offer_standard)
        self.submit_button = self._button("exchange-submit", self.tr("Submit a sample…"), self.submit_sample)
        for button in (self.refresh_button, self.request_button, self.offer_button, self.submit_button):
            top.addWidget(button)
        self.outcome = QLabel()
        self.outcome.setObjectName("exchange-outcome")
        self.outcome.setWordWrap(True)
        layout.addWidget(self.outcome)

        self.tabs = QTabWidget()
        self.requests = table("exchange-requests", [
            self.tr("Substance"), self.tr("Kind"), self.tr("Amount"), self.tr("State"), self.tr("Your part"),
            self.tr("Requested by"), self.tr("Provided by"), self.tr("Updated"), self.tr("Exchange")])
        self.requests.itemSelectionChanged.connect(self._selected)
        requests_page = QWidget()
        box = QVBoxLayout(requests_page)
        box.addWidget(self.requests)
        steps = self._flow(box)
        self.step_buttons: dict[str, QPushButton] = {}
        for action, text in (("accept", self.tr("Accept")), ("decline", self.tr("Decline")),
                             ("dispatch", self.tr("Dispatch…")), ("receive", self.tr("Receive…")),
                             ("refuse", self.tr("Refuse delivery…")), ("lost", self.tr("Declare lost…")),
                             ("report", self.tr("Report result…")), ("cancel", self.tr("Cancel"))):
            button = self._button(f"exchange-{action}", text, lambda _=False, a=action: self.take_step(a))
            button.setEnabled(False)
            self.step_buttons[action] = button
            steps.addWidget(button)
        self.tabs.addTab(requests_page, self.tr("Requests"))
        self.offers_table = table("exchange-offers", [
            self.tr("Laboratory"), self.tr("Kind"), self.tr("Substance"), self.tr("Amount"),
            self.tr("What is shared"), self.tr("Offered")])
        self.offers_table.itemSelectionChanged.connect(self._offer_selected)
        offers_page = QWidget()
        box = QVBoxLayout(offers_page)
        box.addWidget(self.offers_table)
        row = self._flow(box)
        self.profiling_button = self._button("exchange-offer-profiling", self.tr("Offer profiling…"),
                                             self.offer_profiling)
        self.withdraw_button = self._button("exchange-withdraw", self.tr("Withdraw this offer"), self.withdraw_offer)
        self.withdraw_button.setEnabled(False)
        row.addWidget(self.profiling_button)
        row.addWidget(self.withdraw_button)
        self.tabs.addTab(offers_page, self.tr("Offers"))
        self.shipments = table("exchange-shipments", [
            self.tr("Exchange"), self.tr("Step"), self.tr("By"), self.tr("When"), self.tr("Condition"),
            self.tr("Courier reference")])
        self.tabs.addTab(self.shipments, self.tr("Shipments"))
        layout.addWidget(self.tabs, 1)

    @staticmethod
    def _flow(into: QVBoxLayout) -> FlowLayout:
        holder = QWidget()
        into.addWidget(holder)
        return FlowLayout(holder, spacing=8)

    def _button(self, name: str, text: str, slot: Callable[..., None]) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    @staticmethod
    def _amount(amount: Any, unit: Any) -> str:
        return f"{number(amount)} {unit or ''}".strip() if amount else "—"

    # -- showing ----------------------------------------------------------------------------------------------
    def load(self) -> None:
        """What the catalogue holds of the exchanges, as last refreshed (no keys needed)."""
        from labnet.sync import exchange

        self._start(self.tr("Reading the exchanges…"), lambda cat: (exchange.exchanges(cat), None), self._show)

    def refresh_from_hub(self) -> None:
        from labnet.sync import exchange

        def work(identity: Any) -> Callable[[Any], Any]:
            def fn(cat: Any) -> Any:
                session = exchange.Session.open(self.data_dir, identity)
                exchange.refresh(cat, self.data_dir, identity, session=session)
                return exchange.exchanges(cat), exchange.network_offers(self.data_dir, identity, session=session)
            return fn

        self.with_keys(lambda identity: self._start(self.tr("Asking the hub…"), work(identity), self._show))

    def _show(self, found: tuple[list[dict[str, Any]], list[dict[str, Any]] | None]) -> None:
        exchanges, offers = found
        chosen = self.selected()
        self.exchanges = exchanges
        if offers is not None:
            self.offers = offers
            me = getattr(self.keys.identity, "identity_id", None)
            self.mine = {o["offer"] for o in offers if o["lab"] == me}
        fill(self.requests, [[ex["substance"], kind_text(ex["kind"]),
                               self._amount(ex.get("amount"), ex.get("unit")), state_text(ex["state"]),
                               role_text(ex.get("role")), isolate(ex.get("requester_name") or ex["requester"]),
                               isolate(ex.get("provider_name") or ex.get("provider") or "—"),
                               datetime_text(ex["hub_updated_at"]), ex["exchange_id"]]
                              for ex in exchanges], [ex["exchange_id"] for ex in exchanges])
        fill(self.offers_table, [[isolate(o.get("lab_name") or o["lab"]), offer_text(o["kind"]), o["substance"],
                                   self._amount(o.get("amount"), o.get("unit")),
                                   ", ".join(sorted(o.get("record") or {})), datetime_text(o["offered_at"])]
                                  for o in self.offers])
        entries = [e for ex in exchanges for e in ex.get("custody", [])]
        fill(self.shipments, [[e["exchange_id"], step_text(e["action"]), e["by_person"], datetime_text(e["at"]),
                                e.get("condition") or "—", e.get("courier_reference") or "—"] for e in entries])
        self.tabs.setTabText(0, self.tr("Requests (%n)", "", len(exchanges)))
        self.tabs.setTabText(1, self.tr("Offers (%n)", "", len(self.offers)))
        self.tabs.setTabText(2, self.tr("Shipments (%n)", "", len(entries)))
        self.outcome.setText(self.note)
        style.set_tone(self.outcome, "ok" if self.note else None)
        self.note = ""
        if chosen is not None:   # the same exchange stays selected, in its new state
            self.select(chosen["exchange_id"])
        self._selected()

    def selected(self) -> dict[str, Any] | None:
        rows = self.requests.selectionModel().selectedRows()
        if not rows:
            return None
        key = self.requests.item(rows[0].row(), 0).data(EXCHANGE_ID)
        return next((ex for ex in self.exchanges if ex["exchange_id"] == key), None)

    def select(self, exchange_id: str) -> None:
        for row in range(self.requests.rowCount()):
            if self.requests.item(row, 0).data(EXCHANGE_ID) == exchange_id:
                select_row(self.requests, row)

    def selected_offer(self) -> dict[str, Any] | None:
        rows = self.offers_table.selectionModel().selectedRows()
        return self.offers[rows[0].row()] if rows and rows[0].row() < len(self.offers) else None

    def _offer_selected(self) -> None:
        offer = self.selected_offer()
        self.withdraw_button.setEnabled(offer is not None and offer["offer"] in self.mine and not self.busy)

    def _selected(self) -> None:
        ex = self.selected()
        allowed = set(ex["allowed"]) if ex else set()
        for action, button in self.step_buttons.items():
            button.setEnabled(action in allowed and not self.busy)

    # -- doing ------------------------------------------------------------------------------------------------
    def with_keys(self, then: Callable[[Any], None]) -> None:
        """``then(identity)`` once the laboratory's keys are unlocked (asked once a session, kept where the Network
        view keeps them); the unlocking too runs on the network worker."""
        if self.keys.identity is not None:
            then(self.keys.identity)
            return
        passphrase = self.keys.ask_passphrase()
        if passphrase is None:
            return

        def unlocked(identity: Any) -> None:
            self.keys.identity = identity
            then(identity)

        data_dir = self.data_dir
        self._start(self.tr("Unlocking the keys…"), lambda cat: _unlock(data_dir, passphrase), unlocked)

    @property
    def busy(self) -> bool:
        return self.pending > 0

    def _start(self, text: str, fn: Callable[[Any], Any], then: Callable[[Any], None]) -> None:
        self.pending += 1
        self.outcome.setText(text)
        style.set_tone(self.outcome, None)

        def done(value: Any) -> None:
            self.pending -= 1
            then(value)

        self.tasks.run(self._as_signed_in(fn), done, self._failed, description="exchange")

    def _as_signed_in(self, fn: Callable[[Any], Any]) -> Callable[[Any], Any]:
        from labnet.desktop.catalogue_queries import acting_as

        return acting_as(getattr(self.session, "info", None), fn)

    def _failed(self, exc: BaseException) -> None:
        self.pending -= 1
        code = getattr(exc, "code", None)
        self.outcome.setText(say_error(exc) + (f" ({code})" if code else ""))
        style.set_tone(self.outcome, "warning")
        self._selected()

    def _then_refresh(self, text: str) -> Callable[[Any], None]:
        def after(_: Any) -> None:
            self.note = text   # said again once the refresh shows the exchange's new state
            self.refresh_from_hub()
        return after

    def _online(self, text: str, done: str, action: Callable[[Any, Any], Any]) -> None:
        """``action(cat, identity)`` on the network worker once the keys are unlocked, then a refresh."""
        self.with_keys(lambda identity: self._start(text, lambda cat: action(cat, identity),
                                                    self._then_refresh(done)))

    def request_standard(self) -> None:
        from labnet.sync import exchange

        values = self.ask(self.tr("Request a reference standard"), [
            ("substance", self.tr("Substance"), ""), ("amount", self.tr("Amount"), ""),
            ("unit", self.tr("Unit"), "mg"), ("purpose", self.tr("Purpose"), ""),
            ("needed_by", self.tr("Needed by (YYYY-MM-DD)"), "")])
        if values is None:
            return
        amount = typed_number(values["amount"])   # read with the view's separators (issue 22)
        self._online(self.tr("Sending the request…"), self.tr("The request went to the laboratories offering it."),
                     lambda cat, identity: exchange.request_standard(
                         cat, self.data_dir, identity, values["substance"], amount=amount or None,
                         unit=values["unit"] if values["amount"] else None, purpose=values["purpose"] or None,
                         needed_by=values["needed_by"] or None))

    def offer_standard(self) -> None:
        from labnet.sync import exchange

        values = self.ask(self.tr("Offer a reference standard"), [
            ("code", self.tr("Inventory code"), ""), ("amount", self.tr("Amount you can spare"), ""),
            ("unit", self.tr("Unit"), "mg")])
        if values is None:
            return
        amount = typed_number(values["amount"])   # read with the view's separators (issue 22)
        self._online(self.tr("Sending the offer…"), self.tr("The standard is offered to the network."),
                     lambda cat, identity: exchange.offer_standard(
                         cat, self.data_dir, identity, values["code"], amount=amount or None,
                         unit=values["unit"] if values["amount"] else None))

    def offer_profiling(self) -> None:
        from labnet.sync import exchange

        values = self.ask(self.tr("Offer to profile seizure samples"), [("drug_type", self.tr("Drug type"), "")])
        if values is None:
            return
        self._online(self.tr("Sending the offer…"), self.tr("Profiling is offered to the network."),
                     lambda cat, identity: exchange.offer_profiling(cat, self.data_dir, identity,
                                                                    values["drug_type"]))

    def withdraw_offer(self) -> None:
        from labnet.sync import exchange

        offer = self.selected_offer()
        if offer is None or offer["offer"] not in self.mine:
            return
        self._online(self.tr("Withdrawing the offer…"), self.tr("The offer is withdrawn."),
                     lambda cat, identity: exchange.withdraw_offer(cat, self.data_dir, identity, offer["offer"]))

    def submit_sample(self) -> None:
        from labnet.sync import exchange

        values = self.ask(self.tr("Submit a seizure sample for profiling"), [
            ("sample", self.tr("Sample number"), ""), ("drug_type", self.tr("Drug type"), ""),
            ("purpose", self.tr("Purpose"), "")])
        if values is None:
            return
        self._online(self.tr("Sending the request…"), self.tr("The request went to the laboratories offering "
                                                              "profiling."),
                     lambda cat, identity: exchange.submit_sample(
                         cat, self.data_dir, identity, values["sample"], drug_type=values["drug_type"] or None,
                         purpose=values["purpose"] or None))

    def take_step(self, action: str) -> None:
        from labnet.sync import exchange

        ex = self.selected()
        if ex is None:
            return
        fields: list[tuple[str, str, str]] = []
        if action in ("dispatch", "receive", "refuse", "lost"):
            fields = [("by", self.tr("Handled by"), ""), ("condition", self.tr("Condition"), ""),
                      ("courier", self.tr("Courier reference"), "")]
        if action == "dispatch" and ex["kind"] == "reference":
            fields.insert(0, ("sample", self.tr("Inventory code of the standard sent"), ""))
        if action == "receive" and ex["kind"] == "reference":
            fields.insert(0, ("code", self.tr("Inventory code it gets here"), ""))
        if action == "report":
            fields = [("profile", self.tr("Sample number of your profiling result"), "")]
        values: dict[str, str] = {}
        if fields:
            asked = self.ask(step_text(action), fields)
            if asked is None:
                return
            values = asked
        exchange_id = ex["exchange_id"]
        self._online(self.tr("Sending…"), self.tr("Exchange {exchange}: {step}.").format(
            exchange=exchange_id, step=step_text(action)),
            lambda cat, identity: exchange.step(
                cat, self.data_dir, identity, exchange_id, action, by=values.get("by") or None,
                condition=values.get("condition") or None, courier_reference=values.get("courier") or None,
                sample=values.get("sample") or None, inventory_code=values.get("code") or None,
                profile=values.get("profile") or None))
