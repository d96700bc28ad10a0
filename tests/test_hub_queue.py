"""The state the hub's processes share (hub/store_queue.py, hub/uploads.py): claims and leases, rate limits."""

from __future__ import annotations

import socket
import subprocess
import sys
import threading

import pytest

from labnet.hub import db, store_queue
from labnet.hub.limits import RateLimiter, TooManyRequests, retry_seconds
from labnet.hub.store_queue import QueueStore, holder_is_dead, holder_name
from labnet.hub.upload_types import UploadError
from labnet.hub.uploads import UploadStore


@pytest.fixture(params=["sqlite", "postgresql"])
def uploads(request, tmp_path):
    """The uploads' state and the queue room: in uploads/uploads.db, or (the hub's store on PostgreSQL) in a
    database of the tests' cluster, where no uploads.db is made."""
    database = None
    if request.param == "postgresql":
        database = db.open_database(request.getfixturevalue("postgres_cluster").new_database())
    store = UploadStore(tmp_path / "uploads", database=database, have_backup=True)
    assert (tmp_path / "uploads" / "uploads.db").exists() == (database is None)
    assert store.database.dialect == request.param
    yield store
    store.close()
    if database is not None:
        assert {"uploads": 4, "queue": 1}.items() <= database.room_versions().items()
        database.close()


def dead_holder() -> str:
    """The name a process of this machine had, once it has ended."""
    ended = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True,
                           check=True)
    return f"{socket.gethostname()}:{int(ended.stdout)}:0"


def completed(store: UploadStore, owner: str, data: bytes) -> str:
    upload = store.create(owner, len(data))
    store.append(upload.id, owner, 0, [data])
    return upload.id


def test_a_completed_upload_is_queued_once_and_claimed_by_one_worker_at_a_time(uploads):
    first, second = completed(uploads, "lab-a", b"one"), completed(uploads, "lab-b", b"two")
    queue = uploads.queue
    assert queue.depth() == 2
    a = queue.claim("w1", now=1000.0, lease_seconds=60)
    b = queue.claim("w2", now=1000.0, lease_seconds=60)
    assert {a.upload_id, b.upload_id} == {first, second} and queue.claim("w3", 1000.0, 60) is None
    # The lease runs out without a renewal: another worker takes the upload, the first one has lost it.
    assert queue.renew(a.upload_id, "w1", until=1100.0)
    again = queue.claim("w3", now=1101.0, lease_seconds=60)
    assert again.upload_id == a.upload_id and again.attempts == 2 and not queue.renew(a.upload_id, "w1", 1200.0)
    queue.release(b.upload_id, "w2")       # given back unfinished: taken at once
    assert queue.claim("w4", 1000.0, 60).upload_id == b.upload_id
    uploads.terminate(a.upload_id, a.owner)   # ingested: the upload and its queue row go together
    assert [row["upload_id"] for row in queue.claims()] == [b.upload_id]


def test_a_dead_processs_claims_and_chunks_are_taken_back_without_waiting_for_their_lease(uploads):
    assert holder_is_dead(dead_holder()) and not holder_is_dead(holder_name())
    assert not holder_is_dead("another-machine:1:0") and not holder_is_dead(None)
    upload_id = completed(uploads, "lab-a", b"bundle")
    assert uploads.queue.claim(dead_holder(), now=0.0, lease_seconds=10**12) is not None
    assert uploads.queue.claim("w", now=1.0, lease_seconds=60) is None      # its lease has not run out
    assert uploads.queue.release_dead() == 1
    assert uploads.queue.claim("w", now=1.0, lease_seconds=60).upload_id == upload_id
    # A chunk's writer that died (the hub killed mid-chunk): the laboratory resumes at once, not after 120 s.
    partial = uploads.create("lab-a", 10)
    writer = uploads.open_chunk(partial.id, "lab-a", 0)
    with pytest.raises(UploadError, match="already writing"):
        uploads.open_chunk(partial.id, "lab-a", 0)
    writer.abort(keep_received=False)
    assert uploads._hold(partial.id, dead_holder())   # as a process that then died would have left it
    uploads.open_chunk(partial.id, "lab-a", 0).abort(keep_received=False)


def test_the_rate_limit_is_a_sliding_minute_that_does_not_count_refusals(uploads):
    now = [600.0]                      # the start of minute 10
    limiter = RateLimiter(uploads.queue, "lab", 4, clock=lambda: now[0])
    for _ in range(4):
        limiter.check("lab-a")
    with pytest.raises(TooManyRequests) as refused:
        limiter.check("lab-a")
    assert refused.value.retry_after == 60 + 15   # in the next minute, once these four count for 3/4 of theirs
    limiter.check("lab-b")                        # another laboratory has its own count
    # 15 s into the next minute the four count for three quarters (3): one more fits, not two.
    now[0] = 660.0 + 15
    limiter.check("lab-a")
    with pytest.raises(TooManyRequests):
        limiter.check("lab-a")
    # An address is not a laboratory: the same key in another scope is counted apart.
    RateLimiter(uploads.queue, "address", 4, clock=lambda: now[0]).check("lab-a")


def test_retry_after_is_when_one_more_request_fits():
    assert retry_seconds(previous=10, current=0, into=0.0, limit=10) == 6     # 10 × (1 − 0.1) + 1 ≤ 10
    assert retry_seconds(previous=0, current=10, into=0.5, limit=10) == 36    # next minute, at 10 %
    assert retry_seconds(previous=4, current=4, into=0.0, limit=4) == 60 + 15


@pytest.fixture(params=["sqlite", "postgresql"])
def queue(request, tmp_path):
    """The queue's room alone, on an SQLite file or on a database of the tests' PostgreSQL cluster: its SQL is
    the same on both (hub/db.py's portable subset), the claim's SKIP LOCKED aside."""
    if request.param == "sqlite":
        database = db.open_database(tmp_path / "queue.db")
    else:
        database = db.open_database(request.getfixturevalue("postgres_cluster").new_database())
    database.migrate([store_queue.ROOM], history=None, backup_to=lambda step: tmp_path / f"before-{step}",
                     have_backup=True)
    yield QueueStore(database)
    database.close()


def test_concurrent_claims_take_each_upload_once_on_both_stores(queue):
    for n in range(6):
        queue.enqueue_now(f"u{n}", "lab-a", f"2026-01-01T00:00:0{n}")
    queue.enqueue_now("u0", "lab-a", "2026-01-02T00:00:00")      # queued again: nothing more
    claims: list = []
    start = threading.Barrier(8)

    def claimer(k: int) -> None:
        start.wait()
        claims.append(queue.claim(f"w{k}", now=100.0, lease_seconds=60))

    threads = [threading.Thread(target=claimer, args=(k,)) for k in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    taken = [c.upload_id for c in claims if c is not None]
    assert sorted(taken) == [f"u{n}" for n in range(6)] and claims.count(None) == 2
    holder = next(c for c in claims if c is not None)
    assert queue.claim("late", now=161.0, lease_seconds=60).attempts == 2     # a lease that ran out
    assert queue.take_lease("linking", "w1", now=0.0, lease_seconds=10)
    assert not queue.take_lease("linking", "w2", now=5.0, lease_seconds=10)
    assert queue.take_lease("linking", "w2", now=11.0, lease_seconds=10) and queue.lease_holder("linking", 12) == "w2"
    queue.done(holder.upload_id)
    assert queue.depth() == 5


def test_a_claim_passes_over_a_row_another_transaction_holds_on_postgresql(postgres_cluster, tmp_path):
    """FOR UPDATE SKIP LOCKED is what the claim runs: with the oldest row locked by another worker's open
    transaction, a claim takes the next one at once (without it, the UPDATE waits for that transaction)."""
    database = db.open_database(postgres_cluster.new_database())
    try:
        database.migrate([store_queue.ROOM], history=None, backup_to=lambda step: tmp_path / step, have_backup=True)
        queue = QueueStore(database)
        queue.enqueue_now("u0", "lab-a", "2026-01-01T00:00:00")
        queue.enqueue_now("u1", "lab-a", "2026-01-01T00:00:01")
        locked, release = threading.Event(), threading.Event()

        def other_worker() -> None:
            with database.transaction(exclusive=False) as conn:
                conn.execute("SELECT upload_id FROM ingest_queue WHERE upload_id = 'u0' FOR UPDATE").fetchall()
                locked.set()
                release.wait(120)

        holder = threading.Thread(target=other_worker)
        holder.start()
        assert locked.wait(60)
        got: list = []
        claimer = threading.Thread(target=lambda: got.append(queue.claim("w", now=100.0, lease_seconds=60)))
        claimer.start()
        claimer.join(60)   # a deadline against a hang: without SKIP LOCKED it waits until release
        still_waiting = claimer.is_alive()
        release.set()
        holder.join()
        claimer.join()
        assert not still_waiting and got[0].upload_id == "u1"
        assert queue.claim("w2", now=100.0, lease_seconds=60).upload_id == "u0"   # free once the other ends
    finally:
        database.close()


def test_the_sliding_minute_counts_the_same_on_both_stores(queue):
    assert [queue.hit("lab", "a", 10, 1.0, 3) for _ in range(4)] == [1, 2, 3, None]
    assert [queue.hit("lab", "a", 11, 0.5, 3) for _ in range(3)] == [1, None, None]   # 3 × 0.5 + 1 + 1 > 3
    assert queue.hits("lab", "a", 11) == (3, 1) and queue.hit("address", "a", 11, 0.5, 3) == 1
    queue.forget_hits(11)
    assert queue.hits("lab", "a", 11) == (0, 1)


def test_a_claim_is_renewed_while_its_work_runs(uploads):
    import time

    from labnet.hub.ingest import _Renewing

    upload_id = completed(uploads, "lab-a", b"bundle")
    claim = uploads.queue.claim("w", now=time.time(), lease_seconds=1.5)
    first = uploads.queue.claims()[0]["lease_until"]
    with _Renewing(lambda: uploads.queue.renew(claim.upload_id, "w", time.time() + 1.5), every=0.1):
        time.sleep(2.5)   # longer than the lease: renewed meanwhile, no other worker may take it
        assert uploads.queue.claim("other", now=time.time(), lease_seconds=60) is None
    assert uploads.queue.claims()[0]["lease_until"] > first + 1.0 and upload_id == claim.upload_id


def test_a_postgresql_hubs_uploads_file_of_before_is_taken_into_its_store(postgres_cluster, tmp_path):
    """A hub on PostgreSQL kept its uploads in uploads/uploads.db before: an unfinished upload resumes at its
    offset from the store, a completed one is queued for ingest, and the file is read once (renamed)."""
    before = UploadStore(tmp_path / "uploads")
    partial = before.create("lab-a", 10)
    before.append(partial.id, "lab-a", 0, [b"abcd"])
    done = completed(before, "lab-b", b"bundle")
    before.close()
    database = db.open_database(postgres_cluster.new_database())
    try:
        store = UploadStore(tmp_path / "uploads", database=database, have_backup=True)
        assert store.get(partial.id, "lab-a").offset == 4 and store.get(done, "lab-b").complete
        assert [c["upload_id"] for c in store.queue.claims()] == [done]
        assert not (tmp_path / "uploads" / "uploads.db").exists()
        assert len(list((tmp_path / "uploads").glob("uploads.db.moved-to-postgresql-*"))) == 1
        store.append(partial.id, "lab-a", 4, [b"efghij"])   # resumed where it was
        assert {c["upload_id"] for c in store.queue.claims()} == {done, partial.id}
        assert store_queue.adopt_sqlite_file(database, tmp_path / "uploads" / "uploads.db") == 0
    finally:
        database.close()


def test_uploads_and_rate_limits_do_not_wait_for_the_writers_lock_an_ingest_holds_on_postgresql(
        postgres_cluster, tmp_path):
    """On PostgreSQL the shared state's writes take row locks only: with the hub's writers' lock held (as an
    ingest or a link job holds it for seconds), an upload is created, written, completed and queued, and a
    request counted, without waiting for it."""
    database = db.open_database(postgres_cluster.new_database())
    try:
        store = UploadStore(tmp_path / "uploads", database=database, have_backup=True)
        held, release = threading.Event(), threading.Event()

        def ingest() -> None:
            with database.transaction():   # exclusive: the writers' lock
                held.set()
                release.wait(120)

        writer = threading.Thread(target=ingest)
        writer.start()
        assert held.wait(60)
        done: list = []

        def laboratory() -> None:
            done.append(completed(store, "lab-a", b"a bundle"))
            RateLimiter(store.queue, "lab", 10).check("lab-a")

        requests = threading.Thread(target=laboratory)
        requests.start()
        requests.join(60)   # a deadline against a hang: behind the writers' lock it waits until release
        waited = requests.is_alive()
        release.set()
        writer.join()
        requests.join()
        assert not waited and [c["upload_id"] for c in store.queue.claims()] == done
    finally:
        database.close()
