"""Peak tables stored as their canonical JSON (PeakTable.to_sql), and what that changes nowhere else.

A table that passes its field's quick check is stored as ``labnet.protocol.canonical`` writes it, so a bundle
carries the stored text as it is; any other table is stored as before (spaces after ``:`` and ``,``).  A
catalogue written before keeps its spaced texts: a re-import of the same values is still "unchanged".
"""

import json
import math

import pytest

from factories import profile
from labnet.catalogue.field_types import PEAK_TABLE, canonical_peaks
from labnet.catalogue.parsing import JSON_PEAKS_ENCODE
from labnet.catalogue.records import RECORD_TYPES
from labnet.catalogue.store import Catalogue
from labnet.protocol import canonical

PEAKS = RECORD_TYPES["profiling_result"].field("peaks")


@pytest.mark.parametrize("table", [
    {"b": 1.5, "a": 2.0}, {"α-phenylethylamine": 12345678.9, "P2P": 1e-07}, {"x": 0.0, "y": -0.0}, {"a": 3},
    {"a": 2**53 - 1}, {'a"b': 1.0}, {"a\\b\u2028c": 1.0}, {"tab\there": 1e16},
])
def test_a_table_that_passes_the_quick_check_is_stored_canonical(table):
    assert canonical_peaks(table) and PEAKS.type.quick_check(PEAKS)(table)
    assert PEAK_TABLE.to_sql(table) == canonical.dumps(table).decode("utf-8")
    assert '": ' not in PEAK_TABLE.to_sql(table)
    assert PEAK_TABLE.from_sql(PEAK_TABLE.to_sql(table)) == table


@pytest.mark.parametrize("table", [
    {}, {" a": 1.0}, {"a ": 1.0}, {"": 1.0}, {"a": -1.0}, {"a": 2**53}, {"a": True}, {"a": math.inf},
    {"a": math.nan, "b": 1.0}, {'k": v': 1.0},
])
def test_any_other_table_is_stored_as_before(table):
    assert not canonical_peaks(table) or '": ' in canonical.dumps(table).decode("utf-8")
    assert PEAK_TABLE.to_sql(table) == JSON_PEAKS_ENCODE(table)
    assert PEAK_TABLE.to_sql(table) == json.dumps(table, ensure_ascii=False, sort_keys=True)
    assert table == {} or '": ' in PEAK_TABLE.to_sql(table)   # what tells a bundle builder to check it in full


def test_a_reimport_into_a_catalogue_written_before_is_unchanged(tmp_path):
    with Catalogue.open(tmp_path, user="owner") as cat:
        record_id = cat.add("profiling_result", profile())["id"]
        stored = cat.conn.execute("SELECT peaks FROM profiling_results").fetchone()[0]
        assert stored == canonical.dumps(profile()["peaks"]).decode("utf-8")
        # As the writer before stored it (the test writes it so directly: the row's digest is not the point here)
        cat.conn.execute("UPDATE profiling_results SET peaks = ? WHERE id = ?",
                         (JSON_PEAKS_ENCODE(profile()["peaks"]), record_id))
        assert [p.action for p in cat.plan_upsert("profiling_result", [profile()])] == ["unchanged"]
        changed = profile(peaks={**profile()["peaks"], "DPIA": 0.8})
        assert [p.action for p in cat.plan_upsert("profiling_result", [changed])] == ["update"]
        assert [p.action for p in cat.plan_upsert("profiling_result", [profile(purity=24.0)])] == ["update"]
