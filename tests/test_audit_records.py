"""Every record under the audit chain (issue 14): a record, deletion or attached file changed
behind LabNet's back is found and named by ``labnet audit verify`` (exit 3); every way LabNet
itself writes leaves a catalogue that verifies clean; an older catalogue is sealed by its migration."""

import hashlib
import json
import sqlite3

import pytest

from factories import profile, sample, training
from labnet.catalogue import audit, custody, database, integrity
from labnet.catalogue.attachments import attach_certificate, attachment_dir
from labnet.catalogue.importing import import_file
from labnet.catalogue.store import Catalogue
from labnet.cli import main


def write_csv(path, rows):
    """Rows as a laboratory's spreadsheet has them: lists joined by "; ", one peak:NAME column per compound."""
    import csv

    flat = []
    for r in rows:
        out = {k: "; ".join(v) if isinstance(v, list) else v for k, v in r.items() if k != "peaks"}
        out.update({f"peak:{name}": area for name, area in r.get("peaks", {}).items()})
        flat.append(out)
    with path.open("w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=list(flat[0]))
        w.writeheader()
        w.writerows(flat)
    return path


@pytest.fixture
def filled(tmp_path):
    """A catalogue written through every path LabNet has that changes a record."""
    data = tmp_path / "data"
    pdf = tmp_path / "certificate.pdf"
    pdf.write_bytes(b"%PDF-1.4 certificate of analysis, lot L-4471\n")
    with Catalogue.open(data, user="amina") as cat:
        rs = cat.add("reference_sample", sample())
        cat.update("reference_sample", rs["id"], {"purity": 99.5, "notes": "re-certified"})
        custody.withdraw(cat, rs["id"], 5, "mg", case_number="CR/1")         # an update and a withdrawal
        attach_certificate(cat, "reference_sample", rs["id"], pdf)
        other = cat.add("reference_sample", sample(inventory_code="RS-2", purity=100))  # an int in a REAL column
        cat.duplicate("reference_sample", other["id"], {"inventory_code": "RS-3"})
        gone = cat.add("reference_sample", sample(inventory_code="RS-GONE"))
        cat.delete("reference_sample", gone["id"], reason="entered twice")
        cat.add("training_record", training())
        rows = [profile(lab_sample_number=f"LS-{i}", purity=10 + i) for i in range(30)]
        first = import_file(cat, "profiling_result", write_csv(tmp_path / "first.csv", rows))
        assert first.inserted == 30, first
        rows[3]["purity"] = 55.5                                                  # a re-import: one update
        rows.append(profile(lab_sample_number="LS-NEW"))                          # … and one insert
        second = import_file(cat, "profiling_result", write_csv(tmp_path / "second.csv", rows))
        assert (second.inserted, second.updated) == (1, 1), second
        cat.add_user("amina", "Amina Diallo", "administrator", "correct horse battery")
    return data


def check(data):
    with Catalogue.open(data, user="amina") as cat:
        return integrity.verify(cat.conn, attachment_dir(cat))


def behind_labnets_back(data, *sql):
    conn = sqlite3.connect(data / "catalogue.db")
    for statement in sql:
        conn.execute(statement)
    conn.commit()
    conn.close()


def id_of(data, table, where):
    conn = sqlite3.connect(data / "catalogue.db")
    try:
        return conn.execute(f"SELECT id FROM {table} WHERE {where}").fetchone()[0]
    finally:
        conn.close()


def test_every_way_labnet_writes_leaves_a_catalogue_that_verifies_clean(filled):
    report = check(filled)
    assert report.problems == [] and report.ok
    assert report.records == 3 + 1 + 31 and report.deleted == 1 and report.attachments == 1
    # Every change-log row the writers made, vouched for by its entry: RS-2025-001 added, updated, withdrawn
    # from, given a certificate; RS-2; RS-3 (a duplicate); RS-GONE added and deleted; the training record;
    # 30 imported, then one more and one updated.
    assert report.changes == 4 + 1 + 1 + 2 + 1 + 30 + 2
    with Catalogue.open(filled, user="amina") as cat:
        imports = [e for e in cat.audit_entries("profiling_result") if e["action"] == "import"]
    assert [e["detail"]["change_log"][1] - e["detail"]["change_log"][0] + 1 for e in imports] == [30, 1]
    with Catalogue.open(filled, user="amina") as cat:
        rs = cat.find("reference_sample", {"inventory_code": "RS-2"})
        (entry,) = cat.audit_entries("reference_sample", rs["id"])
        columns = [r[1] for r in cat.conn.execute("PRAGMA table_info(reference_samples)") if r[1] != "pk"]
        stored = cat.conn.execute(f"SELECT {', '.join(columns)} FROM reference_samples WHERE id = ?",
                                  (rs["id"],)).fetchone()
    # The entry names the digest of the record as stored, the JSON docs/catalogue.md describes.
    assert entry["detail"]["record_sha256"] == hashlib.sha256(
        json.dumps(list(stored), separators=(",", ":")).encode()).hexdigest()


def test_a_record_edited_with_sqlite3_is_named_and_the_command_exits_3(filled, capsys):
    record_id = id_of(filled, "reference_samples", "inventory_code = 'RS-2025-001'")
    behind_labnets_back(filled, "UPDATE reference_samples SET purity = 80 WHERE inventory_code = 'RS-2025-001'")
    report = check(filled)
    assert report.problems == [f"reference sample RS-2025-001 (id {record_id}) was edited outside LabNet: it "
                               "differs from its last recorded state"]
    assert main(["--data-dir", str(filled), "audit", "verify"]) == 3
    out = capsys.readouterr().out
    assert f"Reference sample RS-2025-001 (id {record_id}) was edited outside LabNet" in out
    assert "does not match its audit trail" in out and "What it cannot prove" in out
    assert main(["--data-dir", str(filled), "audit", "verify", "--json"]) == 3
    assert json.loads(capsys.readouterr().out)["problems"] == report.problems


def test_a_record_inserted_with_sqlite3_is_named(filled):
    behind_labnets_back(filled, "INSERT INTO profiling_results (id, version, created_at, created_by, updated_at,"
                                " updated_by, lab_sample_number, drug_type) VALUES ('rogue-1', 1, '2025-01-01',"
                                " 'x', '2025-01-01', 'x', 'LS-ROGUE', 'cocaine')")
    assert check(filled).problems == ["profiling result LS-ROGUE (id rogue-1) was inserted outside LabNet: no "
                                      "audit entry records it"]


def test_records_deleted_with_sqlite3_are_named_by_their_key(filled):
    sample_id = id_of(filled, "reference_samples", "inventory_code = 'RS-3'")
    imported_id = id_of(filled, "profiling_results", "lab_sample_number = 'LS-7'")
    behind_labnets_back(filled, "DELETE FROM reference_samples WHERE inventory_code = 'RS-3'",
                        "DELETE FROM profiling_results WHERE lab_sample_number = 'LS-7'")
    problems = check(filled).problems
    assert sorted(problems) == sorted([
        f"reference sample RS-3 (id {sample_id}) was deleted outside LabNet: the audit trail records it but "
        "it is no longer in the catalogue, and no deletion was recorded",
        f"profiling result LS-7 (id {imported_id}) was deleted outside LabNet: the audit trail records it but "
        "it is no longer in the catalogue, and no deletion was recorded"])


def test_a_deletion_undone_or_its_record_altered_is_named(filled):
    behind_labnets_back(filled, "UPDATE tombstones SET reason = 'expired' WHERE natural_key LIKE '%RS-GONE%'")
    assert [p for p in check(filled).problems if "RS-GONE" in p and "deletion record" in p and "altered" in p]
    behind_labnets_back(filled, "DELETE FROM tombstones")
    assert [p for p in check(filled).problems if "RS-GONE" in p and "was removed outside LabNet" in p]


def test_a_forged_change_log_row_does_not_vouch_for_an_edit(filled):
    """Someone who edits a record and appends a change-log row with its new digest is still found:
    no audit entry vouches for that row."""
    behind_labnets_back(filled, "UPDATE reference_samples SET purity = 80 WHERE inventory_code = 'RS-2'")
    conn = sqlite3.connect(filled / "catalogue.db")
    columns = [r[1] for r in conn.execute("PRAGMA table_info(reference_samples)") if r[1] != "pk"]
    row = conn.execute(f"SELECT {', '.join(columns)} FROM reference_samples WHERE inventory_code = 'RS-2'").fetchone()
    conn.execute("INSERT INTO changes (kind, record_id, version, op, at, user, natural_key, sha256) VALUES"
                 " ('reference_sample', ?, 2, 'update', '2025-01-01', 'x', 'RS-2', ?)", (row[0], audit.row_sha256(row)))
    conn.commit()
    conn.close()
    problems = check(filled).problems
    assert len(problems) == 1 and "(update of reference sample RS-2" in problems[0]
    assert "was added outside LabNet: no audit entry vouches for it" in problems[0]


def test_a_removed_change_log_row_is_found(filled):
    behind_labnets_back(filled, "DROP TRIGGER changes_no_delete",
                        "DELETE FROM changes WHERE seq = (SELECT max(seq) FROM changes)")
    problems = check(filled).problems
    assert any("were altered or removed outside LabNet" in p for p in problems)


def test_a_withdrawal_altered_added_or_removed_with_sqlite3_is_named(filled):
    sample_id = id_of(filled, "reference_samples", "inventory_code = 'RS-2025-001'")
    thing = f"reference sample RS-2025-001 (id {sample_id})"
    assert check(filled).withdrawals == 1
    behind_labnets_back(filled, "DROP TRIGGER usage_log_no_update", "DROP TRIGGER usage_log_no_delete",
                        "UPDATE usage_log SET quantity = 0.5, case_number = 'CR/2'")
    (problem,) = check(filled).problems
    assert problem.startswith(f"withdrawal 1 from {thing} was altered outside LabNet: it differs from audit entry ")
    behind_labnets_back(filled, "INSERT INTO usage_log SELECT 'forged', sample_id, 2, taken_at, 1, unit, 1,"
                                " remaining_after - 1, withdrawn_by, case_number, purpose, recorded_at, recorded_by"
                                " FROM usage_log")
    assert f"withdrawal 2 from {thing} was recorded outside LabNet (no audit entry records it)" in check(filled).problems
    behind_labnets_back(filled, "DELETE FROM usage_log")
    (problem,) = check(filled).problems
    assert problem.startswith(f"withdrawal 1 from {thing}, recorded in audit entry ")
    assert problem.endswith("was removed outside LabNet")


def test_an_attachment_altered_or_removed_is_named(filled):
    with Catalogue.open(filled, user="amina") as cat:
        sha = cat.find("reference_sample", {"inventory_code": "RS-2025-001"})["certificate"]
        path = attachment_dir(cat) / sha[:2] / sha
    path.write_bytes(path.read_bytes() + b"forged")
    assert check(filled).problems == [f"the attached file certificate.pdf of reference sample RS-2025-001 (id "
                                      f"{id_of(filled, 'reference_samples', 'inventory_code = ' + repr('RS-2025-001'))})"
                                      " was altered after it was attached"]
    path.unlink()
    (problem,) = check(filled).problems
    assert problem.startswith("the attached file certificate.pdf of reference sample RS-2025-001") and \
        problem.endswith("is missing")


def test_progress_is_reported_up_to_the_total(filled):
    seen = []
    with Catalogue.open(filled, user="amina") as cat:
        integrity.verify(cat.conn, attachment_dir(cat), lambda done, total: seen.append((done, total)))
    assert seen and seen[-1][0] == seen[-1][1] > 30


# -- an older catalogue, sealed by migration 6 -----------------------------------------------
def make_schema_5(data):
    """A catalogue as LabNet wrote it before records were under the chain: a record, an old-style
    audit entry, a deletion and a certificate file."""
    data.mkdir()
    path = data / "catalogue.db"
    conn = database.connect(path)
    database.migrate(conn, path, upto=1)   # the record before the search index, which indexes it when built
    conn.execute("INSERT INTO reference_samples (id, version, created_at, created_by, updated_at, updated_by,"
                 " inventory_code, substance, purity, received_on, status) VALUES ('r1', 1, '2024-01-01T00:00:00Z',"
                 " 'old', '2024-01-01T00:00:00Z', 'old', 'RS-OLD-1', 'Heroin base', 98.5, '2024-01-01', 'in_use')")
    database.migrate(conn, path, upto=5)
    conn.execute("INSERT INTO changes (kind, record_id, version, op, at, user) VALUES ('reference_sample', 'r1', 1,"
                 " 'insert', '2024-01-01T00:00:00Z', 'old')")
    conn.execute("INSERT INTO tombstones (kind, record_id, version, natural_key, deleted_at, deleted_by) VALUES"
                 " ('reference_sample', 'r0', 2, '{\"inventory_code\": \"RS-OLD-0\"}', '2024-01-02T00:00:00Z', 'old')")
    audit.append(conn, [audit.AuditEvent("2024-01-01T00:00:00Z", "old", "insert", "reference_sample", "r1",
                                         {"version": 1, "record": {"inventory_code": "RS-OLD-1"}})])
    content = b"old certificate"
    import hashlib
    sha = hashlib.sha256(content).hexdigest()
    (data / "attachments" / sha[:2]).mkdir(parents=True)
    (data / "attachments" / sha[:2] / sha).write_bytes(content)
    conn.execute("INSERT INTO attachments (sha256, filename, media_type, size, added_at, added_by) VALUES"
                 " (?, 'old.pdf', 'application/pdf', 15, '2024-01-01T00:00:00Z', 'old')", (sha,))
    conn.close()
    return sha


def test_an_older_catalogue_is_sealed_by_its_migration_and_verifies_clean(tmp_path):
    data = tmp_path / "old"
    sha = make_schema_5(data)
    with Catalogue.open(data, user="amina") as cat:
        report = integrity.verify(cat.conn, attachment_dir(cat))
        (seal,) = [e for e in cat.audit_entries() if e["action"] == "seal"]
        # Work done after the migration is vouched for as usual.
        cat.update("reference_sample", "r1", {"purity": 98.0})
        cat.add("reference_sample", sample())
        after = integrity.verify(cat.conn, attachment_dir(cat))
    assert report.problems == [] and report.records == 1 and report.deleted == 1 and report.attachments == 1
    # The report says what the seal cannot show.
    assert [n for n in report.notes if "were sealed as they were then" in n and f"audit entry {seal['seq']}" in n]
    assert seal["detail"]["sealed"] == "sealed at migration: records as they were then, not verified before"
    assert seal["detail"]["records"] == 1 and seal["detail"]["deleted"] == 1 and seal["detail"]["attachments"] == [sha]
    assert after.ok and after.records == 2
    assert len(list(data.glob("catalogue.before-schema-6.*.db"))) == 1   # the migration's backup, made first


def test_a_sealed_record_edited_or_deleted_afterwards_is_named(tmp_path):
    data = tmp_path / "old"
    make_schema_5(data)
    Catalogue.open(data).close()
    behind_labnets_back(data, "UPDATE reference_samples SET purity = 50")
    assert check(data).problems == ["reference sample RS-OLD-1 (id r1) was edited outside LabNet: it differs from "
                                    "its last recorded state"]
    behind_labnets_back(data, "DELETE FROM reference_samples")
    assert check(data).problems == ["reference sample RS-OLD-1 (id r1) was deleted outside LabNet: the audit trail "
                                    "records it but it is no longer in the catalogue, and no deletion was recorded"]
    behind_labnets_back(data, "DROP TRIGGER sealed_records_no_delete", "DELETE FROM sealed_records")
    assert any("digests sealed at the migration to schema 6" in p for p in check(data).problems)


def test_a_failing_python_migration_step_leaves_the_file_as_it_was(tmp_path, monkeypatch):
    data = tmp_path / "old"
    make_schema_5(data)
    from labnet.catalogue import migrations

    def broken(conn, path):
        conn.execute("CREATE TABLE half_done (x)")
        conn.execute("INSERT INTO no_such_table VALUES (1)")

    monkeypatch.setattr(database, "MIGRATIONS", migrations.MIGRATIONS[:5] + [(6, "broken", broken)])
    from labnet.catalogue.errors import CatalogueError
    with pytest.raises(CatalogueError, match="schema 6 \\(broken\\) failed.*left as it was"):
        Catalogue.open(data)
    conn = sqlite3.connect(data / "catalogue.db")
    assert conn.execute("PRAGMA user_version").fetchone()[0] == 5
    assert conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'half_done'").fetchone()[0] == 0


def test_verify_reads_a_plain_read_only_connection(filled):
    """What a backup check hands it: the file opened read-only, rows as plain tuples."""
    conn = sqlite3.connect(f"file:{filled / 'catalogue.db'}?mode=ro", uri=True)
    try:
        report = integrity.verify(conn, filled / "attachments")
    finally:
        conn.close()
    assert report.ok and report.records == 35 and report.withdrawals == 1


def test_progress_goes_to_stderr_only_on_a_terminal(filled, capsys, monkeypatch):
    import io

    from labnet.cli.common import PercentLine

    assert main(["--data-dir", str(filled), "audit", "verify"]) == 0
    assert capsys.readouterr().err == ""          # not a terminal: the result only
    terminal = io.StringIO()
    terminal.isatty = lambda: True
    monkeypatch.setattr("sys.stderr", terminal)
    progress = PercentLine("Verifying", unit="rows")
    progress(500_000, 1_000_000)
    progress.close()
    assert terminal.getvalue() == "\rVerifying:  50 % (500,000 of 1,000,000 rows)\n"


def test_an_import_larger_than_one_hashing_block_verifies_and_still_finds_an_edit(tmp_path):
    """10,050 rows in one entry: the change-log digest is hashed 10,000 lines at a time."""
    from labnet.catalogue.demo import generate_profiles

    with Catalogue.open(tmp_path, user="amina") as cat:
        rows = list(generate_profiles(10_050, seed=7))
        cat.apply_upsert("profiling_result", cat.plan_upsert("profiling_result", rows))
        report = integrity.verify(cat.conn, attachment_dir(cat))
        assert report.ok and report.records == report.changes == 10_050
        last = cat.conn.execute("SELECT lab_sample_number FROM profiling_results ORDER BY pk DESC LIMIT 1").fetchone()[0]
    behind_labnets_back(tmp_path, f"UPDATE profiling_results SET notes = 'x' WHERE lab_sample_number = '{last}'")
    (problem,) = check(tmp_path).problems
    assert problem.startswith(f"profiling result {last} (id ") and "edited outside LabNet" in problem
