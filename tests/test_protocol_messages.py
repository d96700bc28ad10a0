"""The protocol's typed messages: each JSON message the laboratory and the hub exchange reads back what it wrote,
refuses a malformed one with a sentence naming the field, and signs the same bytes as before (the vectors)."""

import json

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from labnet.protocol.bulletin import make_bulletin, verify_bulletin
from labnet.protocol.enrolment import Enrolled, EnrolmentError, EnrolmentRequest, enrolment_request, proof_statement
from labnet.protocol.held import HeldPage, HeldRecord
from labnet.protocol.keys import create_identity, unb64
from labnet.protocol.notices import LinkNotice, MethodAnnounced, MethodRef, Notice, content_of
from labnet.protocol.session import Session, SessionRequest, session_statement, sign_session_request
from labnet.protocol.wire import WireError

LAB = create_identity("lab", "Protocol Lab", "GH")
HUB = create_identity("hub", "Protocol Hub", "KE")


def test_a_session_request_reads_back_and_its_signature_covers_the_statement():
    body = sign_session_request(LAB.current.signing, hub_key_id="h" * 64, lab_id=LAB.identity_id,
                                key_id=LAB.public.signing_key_id)
    parsed = SessionRequest.from_json(json.loads(json.dumps(body)))
    assert parsed.to_json() == body
    assert parsed.statement() == session_statement("h" * 64, LAB.identity_id, LAB.public.signing_key_id,
                                                   body["time"], body["nonce"])
    Ed25519PublicKey.from_public_bytes(LAB.public.keys.signing).verify(parsed.signature, parsed.statement())


@pytest.mark.parametrize("change, said", [
    ({"nonce": None}, "lacks its “nonce”"),
    ({"lab_id": 7}, "“lab_id” is not text"),
    ({"signature": "not base64!"}, "signature is not base64"),
])
def test_a_malformed_session_request_is_refused_naming_the_field(change, said):
    body = sign_session_request(LAB.current.signing, hub_key_id="h" * 64, lab_id=LAB.identity_id,
                                key_id=LAB.public.signing_key_id)
    body.update(change)
    body = {k: v for k, v in body.items() if v is not None}
    with pytest.raises(WireError, match=said):
        SessionRequest.from_json(body)
    with pytest.raises(WireError, match="not a JSON object"):
        SessionRequest.from_json([body])


def test_the_hubs_session_answer_is_typed():
    assert Session.from_json({"token": "t", "expires_at": "2026-01-01T00:00:00Z"}) == Session("t", "2026-01-01T00:00:00Z")
    with pytest.raises(WireError, match="lacks its “token”"):
        Session.from_json({"expires_at": "2026-01-01T00:00:00Z"})


def test_an_enrolment_request_reads_back_and_its_proof_verifies():
    body = enrolment_request(LAB, "h" * 64, "token-1")
    parsed = EnrolmentRequest.from_json(json.loads(json.dumps(body)))
    assert parsed.to_json() == body and parsed.token == "token-1"
    assert LAB.public.keys.verify(unb64(parsed.proof, "proof"), proof_statement("h" * 64, "token-1"))


@pytest.mark.parametrize("change, said", [
    ({"format": "x"}, "not a LabNet registration"),
    ({"identity": "text"}, "not an identity document"),
    ({"proof": None}, "lacks its proof"),
])
def test_a_malformed_enrolment_request_is_refused(change, said):
    body = {**enrolment_request(LAB, "h" * 64, "token-1"), **change}
    body = {k: v for k, v in body.items() if v is not None}
    with pytest.raises(EnrolmentError, match=said):
        EnrolmentRequest.from_json(body)


def test_the_hubs_answer_to_an_enrolment_is_typed():
    answer = {"lab_id": LAB.identity_id, "name": "Protocol Lab", "country": "GH",
              "hub_identity": json.loads(HUB.public.to_json())}
    assert Enrolled.from_json(answer).to_json() == answer
    with pytest.raises(WireError, match="“hub_identity” is not a JSON object"):
        Enrolled.from_json({**answer, "hub_identity": "x"})


METHOD_REF = {"name": "heroin-v2", "drug_type": "heroin", "metric": "pearson", "threshold": 0.9,
              "higher_is_similar": True, "likelihood_ratio_calibration": "pav"}


def test_a_links_method_is_named_with_method_version_and_the_old_name_still_reads():
    new = MethodRef.from_json({**METHOD_REF, "method_version": 3})
    old = MethodRef.from_json({**METHOD_REF, "version": 3})   # written by hubs before the one name
    assert new == old and new.method_version == 3
    assert new.extra == {"likelihood_ratio_calibration": "pav"}   # a field it does not know is kept
    written = new.to_json()
    assert written["method_version"] == 3 and "version" not in written
    assert MethodRef.from_json(written) == new
    with pytest.raises(WireError, match="“method_version” is not a whole number"):
        MethodRef.from_json({**METHOD_REF, "method_version": "3"})


def test_bulletin_contents_are_typed_by_kind_and_keep_their_signed_bytes():
    link = LinkNotice(MethodRef.from_json({**METHOD_REF, "method_version": 1}),
                      ({"record_id": "r1", "other_lab": "B", "score": 0.97, "likelihood_ratio": None},))
    raw = make_bulletin(HUB, seq=1, to=LAB.identity_id, kind="link", created_at="2026-01-02T03:04:05Z",
                        content=link.to_json())
    bulletin = verify_bulletin(raw, HUB.public, lab_id=LAB.identity_id)
    assert content_of("link", bulletin.content) == link
    assert content_of("notice", Notice("Maintenance on Friday").to_json()).text == "Maintenance on Friday"
    announced = content_of("method", {**METHOD_REF, "format": "labnet-comparison-method", "version": 1,
                                      "method_version": 2})
    assert isinstance(announced, MethodAnnounced) and announced.method_version == 2
    with pytest.raises(WireError, match="not one LabNet knows"):
        content_of("gossip", {})
    with pytest.raises(WireError, match="“links” is not a list of objects"):
        content_of("link", {"method": {**METHOD_REF, "method_version": 1}, "links": ["r1"]})


def test_a_page_of_held_records_reads_back_and_a_page_without_its_next_is_not_the_last():
    page = HeldPage((HeldRecord("seizure", "s-1", 2, 40, "upsert", "ab" * 32),
                     HeldRecord("seizure", "s-2", 1, 41, "delete", "cd" * 32)), ("seizure", "s-2"))
    assert HeldPage.from_json(json.loads(json.dumps(page.to_json()))) == page
    assert HeldPage.from_json({"records": [], "next": None}).next is None
    with pytest.raises(WireError, match="lacks its “next”"):
        HeldPage.from_json({"records": []})
    with pytest.raises(WireError, match="“version” is not a whole number"):
        HeldPage.from_json({"records": [{**page.records[0].to_json(), "version": "2"}], "next": None})
