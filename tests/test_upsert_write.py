"""``upsert_write.log_inserts``: the change-log rows of a chunk's new records written in one statement
over ``json_each`` are the rows ``Catalogue._log_changes`` binds one by one — every character of a
natural key (quotes, backslashes, tabs and new lines, accents, a character outside the BMP, a NUL), in
order and numbered consecutively after what the log held."""

import sqlite3

from labnet.catalogue import integrity, upsert_write
from labnet.catalogue.records import record_type
from labnet.catalogue.store import Catalogue
from test_import_streaming import fixed_clock  # noqa: F401 - a fixture: the same ids and times in both runs

LOG_CHANGES = Catalogue._log_changes
KEYS = ["LS-1", 'LS-"2"', "LS\\3", "LS\t4\nb", "LS-é5", "LS-\U0001f9ea6", "LS-\u20287", " LS-8 ", "LS-\x009"]


def write_all(path, monkeypatch, json_rows: bool) -> list[tuple]:
    monkeypatch.setattr(upsert_write, "_JSON_ROWS", json_rows)
    used = []

    def logged(self, rt, items, now):
        if items:
            used.append(len(items))
        return LOG_CHANGES(self, rt, items, now)
    monkeypatch.setattr(Catalogue, "_log_changes", logged)
    with Catalogue.open(path, user="amina") as cat:
        cat.add("profiling_result", {"lab_sample_number": "LS-0", "drug_type": "cocaine"})
        cat.delete("profiling_result", cat.find("profiling_result", {"lab_sample_number": "LS-0"})["id"])
        records = [{"lab_sample_number": k, "drug_type": "heroin"} for k in KEYS]
        with upsert_write.UpsertWriter(cat, record_type("profiling_result")) as writer:
            writer.write(cat.plan_upsert("profiling_result", records[:4]))
            writer.write(cat.plan_upsert("profiling_result", records[4:8]))
            writer.write(cat.plan_upsert("profiling_result", records[8:]))
        assert integrity.verify(cat.conn, path / "attachments").ok
    conn = sqlite3.connect(path / "catalogue.db")
    try:
        rows = conn.execute("SELECT seq, kind, version, op, user, natural_key, sha256, typeof(version), "
                            "length(natural_key) FROM changes ORDER BY seq").fetchall()
        ids = conn.execute("SELECT c.seq FROM changes c JOIN profiling_results p ON p.id = c.record_id "
                           "ORDER BY c.seq").fetchall()
    finally:
        conn.close()
    return rows, ids, used


def test_the_chunks_change_log_rows_are_the_rows_bound_one_by_one(tmp_path, monkeypatch, fixed_clock):
    bound, bound_ids, bound_used = write_all(tmp_path / "bound", monkeypatch, False)
    fixed_clock()
    one, one_ids, one_used = write_all(tmp_path / "json", monkeypatch, True)
    assert one == bound
    assert [r[5] for r in one[2:]] == KEYS and one[0][0] == 1 and [r[0] for r in one] == list(range(1, 12))
    assert one_ids == bound_ids and len(one_ids) == len(KEYS)
    # Bound one by one: the add, the delete, the three chunks; by json_each: the chunk holding a NUL only.
    assert bound_used == [1, 1, 4, 4, 1] and one_used == [1, 1, 1]
