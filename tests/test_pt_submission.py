"""A laboratory's proficiency-test results: the signed submission (labnet.protocol.pt_results), the results file
(labnet.sync.proficiency.read_results) and the hub's check of both (labnet.hub.proficiency.receive)."""

from __future__ import annotations

import base64
import datetime as dt

import pytest

from hub_server import enrol
from hub_server import hub_in_process as hub  # noqa: F401  (a fixture)
from labnet.hub import proficiency
from labnet.hub.errors import HubError
from labnet.protocol import canonical
from labnet.protocol.errors import SyncError
from labnet.protocol.keys import b64, create_identity, unb64
from labnet.protocol.pt_results import (
    PT_RESULTS_CONTEXT,
    PtResult,
    SubmissionError,
    SubmissionSealError,
    SubmissionSignatureError,
    make_submission,
    open_submission,
    seal_submission,
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


def sealed(lab, hub, results=RESULTS, created_at="2026-12-01T09:00:00Z", round_id="PT-1"):
    """The results as a laboratory sends them: signed, sealed to ``hub``'s current key, signed again."""
    return seal_submission(lab, hub.identity.public.keys, make_submission(
        lab, hub_id=hub.identity.identity_id, round_id=round_id, created_at=created_at, results=results))


def a_round(hub, *labs):
    hub.store.clock = lambda: dt.datetime(2026, 12, 1, tzinfo=dt.UTC)
    proficiency.create(hub, "admin", round_id="PT-1", deadline="2026-12-20T00:00:00Z",
                       items=[{"material": "PT-A", "analyte": "cocaine", "unit": "%"},
                              {"material": "PT-A", "analyte": "levamisole", "unit": "%"}],
                       labs=[lab.identity_id for lab in labs])


def refused(hub, lab_id, data, round_id="PT-1") -> str:
    with pytest.raises(HubError) as caught:
        proficiency.receive(hub, lab_id, round_id, data)
    return caught.value.code


def test_the_hub_checks_the_signer_is_the_signed_in_laboratory_and_the_round(hub):
    a, b = enrol(hub, "Lab A"), enrol(hub, "Lab B")
    a_round(hub, a, b)
    data = sealed(a, hub)
    assert refused(hub, b.identity_id, data) == "wrong-uploader"  # b's session, a's signed results
    assert refused(hub, a.identity_id, data, "PT-2") == "pt-result-invalid"
    assert refused(hub, a.identity_id, data[:-3]) == "pt-result-invalid"
    # the time it was made orders a laboratory's submissions: one that says no time is refused
    assert refused(hub, a.identity_id, sealed(a, hub, created_at="yesterday")) == "pt-result-invalid"
    answer = proficiency.receive(hub, a.identity_id, "PT-1", data)
    assert answer == {"round": "PT-1", "accepted": 2, "received_at": "2026-12-01T00:00:00+00:00"}
    # the hub keeps the laboratory's signed submission (what was inside the seal), which anyone can check
    (kept_at, kept), = hub.store.pt.submissions("PT-1", a.identity_id)
    assert verify_submission(kept, hub.identity.identity_id, keys_of(a)).results == tuple(RESULTS)
    hub.store.revoke(a.identity_id, "closed")
    assert refused(hub, a.identity_id, sealed(a, hub, created_at="2026-12-01T10:00:00Z")) == "signature-invalid"


def test_sealed_results_do_not_show_in_the_bytes_and_open_only_at_their_hub(hub):
    a = enrol(hub, "Lab A")
    data = sealed(a, hub, [PtResult("PT-A", "cocaine", 31.2345, "%")])
    clear = make_submission(a, hub_id=hub.identity.identity_id, round_id="PT-1", created_at="t",
                            results=[PtResult("PT-A", "cocaine", 31.2345, "%")])
    assert b"31.2345" in clear and b"cocaine" in clear                  # the signed submission, in clear
    assert b"31.2345" not in data and b"cocaine" not in data and b"PT-A" not in data   # sealed: neither
    opened, inner = open_submission(data, hub.identity, keys_of(a))
    assert opened.results == (PtResult("PT-A", "cocaine", 31.2345, "%"),) and b"31.2345" in inner
    other_hub = create_identity("hub", "Other hub", "KE")   # sealed to another hub's key, the envelope naming this hub
    doc = canonical.loads(seal_submission(a, other_hub.public.keys, inner))
    doc["envelope"]["hub_id"] = hub.identity.identity_id
    with pytest.raises(SubmissionError):
        open_submission(canonical.dumps(doc), hub.identity, keys_of(a))
    with pytest.raises(SubmissionSealError, match="another hub key"):   # re-signed: still not this hub's key
        open_submission(resign(a, doc), hub.identity, keys_of(a))
    with pytest.raises(SubmissionSealError, match="not sealed"):
        open_submission(clear, hub.identity, keys_of(a))
    doc = canonical.loads(data)
    doc["sealed"] = b64(bytes(x ^ (i == 1200) for i, x in enumerate(base64.b64decode(doc["sealed"]))))
    with pytest.raises(SubmissionSignatureError):                     # a changed byte under the signature
        open_submission(canonical.dumps(doc), hub.identity, keys_of(a))
    with pytest.raises(SubmissionSealError, match="does not open"):   # the same change, signed again by the lab
        open_submission(resign(a, doc), hub.identity, keys_of(a))


def resign(lab, doc) -> bytes:
    """``doc``'s envelope and sealed bytes signed again by ``lab``, as a laboratory could."""
    from labnet.protocol.pt_results import _envelope_signed

    envelope = canonical.dumps(doc["envelope"])
    return canonical.dumps({**doc, "signature": b64(lab.sign(_envelope_signed(envelope, unb64(doc["sealed"],
                                                                                                "sealed"))))})


def test_a_submission_signed_by_another_laboratory_is_refused(hub):
    a, b = enrol(hub, "Lab A"), enrol(hub, "Lab B")
    a_round(hub, a, b)
    # b seals and signs, the envelope in a's name: the signature is not a's
    doc = canonical.loads(sealed(b, hub))
    doc["envelope"] = {**doc["envelope"], "lab_id": a.identity_id, "lab_key_id": a.public.signing_key_id}
    assert refused(hub, a.identity_id, canonical.dumps(doc)) == "signature-invalid"
    # a seals, in its own name, the results b signed: the inside is not what the envelope says
    inner = make_submission(b, hub_id=hub.identity.identity_id, round_id="PT-1", created_at="2026-12-01T09:00:00Z",
                            results=RESULTS)
    assert refused(hub, a.identity_id, seal_submission(a, hub.identity.public.keys, inner)) == "pt-result-invalid"
    # a's own, sent in b's session
    assert refused(hub, b.identity_id, sealed(a, hub)) == "wrong-uploader"
    assert hub.store.pt.result_count("PT-1") == 0


def test_the_same_submission_twice_changes_nothing_and_an_older_one_cannot_come_back(hub):
    a = enrol(hub, "Lab A")
    a_round(hub, a)
    first = sealed(a, hub, created_at="2026-12-01T09:00:00Z")
    answer = proficiency.receive(hub, a.identity_id, "PT-1", first)
    hub.store.clock = lambda: dt.datetime(2026, 12, 2, tzinfo=dt.UTC)
    assert proficiency.receive(hub, a.identity_id, "PT-1", first) == answer   # the same bytes: as the first time
    inner = open_submission(first, hub.identity, keys_of(a))[1]
    again = seal_submission(a, hub.identity.public.keys, inner)   # the same submission, sealed anew
    assert again != first and proficiency.receive(hub, a.identity_id, "PT-1", again) == answer
    assert len(hub.store.pt.submissions("PT-1", a.identity_id)) == 1
    # a new submission replaces the results (the last submission counts) ...
    second = sealed(a, hub, [PtResult("PT-A", "cocaine", 29.0, "%")], created_at="2026-12-02T09:00:00Z")
    assert proficiency.receive(hub, a.identity_id, "PT-1", second)["received_at"] == "2026-12-02T00:00:00+00:00"
    assert [(r.analyte, r.value) for r in hub.store.pt.results("PT-1")] == [("cocaine", 29.0), ("levamisole", 4.9)]
    # ... and the first cannot come back, nor one made before the last kept
    assert refused(hub, a.identity_id, first) == "pt-replayed"
    assert refused(hub, a.identity_id, sealed(a, hub, created_at="2026-12-01T12:00:00Z")) == "pt-replayed"
    assert [(r.analyte, r.value) for r in hub.store.pt.results("PT-1")] == [("cocaine", 29.0), ("levamisole", 4.9)]
    # a third in the same second as the second: the last made counts, whatever order the rows come back in
    third = sealed(a, hub, [PtResult("PT-A", "cocaine", 28.5, "%")], created_at="2026-12-02T09:00:01Z")
    assert proficiency.receive(hub, a.identity_id, "PT-1", third)["received_at"] == "2026-12-02T00:00:00+00:00"
    assert proficiency.receive(hub, a.identity_id, "PT-1", third)["accepted"] == 1          # the same: as before
    assert refused(hub, a.identity_id, second) == "pt-replayed"
    assert [(r.analyte, r.value) for r in hub.store.pt.results("PT-1")] == [("cocaine", 28.5), ("levamisole", 4.9)]
    assert len(hub.store.pt.submissions("PT-1", a.identity_id)) == 3


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
