"""A peak value float64 cannot hold (an integer past its range, 1e400, NaN/Infinity) is refused where it enters and
kept out of linking with its reason: it never crashes the hub's link job or a laboratory's Linkage view.

Values float64 holds (1e300, integers up to 2**53 and past it as float64 rounds them) keep today's reading.
"""
from __future__ import annotations

import json
import logging

import pytest

from labnet.catalogue.store import Catalogue
from labnet.hub.ingest import Ingestor
from labnet.hub.linking import NetworkLinker
from labnet.profiling.targets import profile_matrix
from labnet.protocol import bundle as bundle_module
from labnet.protocol.bundle import make_bundles
from labnet.protocol.opening import open_bundle
from labnet.protocol.receipt import verify_receipt
from labnet.sync.outbox import Outbox
from test_hub_ingest import POLICY, enrol, hub  # noqa: F401  (the hub fixture)
from test_hub_linking import BATCH, method, near, result

HUGE = 10**400
NAMES = ("a", "b")


@pytest.mark.parametrize("value", [HUGE, -HUGE, HUGE + 1, float("inf"), float("-inf"), float("nan"), "1e400",
                                   "-1e400", "1" + "0" * 400, json.loads("Infinity"), json.loads("NaN"),
                                   json.loads("1e400"), json.loads("-1e400")])
@pytest.mark.parametrize("signed", [False, True])
def test_a_value_float64_cannot_hold_is_rejected_with_its_reason_and_the_other_rows_kept(value, signed):
    matrix = profile_matrix([("good", {"a": 1.0, "b": 2.0}), ("bad", {"a": value, "b": 2.0}),
                             ("after", {"a": 3.0, "b": 4.0})], NAMES, signed=signed)
    assert matrix.labels == ["good", "after"]
    [(label, reason)] = matrix.rejected
    assert label == "bad" and "a" in reason
    assert matrix.values.tolist() == [[1.0, 2.0], [3.0, 4.0]]


def test_an_integer_past_float64_is_named_by_its_size_not_printed_in_full():
    [(_, reason)] = profile_matrix([("bad", {"a": HUGE})], NAMES).rejected
    assert "1329-bit integer" in reason and "floating-point" in reason and len(reason) < 200


@pytest.mark.parametrize("value", [1e300, 2**53 - 1, 2**53, 2**60, 10**300, 1.7976931348623157e308])
def test_values_float64_holds_keep_their_reading(value):
    matrix = profile_matrix([("big", {"a": value})], NAMES)
    assert matrix.rejected == [] and matrix.values.tolist() == [[float(value), 0.0]]


def test_the_link_job_skips_a_stored_profile_past_float64_logs_why_and_links_the_others(
        hub, tmp_path, caplog):  # noqa: F811
    """A record held with a peak past float64 (written before this check, or by a damaged store) is kept out
    of linking with a logged reason; the job completes and links the other laboratories' profiles."""
    a, b = enrol(hub, "Lab Accra"), enrol(hub, "Lab Lomé")
    linker = NetworkLinker(hub)
    linker.publish_method(method().to_json())
    with Catalogue.open(tmp_path / "a", user="amina") as cat_a, Catalogue.open(tmp_path / "b", user="kofi") as cat_b:
        kept_a = cat_a.add("profiling_result", result(peaks=BATCH))
        hostile = cat_a.add("profiling_result", result(peaks=near(BATCH, 1.01)))
        kept_b = cat_b.add("profiling_result", result(peaks=near(BATCH, 0.98)))
        for lab, cat in ((a, cat_a), (b, cat_b)):
            for _, data in Outbox(cat).export(lab, hub.identity.public, POLICY).parts:
                assert Ingestor(hub).ingest(data, source="file").status == "processed"
    [row] = hub.store.query("SELECT record FROM network_records WHERE record_id = ?", (hostile["id"],))
    record = json.loads(row["record"])
    record["peaks"]["DPIA"] = HUGE
    with hub.store.transaction() as conn:
        conn.execute("UPDATE network_records SET record = ? WHERE record_id = ?", (json.dumps(record), hostile["id"]))
    with caplog.at_level(logging.WARNING, logger="labnet.hub.linking"):
        linker.run_pending()
    linked = {frozenset((r["record_a"], r["record_b"])) for r in hub.store.query("SELECT * FROM network_links")}
    assert frozenset((kept_a["id"], kept_b["id"])) in linked
    assert not any(hostile["id"] in pair for pair in linked)
    assert any(hostile["id"] in m and "floating-point" in m for m in caplog.messages)


@pytest.mark.parametrize("number", [b"1" + b"0" * 400, b"-1" + b"0" * 400, b"1e400", b"-1e400", b"Infinity",
                                    b"NaN", b"-Infinity"])
def test_a_signed_bundle_carrying_a_peak_past_float64_is_rejected_with_a_signed_receipt_saying_why(
        hub, tmp_path, monkeypatch, number):  # noqa: F811
    """A validly signed bundle from a hostile or buggy laboratory, its line holding a number float64 cannot hold:
    the hub answers with a signed receipt that names the line (canonical JSON holds no such number), stores none
    of it, and stays up for the next bundle."""
    lab = enrol(hub)
    with Catalogue.open(tmp_path / "lab", user="amina") as cat:
        cat.add("profiling_result", result(peaks=BATCH))
        [(_, sound)] = Outbox(cat).export(lab, hub.identity.public, POLICY).parts
    opened = open_bundle(sound, hub.identity, lambda lab_id, key_id: lab.public.keys)
    [line] = opened.lines
    assert b'"DPIA":0.7' in line
    forged = line.replace(b'"DPIA":0.7', b'"DPIA":' + number)
    # The laboratory's own check refuses such a line; a hostile one skips it.
    monkeypatch.setattr(bundle_module.rules, "check_built", lambda *args, **kwargs: None)
    h = opened.header
    [(_, data)] = make_bundles(lab, hub.identity.public.keys, opened.manifest, [opened.entries[0]], lines=[forged + b"\n"],
                               seq_from=h.seq_from, seq_to=h.seq_to, policy_sha256=h.policy_sha256,
                               max_part_bytes=16 * 1024 * 1024, max_payload_bytes=64 * 1024 * 1024)
    monkeypatch.undo()
    outcome = Ingestor(hub).ingest(data, source="file")
    assert outcome.status == "rejected" and "line 2" in outcome.reason
    assert verify_receipt(outcome.receipt, hub.identity.public, lab.identity_id).status == "rejected"
    assert hub.store.query("SELECT count(*) FROM network_records")[0][0] == 0
    assert Ingestor(hub).ingest(sound, source="file").status == "processed"   # the hub is up, the sound copy taken


def _payload_checks():
    from labnet.catalogue.records import RECORD_TYPES
    from labnet.protocol.valueforms import FORMS, form_allowed, form_check
    return [(kind, f.name, form, form_check(rt, f.name, form)) for kind, rt in RECORD_TYPES.items()
            for f in rt.fields for form in FORMS if form_allowed(f.type, kind, f.name, form)]


@pytest.mark.parametrize("value", [HUGE, -HUGE, float("nan"), float("inf"), [HUGE, HUGE + 1], [1, HUGE], [-HUGE, 1],
                                   [float("nan"), 1], {"DPIA": HUGE}, {"DPIA": -HUGE}, {"DPIA": float("inf")}])
def test_the_hubs_record_rules_refuse_a_number_past_float64_in_every_field_and_form_without_raising(value):
    """The rules a bundle's records are held to (protocol/valueforms.py) read a line with json's plain parser, so
    an integer of 400 digits or a NaN reaches them: each field in each form says what is wrong, none raises."""
    checks = _payload_checks()
    assert checks
    for kind, name, form, check in checks:
        assert check(value) is not None, (kind, name, form)


@pytest.mark.parametrize("cell", [b"1" + b"0" * 400, b"1e400"])
def test_a_profile_file_whose_xlsx_cell_is_past_float64_leaves_that_profile_out_with_its_reason(tmp_path, cell):
    """``labnet profiles link FILE`` reads a workbook another program wrote, its number cell 400 digits or 1e400:
    that profile is left out with its reason, the others read (the file's columns are read as float64 first)."""
    import zipfile

    import openpyxl

    from labnet.profiling.filetable import read_file_population

    book = openpyxl.Workbook()
    for row in (["id", "grp", "c1", "c2"], ["A", "g1", 1, 2], ["B", "g1", 1.5e300, 2], ["C", "g2", 3, 4],
                ["D", "g2", 3.1, 4]):
        book.active.append(row)
    book.save(tmp_path / "plain.xlsx")
    path = tmp_path / "p.xlsx"
    with zipfile.ZipFile(tmp_path / "plain.xlsx") as source, zipfile.ZipFile(path, "w") as out:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "xl/worksheets/sheet1.xml":
                assert b"1.5e+300" in data
                data = data.replace(b"1.5e+300", cell)
            out.writestr(item, data)
    population = read_file_population(path, "id", "grp", targets=["c1", "c2"])
    assert population.labels == ["A", "C", "D"]
    [(label, reason)] = population.rejected
    assert label == "B" and "c1" in reason


@pytest.mark.parametrize("value", [float("inf"), float("-inf"), float("nan")])
def test_a_peers_search_holding_a_value_float64_does_not_make_finite_is_refused(value):
    """A peer's query profiles travel as float64 bytes (no integer past float64 can be written there): an infinity
    or NaN among them refuses the search, read before any comparison."""
    import numpy as np

    from labnet.protocol.federation import MethodKey, Search
    from labnet.protocol.federation_seal import FederationError

    values = np.array([[1.0, 2.0], [value, 2.0]])
    content = Search("s" * 32, MethodKey("amph", 2, "ab" * 32), ("q:1", "q:2"), values).to_json()
    with pytest.raises(FederationError, match="not a finite number"):
        Search.from_json(json.loads(json.dumps(content)))
    sound = Search("s" * 32, MethodKey("amph", 2, "ab" * 32), ("q:1", "q:2"), np.array([[1.0, 2.0], [1e300, 2.0]]))
    assert Search.from_json(sound.to_json()).values.tolist() == [[1.0, 2.0], [1e300, 2.0]]
