"""The federation's wire and policies without a hub (issue 20): sealed messages, the peering code and files, a
search and an answer, the per-peer policy's treatments, the laboratory's beyond_network ceiling in its policy and
in the bundle manifest."""

from __future__ import annotations

import numpy as np
import pytest

from labnet.hub.errors import HubError
from labnet.hub.federation_policy import NOTHING, parse
from labnet.protocol import canonical, payload, rules
from labnet.protocol.errors import BundleSchemaError
from labnet.protocol.federation import (
    Answer,
    Hit,
    MethodKey,
    PeerCode,
    Search,
    make_invite,
    make_reply,
    method_fingerprint,
    read_invite,
    read_reply,
)
from labnet.protocol.federation_seal import FederationError, open_message, seal
from labnet.protocol.keys import create_identity, rotate
from labnet.sync.policy import DEFAULT_POLICY_TOML, default_policy, parse_policy

WEST, EAST, OTHER = (create_identity("hub", n, c) for n, c in (("West", "GH"), ("East", "KE"), ("Other", "NG")))
KEY = MethodKey("amph", 2, "ab" * 32)


def sealed(content=None, sender=WEST, to=EAST) -> bytes:
    return seal(sender, to.public.keys, to.identity_id, kind="search", message_id="s1",
                created_at="2026-12-05T08:00:00Z", content=content if content is not None else {"x": 1})


def test_a_sealed_message_opens_only_for_its_recipient_from_its_pinned_sender():
    data = sealed({"refs": ["q:1"]})
    opened = open_message(data, EAST, WEST.public)
    assert opened.content == {"refs": ["q:1"]} and opened.header["from_hub"] == WEST.identity_id
    assert b"q:1" not in data                                    # sealed: the content is not in clear
    with pytest.raises(FederationError, match="signature"):
        open_message(data, EAST, OTHER.public)                   # not the pinned peer's key
    with pytest.raises(FederationError, match="another hub"):
        open_message(sealed(to=EAST), OTHER, WEST.public)
    for at in (30, len(data) // 2, len(data) - 70):              # header, seal, signature: any byte changed
        damaged = bytearray(data)
        damaged[at] ^= 1
        with pytest.raises(FederationError):
            open_message(bytes(damaged), EAST, WEST.public)
    rotated = rotate(WEST)   # a message signed with the peer's new key, which the pin does not know yet
    with pytest.raises(FederationError, match="signature"):
        open_message(sealed(sender=rotated), EAST, WEST.public)


def test_the_peering_code_invitation_and_reply_are_checked():
    code = PeerCode("https://west.example.org", "tok", WEST.public.signing_key_id)
    assert PeerCode.parse(code.text()) == code
    with pytest.raises(FederationError):
        PeerCode.parse(code.text()[:-6])
    invite = make_invite(WEST, url="https://west", token="tok", name="east", expires_at="2026-12-19T00:00:00Z",
                         methods=[KEY])
    read = read_invite(invite)
    assert read.hub.identity_id == WEST.identity_id and read.methods == (KEY,) and read.token == "tok"
    with pytest.raises(FederationError, match="signature"):
        read_invite(invite.replace(b'"name":"east"', b'"name":"evil"'))
    reply = make_reply(EAST, url="https://east", token="tok", for_key_id=WEST.public.signing_key_id, methods=[])
    assert read_reply(reply).for_key_id == WEST.public.signing_key_id
    with pytest.raises(FederationError):
        read_reply(invite)


def test_a_search_and_an_answer_read_back_and_refuse_what_is_malformed():
    values = np.array([[1.5, 0.0, 98.5], [33.0, 33.0, 34.0]])
    search = Search("s1", KEY, ("q:a", "q:b"), values)
    back = Search.from_json(canonical.loads(canonical.dumps(search.to_json())))
    assert back.refs == search.refs and np.array_equal(back.values, values)
    bad = search.to_json()
    bad["refs"] = ["q:a"]
    with pytest.raises(FederationError):
        Search.from_json(bad)
    nan = Search("s1", KEY, ("q:a",), np.array([[np.nan, 1.0, 2.0]])).to_json()
    with pytest.raises(FederationError, match="finite"):
        Search.from_json(nan)
    answer = Answer("s1", KEY, {"q:a": (Hit("h:1", 99.2, 150.0, {"form": "tablet"}),), "q:b": ()}, {}, "")
    assert Answer.from_json(canonical.loads(canonical.dumps(answer.to_json()))) == answer
    broken = answer.to_json()
    broken["results"][0]["hits"][0]["score"] = "high"
    with pytest.raises(FederationError):
        Answer.from_json(broken)


def test_a_method_fingerprint_changes_with_what_a_score_depends_on():
    doc = {"name": "amph", "method_version": 2, "drug_type": "amphetamine", "targets": ["a", "b"],
           "pretreatment": "N", "reference": {"mean": [1, 2]}, "metric": "pearson", "threshold": 95.0, "auc": 0.9}
    same = {**doc, "auc": 0.5, "created_by": "someone"}
    assert method_fingerprint(doc) == method_fingerprint(same)
    for key, value in (("threshold", 95.5), ("targets", ["a", "c"]), ("reference", {"mean": [1, 3]})):
        assert method_fingerprint({**doc, key: value}) != method_fingerprint(doc)


def test_the_federation_policy_releases_nothing_by_default_and_treats_each_field():
    assert NOTHING.methods == () and NOTHING.releaser(b"s" * 32, "east")({"form": "tablet"}) == {}
    policy = parse('methods = ["amph v2"]\n[fields]\nform = "keep"\nlab_sample_number = "pseudonymise"\n'
                   'seizure_date = "generalise"\nseizure_place = "generalise"\npurity = "drop"\n')
    assert policy.allows("amph v2") and not policy.allows("amph v1")
    record = {"form": "tablet", "lab_sample_number": "ps:0123", "seizure_date": "2026-03-14",
              "seizure_place": "Tema port", "seizure_region": "Greater Accra", "purity": 12.0, "colour": "red"}
    east = policy.releaser(b"s" * 32, "east")(record)
    assert east["form"] == "tablet" and east["seizure_date"] == "2026-03" and east["seizure_place"] == "Greater Accra"
    assert east["lab_sample_number"].startswith("ps:") and east["lab_sample_number"] != "ps:0123"
    assert "purity" not in east and "colour" not in east                    # dropped, and not listed
    other = policy.releaser(b"s" * 32, "north")(record)
    assert other["lab_sample_number"] != east["lab_sample_number"]            # peers cannot tie answers together
    held_as_month = policy.releaser(b"s" * 32, "east")({**record, "seizure_date": "2026-03"})
    assert held_as_month["seizure_date"] == "2026-03"   # held as the month already (the laboratory's policy)
    for wrong in ('methods = "amph v2"', '[fields]\nform = "pseudonymise"', '[fields]\nnot_a_field = "keep"',
                  'share = true'):
        with pytest.raises(HubError):
            parse(wrong)


def test_the_laboratory_ceiling_is_off_by_default_and_the_manifest_carries_it_only_when_on():
    default = default_policy()
    assert default.beyond_network() == []
    assert "beyond_network" not in canonical.dumps(default.to_json()).decode()   # the digest it always had
    on = parse_policy(DEFAULT_POLICY_TOML.replace("[profiling_result]\nshare = true\n",
                                                  "[profiling_result]\nshare = true\nbeyond_network = true\n"))
    assert on.beyond_network() == ["profiling_result"] and on.digest != default.digest
    assert payload.manifest("d" * 64, {"profiling_result": {}}) == {"payload": 1, "policy_sha256": "d" * 64,
                                                                    "fields": {"profiling_result": {}}}
    head = payload.manifest("d" * 64, {"profiling_result": {}}, on.beyond_network())
    assert head["beyond_network"] == ["profiling_result"]
    with pytest.raises(Exception, match="beyond_network must be true or false"):
        parse_policy("[profiling_result]\nbeyond_network = 1\n")


def _check(head: dict) -> None:
    line = canonical.dumps(head)
    rules.check_payload(line + b"\n", _Declared(head["policy_sha256"], len(line) + 1))


class _Declared:
    def __init__(self, policy: str, size: int):
        self.records, self.seq_from, self.seq_to, self.payload_size, self.policy_sha256 = 0, 1, 1, size, policy


def test_the_hub_rules_accept_a_manifest_with_beyond_network_and_refuse_a_malformed_one():
    fields = {"profiling_result": {"form": "keep"}}
    _check(payload.manifest("d" * 64, fields, ["profiling_result"]))
    _check(payload.manifest("d" * 64, fields))
    for bad in (["reference_sample"], [], "profiling_result", ["profiling_result", "profiling_result"]):
        with pytest.raises(BundleSchemaError):
            _check({**payload.manifest("d" * 64, fields), "beyond_network": bad})


def test_the_network_matrix_is_the_profiling_engines_own_whatever_the_rows():
    from labnet.hub.federation_profiles import read_matrix as _matrix
    from labnet.profiling.targets import TargetList, profile_matrix
    from test_hub_linking import TARGETS, method

    a, b, c = TARGETS[:3]
    rows = [({"x": 1.0, a: 2.0}, "plain"), ({a.upper(): 3, b: "4.5"}, "case and text"), ({f" {a}": 1.0}, "space"),
            ({a: -1.0}, "negative"), ({a: float("nan")}, "nan"), ({a: ""}, "empty"), ({a: None, b: 2}, "none"),
            ({a: True, c: 0.5}, "bool"), ({"unknown compound": 5.0}, "unknown only"), ({a: 0.0}, "all zero"),
            (None, "no peaks"), ({b: "n/a"}, "not a number"), ({c: 1e308, a: 1.0}, "huge")]
    keyed = [(("lab", str(n)), peaks) for n, (peaks, _) in enumerate(rows)]
    keys, values = _matrix(keyed, method())
    expected = profile_matrix(((f"lab\x00{k[1]}", p) for k, p in keyed), TargetList("amphetamine", TARGETS))
    ours = dict(zip(keys, values.tolist()))
    theirs = {tuple(label.split("\x00", 1)): row for label, row in zip(expected.labels, expected.values.tolist())}
    assert ours == theirs and len(ours) == 6


def test_a_peer_pinned_again_with_new_keys_only_if_its_pinned_key_endorsed_them(tmp_path):
    from dataclasses import replace

    from hub_server import PASSPHRASE
    from labnet.hub import federation
    from labnet.hub.service import Hub
    from labnet.protocol.keys import create_identity

    west, _ = Hub.create(tmp_path / "west", name="West", country="GH", passphrase=PASSPHRASE)
    east, _ = Hub.create(tmp_path / "east", name="East", country="KE", passphrase=PASSPHRASE)
    try:
        federation.accept(east, federation.invite(west, "east", "test")[0], "test", "west")
        old_key = federation.store(east).peer("west")["signing_key_id"]
        west.identity = rotate(west.identity)   # endorsed by the key east pinned
        federation.accept(east, federation.invite(west, "east", "test")[0], "test", "west")
        assert federation.store(east).peer("west")["signing_key_id"] == west.key_id != old_key
        impostor = create_identity("hub", "West", "GH", identity_id=west.identity.identity_id)
        west.identity = replace(west.identity, public=impostor.public, key_sets=impostor.key_sets)
        with pytest.raises(HubError) as refused:
            federation.accept(east, federation.invite(west, "east", "test")[0], "test", "west")
        assert refused.value.code == "peer-invalid"
        assert federation.store(east).peer("west")["signing_key_id"] != impostor.public.signing_key_id
    finally:
        west.close()
        east.close()


def test_a_receipt_is_the_peers_signature_over_the_message_id_and_digest():
    from labnet.protocol.federation_seal import check_receipt, make_receipt
    data = sealed()
    receipt = make_receipt(EAST, data, "2026-12-05T08:00:01Z")
    doc = check_receipt(receipt, data, WEST, EAST.public)
    assert doc["message_id"] == "s1" and doc["from_hub"] == EAST.identity_id and doc["to_hub"] == WEST.identity_id
    with pytest.raises(FederationError, match="pinned key"):      # signed by a hub that is not that peer
        check_receipt(make_receipt(OTHER, data, "2026-12-05T08:00:01Z"), data, WEST, EAST.public)
    forged = canonical.loads(receipt)
    forged["signature"] = canonical.loads(make_receipt(OTHER, data, "2026-12-05T08:00:01Z"))["signature"]
    with pytest.raises(FederationError, match="pinned key"):      # the peer's name, another key's signature
        check_receipt(canonical.dumps(forged), data, WEST, EAST.public)
    altered = canonical.loads(receipt)
    altered["received_at"] = "2026-12-06T08:00:01Z"
    with pytest.raises(FederationError, match="pinned key"):      # any field changed after signing
        check_receipt(canonical.dumps(altered), data, WEST, EAST.public)
    other = sealed({"x": 2})                                      # same id, other bytes: not this message's
    with pytest.raises(FederationError, match="another message"):
        check_receipt(make_receipt(EAST, other, "2026-12-05T08:00:01Z"), data, WEST, EAST.public)
    for bad in (b"", b"{}", b"not json"):
        with pytest.raises(FederationError, match="missing or malformed"):
            check_receipt(bad, data, WEST, EAST.public)


def test_a_receipt_of_the_peers_older_key_only_from_before_it_was_replaced():
    """Issue 20: a receipt is checked by its key id against the peer's chain as pinned (``PeerIdentity``): an older
    key verifies one stamped before this hub learnt it was replaced, not one stamped after; an identity without
    those moments (a plain ``PublicIdentity``, older keys and all) takes its current key's alone."""
    from dataclasses import fields

    from labnet.protocol.federation_keys import PeerIdentity
    from labnet.protocol.federation_seal import check_receipt, make_receipt
    from labnet.protocol.keys import PublicIdentity
    data = sealed()
    rotated = rotate(EAST)
    shared = {f.name: getattr(rotated.public, f.name) for f in fields(PublicIdentity)}
    pinned = PeerIdentity(**{**shared, "previous": (EAST.public.keys,)},
                          replaced={EAST.public.signing_key_id: "2026-12-05T09:00:00Z"})
    before = make_receipt(EAST, data, "2026-12-05T08:59:59Z")
    assert check_receipt(before, data, WEST, pinned)["from_key_id"] == EAST.public.signing_key_id
    with pytest.raises(FederationError, match="which it had replaced before"):
        check_receipt(make_receipt(EAST, data, "2026-12-05T09:00:00Z"), data, WEST, pinned)
    assert check_receipt(make_receipt(rotated, data, "2026-12-05T10:00:00Z"), data, WEST, pinned)
    assert rotated.public.signing_key(EAST.public.signing_key_id) is not None   # older keys carried, no moments
    with pytest.raises(FederationError, match="pinned key"):
        check_receipt(before, data, WEST, rotated.public)


def announced(sender, identity) -> bytes:
    import json
    return seal(sender, EAST.public.keys, EAST.identity_id, kind="announce", message_id="a1",
                created_at="2026-12-05T08:00:00Z", content={"identity": json.loads(identity.public.to_json()),
                                                              "methods": [KEY.to_json()]})


def test_an_announcement_carries_new_keys_only_if_the_pinned_key_endorsed_them():
    from labnet.protocol.federation_seal import open_announcement
    rotated = rotate(WEST)
    opened, identity = open_announcement(announced(rotated, rotated), EAST, WEST.public)
    assert identity.signing_key_id == rotated.public.signing_key_id != WEST.public.signing_key_id
    assert opened.content["methods"] == [KEY.to_json()]
    same, kept = open_announcement(announced(WEST, WEST), EAST, WEST.public)   # no rotation: the pinned keys
    assert kept.signing_key_id == WEST.public.signing_key_id
    twice = rotate(rotated)   # endorsed by a key that was never pinned here
    with pytest.raises(FederationError, match="not endorsed"):
        open_announcement(announced(twice, twice), EAST, WEST.public)
    with pytest.raises(FederationError, match="signature"):   # endorsed keys named, signed by others
        open_announcement(announced(twice, rotated), EAST, WEST.public)
    with pytest.raises(FederationError, match="not an announcement"):
        open_announcement(sealed(), EAST, WEST.public)
