"""A record's history from the audit trail (labnet.catalogue.history): every version's values,
checked against the change log's digests, and restoring one as a new audited change."""

import sqlite3

import pytest

from factories import add_staff, profile, sample, training
from labnet.catalogue import custody, history
from labnet.catalogue.errors import CatalogueError, NotFound, PermissionDenied


def _changes(version):
    return {c.name: (c.old, c.new) for c in version.changes}


def test_every_version_with_who_when_and_what_changed_field_by_field(cat):
    rec = cat.add("reference_sample", sample())
    cat.update("reference_sample", rec["id"], {"storage_location": "Safe 3", "purity": 98.7})
    cat.update("reference_sample", rec["id"], {"lot": "L-9"})
    h = history.record_history(cat, "reference_sample", rec["id"])
    assert [(v.version, v.op, v.user) for v in h.versions] == [(1, "insert", "amina"), (2, "update", "amina"),
                                                               (3, "update", "amina")]
    assert _changes(h.versions[1]) == {"storage_location": ("Safe 2, shelf B", "Safe 3"), "purity": (99.2, 98.7)}
    assert _changes(h.versions[2]) == {"lot": ("L-4471", "L-9")}
    assert _changes(h.versions[0])["inventory_code"] == (None, "RS-2025-001")
    # Every state recovered, and each matches the digest the change log recorded when it was written.
    assert [v.verified for v in h.versions] == [True, True, True]
    assert h.versions[1].state["storage_location"] == "Safe 3" and h.versions[1].state["lot"] == "L-4471"
    assert not h.deleted


def test_an_imported_record_has_its_first_values_back_from_the_later_updates(cat):
    rows = [profile()]
    cat.apply_upsert("profiling_result", cat.plan_upsert("profiling_result", rows))
    rid = cat.find("profiling_result", {"lab_sample_number": "LS-2025-0001"})["id"]
    cat.update("profiling_result", rid, {"purity": 31.0, "adulterants": ["caffeine", "paracetamol"]})
    h = history.record_history(cat, "profiling_result", rid)
    first = h.versions[0]
    assert first.source == "import" and first.state["purity"] == 23.5 and first.state["adulterants"] == ["caffeine"]
    assert first.verified is True and h.versions[1].verified is True


def test_a_gap_in_the_trail_leaves_only_the_digest_and_a_state_not_matching_it_is_said(cat):
    rec = cat.add("reference_sample", sample())
    cat.update("reference_sample", rec["id"], {"lot": "L-2"})
    # Written around the store (no audit entry, no change-log row): the recovered states no longer match.
    cat.conn.execute("UPDATE reference_samples SET lot = 'L-X' WHERE id = ?", (rec["id"],))
    cat.conn.commit()
    h = history.record_history(cat, "reference_sample", rec["id"])
    assert h.versions[-1].verified is False and h.versions[0].verified is True
    assert not h.versions[-1].restorable
    with pytest.raises(CatalogueError, match="do not match the digest"):
        history.restore_version(cat, "reference_sample", rec["id"], 2)


def test_restoring_writes_a_new_audited_version_and_keeps_the_trail(cat):
    rec = cat.add("training_record", training())
    cat.update("training_record", rec["id"], {"hours": 40, "provider": "NFI"})
    before = len(cat.audit_entries())
    restored = history.restore_version(cat, "training_record", rec["id"], 1)
    assert restored["version"] == 3 and restored["hours"] == 32 and restored["provider"] == "UNODC"
    entries = cat.audit_entries()
    assert [e["action"] for e in entries[before:]] == ["update", "restore_version"]
    assert entries[-1]["detail"] == {"version": 3, "restored_version": 1}
    h = history.record_history(cat, "training_record", rec["id"])
    assert _changes(h.versions[2]) == {"hours": (40, 32), "provider": ("NFI", "UNODC")}
    assert h.versions[2].notes == [("restore_version", {"version": 3, "restored_version": 1})]
    assert all(v.verified for v in h.versions)
    assert cat.verify_chain().ok and cat.verify().ok
    with pytest.raises(CatalogueError, match="same values as the current one"):
        history.restore_version(cat, "training_record", rec["id"], 3)


def test_a_deleted_record_comes_back_as_a_new_record_with_its_last_values(cat):
    rec = cat.add("reference_sample", sample(lot="L-77"))
    cat.delete("reference_sample", rec["id"], reason="entered twice")
    h = history.record_history(cat, "reference_sample", rec["id"])
    assert h.deleted and h.versions[-1].op == "delete" and h.versions[0].state["lot"] == "L-77"
    back = history.restore_version(cat, "reference_sample", rec["id"], 2)
    assert back["id"] != rec["id"] and back["lot"] == "L-77"
    assert cat.audit_entries(record_id=back["id"])[-1]["detail"] == {
        "version": 1, "restored_from": rec["id"], "restored_version": 1}
    assert history.record_history(cat, "reference_sample", rec["id"]).restored_as == [back["id"]]


def test_a_standards_stock_stays_with_its_usage_log(cat):
    rec = cat.add("reference_sample", sample(opened_on=None))
    cat.update("reference_sample", rec["id"], {"storage_location": "Safe 9"})
    custody.withdraw(cat, rec["id"], 10, "mg")
    restored = history.restore_version(cat, "reference_sample", rec["id"], 1)
    assert restored["storage_location"] == "Safe 2, shelf B" and restored["remaining_quantity"] == 70


def test_only_an_administrator_or_a_quality_manager_restores(cat):
    add_staff(cat)
    rec = cat.add("training_record", training())
    cat.update("training_record", rec["id"], {"hours": 40})
    cat.act_as("ana")
    with pytest.raises(PermissionDenied, match="Only an administrator or a quality manager"):
        history.restore_version(cat, "training_record", rec["id"], 1)
    assert cat.get("training_record", rec["id"])["hours"] == 40
    cat.act_as("qm")
    assert history.restore_version(cat, "training_record", rec["id"], 1)["hours"] == 32


def test_an_unknown_record_or_version(cat):
    with pytest.raises(NotFound):
        history.record_history(cat, "reference_sample", "nope")
    rec = cat.add("reference_sample", sample())
    with pytest.raises(NotFound, match="no version 5"):
        history.restore_version(cat, "reference_sample", rec["id"], 5)


def test_the_trail_is_never_rewritten(cat):
    rec = cat.add("reference_sample", sample())
    cat.update("reference_sample", rec["id"], {"lot": "L-2"})
    with pytest.raises(sqlite3.DatabaseError):
        cat.conn.execute("UPDATE audit_log SET detail = '{}'")


def test_withdrawals_go_with_the_version_they_wrote_even_within_one_second(cat, monkeypatch):
    from labnet.catalogue import store
    monkeypatch.setattr(store, "utc_now", lambda: "2026-01-05T10:00:00Z")   # the demo writes so, all at once
    monkeypatch.setattr(custody, "utc_now", lambda: "2026-01-05T10:00:00Z", raising=False)
    rec = cat.add("reference_sample", sample(opened_on=None))
    custody.withdraw(cat, rec["id"], 10, "mg")
    custody.withdraw(cat, rec["id"], 5, "mg")
    h = history.record_history(cat, "reference_sample", rec["id"])
    assert [[d["quantity"] for a, d in v.notes if a == "withdraw"] for v in h.versions] == [[], [10], [5]]
