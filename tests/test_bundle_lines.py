"""Upsert lines written from a record's fields (protocol/bundle_lines.py) and the export that uses them.

Each line made is byte for byte what ``canonical.dumps_lines`` writes of the entry, and a line is made only
for an entry that breaks no format rule; anything else gives None and is written and checked as before.  An
export through them seals the same payloads as the export through entries (issue 18).
"""

from __future__ import annotations

import math

import pytest

from factories import profile, sample, training
from labnet.catalogue.parsing import JSON_PEAKS_ENCODE
from labnet.protocol import bundle_lines, canonical
from labnet.protocol.bundle_lines import Canonical, UpsertLines
from labnet.protocol.errors import BundleBuildError
from labnet.sync.outbox import Outbox
from labnet.sync.policy import default_policy, parse_policy
from test_sync_support import every_treatment_policy, hub, lab  # noqa: F401 (fixtures)

ID = "0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b"
FORMS = {"drug_type": "keep", "lab_sample_number": "pseudonym", "peaks": "keep", "purity": "keep",
         "seizure_date": "month", "adulterants": "keep", "weight_mg": "range", "shareable": "keep"}


def maker() -> UpsertLines:
    return UpsertLines("profiling_result", FORMS, 1, 1000)


def entry(record: dict, seq: int = 7, version: int = 2) -> dict:
    return {"id": ID, "kind": "profiling_result", "op": "upsert", "record": record, "seq": seq, "version": version}


GOOD = [
    {},
    {"drug_type": "heroin", "purity": 49.1},
    {"adulterants": ["caffeine", "paracétamol"], "drug_type": "cocaine", "lab_sample_number": "ps:" + "a" * 32,
     "peaks": {"6-MAM": 22210.0, "morphine": 3}, "purity": 1e-07, "seizure_date": "2025-09", "shareable": True,
     "weight_mg": [100.0, 1000.0]},
    {"peaks": {"a\u2028\"b": 0.0}, "purity": 100.0, "shareable": False},
    {"peaks": Canonical('{"b":1.5,"c":2.0}'), "purity": 0.0001},
]


@pytest.mark.parametrize("record", GOOD)
def test_a_line_is_the_canonical_json_of_its_entry(record):
    made = maker()("0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b", 7, 2, record)
    plain = {k: canonical.loads(v.text) if type(v) is Canonical else v for k, v in record.items()}
    assert made is not None
    assert made.line == canonical.dumps_lines([entry(plain)])
    assert made.item == ("profiling_result", ID, 2, 7, "upsert")


def test_a_value_met_again_gives_the_same_line():
    m = maker()
    first = [m(ID, 7, 2, r) for r in GOOD]
    assert [m(ID, 7, 2, r) for r in GOOD] == first


@pytest.mark.parametrize("record_id, seq, version, record", [
    ("0190A1B2-C3D4-7E5F-8A9B-0C1D2E3F4A5B", 7, 2, {}),        # not the catalogue's id form
    (ID, 0, 2, {}), (ID, 1001, 2, {}), (ID, 7, 0, {}), (ID, 7, True, {}), (ID, 7.0, 2, {}),   # seq, version
    (ID, 7, 2, {"purity": math.nan}), (ID, 7, 2, {"purity": math.inf}),      # canonical JSON refuses them
    (ID, 7, 2, {"purity": 2**53}),                                            # an integer beyond ±(2**53 - 1)
    (ID, 7, 2, {"drug_type": "heroin\ud800"}),                                # a lone surrogate
    (ID, 7, 2, {"case_number": "CR/1"}),                                      # not declared in the manifest
    (ID, 7, 2, {"purity": 49.1, "drug_type": "heroin"}),                     # keys not in code-point order
    (ID, 7, 2, {"drug_type": " heroin"}),                                     # not the field's canonical value
    (ID, 7, 2, {"purity": "49.1"}), (ID, 7, 2, {"peaks": []}),                # not of the field's JSON type
    (ID, 7, 2, {"lab_sample_number": "LS-1"}), (ID, 7, 2, {"seizure_date": "2025-09-01"}),   # not in its form
    (ID, 7, 2, {"weight_mg": [2, 1]}), (ID, 7, 2, {"adulterants": ["a", 1]}),
])
def test_no_line_for_an_entry_the_rules_refuse_or_json_would_write_otherwise(record_id, seq, version, record):
    assert maker()(record_id, seq, version, record) is None


def test_a_value_against_its_fields_own_rules_is_a_record_rule_and_gets_a_line():
    # Out of the vocabulary: the hub rejects that record alone (receipt), the bundle is well formed.
    record = {"drug_type": "chalk"}
    assert maker()(ID, 7, 2, record).line == canonical.dumps_lines([entry(record)])


def _catalogue(cat):
    for i in range(30):
        cat.add("profiling_result", profile(lab_sample_number=f"LS-{i}", shareable=True, seizure_place="Tema",
                                            purity=10.0 + i, adulterants=["caffeine", f"a{i % 3}"]))
        if i % 6 == 0:
            cat.add("reference_sample", sample(inventory_code=f"RS-{i}", shareable=True))
            cat.add("training_record", training(competence_area=f"Area {i}", shareable=True))


def _export(cat, policy, identity, hub_identity, monkeypatch, lines: bool):
    if not lines:
        monkeypatch.setattr(bundle_lines, "makers", lambda *a: {})
    cat.conn.execute("DELETE FROM outbox_items")
    cat.conn.execute("DELETE FROM outbox_bundles")
    cat.conn.execute("DELETE FROM outbox_settled")
    cat.conn.execute("DELETE FROM meta WHERE key = 'outbox_watermark'")
    made = Outbox(cat).export(identity, hub_identity.public, policy, max_part_bytes=64 * 1024)
    monkeypatch.undo()
    return [(h.payload_sha256, h.records) for h, _ in made.parts]


@pytest.mark.parametrize("policy", [default_policy(), parse_policy(every_treatment_policy())], ids=["default", "all"])
def test_an_export_through_lines_seals_the_same_payloads(cat, lab, hub, monkeypatch, policy):
    _catalogue(cat)
    # One peak table as written before tables were stored canonical, one stored canonical by hand that the
    # quick check does not pass (only what PeakTable.to_sql writes is taken as stored): both parsed and checked.
    cat.conn.execute("UPDATE profiling_results SET peaks = ? WHERE lab_sample_number = 'LS-3'",
                     (JSON_PEAKS_ENCODE({"b": 1.0, "a": 2.5}),))
    cat.conn.execute("UPDATE profiling_results SET peaks = ? WHERE lab_sample_number = 'LS-4'", ('{"a":1,"b":0}',))
    through_entries = _export(cat, policy, lab, hub, monkeypatch, lines=False)
    assert _export(cat, policy, lab, hub, monkeypatch, lines=True) == through_entries
    assert sum(records for _, records in through_entries) > 30


def test_a_stored_table_against_the_rules_is_refused_as_before(cat, lab, hub, monkeypatch):
    _catalogue(cat)
    # Written outside LabNet: a peak name with a space before it is no canonical table (a format rule).
    cat.conn.execute("UPDATE profiling_results SET peaks = ? WHERE lab_sample_number = 'LS-5'", ('{" a":1.0}',))
    errors = []
    for lines in (False, True):
        with pytest.raises(BundleBuildError) as caught:
            _export(cat, default_policy(), lab, hub, monkeypatch, lines=lines)
        errors.append(str(caught.value))
    assert errors[0] == errors[1] and "peaks" in errors[0]


def test_a_batch_of_rows_gives_each_row_the_line_it_gets_alone():
    """``UpsertLines.lines`` writes a batch column by column (texts looked up in C, floats by their repr, each new
    value checked once): each row's result is its line alone, or None, whatever the rows around it."""
    names = tuple(sorted(FORMS))
    records = [*GOOD,
               {"purity": -0.0}, {"purity": 0.0}, {"purity": 1}, {"purity": True}, {"purity": 1.0},
               {"purity": math.nan}, {"purity": math.inf}, {"purity": 2**53}, {"purity": "49.1"},
               {"drug_type": "heroin"}, {"drug_type": "heroin\ud800"}, {"drug_type": " heroin"},
               {"drug_type": "chalk"}, {"drug_type": 3},
               {"lab_sample_number": "ps:" + "b" * 32}, {"lab_sample_number": "LS-1"},
               {"lab_sample_number": "ps:" + "b" * 32 + "\n"}, {"seizure_date": "2025-13"},
               {"seizure_date": "2025-09"}, {"seizure_date": "2025-09-01"},
               {"adulterants": ["caffeine"]}, {"adulterants": ["a", 1]}, {"adulterants": [{"a": 1}]},
               {"adulterants": []}, {"adulterants": ["caffeine", "paracétamol"]},
               {"peaks": Canonical('{"b":1.5}')}, {"peaks": {"a": 1.0}}, {"peaks": []},
               {"weight_mg": [2, 1]}, {"weight_mg": [1.0, 2.0]}]
    heads = [(ID, 7, 2)] * len(records) + [("0190A1B2-C3D4-7E5F-8A9B-0C1D2E3F4A5B", 7, 2), (ID, 0, 2), (ID, 7, True),
                                           (ID, 7.0, 2), (ID, 1001, 2)]
    records += [{"drug_type": "heroin"}] * 5
    for order in (records, records[::-1]):
        ordered_heads = heads if order is records else heads[::-1]
        expected = [maker()(record_id, seq, version, record) for (record_id, seq, version), record
                    in zip(ordered_heads, order)]
        m = maker()
        layout = m.layout(names)
        rows = [(record_id, seq, version, [record.get(n) for n in names])
                for (record_id, seq, version), record in zip(ordered_heads, order)]
        assert m.lines(layout, rows) == expected
        assert m.lines(layout, rows) == expected   # every value met before now
    made = [maker()(ID, 7, 2, r) for r in records]
    assert sum(line is None for line in made) == 17
    for record, line in zip(records, made):
        if line is not None:
            plain = {k: canonical.loads(v.text) if type(v) is Canonical else v for k, v in record.items()}
            assert line.line == canonical.dumps_lines([entry(plain)])
    assert b'"purity":-0.0}' in made[len(GOOD)].line and b'"purity":0.0}' in made[len(GOOD) + 1].line
