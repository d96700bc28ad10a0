"""Ingest: a received bundle file becomes the network's records and a signed receipt, exactly once.

Every file is first kept, content-addressed (``bundles/ab/abcd….lnb``), for
audit.  Then ``labnet.protocol.opening.open_bundle`` makes every check.  A file that
cannot be tied to an authentic bundle (bad format, too large, unknown or
wrong signature) is listed in ``refused_files`` and gets no receipt: a
signed answer to a forged header would let anyone claim a bundle id.  An
authentic bundle that fails a later check (another hub's key, damaged
payload, bad records) gets a signed receipt saying it was rejected whole.

Records are keyed by (lab, kind, record id): a later decision, by (version,
seq), replaces the stored one (a new version, or the same version withdrawn or
re-sent under a new sharing policy, which the lab sends under a higher seq);
the same decision is a ``duplicate``, an older one is ignored as ``outdated``
(with a reason: the laboratory learns that the hub holds a later decision).  The records, the bundle's row with
its receipt, and the mark that its upload was ingested are written in one
transaction, so a crash before the commit leaves the upload to be ingested
again and a crash after it leaves nothing to redo.  A bundle id seen before
answers with the receipt stored the first time.
"""

from __future__ import annotations

import collections
import functools
import hashlib
import logging
import os
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from labnet.common.memory import collector_paused
from labnet.protocol.bundle import parse_bundle
from labnet.protocol.errors import BundleError, BundleReplayed, BundleSignatureError, UnknownSigner
from labnet.protocol.keys import utc_stamp
from labnet.protocol.opening import Limits, open_bundle
from labnet.protocol.problems import refusal_code
from labnet.protocol.receipt import make_receipt

from . import exchange, keylife, payload_check, store_federation
from .applying import EarlyWrite, begun, decide
from .db import POSTGRESQL
from .service import Hub
from .store import HubError
from .store_exchange import ExchangeStore
from .store_queue import Claim, holder_name
from .upload_types import Upload, UploadError

log = logging.getLogger("labnet.hub.ingest")

# Errors raised before the signature is known to be good: no receipt for these.
# Refused unread, with no signed receipt and no bundle id taken: a file that cannot be tied to an authentic
# bundle, or one whose id is not the one its content derives (it would claim or block another bundle's id).
_UNAUTHENTICATED = ("BundleFormatError", "BundleTruncated", "PartTooLarge", "PayloadTooLarge", "BundleTooLarge",
                    "UnknownSigner", "BundleSignatureError", "BundleIdError")


@dataclass
class IngestResult:
    """What became of one file: ``processed``, ``duplicate`` (seen before), ``rejected`` (signed receipt
    saying so) or ``refused`` (not an authentic bundle: no receipt)."""

    status: str
    file_sha256: str
    bundle_id: str | None = None
    lab_id: str | None = None
    receipt: bytes | None = None
    reason: str | None = None
    counts: dict[str, int] = field(default_factory=dict)
    error: str | None = None   # the check that refused or rejected it (a class name: the metrics' reason label)


class Ingestor:
    def __init__(self, hub: Hub):
        self.hub = hub
        self.store = hub.store
        self.limits = Limits(max_part_bytes=hub.settings.max_upload_bytes,
                             max_payload_bytes=hub.settings.max_payload_bytes)
        self._lock = threading.Lock()  # one ingest at a time: the store's writes are serial anyway
        # Told of every file's outcome and the seconds it took, lock wait included (hub/metrics.py).
        self.observers: list[Callable[[IngestResult, float], None]] = []
        store_federation.of(hub.store)   # issue 20: its tables exist before an apply writes a ceiling in them
        self.exchange_store = ExchangeStore(hub.store)   # an offer is withdrawn with its record (_write)

    # -- keys and memory -------------------------------------------------------------
    def _signing_key(self, lab_id: str, key_id: str) -> bytes | None:
        return self.store.signing_key_of_active_lab(key_id, lab_id)

    def _seen(self, bundle_id: str) -> bool:
        """Applied already: a bundle refused whole (a damaged copy) reserves nothing, so the sound file
        with the same id is applied when it comes."""
        return self.store.received.applied(bundle_id)

    def keep(self, data: bytes) -> str:
        """Store the file content-addressed (once); returns its SHA-256."""
        digest = hashlib.sha256(data).hexdigest()
        path = self.hub.bundles_dir / digest[:2] / f"{digest}.lnb"
        if not path.exists():
            path.parent.mkdir(exist_ok=True)
            temporary = path.with_suffix(".tmp")
            with temporary.open("wb") as out:
                out.write(data)
                out.flush()
                os.fsync(out.fileno())
            os.replace(temporary, path)
        return digest

    # -- one file ----------------------------------------------------------------------
    def ingest(self, data: bytes, *, source: str, uploader: str | None = None,
               upload_id: str | None = None) -> IngestResult:
        """Check and apply one bundle file; never raises for a bad file (the result says why)."""
        started = time.perf_counter()
        result = self._ingest(data, source=source, uploader=uploader, upload_id=upload_id)
        for observe in self.observers:
            observe(result, time.perf_counter() - started)
        return result

    def _ingest(self, data: bytes, *, source: str, uploader: str | None, upload_id: str | None) -> IngestResult:
        with self._lock, collector_paused():
            if upload_id is not None:
                done = self.store.received.ingested_upload(upload_id)
                if done is not None:
                    return self._stored(done["bundle_id"], done["file_sha256"])
            digest = self.keep(data)
            # The first part of a large payload is written as soon as it is checked, in a transaction that
            # commits only with the rest (hub/applying.py): every way out below rolls it back first.
            early = EarlyWrite(self.store, utc_stamp(self.store.clock()))
            try:
                return self._open_and_apply(data, digest, early, source=source, uploader=uploader,
                                            upload_id=upload_id)
            finally:
                early.abandon()   # after a commit, nothing; after an unexpected error, the rollback

    def _open_and_apply(self, data: bytes, digest: str, early: EarlyWrite, *, source: str, uploader: str | None,
                        upload_id: str | None) -> IngestResult:
        try:
            opened = open_bundle(data, self.hub.identity, self._signing_key, limits=self.limits, seen=self._seen,
                                 check=functools.partial(payload_check.check, meanwhile=early.write_first))
        except BundleReplayed as exc:
            early.abandon()
            self._mark(upload_id, digest, exc.bundle_id)
            return self._stored(exc.bundle_id, digest, duplicate=True)
        except BundleError as exc:
            early.abandon()
            return self._failed(data, digest, exc, source=source, uploader=uploader, upload_id=upload_id)
        # Authentic, but sealed to a hub key retired or revoked since: rejected whole, with a signed receipt.
        refused = keylife.bundle_refusal(self.store, opened.header.hub_key_id)
        if refused is not None:
            early.abandon()
            return self._failed(data, digest, refused, source=source, uploader=uploader, upload_id=upload_id)
        header = opened.header
        if uploader is not None and header.lab_id != uploader:
            early.abandon()
            return self._refuse(digest, uploader, header.bundle_id, source, upload_id, "WrongUploader",
                                "a laboratory can upload only its own bundles")
        return self._apply(opened, digest, early, source=source, upload_id=upload_id)

    def _apply(self, opened, digest: str, early: EarlyWrite, *, source: str, upload_id: str | None) -> IngestResult:
        header = opened.header
        now = early.now
        done = early.holds(opened.entries)   # entries whose records are written already (uncommitted)
        if not done:
            early.abandon()
        # Each entry's (kind, id, op, seq, version) from there: the worker's part of a large payload is not parsed
        # again here.
        heads = payload_check.heads(opened.entries, done)
        # The record is stored as the lab wrote it, cut out of the entry's line (unless the lines are not at hand).
        lines = opened.lines[done:] if len(opened.lines) == len(opened.entries) else [None] * len(heads)
        rest, writes = decide(self.store, header, heads, lines, opened.entries, opened.rejected, now, done)
        results = early.results + rest if done else rest
        # Signed while the records are written when the database server writes them (needed only by the
        # bundle's row, after them).
        receipt = begun(functools.partial(make_receipt, self.hub.identity, header, results, received_at=now),
                        threaded=bool(writes) and self.store.database.dialect == POSTGRESQL)
        counted = collections.Counter(r.result for r in results)
        counts = {k: counted[k] for k in ("accepted", "duplicate", "rejected")}
        if counted["outdated"]:   # counted when there is one, as in the receipt
            counts["outdated"] = counted["outdated"]
        profiling = any(r.kind == "profiling_result" and r.result == "accepted" for r in results)
        if done:
            self._write(early.conn, opened, digest, source, upload_id, now, writes, counts, receipt, profiling)
            early.commit()
        else:
            with self.store.transaction() as conn:
                self._write(conn, opened, digest, source, upload_id, now, writes, counts, receipt, profiling)
        log.info("bundle %s from %s: %d accepted, %d duplicate, %d rejected", header.bundle_id, header.lab_id,
                 counts["accepted"], counts["duplicate"], counts["rejected"])
        return IngestResult("processed", digest, header.bundle_id, header.lab_id, receipt.result(), None, counts)

    def _write(self, conn, opened, digest, source, upload_id, now, writes, counts, receipt, profiling) -> None:
        header = opened.header
        self.store.received.upsert_records(conn, writes)
        self._insert_bundle(conn, header, digest, opened.size, now, source, "processed", None, counts,
                            receipt.result())
        self._mark_in(conn, upload_id, digest, header.bundle_id)
        self.store.touch(header.lab_id, conn)
        # Issue 20: which record types the laboratory lets other networks search, as this bundle's manifest says.
        store_federation.record_ceilings(self.store, conn, header.lab_id, opened.manifest, header.seq_to,
                                         header.bundle_id, now)
        # Withdrawn means withdrawn: an exchange offer of a standard whose record this bundle withdrew goes too.
        exchange.withdraw_with_records(self.hub, self.exchange_store, conn, header.lab_id, header.bundle_id, now)
        if profiling:
            # Queued with the records, so the links are found even if the hub stops right after the commit.
            self.store.links.queue(conn, "bundle", header.bundle_id, now)

    def _failed(self, data: bytes, digest: str, exc: BundleError, *, source: str, uploader: str | None,
                upload_id: str | None) -> IngestResult:
        name = type(exc).__name__
        message = getattr(exc, "user_message", str(exc))
        try:
            header = parse_bundle(data).header
        except BundleError:
            header = None
        if name in _UNAUTHENTICATED or header is None or isinstance(exc, (UnknownSigner, BundleSignatureError)):
            return self._refuse(digest, uploader, header.bundle_id if header else None, source, upload_id, name, message)
        if uploader is not None and header.lab_id != uploader:
            return self._refuse(digest, uploader, header.bundle_id, source, upload_id, "WrongUploader",
                                "a laboratory can upload only its own bundles")
        # Authentic (the signature held) but unusable: a signed receipt says it was rejected whole.
        now = utc_stamp(self.store.clock())
        receipt = make_receipt(self.hub.identity, header, [], rejected_reason=message, received_at=now)
        counts = {"accepted": 0, "duplicate": 0, "rejected": header.records}
        with self.store.transaction() as conn:
            self._insert_bundle(conn, header, digest, len(data), now, source, "rejected", message, counts, receipt)
            self._mark_in(conn, upload_id, digest, header.bundle_id)
        log.warning("bundle %s from %s rejected (%s): %s", header.bundle_id, header.lab_id, name, message)
        return IngestResult("rejected", digest, header.bundle_id, header.lab_id, receipt, message, counts, name)

    def _refuse(self, digest: str, uploader: str | None, claimed: str | None, source: str, upload_id: str | None,
                error: str, reason: str) -> IngestResult:
        with self.store.transaction() as conn:
            self.store.received.add_refused(conn, file_sha256=digest, uploader=uploader, claimed=claimed,
                                            source=source, error=error, reason=reason)
            self._mark_in(conn, upload_id, digest, None)
        log.warning("refused a %s file from %s (%s): %s", source, uploader or "a stick", error, reason)
        return IngestResult("refused", digest, claimed, uploader, None, reason, error=error)

    def _insert_bundle(self, conn, header, digest, size, now, source, status, reason, counts, receipt) -> None:
        self.store.received.add_bundle(conn, header, file_sha256=digest, size=size, received_at=now, source=source,
                                       status=status, reason=reason, counts=counts, receipt=receipt)

    def _mark(self, upload_id: str | None, digest: str, bundle_id: str | None) -> None:
        if upload_id is not None:
            with self.store.transaction() as conn:
                self._mark_in(conn, upload_id, digest, bundle_id)

    def _mark_in(self, conn, upload_id: str | None, digest: str, bundle_id: str | None) -> None:
        if upload_id is not None:
            self.store.received.mark_ingested(conn, upload_id, digest, bundle_id)

    def _stored(self, bundle_id: str | None, digest: str, *, duplicate: bool = False) -> IngestResult:
        row = self.store.received.bundle(bundle_id) if bundle_id else None
        if row is None:
            return IngestResult("refused", digest, bundle_id, None, None, self.store.received.refusal_reason(digest))
        counts = {k: row[k] for k in ("accepted", "duplicate", "rejected")}
        if row["outdated"]:
            counts["outdated"] = row["outdated"]
        status = "duplicate" if duplicate else row["status"]
        return IngestResult(status, digest, bundle_id, row["lab_id"], bytes(row["receipt"]), row["reason"], counts)

    # -- receipts ------------------------------------------------------------------------
    def receipt(self, bundle_id: str, lab_id: str) -> bytes:
        """The signed receipt of ``bundle_id`` for its own laboratory (HubError 404 otherwise)."""
        receipt = self.store.received.receipt(bundle_id, lab_id)
        if receipt is not None:
            return receipt
        if any(upload.owner == lab_id for upload in self.pending_uploads()):
            raise NoReceiptYet("the hub is still processing this laboratory's uploads; ask again shortly")
        refused = self.store.received.refusal_of_claim(lab_id, bundle_id)
        if refused is not None:   # the code names the check that refused it (protocol.problems)
            raise BundleRefused(f"the hub refused this bundle: {refused['reason']}", code=refusal_code(refused["error"]))
        raise NoReceiptYet("the hub has no receipt for this bundle yet; if it was just uploaded, ask again shortly")

    def pending_uploads(self) -> list[Upload]:
        """Completed uploads not yet ingested (after a restart, or queued)."""
        completed = self.hub.uploads.completed()
        done = self.store.received.ingested_among([u.id for u in completed])
        return [u for u in completed if u.id not in done]

    def discard_ingested_uploads(self) -> int:
        """Remove uploads already ingested: their file is kept in ``bundles/`` under its digest."""
        completed = self.hub.uploads.completed()
        pending = {u.id for u in self.pending_uploads()}
        gone = 0
        for upload in completed:
            if upload.id not in pending:
                self.hub.uploads.terminate(upload.id, upload.owner)
                gone += 1
        return gone


class NoReceiptYet(HubError):
    code = "receipt-pending"


class BundleRefused(HubError):
    code = "bundle-refused"


class IngestWorker:
    """Drains the ingest queue (``hub/store_queue.py``) and runs the link jobs; any number may run at once.

    One runs on a thread of every ``labnet-hub serve`` process unless it is started with ``--no-ingest``,
    and ``labnet-hub worker`` runs one as its main loop.  A worker **claims** a completed upload with a lease
    (``lease_seconds``), renews it while it ingests, and removes it from the queue once it is ingested; a
    worker that dies mid-ingest leaves a claim that runs out, and the next worker takes the upload again
    (the ingest is idempotent: a bundle is applied once, and a re-ingest answers with the stored receipt).
    The link jobs run under one named lease, ``linking``: one worker at a time, in the jobs' order.  Told to
    stop, a worker finishes the upload in hand (a link run stops between jobs) and takes nothing more.
    """

    LINKING = "linking"

    def __init__(self, ingestor: Ingestor, linker=None, *, lease_seconds: float = 60.0,
                 poll_seconds: float = 1.0, name: str | None = None):
        self.ingestor = ingestor
        self.linker = linker   # a NetworkLinker: cross-laboratory links once the queue is empty
        self.queue = ingestor.hub.uploads.queue
        self.lease_seconds = lease_seconds
        self.poll_seconds = poll_seconds
        self.name = name or holder_name()
        self._wake = threading.Event()
        self._stopping = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self) -> None:
        """Run on a thread of this process (``labnet-hub serve``)."""
        self.sweep()
        self._thread = threading.Thread(target=self.run, name="hub-ingest", daemon=True)
        self._thread.start()

    def sweep(self) -> int:
        """Queue the completed uploads nothing has queued (a hub from before the queue left them), drop those
        ingested already (a stop between ingest and clean-up); returns how many were queued."""
        self.ingestor.discard_ingested_uploads()
        released = self.queue.release_dead()
        if released:
            log.warning("%d upload(s) claimed by a hub process that died are taken again", released)
        queued = self.queue.queued()
        now = utc_stamp(self.ingestor.store.clock())
        missing = [u for u in self.ingestor.pending_uploads() if u.id not in queued]
        for upload in missing:
            self.queue.enqueue_now(upload.id, upload.owner, now)
        return len(missing)

    def submit(self, upload: Upload) -> None:
        """An upload completed in this process: queued already (with its completion); wake the thread now."""
        self._wake.set()

    def link_soon(self) -> None:
        """Link jobs were queued (a method published, a stick imported): wake the thread now."""
        self._wake.set()

    def stop(self) -> None:
        """Finish the upload in hand, then stop (a link run stops between two jobs)."""
        self._stopping.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout=60)

    @property
    def stopping(self) -> bool:
        return self._stopping.is_set()

    def depth(self) -> int:
        """Uploads waiting for a worker, in every process, the ones being ingested included."""
        return self.queue.depth()

    def wait_idle(self, timeout: float = 300.0) -> None:
        """Until the queue is empty and no link job waits (for the tests and the benchmarks)."""
        deadline = time.monotonic() + timeout
        while self.depth() or (self.linker is not None and self.linker.pending()):
            if time.monotonic() > deadline:
                raise TimeoutError("the ingest queue did not empty")   # internal: tests and benchmarks only
            time.sleep(0.02)

    def run(self) -> None:
        """Until ``stop``: one upload (or one link run) after another, waiting ``poll_seconds`` when idle.  The
        hub's federation messages are delivered beside it, on a thread of their own (a peer slow to answer never
        holds up an ingest): ``labnet.hub.federation_delivery``."""
        from .federation_delivery import DeliveryLoop
        delivery = DeliveryLoop(self.ingestor.hub, self.queue, self.name, self._stopping,
                                poll_seconds=self.poll_seconds, lease_seconds=self.lease_seconds)
        delivery.start()
        while not self._stopping.is_set():
            self._wake.clear()
            try:
                busy = self.step()
            except Exception:  # a fault of the store (disk, lock) never ends the worker; the claim runs out
                log.exception("the ingest worker %s failed; it carries on", self.name)
                busy = False
            if not busy:
                self._wake.wait(self.poll_seconds)
        delivery.join(timeout=10)   # a message in flight is kept and sent again if it was not acknowledged

    def step(self) -> bool:
        """Ingest one queued upload, else run the link jobs; whether there was anything to do."""
        claim = self.queue.claim(self.name, time.time(), self.lease_seconds)
        if claim is not None:
            self._ingest(claim)
            return True
        return self._link()

    def _ingest(self, claim: Claim) -> None:
        uploads = self.ingestor.hub.uploads
        if claim.attempts > 1:
            log.warning("upload %s is ingested again (attempt %d): the worker that had it stopped before the end",
                        claim.upload_id, claim.attempts)
        with _Renewing(lambda: self.queue.renew(claim.upload_id, self.name, time.time() + self.lease_seconds),
                       self.lease_seconds / 3):
            try:
                upload = uploads.get(claim.upload_id, claim.owner)
            except UploadError:   # ended by its laboratory (DELETE) or gone since it was queued
                self.queue.done(claim.upload_id)
                return
            if upload.ingested_at is not None:   # another worker's, whose lease ran out as it finished
                self.queue.done(claim.upload_id)
                return
            data = Path(uploads.path(upload)).read_bytes()
            self.ingestor.ingest(data, source="upload", uploader=upload.owner, upload_id=upload.id)
            # Ingested (and marked so in the same transaction): the copy in bundles/ is the record; the
            # upload's row answers "complete" to a late HEAD until it expires.
            uploads.ingested(upload.id, upload.owner)   # leaves the queue with it

    def _link(self) -> bool:
        if self.linker is None or self.linker.pending() == 0:
            return False
        if not self.queue.take_lease(self.LINKING, self.name, time.time(), self.lease_seconds):
            return False   # another worker runs them
        try:
            with _Renewing(lambda: self.queue.take_lease(self.LINKING, self.name, time.time(), self.lease_seconds),
                           self.lease_seconds / 3):
                self.linker.run_pending(stop=self._stopping.is_set)
        finally:
            self.queue.drop_lease(self.LINKING, self.name)
        self._bring_federation_forward()
        return True

    def _bring_federation_forward(self) -> None:
        """The profiles a peer's search compares with, brought forward now that the link jobs are done (and the
        kept file written again on its thread), so that the next search finds them current instead of doing it
        (issue 20); a search arriving meanwhile waits for this, never sees half of it."""
        from .federation_search import warm
        try:
            warm(self.ingestor.hub)
        except Exception:   # noqa: BLE001 - left to the next search, which does the same work
            log.exception("bringing the network's profiles forward for the peers' searches failed")


class _Renewing:
    """Renews a lease every ``every`` seconds on a thread while the work inside runs."""

    def __init__(self, renew: Callable[[], bool], every: float):
        self._renew, self._every = renew, every
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._run, name="hub-lease", daemon=True)

    def __enter__(self) -> _Renewing:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._done.set()
        self._thread.join()

    def _run(self) -> None:
        while not self._done.wait(self._every):
            try:
                if not self._renew():
                    log.warning("a lease ran out before its work ended; another worker may do it again "
                                "(the ingest and the link jobs are idempotent)")
            except Exception:  # the store busy a moment: the next renewal, well before the lease ends, retries
                log.exception("could not renew a lease")
