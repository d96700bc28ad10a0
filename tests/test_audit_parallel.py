"""``integrity.verify`` with its second process (issue 14: a million records in ≤ 20 s): the change
log and the last ids of the largest table are checked by ``labnet.catalogue.integrity_changelog.Helper``
on the caller's snapshot.  The answer is exactly the one-process answer, a write committed while
the two passes start is seen by neither, and a helper that fails changes nothing."""

import sqlite3
import threading

import pytest

from labnet.catalogue import integrity, integrity_changelog
from labnet.catalogue.attachments import attachment_dir
from labnet.catalogue.store import Catalogue
from test_audit_records import behind_labnets_back, filled  # noqa: F401  (the fixture)


@pytest.fixture
def helped(monkeypatch):
    """Every verification uses the helper (its threshold is for a large catalogue); counts its answers."""
    answers = []
    result = integrity_changelog.Helper.result

    def counted(self, wait):
        answer = result(self, wait)
        answers.append(answer)
        return answer

    monkeypatch.setattr(integrity_changelog, "PARALLEL_FROM", 0)
    monkeypatch.setattr(integrity_changelog.Helper, "result", counted)
    return answers


def verify(data):
    with Catalogue.open(data, user="amina") as cat:
        return integrity.verify(cat.conn, attachment_dir(cat))


def tamper(data):
    """An edit in each half of the profiling results (the helper checks the upper 40 % by id), a
    record deleted from each, one inserted, and a change-log row added: all behind LabNet's back."""
    conn = sqlite3.connect(data / "catalogue.db")
    ids = [r[0] for r in conn.execute("SELECT id FROM profiling_results ORDER BY id")]
    conn.close()
    assert len(ids) == 31
    behind_labnets_back(
        data,
        f"UPDATE profiling_results SET purity = 1.5 WHERE id IN ('{ids[2]}', '{ids[28]}')",
        f"DELETE FROM profiling_results WHERE id IN ('{ids[5]}', '{ids[25]}')",
        "INSERT INTO profiling_results (id, version, created_at, created_by, updated_at, updated_by,"
        " lab_sample_number) VALUES ('ffff-forged', 1, 'x', 'x', 'x', 'x', 'LS-FORGED')",
        "INSERT INTO changes (kind, record_id, version, op, at, user, natural_key, sha256) VALUES"
        " ('profiling_result', 'ffff-forged', 1, 'insert', 'x', 'x', 'LS-FORGED', 'ab')")


def test_the_helper_finds_exactly_what_one_process_finds_in_the_same_order(filled, monkeypatch):
    tamper(filled)
    alone = verify(filled)
    assert len(alone.problems) == 6, alone.problems
    answers = []
    result = integrity_changelog.Helper.result
    monkeypatch.setattr(integrity_changelog.Helper, "result", lambda self, wait: answers.append(
        result(self, wait)) or answers[-1])
    monkeypatch.setattr(integrity_changelog, "PARALLEL_FROM", 0)
    helped = verify(filled)
    (answer,) = answers
    assert answer is not None and answer[1] and answer[3]   # the helper found the change-log row and records
    assert helped.to_json() == alone.to_json()


def test_a_clean_catalogue_is_clean_with_the_helper(filled, helped):
    report = verify(filled)
    assert report.ok and report.records == 35 and report.changes > 35
    assert len(helped) == 1 and helped[0] is not None and helped[0][2] > 0   # it compared records


def test_writes_committed_while_the_passes_start_are_seen_by_neither(filled, helped, monkeypatch):
    """The write lock is held from before the caller's snapshot until the helper has its own: a
    writer waits, then commits into neither snapshot (edits that each pass would otherwise find: a
    reference sample, the last profiling result by id, a change-log row) — no false alarm, nothing
    half-seen.  The next verification sees them."""
    conn = sqlite3.connect(filled / "catalogue.db")
    last = conn.execute("SELECT id FROM profiling_results ORDER BY id DESC LIMIT 1").fetchone()[0]
    conn.close()
    calls, blocked, writers = [], [], []
    next_line, share_records = integrity_changelog.Helper._next, integrity_changelog.Helper.share_records

    def write():   # waits for the lock (busy timeout), then commits
        behind_labnets_back(filled, "UPDATE reference_samples SET purity = 1 WHERE inventory_code = 'RS-2'",
                            f"UPDATE profiling_results SET notes = 'x' WHERE id = '{last}'",
                            "INSERT INTO changes (kind, record_id, version, op, at, user, natural_key, sha256)"
                            " VALUES ('profiling_result', 'z', 1, 'insert', 'x', 'x', 'LS-Z', 'ab')")

    def watched(self):
        calls.append(1)
        if len(calls) == 2:   # waiting for "begun": the caller has its snapshot, the helper not yet
            try:
                sqlite3.connect(filled / "catalogue.db", timeout=0).execute("BEGIN IMMEDIATE")
            except sqlite3.OperationalError as exc:
                blocked.append(str(exc))
            writers.append(threading.Thread(target=write))
            writers[0].start()
        return next_line(self)

    def after_writes(self, conn, counts):   # the passes read their tables only once the writes are in
        writers[0].join()
        return share_records(self, conn, counts)

    monkeypatch.setattr(integrity_changelog.Helper, "_next", watched)
    monkeypatch.setattr(integrity_changelog.Helper, "share_records", after_writes)
    report = verify(filled)
    assert blocked and "locked" in blocked[0]
    assert report.ok and len(helped) == 1 and helped[0] is not None, report.problems
    problems = verify(filled).problems
    assert len(problems) == 4 and any("RS-2" in p and "edited outside LabNet" in p for p in problems)
    assert any(last in p and "edited outside LabNet" in p for p in problems)
    assert any("LS-Z" in p and "no audit entry vouches for it" in p for p in problems)
    assert any("LS-Z" in p and "no longer in the catalogue" in p for p in problems)   # what that row claims


def test_a_helper_that_dies_changes_nothing(filled, monkeypatch):
    tamper(filled)
    alone = verify(filled)
    start, result = integrity_changelog.Helper.start.__func__, integrity_changelog.Helper.result
    answers = []

    def killed_at_once(cls, conn):
        # Killed before it can have read anything: killing it later races with a helper that already
        # answered (its result line is then in the pipe, and the answer is rightly used).
        helper = start(cls, conn)
        helper.proc.kill()
        helper.proc.wait()
        return helper

    def recorded(self, wait):
        answers.append(result(self, wait))
        return answers[-1]

    monkeypatch.setattr(integrity_changelog, "PARALLEL_FROM", 0)
    monkeypatch.setattr(integrity_changelog.Helper, "start", classmethod(killed_at_once))
    monkeypatch.setattr(integrity_changelog.Helper, "result", recorded)
    assert verify(filled).to_json() == alone.to_json()
    assert answers in ([], [None])   # a dead helper never answers; the caller checked everything itself


def test_progress_counts_the_helpers_rows_up_to_the_total(filled, helped):
    seen = []
    with Catalogue.open(filled, user="amina") as cat:
        integrity.verify(cat.conn, attachment_dir(cat), lambda done, total: seen.append((done, total)))
    assert seen[-1][0] == seen[-1][1] > 60 and helped[0] is not None
