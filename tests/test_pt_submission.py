"""A laboratory's proficiency-test results: the signed submission (labnet.protocol.pt_results), the results file
(labnet.sync.proficiency.read_results) and the hub's check of both (labnet.hub.proficiency.receive)."""

from __future__ import annotations

import datetime as dt

import pytest

from hub_server import enrol
from hub_server import hub_in_process as hub  # noqa: F401  (a fixture)
from labnet.hub import proficiency
from labnet.hub.errors import HubError
from labnet.protocol import canonical
from labnet.protocol.errors import SyncError
from labnet.protocol.keys import b64, create_identity
from labnet.protocol.pt_results import (
    PT_RESULTS_CONTEXT,
    PtResult,
    SubmissionError,
    SubmissionSignatureError,
    make_submission,
    verify_submission,
)
from labnet.sync.proficiency import read_results

RESULTS = [PtResult("PT-A", "cocaine", 31.2, "%"), PtResult("PT-A", "levamisole", 4.9, "%")]


def keys_of(*labs):
    known = {(lab.identity_id, lab.public.signing_key_id): lab.public.keys.signing for lab in labs}
    return lambda lab_id, key_id: known.get((lab_id, key_id))


def test_a_signed_submission_reads_back_and_any_change_breaks_it():
    lab, other = create_identity("lab", "Lab A", "GH"), create_identity("lab", "Lab B", "GH")
    data = make_submission(lab, hub_id="hub-1", round_id="PT-1", created_at="2026-12-05T10:00:00Z", results=RESULTS)
    sent = verify_submission(data, "hub-1", keys_of(lab, other))
    assert (sent.lab_id, sent.round_id, sent.results) == (lab.identity_id, "PT-1", tuple(RESULTS))
    doc = canonical.loads(data)
    doc["submission"]["results"][0]["value"] = 13.2
    with pytest.raises(SubmissionSignatureError):
        verify_submission(canonical.dumps(doc), "hub-1", keys_of(lab, other))
    named_other = data.replace(lab.identity_id.encode(), other.identity_id.encode())  # in another lab's name
    with pytest.raises(SubmissionSignatureError):
        verify_submission(named_other, "hub-1", keys_of(lab, other))
    with pytest.raises(SubmissionSignatureError):  # a key the hub does not know (or a revoked laboratory)
        verify_submission(data, "hub-1", keys_of(other))
    with pytest.raises(SubmissionError, match="another hub"):
        verify_submission(data, "hub-2", keys_of(lab))
    for damaged in (b"", b"{}", data[:-5], b"[1]"):
        with pytest.raises(SubmissionError):
            verify_submission(damaged, "hub-1", keys_of(lab))


def test_a_result_that_is_not_a_number_is_refused_even_signed():
    lab = create_identity("lab", "Lab A", "GH")
    body = {"format": "labnet-pt-results", "version": 1, "lab_id": lab.identity_id,
            "lab_key_id": lab.public.signing_key_id, "hub_id": "h", "round": "PT-1", "created_at": "t",
            "results": [{"material": "PT-A", "analyte": "cocaine", "value": "31.2", "unit": "%"}]}
    # a value sent as text is not a number, however it is signed
    data = canonical.dumps({"submission": body, "signature": b64(lab.sign(PT_RESULTS_CONTEXT + canonical.dumps(body)))})
    with pytest.raises(SubmissionError, match="finite number"):
        verify_submission(data, "h", keys_of(lab))


def test_results_files_csv_and_toml(tmp_path):
    csv = tmp_path / "r.csv"
    csv.write_text("Unit,Material,Analyte,Value\n%,PT-A,cocaine,\"31,2\"\n%,PT-A,levamisole,4.9\n", encoding="utf-8")
    assert read_results(csv) == RESULTS
    toml = tmp_path / "r.toml"
    toml.write_text('[[results]]\nmaterial = "PT-A"\nanalyte = "cocaine"\nvalue = 31.2\nunit = "%"\n'
                    '[[results]]\nmaterial = "PT-A"\nanalyte = "levamisole"\nvalue = 4.9\nunit = "%"\n',
                    encoding="utf-8")
    assert read_results(toml) == RESULTS
    for text, said in (("material,analyte,value\nA,b,1\n", "columns"), ("material,analyte,value,unit\n", "no result"),
                       ("material,analyte,value,unit\nA,b,x,%\n", "not a number"),
                       ("material,analyte,value,unit\nA,b,inf,%\n", "not a number"),
                       ("material,analyte,value,unit\nA,,1,%\n", "row 2: no analyte")):
        bad = tmp_path / "bad.csv"
        bad.write_text(text, encoding="utf-8")
        with pytest.raises(SyncError, match=said):
            read_results(bad)


def test_the_hub_checks_the_signer_is_the_signed_in_laboratory_and_the_round(hub):
    a, b = enrol(hub, "Lab A"), enrol(hub, "Lab B")
    hub.store.clock = lambda: dt.datetime(2026, 12, 1, tzinfo=dt.UTC)
    proficiency.create(hub, "admin", round_id="PT-1", deadline="2026-12-20T00:00:00Z",
                       items=[{"material": "PT-A", "analyte": "cocaine", "unit": "%"},
                              {"material": "PT-A", "analyte": "levamisole", "unit": "%"}],
                       labs=[a.identity_id, b.identity_id])
    data = make_submission(a, hub_id=hub.identity.identity_id, round_id="PT-1", created_at="t", results=RESULTS)
    with pytest.raises(HubError) as refused:
        proficiency.receive(hub, b.identity_id, "PT-1", data)  # b's session, a's signed results
    assert refused.value.code == "wrong-uploader"
    with pytest.raises(HubError) as refused:
        proficiency.receive(hub, a.identity_id, "PT-2", data)
    assert refused.value.code == "pt-result-invalid"
    with pytest.raises(HubError) as refused:
        proficiency.receive(hub, a.identity_id, "PT-1", data[:-3])
    assert refused.value.code == "pt-result-invalid"
    answer = proficiency.receive(hub, a.identity_id, "PT-1", data)
    assert answer == {"round": "PT-1", "accepted": 2, "received_at": "2026-12-01T00:00:00+00:00"}
    assert hub.store.pt.submissions("PT-1", a.identity_id) == [data]
    hub.store.revoke(a.identity_id, "closed")
    with pytest.raises(HubError) as refused:
        proficiency.receive(hub, a.identity_id, "PT-1", data)
    assert refused.value.code == "signature-invalid"


def test_labnet_bulletins_says_what_a_proficiency_test_bulletin_holds():
    from labnet.cli.network_commands import _summary
    from labnet.protocol.bulletin import Bulletin

    def said(kind, content):
        return _summary(Bulletin(1, "hub", "lab", kind, "2026-12-21T00:00:00Z", content, b""))

    assert said("pt-round", {"round": "PT-1", "deadline": "2026-12-20T18:00:00+00:00", "code": "P02",
                             "items": [{}, {}]}) == (
        "proficiency test PT-1: 2 results to send by 2026-12-20T18:00:00+00:00 "
        "(“labnet pt submit --round PT-1 FILE”), as participant P02")
    assert said("pt-result", {"round": "PT-1", "results": [
        {"material": "PT-A", "analyte": "cocaine", "z": -3.2, "kind": "z", "outcome": "unsatisfactory"},
        {"material": "PT-B", "analyte": "cocaine", "z": None}]}) == (
        "proficiency test PT-1, your scores: cocaine in PT-A: z = -3.20 (unsatisfactory)")
    assert said("pt-summary", {"round": "PT-1", "participants": 3}) == (
        "proficiency test PT-1 closed: the round's summary (3 participants)")
