"""Writing records: versions, the change log, tombstones, conflicts, roles."""

import sqlite3

import pytest

from factories import profile, sample, training
from labnet.catalogue.errors import CatalogueError, ConflictError, NotFound, PermissionDenied, ValidationError
from labnet.catalogue.store import Catalogue


def test_add_sets_identity_version_and_attribution(cat):
    rec = cat.add("reference_sample", sample())
    assert len(rec["id"]) == 36 and rec["version"] == 1
    assert rec["created_by"] == rec["updated_by"] == "amina"
    assert cat.get("reference_sample", rec["id"]) == rec


def test_invalid_record_is_refused_and_nothing_is_written(cat):
    with pytest.raises(ValidationError) as err:
        cat.add("reference_sample", sample(cas_number="53-21-5", purity=120))
    assert {p.field for p in err.value.problems} == {"cas_number", "purity"}
    assert cat.count("reference_sample") == 0
    assert cat.changes_since(0) == []


def test_unknown_fields_are_refused_not_dropped(cat):
    with pytest.raises(ValidationError, match="“colour” is not a field of a reference sample"):
        cat.add("reference_sample", sample(colour="white"))


def test_natural_key_is_unique(cat):
    cat.add("reference_sample", sample())
    with pytest.raises(ValidationError, match="inventory code RS-2025-001 already exists"):
        cat.add("reference_sample", sample(substance="Heroin"))


def test_every_write_gets_the_next_sequence_number_and_deletes_leave_tombstones(cat):
    a = cat.add("reference_sample", sample())
    b = cat.add("training_record", training())
    cat.update("reference_sample", a["id"], {"storage_location": "Safe 3"})
    cat.delete("training_record", b["id"], reason="entered twice")
    log = cat.changes_since(0)
    assert [c.seq for c in log] == [1, 2, 3, 4]
    assert [(c.kind, c.op, c.version) for c in log] == [
        ("reference_sample", "insert", 1), ("training_record", "insert", 1),
        ("reference_sample", "update", 2), ("training_record", "delete", 2)]
    assert [c.seq for c in cat.changes_since(2)] == [3, 4]
    [tomb] = cat.tombstones()
    assert tomb["record_id"] == b["id"] and tomb["version"] == 2 and tomb["reason"] == "entered twice"
    assert "Adwoa Mensah" in tomb["natural_key"]
    with pytest.raises(NotFound):
        cat.get("training_record", b["id"])


def test_sequence_numbers_are_never_reused_after_a_failed_write(cat):
    cat.add("reference_sample", sample())
    with pytest.raises(ValidationError):
        cat.add("reference_sample", sample())  # duplicate key, rolled back
    rec = cat.add("reference_sample", sample(inventory_code="RS-2"))
    assert [c.seq for c in cat.changes_since(0)] == [1, 2]
    assert cat.changes_since(1)[0].record_id == rec["id"]


def test_update_with_nothing_changed_is_not_a_new_version(cat):
    rec = cat.add("profiling_result", profile())
    same = cat.update("profiling_result", rec["id"], {"purity": "23,5"})
    assert same["version"] == 1 and len(cat.changes_since(0)) == 1


def test_stale_edit_is_a_conflict_that_names_who_saved_first(cat):
    rec = cat.add("reference_sample", sample())
    cat.act_as("kofi")
    cat.update("reference_sample", rec["id"], {"lot": "L-9"}, expected_version=1)
    with pytest.raises(ConflictError, match="changed by kofi"):
        cat.update("reference_sample", rec["id"], {"lot": "L-10"}, expected_version=1)


@pytest.mark.parametrize("start,target,allowed", [
    ("quarantined", "in_use", True), ("in_use", "expired", True), ("expired", "quarantined", True),
    ("expired", "in_use", False), ("disposed", "in_use", False), ("disposed", "quarantined", False),
    ("in_use", "disposed", True),
])
def test_status_transitions(cat, start, target, allowed):
    rec = cat.add("reference_sample", sample(status=start))
    if allowed:
        assert cat.update("reference_sample", rec["id"], {"status": target})["status"] == target
    else:
        with pytest.raises(ValidationError, match=r"cannot become .* \(it can become"):
            cat.update("reference_sample", rec["id"], {"status": target})
        assert cat.get("reference_sample", rec["id"])["status"] == start


def _with_accounts(cat):
    cat.add_user("admin", "Ama Owusu", "administrator", "s3cret-admin")
    cat.act_as("admin")
    cat.add_user("kofi", "Kofi Boateng", "analyst", "s3cret-kofi")
    cat.add_user("efua", "Efua Asante", "quality_manager", "s3cret-efua")


def test_only_a_quality_manager_disposes_of_a_standard(cat):
    rec = cat.add("reference_sample", sample())
    _with_accounts(cat)
    cat.act_as("kofi")
    with pytest.raises(PermissionDenied, match="Only a quality manager may dispose.*kofi \\(analyst\\)"):
        cat.update("reference_sample", rec["id"], {"status": "disposed"})
    cat.act_as("admin")
    with pytest.raises(PermissionDenied):
        cat.update("reference_sample", rec["id"], {"status": "disposed"})
    cat.act_as("efua")
    assert cat.update("reference_sample", rec["id"], {"status": "disposed"})["updated_by"] == "efua"


def test_only_a_quality_manager_authorises_training(cat):
    _with_accounts(cat)
    cat.act_as("kofi")
    auth = training(activity_type="authorisation", outcome="authorised", authorised_by="Efua Asante")
    with pytest.raises(PermissionDenied, match="authorise a training record"):
        cat.add("training_record", auth)
    cat.add("training_record", training())  # an ordinary course is fine
    cat.act_as("efua")
    assert cat.add("training_record", auth)["created_by"] == "efua"


def test_accounts_sign_in_and_unknown_users(cat):
    _with_accounts(cat)
    with pytest.raises(PermissionDenied, match="no active account named “ghost”"):
        cat.act_as("ghost")
    with pytest.raises(PermissionDenied, match="user name or password is wrong"):
        cat.sign_in("kofi", "wrong")
    assert cat.sign_in("kofi", "s3cret-kofi").role == "analyst"
    with pytest.raises(PermissionDenied, match="Only an administrator"):
        cat.add_user("x", "X", "analyst")
    assert [u["username"] for u in cat.users()] == ["admin", "efua", "kofi"]
    assert "password_hash" not in cat.users()[0]


def test_password_is_not_stored_in_clear(cat, tmp_path):
    cat.add_user("admin", "Ama Owusu", "administrator", "correct horse battery")
    cat.conn.execute("PRAGMA wal_checkpoint(FULL)")
    assert b"correct horse battery" not in cat.path.read_bytes()


def test_delete_of_a_standard_with_a_chain_of_custody_is_refused(cat):
    from labnet.catalogue import custody
    rec = cat.add("reference_sample", sample())
    custody.withdraw(cat, rec["id"], 5, "mg", case_number="C-1")
    with pytest.raises(CatalogueError, match="usage history.*disposed"):
        cat.delete("reference_sample", rec["id"])


def test_duplicate_copies_all_but_the_key(cat):
    rec = cat.add("reference_sample", sample())
    copy = cat.duplicate("reference_sample", rec["id"], {"inventory_code": "RS-2025-002"})
    assert copy["id"] != rec["id"] and copy["lot"] == rec["lot"] and copy["version"] == 1


def test_writes_are_durable_across_reopen_and_visible_to_a_second_connection(tmp_path):
    with Catalogue.open(tmp_path, user="amina") as first:
        rec = first.add("reference_sample", sample())
        second = sqlite3.connect(first.path)
        assert second.execute("SELECT inventory_code FROM reference_samples").fetchone() == ("RS-2025-001",)
        second.close()
    with Catalogue.open(tmp_path) as again:
        assert again.get("reference_sample", rec["id"])["substance"] == "Cocaine hydrochloride"
        assert again.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert again.conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_not_a_database(tmp_path):
    bad = tmp_path / "catalogue.db"
    bad.write_bytes(b"%PDF-1.4 this is not a database" * 100)
    with pytest.raises(CatalogueError, match="not a LabNet catalogue or is damaged"):
        Catalogue.open(bad)


def test_ids_are_uuid7_unique_and_time_ordered():
    import time
    import uuid

    from labnet.catalogue.store import new_id
    first = [new_id() for _ in range(2000)]
    time.sleep(0.002)
    later = new_id()
    assert len(set(first)) == 2000
    assert all(uuid.UUID(i).version == 7 and uuid.UUID(i).variant == uuid.RFC_4122 for i in first)
    assert max(first) < later  # text order follows creation time across milliseconds
