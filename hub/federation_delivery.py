"""Store-and-forward between hubs (issue 20): sending the messages waiting in ``fed_sent``, each acknowledged by the
peer's signed receipt, and the hub's own delivery loop.

A message (a search, a follow-up request, a follow-up's decision) is kept in ``fed_sent`` until the peer has
taken it.  Each attempt is counted with its time and error; a failed attempt puts the next one off, doubling from
``FIRST_RETRY`` seconds up to ``MAX_RETRY``.  The peer answers every message with a **receipt**: its signature,
by its pinned key, over the message's id and the SHA-256 of its bytes (``labnet.protocol.federation_seal``).  A
message is delivered only when that receipt is checked and kept; a missing or forged one keeps the message
waiting with the reason, and the peer takes the copy sent again as the same message (by its id: exactly once).

``DeliveryLoop`` runs beside the ingest worker (``labnet-hub serve`` and ``labnet-hub worker``): one process of
the hub at a time delivers, under the named lease ``federation-delivery`` (``hub/store_queue.py``), so
``--workers N`` does not send N copies.  ``labnet-hub peer deliver`` still sends everything waiting at once.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import json
import logging
import secrets
import threading
import time
from typing import Any

import requests

from labnet.protocol.federation import read_methods
from labnet.protocol.federation_seal import FederationError, check_receipt, open_announcement, read_header, seal
from labnet.protocol.keys import PublicIdentity, utc_stamp
from labnet.protocol.transport import HubUnreachable, NetworkError

from . import federation_uploads, keylife
from .errors import HubError
from .federation import TIMEOUT, audit, methods_held, own_state, peer_from, problem_text, store
from .federation_peer_keys import known_revoked, learn
from .service import Hub
from .store_federation import Raced

log = logging.getLogger(__name__)

RECEIPT_HEADER = "LabNet-Federation-Receipt"   # base64 of the receipt's canonical JSON
FIRST_RETRY = 2.0      # seconds after the first failed attempt; doubled after each
MAX_RETRY = 900.0      # at most this long between two attempts
LEASE = "federation-delivery"


def retry_after(attempts: int) -> float:
    """Seconds to wait after ``attempts`` failed attempts (1, 2, …): doubling, bounded."""
    return min(FIRST_RETRY * 2 ** max(attempts - 1, 0), MAX_RETRY)


def send(hub: Hub, row: dict[str, Any]) -> bool:
    """One attempt at one waiting message (a row of ``fed_sent``): True when the peer's receipt was checked and
    the message's answer applied; otherwise the attempt and its reason are kept, and the next put off."""
    from .federation_search import ANSWER, MEDIA_TYPE, receive_reply  # that module sends through this one

    fed = store(hub)

    def failed(reason: str) -> bool:   # the next attempt counted from the failure (a time-out is long)
        now = hub.store.clock()
        later = now + dt.timedelta(seconds=retry_after(int(row["attempts"]) + 1))
        fed.attempted(row["message_id"], utc_stamp(now), reason, utc_stamp(later))
        return False

    peer = fed.peer(row["peer"])
    if peer is None or peer["revoked_at"]:
        return failed("the peer is revoked")
    held = fed.sent(row["message_id"]) or {}
    document = bytes(held["document"])
    try:
        # A search of a big network takes the peer a while to answer: connect in TIMEOUT, answer in ANSWER.
        if len(document) >= federation_uploads.RESUMABLE_BYTES:   # resumable: a cut link resumes, not restarts
            response = federation_uploads.post(hub, peer, row["message_id"], document, held.get("upload"), ANSWER)
        else:
            response = requests.post(f"{peer['url'].rstrip('/')}/v1/federation/messages", data=document,
                                     headers={"Content-Type": MEDIA_TYPE}, timeout=(TIMEOUT, ANSWER))
    except requests.RequestException as exc:
        return failed(f"unreachable: {type(exc).__name__}")
    except NetworkError as exc:   # the resumable upload: the link failed, or the peer refused a request
        return failed(f"{'unreachable' if isinstance(exc, HubUnreachable) else 'refused'}: {exc.user_message}")
    if response.status_code != 200:
        return failed(problem_text(response))
    try:
        receipt = base64.b64decode(response.headers.get(RECEIPT_HEADER, ""), validate=True)
        check_peer_receipt(hub, row["peer"], receipt, document)
    except (binascii.Error, ValueError, FederationError, HubError) as exc:
        reason = getattr(exc, "user_message", "the receipt is not base64")
        return failed(f"federation-receipt-invalid: {reason}")
    fed.keep_receipt(row["message_id"], receipt)
    if row["kind"] in ("follow-up-answer", "announce"):   # taken: the peer's receipt is all it answers
        from .federation_followup import mark_delivered
        mark_delivered(hub, row["message_id"])
    else:
        try:
            receive_reply(hub, response.content, f"peer:{row['peer']}")
        except HubError as exc:   # an answer we cannot trust or use: kept waiting, the reason said
            return failed(f"{exc.code}: {exc.user_message}")
    fed.attempted(row["message_id"], utc_stamp(hub.store.clock()), None)
    return True


def check_peer_receipt(hub: Hub, peer_name: str, receipt: bytes, document: bytes) -> dict[str, Any]:
    """The peer's receipt for our ``document``, checked against its endorsed chain as pinned now (read again: a
    peering revoked while the message travelled is refused, ``peer-revoked``): its current key, or an older one
    for a receipt signed before this hub learnt the key was replaced, never a key the peer revoked."""
    _, identity = peer_from(hub, (store(hub).peer(peer_name) or {}).get("hub_id", ""))
    return check_receipt(receipt, document, hub.identity, identity)


def check_kept_receipt(hub: Hub, message_id: str) -> dict[str, Any]:
    """The receipt kept for a delivered message, checked again now (an audit of ``fed_sent``): valid as long as
    the key that signed it was the peer's when it signed, and neither that key nor the peering was revoked since.
    ``FederationError`` or ``HubError`` (``peer-revoked``) otherwise; ``not-found`` for a message without one."""
    row = store(hub).sent(message_id)
    if row is None or not row.get("receipt"):
        raise HubError(f"no receipt is kept for message {message_id}", code="not-found")
    return check_peer_receipt(hub, row["peer"], bytes(row["receipt"]), bytes(row["document"]))


def deliver_due(hub: Hub) -> int:
    """Send the messages whose next attempt has come; how many were delivered."""
    return sum(send(hub, row) for row in store(hub).due(utc_stamp(hub.store.clock())))


class DeliveryLoop:
    """The hub's delivery of its waiting federation messages, on a thread beside the ingest worker; under the
    lease ``federation-delivery`` so that one process of the hub delivers at a time."""

    def __init__(self, hub: Hub, queue, holder: str, stopping: threading.Event, *, poll_seconds: float = 1.0,
                 lease_seconds: float = 60.0):
        self.hub, self.queue, self.holder, self.stopping = hub, queue, holder, stopping
        self.poll_seconds, self.lease_seconds = poll_seconds, lease_seconds
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        self._thread = threading.Thread(target=self.run, name="hub-federation-delivery", daemon=True)
        self._thread.start()

    def join(self, timeout: float = 60.0) -> None:
        if self._thread is not None:
            self._thread.join(timeout)

    def run(self) -> None:
        while not self.stopping.is_set():
            try:
                self.step()
            except Exception:   # a fault of the store or of a peer never ends the loop; the messages wait
                log.exception("federation delivery failed; it carries on")
            self.stopping.wait(self.poll_seconds)

    def step(self) -> int:
        """Announce a change of our keys or methods and deliver what is due, if this process holds the lease;
        how many messages were delivered."""
        federation_uploads.expire(self.hub)   # the uploads left unfinished, peers' and labs' (any process: idempotent)
        fed, state = store(self.hub), own_state(self.hub)
        if not fed.due(utc_stamp(self.hub.store.clock())) \
                and all(p["revoked_at"] or p["announced"] == state for p in fed.peers()):
            return 0
        if not self.queue.take_lease(LEASE, self.holder, time.time(), self.lease_seconds):
            return 0   # another process of the hub delivers
        from .ingest import _Renewing  # the ingest worker's lease renewal (ingest starts this loop)
        with _Renewing(lambda: self.queue.take_lease(LEASE, self.holder, time.time(), self.lease_seconds),
                       self.lease_seconds / 3):
            announce_changes(self.hub)
            return deliver_due(self.hub)


# -- announcements: our new keys and methods, told to every peer ----------------------------------------------------
def announce_changes(hub: Hub, actor: str = "hub") -> int:
    """Queue an announcement (sent at once) to every active peer that was last told other keys or methods than
    this hub's now (``labnet-hub rotate-keys``, a method published): our identity and our hub key document (the
    chain of endorsements from every older key we hold, and what became of those keys), so a peer pinned at any
    of them follows, and our methods, so the methods in common follow without peering again.  How many were
    queued."""
    fed = store(hub)
    state = own_state(hub)
    queued = 0
    for peer in fed.peers():
        if peer["revoked_at"] or peer["announced"] == state:
            continue
        identity = PublicIdentity.from_json(peer["identity"])
        message_id, now = secrets.token_hex(16), utc_stamp(hub.store.clock())
        methods = [m.to_json() for m in methods_held(hub)]
        # The hub key document: the chain of our rotations, so a peer pinned at an older key follows them all.
        keys = json.loads(keylife.document(hub.identity, hub.store))
        document = seal(hub.identity, identity.keys, identity.identity_id, kind="announce", message_id=message_id,
                        created_at=now, content={"identity": json.loads(hub.identity.public.to_json()),
                                                 "methods": methods, "keys": keys})
        with hub.store.transaction() as conn:
            fed.queue(conn, message_id, peer["name"], "announce", now, document, next_attempt=now)
            fed.set_announced(conn, peer["name"], state)
            audit(hub, conn, actor, "federation.announce", peer["name"], message=message_id, key_id=hub.key_id,
                  methods=len(methods))
        queued += 1
    return queued


def receive_announcement(hub: Hub, data: bytes, actor: str) -> bytes:
    """A peer's announcement: its keys (taken only if the key pinned here endorsed them) and its methods pinned
    from now on, once (a copy again changes nothing); answered with our receipt alone (empty here)."""
    try:
        header = read_header(data)
    except FederationError as exc:
        raise HubError(exc.user_message, code="federation-message-invalid") from None
    peer, pinned = peer_from(hub, header["from_hub"])
    try:   # walked against the revocations earlier announcements carried too, kept here
        opened, identity = open_announcement(data, hub.identity, pinned, known_revoked(hub, peer["hub_id"]))
        methods = [m.to_json() for m in read_methods(opened.content.get("methods"))]
    except FederationError as exc:
        raise HubError(exc.user_message, code="federation-message-invalid") from None
    fed = store(hub)
    if fed.answered(header["message_id"]) is not None:
        return b""
    now = utc_stamp(hub.store.clock())
    try:
        with hub.store.transaction() as conn:
            fed.keep_answer(conn, header["message_id"], peer["name"], "announce", now, b"")
            fed.repin(conn, peer["name"], identity.to_json().decode(), identity.signing_key_id, methods, now)
            learn(hub, conn, peer["hub_id"], identity, opened.content, now)   # its older keys and revocations
            audit(hub, conn, actor, "federation.peer-announced", peer["name"], key_id=identity.signing_key_id,
                  rotated=identity.signing_key_id != pinned.signing_key_id, methods=len(methods))
    except Raced:
        pass
    return b""
