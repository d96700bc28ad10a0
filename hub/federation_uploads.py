"""Messages between hubs as resumable uploads (issue 20): a message of ``RESUMABLE_BYTES`` or more travels to the
peer as a tus upload, the one laboratories send their bundles with, so a link cut mid-transfer resumes where the
peer's durable offset stands instead of sending the message again from its first byte.

Sending (``post``): ``PeerTransport`` is the laboratory's resumable client (``labnet.protocol.transport``) aimed at
the peer's ``/v1/federation/uploads`` with a signed upload credential (``labnet.protocol.federation_upload``) as
its bearer token.  The upload's address is kept in the message's row of ``fed_sent`` (column ``upload``) as soon as
the peer creates it, so the next attempt — the delivery loop's, another process's, after a restart — asks the
peer where it stands (HEAD) and sends only the rest.  Once whole, the hub asks the peer to take it
(``POST …/uploads/{id}/message``), answered exactly as ``POST /v1/federation/messages`` is (the answer, the
signed receipt); the peer's idempotency by message id keeps it exactly once.

Receiving: the peers' uploads are kept apart from the laboratories': their rows in ``fed_uploads`` (the federation
room of the hub's own database, SQLite or PostgreSQL, so every process of the hub and every machine serving it sees
one upload's offset), their bytes in ``<hub>/federation-uploads``; nothing puts them on the ingest queue, so the
ingest worker never takes a peer's message for a laboratory's bundle.  An upload is removed once taken; one left
unfinished for ``LIFETIME`` is removed (row and bytes) by the hub's delivery loop (``expire``), and the sender's next
attempt, finding it gone, starts a new one.  Each peer may have ``OPEN_PER_PEER`` unfinished uploads.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
import time
from typing import Any

import requests

from labnet.protocol.federation_seal import FederationError
from labnet.protocol.federation_upload import check_credential, credential_sender, make_credential
from labnet.protocol.transport import HubTransport, UploadGone

from . import store_queue
from .errors import Conflict, NotFound, Unauthenticated
from .federation import TIMEOUT, peer_from, store
from .service import Hub
from .upload_types import Upload, UploadError
from .uploads import UploadStore

log = logging.getLogger(__name__)

RESUMABLE_BYTES = 256 * 1024   # a message this large or larger travels as a resumable upload
OPEN_PER_PEER = 8
UPLOADS = "/v1/federation/uploads"
FOLDER = "federation-uploads"
# An unfinished upload is removed after this long: the sender tries again at least every 15 minutes
# (federation_delivery.MAX_RETRY), so a day without its upload growing is a peer that starts afresh if it comes back.
LIFETIME = dt.timedelta(days=1)
EXPIRE_EVERY = 60.0   # seconds between two looks for expired uploads (the delivery loop's)


class PeerTransport(HubTransport):
    """The laboratory's resumable client, to a peer hub: its federation uploads, our signed credential; it gives
    up after a few chunks without progress (the delivery loop tries again later, backing off)."""

    uploads_path = UPLOADS
    max_stalls = 2

    def __init__(self, hub: Hub, peer: dict[str, Any]):
        super().__init__(peer["url"], timeout=TIMEOUT, retries=1, backoff=0.25)
        self.hub, self.peer_hub = hub, peer["hub_id"]
        self.renew = self.sign
        self.sign()

    def sign(self) -> None:
        """A new credential (one lasts minutes; the transport asks again once on a 401)."""
        self.token = make_credential(self.hub.identity, self.peer_hub, self.hub.store.clock())


def post(hub: Hub, peer: dict[str, Any], message_id: str, document: bytes, resume: str | None,
         answer_seconds: float) -> requests.Response:
    """Upload ``document`` to ``peer`` (resuming the upload ``resume`` names) and ask the peer to take it; the
    peer's answer.  Raises ``requests.RequestException`` or ``NetworkError`` when the link or the peer fails
    (what reached the peer is kept there, and the upload's address here)."""
    fed = store(hub)
    transport = PeerTransport(hub, peer)
    try:
        url, _ = transport.upload(document, resume_url=resume, name=f"{message_id}.lnf",
                                  remember=lambda reference: fed.keep_upload(message_id, reference))
    except UploadGone:
        fed.keep_upload(message_id, None)   # expired or taken at the peer: the next attempt starts afresh
        raise
    response = requests.post(f"{url}/message", headers={"Authorization": f"Bearer {transport.token}"},
                             timeout=(TIMEOUT, answer_seconds))
    if response.status_code in (404, 410):
        fed.keep_upload(message_id, None)
    return response


# -- the receiving side ----------------------------------------------------------------------------------------------
class _NotIngested(store_queue.QueueStore):
    """A peer's completed upload waits to be taken as a message (``POST …/message``): it never joins the ingest
    queue, which is the laboratories' bundles'."""

    def enqueue(self, conn: Any, upload_id: str, owner: str, at: str) -> None:
        pass

    def done(self, upload_id: str, conn: Any = None) -> None:
        pass


class PeerUploadStore(UploadStore):
    """The laboratories' upload store (the same chunks, writer leases, offsets) on the rows of ``fed_uploads`` in
    the hub's database, migrated with the federation room (``hub/store_federation.py`` step 6)."""

    TABLE = "fed_uploads"

    def __init__(self, hub: Hub):
        # Not UploadStore.__init__: it would open (or migrate) the laboratories' rooms and adopt their old file.
        self.root = hub.folder / FOLDER
        self.root.mkdir(parents=True, exist_ok=True)
        self.max_size, self.max_open, self.lifetime = hub.settings.max_upload_bytes, OPEN_PER_PEER, LIFETIME
        self._clock = lambda: hub.store.clock().replace(microsecond=0)
        store(hub)   # the federation room checked at its latest step (fed_uploads is its step 6)
        self._owned, self._db = False, hub.store.database
        self.queue = _NotIngested(self._db)
        self._process = store_queue.holder_name()


_stores: dict[str, PeerUploadStore] = {}
_lock = threading.Lock()
_expired_at: dict[str, float] = {}


def peer_uploads(hub: Hub) -> PeerUploadStore:
    """The peers' uploads to this hub (one store per process and hub folder, on the hub's open database: a hub
    closed and opened again in one process gets a store on its new connection)."""
    key = str(hub.folder.resolve())
    with _lock:
        if key not in _stores or _stores[key].database is not hub.store.database:
            _stores[key] = PeerUploadStore(hub)
            _leftover(_stores[key])
        return _stores[key]


def _leftover(uploads: PeerUploadStore) -> None:
    """The SQLite file the peers' uploads had before they moved into the hub's database: what it held was
    unfinished (a taken upload is removed), so the senders start afresh; its parts (those no row of fed_uploads
    names: another process of the hub may have begun new ones) and the file go."""
    folder = uploads.root
    old = folder / "uploads.db"
    if old.exists():
        held = uploads.ids()
        for part in folder.glob("*.part"):
            if part.stem not in held:
                part.unlink(missing_ok=True)
        for path in folder.glob("uploads.db*"):
            path.unlink(missing_ok=True)
        log.info("the peers' unfinished uploads of before (%s) were removed; their senders start afresh", old)


def expire(hub: Hub, *, every: float = EXPIRE_EVERY) -> int:
    """Remove the uploads left unfinished past their lifetime (rows and bytes), the peers' and the laboratories'
    (``upload_lifetime_hours`` of the hub's settings), at most once per ``every`` seconds in this process; how
    many."""
    key = str(hub.folder.resolve())
    now = time.monotonic()
    if now - _expired_at.get(key, -every) < every:
        return 0
    _expired_at[key] = now
    removed = peer_uploads(hub).expire()
    if removed:
        log.info("%d unfinished upload(s) of peer hubs expired and were removed", removed)
    # The laboratories' too (issue 19): a half-sent bundle's row and .part would otherwise stay for ever; the
    # lab's next sync starts a new upload of it.
    labs = hub.uploads.expire()
    if labs:
        log.info("%d unfinished upload(s) of laboratories expired and were removed", labs)
    return removed + labs


def close(hub: Hub) -> None:
    with _lock:
        held = _stores.pop(str(hub.folder.resolve()), None)
    if held is not None:
        held.close()


def uploader(hub: Hub, authorization: str | None) -> str:
    """The peer a request to the federation uploads comes from (its owner name there), by its signed credential;
    refused when the credential is missing, not signed by a pinned peer's key, or the peer is revoked."""
    scheme, _, token = (authorization or "").partition(" ")
    if scheme.lower() != "bearer" or not token:
        raise Unauthenticated("a peer hub's upload carries its signed credential (Authorization: Bearer …)",
                              code="peer-unknown")
    try:
        peer, pinned = peer_from(hub, credential_sender(token))
        check_credential(token, hub.identity, pinned, hub.store.clock())
    except FederationError as exc:
        raise Unauthenticated(exc.user_message, code="peer-unknown") from None
    return f"peer:{peer['hub_id']}"


def completed(hub: Hub, upload_id: str, owner: str) -> tuple[Upload, bytes]:
    """A peer's whole upload and its bytes, to be taken as a message."""
    uploads = peer_uploads(hub)
    try:
        upload = uploads.get(upload_id, owner)
    except UploadError as exc:
        raise NotFound(str(exc), code="upload-not-found") from None
    if not upload.complete:
        raise Conflict(f"the upload holds {upload.offset:,} of its {upload.length:,} bytes; send the rest first")
    return upload, uploads.path(upload).read_bytes()


def taken(hub: Hub, upload: Upload) -> None:
    """The message was taken (answered and receipted): its upload is removed."""
    try:
        peer_uploads(hub).terminate(upload.id, upload.owner)
    except UploadError:
        pass   # a copy of the request crossing this one removed it first
