"""The laboratory's side of the network: send bundles and fetch receipts.

``HubClient`` speaks the hub's HTTP API and opens sessions (``labnet.protocol.session``); ``sync_once`` exports the outbox,
uploads each part with tus (resuming from the hub's offset, with the upload
address kept in the sync state so a restarted application resumes too),
waits for each signed receipt, verifies it against the pinned hub key and
applies it to the outbox.

The wire (retries, backoff, ``Retry-After``, tus chunks and resume) is
``labnet.sync.transport``; a failure that loses nothing is a ``HubUnreachable``
(exit 3, run again later), a refusal the laboratory can act on a
``NetworkError`` (exit 2).  Enrolment is ``labnet.sync.enrolment``, the bulletins kept
``labnet.sync.inbox``, and what the laboratory knows of its hub (the catalogue's ``sync_state``)
``labnet.sync.state``.
"""

from __future__ import annotations

import datetime as dt
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import requests

from labnet.catalogue.errors import Message
from labnet.common.labfolder import LabFolder
from labnet.common.memory import collector_paused
from labnet.protocol.bulletin import Bulletin
from labnet.protocol.errors import SyncError
from labnet.protocol.held import HeldPage
from labnet.protocol.keyfile import write_file_atomically
from labnet.protocol.keys import Identity, PublicIdentity
from labnet.protocol.pinning import pin_hub
from labnet.protocol.problems import REFUSED_UNREAD
from labnet.protocol.receipt import verify_receipt
from labnet.protocol.session import sign_session_request

from .inbox import adopt_methods, fetch_bulletins, keep_bulletins  # noqa: F401  (sync.sticks)
from .state import load_state, save_state
from .transport import CHUNK_BYTES, HubTransport, HubUnreachable, NetworkError, NotEnrolled, Progress, UploadGone  # noqa: F401

SENDING_DIR = LabFolder.SENDING  # sealed bundles being uploaded, kept byte for byte until their receipt


class RefusedByHub(NetworkError):
    """The hub refused the file it received as not an authentic bundle (damaged on the way or on disk)."""


# -- HTTP ----------------------------------------------------------------------------------
class HubClient(HubTransport):
    """One hub: its identity, sessions, receipts and bulletins (the wire and uploads: ``HubTransport``)."""

    def _session(self, identity: Identity, hub_key_id: str) -> requests.Response:
        """POST a signed session request, signed afresh for every attempt: the hub refuses a replayed one,
        and a request whose answer was lost on the way may have been received."""
        for attempt in range(self.retries + 1):
            body = sign_session_request(identity.current.signing, hub_key_id=hub_key_id,
                                        lab_id=identity.identity_id, key_id=identity.public.signing_key_id)
            try:
                return self.request("POST", "/v1/session", json=body, retry=False)
            except HubUnreachable as exc:
                if attempt == self.retries:
                    raise
                self.pause(attempt, exc.retry_after)
        raise AssertionError("unreachable")

    def hub_identity(self) -> bytes:
        response = self.request("GET", "/v1/hub")
        if response.status_code != 200:
            raise NetworkError(Message("the hub did not give its identity: {reason}", reason=self.refusal(response)))
        return response.content

    def hub_keys(self) -> bytes:
        """The hub key document (``labnet.protocol.keystatus``): its identity and its retired and revoked keys; a hub
        older than key documents answers 404, and then its identity document stands in."""
        response = self.request("GET", "/v1/hub/keys")
        if response.status_code == 404:
            return self.hub_identity()
        if response.status_code != 200:
            raise NetworkError(Message("the hub did not give its keys: {reason}", reason=self.refusal(response)))
        return response.content

    def sign_in(self, identity: Identity, hub_key_id: str) -> None:
        response = self._session(identity, hub_key_id)
        if self.code(response) == "key-not-current":
            # The laboratory rotated its keys since the hub last heard of it: present the new
            # identity, endorsed by the old key, then sign in again.
            rotated = self.request("POST", "/v1/identity", data=identity.public.to_json(),
                                   headers={"Content-Type": "application/json"})
            if rotated.status_code != 200:
                raise NetworkError(Message("the hub did not accept this laboratory's new keys: {reason}",
                                           reason=self.refusal(rotated)))
            response = self._session(identity, hub_key_id)
        if response.status_code != 200:
            raise NetworkError(Message("the hub refused to sign this laboratory in: {reason}",
                                       reason=self.refusal(response)))
        self.renew = lambda: self.sign_in(identity, hub_key_id)
        try:
            self.token = str(response.json()["token"])
        except (ValueError, KeyError, TypeError):
            raise HubUnreachable(Message("the hub's answer to the sign-in arrived incomplete; LabNet will try "
                                         "again")) from None

    def receipt(self, bundle_id: str, *, wait: float = 60.0) -> bytes:
        """The signed receipt for ``bundle_id``, waiting up to ``wait`` seconds while the hub processes it."""
        deadline = time.monotonic() + wait
        delay = 0.05
        while True:
            response = self.request("GET", f"/v1/receipts/{bundle_id}", auth=True)
            if response.status_code == 200:
                return response.content
            code = self.code(response)
            # (A hub older than problem codes said these with the status alone: 422 refused, 404 not yet.)
            if code in REFUSED_UNREAD or (code is None and response.status_code == 422):
                raise RefusedByHub(Message("the hub refused bundle {bundle}: {reason}; it will be sealed and sent "
                                           "again at the next sync", bundle=bundle_id,
                                           reason=self.refusal(response)))
            if code != "receipt-pending" and not (code is None and response.status_code == 404):
                raise NetworkError(Message("no receipt for bundle {bundle}: {reason}", bundle=bundle_id,
                                           reason=self.refusal(response)))
            if time.monotonic() > deadline:   # still being processed: nothing is lost, asked again next time
                raise HubUnreachable(Message("no receipt for bundle {bundle}: {reason}", bundle=bundle_id,
                                             reason=self.refusal(response)))
            self._sleep(delay)
            delay = min(delay * 2, 2.0)


    def held_records(self) -> list[dict[str, Any]]:
        """What the hub holds of this laboratory's records, every page (for ``Outbox.reconcile``)."""
        held: list[dict[str, Any]] = []
        params: dict[str, Any] = {}
        while True:
            response = self.request("GET", "/v1/records/held", auth=True, params=params)
            if response.status_code != 200:
                raise NetworkError(Message("the hub did not say what it holds of this laboratory's records: "
                                           "{reason}", reason=self.refusal(response)))
            try:
                page = HeldPage.from_json(response.json())
            except (ValueError, SyncError):   # not JSON, or not the page's form
                raise HubUnreachable(Message("the hub's list of the records it holds arrived incomplete; "
                                             "LabNet will try again")) from None
            held += [r.to_json() for r in page.records]
            if not page.next:
                return held
            params = {"after_kind": page.next[0], "after_id": page.next[1]}

    def bulletins(self, since: int, limit: int = 500) -> list[bytes]:
        response = self.request("GET", "/v1/bulletins", auth=True, params={"since": since, "limit": limit})
        if response.status_code != 200:
            raise NetworkError(Message("the hub did not send its bulletins: {reason}",
                                       reason=self.refusal(response)))
        return [line for line in response.content.split(b"\n") if line]


# -- one sync ------------------------------------------------------------------------------
@dataclass
class SyncReport:
    bundles: list[dict[str, Any]] = field(default_factory=list)
    bytes_sent: int = 0
    bytes_sealed: int = 0
    bulletins: list[Bulletin] = field(default_factory=list)
    methods: list[str] = field(default_factory=list)     # harmonised methods adopted from bulletins
    held: int | None = None    # with reconcile: how many of this laboratory's records the hub said it held

    @property
    def records(self) -> dict[str, int]:
        total = {"accepted": 0, "duplicate": 0, "rejected": 0}
        for bundle in self.bundles:
            for key in total:
                total[key] += bundle["counts"].get(key, 0)
        outdated = sum(bundle["counts"].get("outdated", 0) for bundle in self.bundles)
        return {**total, "outdated": outdated} if outdated else total   # as receipts count it


def sync_once(data_dir: Path, cat, identity: Identity, policy, *, client: HubClient | None = None,
              progress: Progress | None = None, chunk_bytes: int = CHUNK_BYTES,
              reconcile: bool = False) -> SyncReport:
    """Send everything pending and apply the receipts; safe to interrupt and run again.

    With ``reconcile``, first ask the hub what it holds of this laboratory's records and take its word
    over the receipts kept here, so that the bundles carry exactly what differs from what the policy
    shares (after a restored backup at either end, or to check).

    The cyclic garbage collector is paused meanwhile: a receipt for 100,000 records makes enough objects
    (all freed by reference counting) to start full collections, each holding Python's lock over every
    object of the process — the desktop window froze 230 ms at 20,000 records (issue 23)."""
    with collector_paused():
        return _sync_once(data_dir, cat, identity, policy, client=client, progress=progress,
                          chunk_bytes=chunk_bytes, reconcile=reconcile)


def signed_in(data_dir: Path, identity: Identity, client: HubClient | None = None):
    """The laboratory's sync state, a client signed in to its hub, and the hub's pinned identity."""
    state = load_state(data_dir)
    if not state.get("hub_url"):
        raise NotEnrolled(Message("this laboratory is not enrolled with a hub yet; enrol with the code from the "
                                  "hub's administrator (labnet enrol CODE)"))
    client = client or HubClient(state["hub_url"])
    # The hub may have rotated its keys (accepted only if a pinned key endorsed them), retired or revoked
    # older ones: bundles are sealed to its current key, and a revoked key's signatures are trusted no more.
    hub, _ = pin_hub(data_dir, client.hub_keys())
    client.sign_in(identity, hub.signing_key_id)
    return state, client, hub


def _sync_once(data_dir: Path, cat, identity: Identity, policy, *, client: HubClient | None,
               progress: Progress | None, chunk_bytes: int, reconcile: bool) -> SyncReport:
    from .outbox import Outbox

    state, client, hub = signed_in(data_dir, identity, client)
    outbox = Outbox(cat)
    report = SyncReport()
    if reconcile or outbox.reconcile_due():   # due: a withdrawal the hub answered "outdated" (sync.outbox)
        report.held = outbox.reconcile(client.held_records())
    uploads: dict[str, str] = state.setdefault("uploads", {})
    sending = LabFolder(data_dir).sending

    def keep(header, data: bytes) -> Path:
        # Each part goes to its file as it is sealed, not held in memory with the others (issue 23). Sealing is
        # randomised: an unconfirmed bundle re-made has the same id and payload but other bytes, so the bytes
        # whose upload began are kept and sent again until the receipt comes.
        kept = sending / f"{header.bundle_id}.lnb"
        if not kept.exists():
            sending.mkdir(exist_ok=True)
            write_file_atomically(kept, data)
        return kept
    parts = outbox.export(identity, hub, policy, write=keep).files
    total_records = sum(header.records for header, _ in parts)
    records_before = 0
    for index, (header, kept) in enumerate(parts, start=1):
        if progress:
            progress("bundle", index - 1, len(parts))
            progress("records", records_before, total_records)
        records_before += header.records
        data = kept.read_bytes()

        def remember(url: str, bundle_id: str = header.bundle_id) -> None:
            uploads[bundle_id] = url
            save_state(data_dir, state)

        try:
            _, sent = client.upload(data, resume_url=uploads.get(header.bundle_id), remember=remember,
                                    progress=progress, chunk_bytes=chunk_bytes)
        except UploadGone:
            # Sent afresh: if the hub had already received it whole, it answers with the same receipt.
            uploads.pop(header.bundle_id, None)
            _, sent = client.upload(data, resume_url=None, remember=remember, progress=progress,
                                    chunk_bytes=chunk_bytes)
        report.bytes_sent += sent
        report.bytes_sealed += len(data)
        try:
            answer = client.receipt(header.bundle_id)
        except RefusedByHub:
            # What arrived was not the bundle that was sealed: forget these bytes and that upload.
            uploads.pop(header.bundle_id, None)
            save_state(data_dir, state)
            kept.unlink(missing_ok=True)
            raise
        receipt = verify_receipt(answer, hub, identity.identity_id)
        outcome = outbox.apply_receipt(receipt, policy)
        uploads.pop(header.bundle_id, None)
        save_state(data_dir, state)
        kept.unlink(missing_ok=True)
        report.bundles.append({"bundle_id": header.bundle_id, "status": outcome.status, "reason": outcome.reason,
                               "counts": dict(outcome.counts), "rejected": outcome.rejected})
    if progress:
        progress("bundle", len(parts), len(parts))
    # Bundles superseded by newer changes before they were confirmed: their records went in these parts.
    # One may still have reached the hub (a sync stopped after its upload): its receipt is asked for at
    # this and later syncs, so that the outbox records what the hub applied.
    current = {header.bundle_id for header, _ in parts}
    unconfirmed: dict[str, str] = state.setdefault("unconfirmed", {})
    now = dt.datetime.now(dt.UTC)
    for stale in sending.glob("*.lnb") if sending.exists() else ():
        if stale.stem not in current:
            unconfirmed.setdefault(stale.stem, now.isoformat(timespec="seconds"))
            stale.unlink(missing_ok=True)
    for bundle_id in [b for b in uploads if b not in current]:
        unconfirmed.setdefault(bundle_id, now.isoformat(timespec="seconds"))
        uploads.pop(bundle_id)
    save_state(data_dir, state)
    _collect_receipts(client, outbox, hub, identity.identity_id, policy, unconfirmed, now)
    report.bulletins = fetch_bulletins(data_dir, client, hub, identity.identity_id, state)
    report.methods = adopt_methods(cat, report.bulletins)
    state["last_sync"] = dt.datetime.now(dt.UTC).isoformat(timespec="seconds")
    save_state(data_dir, state)
    return report


UNCONFIRMED_DAYS = 8   # longer than a hub keeps an unfinished upload (7 days by default)


def _collect_receipts(client: HubClient, outbox, hub: PublicIdentity, lab_id: str, policy,
                      unconfirmed: dict[str, str], now: dt.datetime) -> None:
    """Ask for the receipts of superseded bundles the hub may have applied; forget those too old to come."""
    for bundle_id, since in list(unconfirmed.items()):
        try:
            answer = client.receipt(bundle_id, wait=0)
        except RefusedByHub:
            unconfirmed.pop(bundle_id)           # refused unread: nothing was applied
            continue
        except NetworkError:
            if now - dt.datetime.fromisoformat(since) > dt.timedelta(days=UNCONFIRMED_DAYS):
                unconfirmed.pop(bundle_id)
            continue
        try:
            outbox.apply_receipt(verify_receipt(answer, hub, lab_id), policy)
        except SyncError:
            pass   # not a receipt for this outbox (it says why in the log of a later import, if any)
        unconfirmed.pop(bundle_id)


