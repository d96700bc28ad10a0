"""The export's short write is not checkpointed inside its own commit (issue 18: 0.1-0.15 s of the build's wall time
was SQLite copying the ~30 MB of WAL into the main file), and is as durable as before: a power cut right after the
export leaves the main file and the fsynced WAL, from which the catalogue reopens with every outbox row."""

from __future__ import annotations

import hashlib
import shutil
import sqlite3

import pytest

from factories import profile
from labnet.catalogue.errors import StorageError
from labnet.catalogue.store import Catalogue
from labnet.sync.outbox import Outbox
from labnet.sync.outbox_store import OutboxStore
from labnet.sync.policy import default_policy
from test_sync_support import hub, lab  # noqa: F401 (fixtures)

POLICY = default_policy()


def _digest(path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _every_commit_checkpoints(cat) -> None:
    """Records to send, the WAL folded in, and SQLite set to checkpoint at every commit (at 1 page), as it does at
    the end of a large export's commit with its default of 1,000 pages."""
    for i in range(30):
        cat.add("profiling_result", profile(lab_sample_number=f"P-{i}", shareable=i % 5 != 0))
    cat.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    cat.conn.execute("PRAGMA wal_autocheckpoint = 1")


def test_the_export_leaves_its_checkpoint_to_the_next_commit(cat, lab, hub):
    _every_commit_checkpoints(cat)
    main = cat.path
    before = _digest(main)
    parts = Outbox(cat).export(lab, hub.public, POLICY).parts
    assert parts
    assert _digest(main) == before   # the short write is in the WAL only
    assert cat.conn.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == 1   # the connection's setting back
    cat.add("profiling_result", profile(lab_sample_number="after", shareable=True))
    assert _digest(main) != before   # the next commit checkpointed (SQLite's own automatic checkpoint)


def test_a_power_cut_right_after_the_export_keeps_its_rows(cat, lab, hub, tmp_path):
    """What is on disk once the export returned (the main file and the WAL its commit fsynced) opens with the
    parts, the items they carried, the withheld records and the watermark; nothing of it in the main file alone."""
    _every_commit_checkpoints(cat)
    Outbox(cat).export(lab, hub.public, POLICY)
    state = "SELECT (SELECT count(*) FROM outbox_bundles), (SELECT count(*) FROM outbox_items), " \
            "(SELECT count(*) FROM outbox_settled), (SELECT value FROM meta WHERE key = 'outbox_watermark')"
    expected = tuple(cat.conn.execute(state).fetchone())
    assert expected[:3] == (1, 24, 6) and expected[3] is not None
    cut = tmp_path / "after-the-cut"
    cut.mkdir()
    shutil.copyfile(cat.path, cut / cat.path.name)
    only_main = sqlite3.connect(cut / cat.path.name)
    try:
        assert only_main.execute("SELECT count(*) FROM outbox_bundles").fetchone()[0] == 0
    finally:
        only_main.close()
    shutil.copyfile(cat.path.with_name(cat.path.name + "-wal"), cut / (cat.path.name + "-wal"))
    with Catalogue.open(cut, user="amina") as copy:
        assert tuple(copy.conn.execute(state).fetchone()) == expected


def test_the_setting_is_restored_when_the_short_write_fails(cat, lab, hub, monkeypatch):
    _every_commit_checkpoints(cat)

    def failing(self, *args, **kwargs):
        raise sqlite3.OperationalError("disk I/O error")
    monkeypatch.setattr(OutboxStore, "record_export", failing)
    with pytest.raises(StorageError):   # the disk's failure in plain words, the transaction rolled back
        Outbox(cat).export(lab, hub.public, POLICY)
    assert cat.conn.execute("PRAGMA wal_autocheckpoint").fetchone()[0] == 1
    assert cat.conn.execute("SELECT count(*) FROM outbox_bundles").fetchone()[0] == 0
