"""The audit trail detects any edited, deleted or truncated entry."""

import json
import sqlite3

import pytest

from factories import sample
from labnet.catalogue.store import Catalogue
from labnet.cli import main


@pytest.fixture
def filled(tmp_path):
    with Catalogue.open(tmp_path, user="amina") as cat:
        rec = cat.add("reference_sample", sample())
        for lot in ("L-1", "L-2", "L-3"):
            cat.update("reference_sample", rec["id"], {"lot": lot})
        cat.add("reference_sample", sample(inventory_code="RS-2"))
    return tmp_path / "catalogue.db"


def tamper(path, *sql):
    """Edit the file behind LabNet's back, as someone with a SQLite browser would."""
    conn = sqlite3.connect(path)
    for trig in ("audit_log_no_update", "audit_log_no_delete"):
        conn.execute(f"DROP TRIGGER IF EXISTS {trig}")
    for statement in sql:
        conn.execute(statement)
    conn.commit()
    conn.close()


def verify(path):
    with Catalogue.open(path) as cat:
        return cat.verify_chain()


def test_an_untouched_trail_verifies_and_names_every_change(filled):
    report = verify(filled)
    assert report.ok and report.entries == 5
    with Catalogue.open(filled) as cat:
        entries = cat.audit_entries("reference_sample")
    assert [e["action"] for e in entries] == ["insert", "update", "update", "update", "insert"]
    assert entries[1]["detail"]["changes"] == {"lot": ["L-4471", "L-1"]}
    assert all(e["user"] == "amina" for e in entries)


def test_the_log_refuses_update_and_delete(filled):
    conn = sqlite3.connect(filled)
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        conn.execute("UPDATE audit_log SET user = 'x' WHERE seq = 1")
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        conn.execute("DELETE FROM audit_log WHERE seq = 1")


def test_an_edited_entry_is_detected(filled):
    detail = json.dumps({"changes": {"lot": ["L-4471", "L-X"]}, "version": 2}, separators=(",", ":"))
    tamper(filled, f"UPDATE audit_log SET detail = '{detail}' WHERE seq = 2")
    report = verify(filled)
    assert not report.ok and report.first_bad_seq == 2
    assert "entry 2 (update by amina" in report.problems[0] and "altered" in report.problems[0]


def test_an_edited_user_is_detected(filled):
    tamper(filled, "UPDATE audit_log SET user = 'someone-else' WHERE seq = 3")
    assert verify(filled).first_bad_seq == 3


def test_a_deleted_entry_is_detected(filled):
    tamper(filled, "DELETE FROM audit_log WHERE seq = 3")
    report = verify(filled)
    assert not report.ok and report.first_bad_seq == 3
    assert "entries 3 to 3 are missing" in report.problems[0]


def test_a_deleted_and_rechained_entry_is_still_detected_by_the_head(filled):
    # A careful forger removes the last entry entirely: the chain itself still
    # verifies, but the recorded head no longer matches.
    tamper(filled, "DELETE FROM audit_log WHERE seq = 5")
    report = verify(filled)
    assert not report.ok and "at the end of the log are missing" in report.problems[0]


def test_cli_audit_verify_exit_codes(filled, capsys):
    assert main(["--data-dir", str(filled.parent), "audit", "verify"]) == 0
    out = capsys.readouterr().out
    assert "Everything matches the audit trail: 5 entries chained one to the next; 2 records" in out
    assert "What this proves" in out and "What it cannot prove" in out
    tamper(filled, "UPDATE audit_log SET at = '2020-01-01T00:00:00Z' WHERE seq = 4")
    assert main(["--data-dir", str(filled.parent), "audit", "verify"]) == 3
    out = capsys.readouterr().out
    assert "does not match its audit trail" in out and "Entry 4 (update by amina" in out
