"""Property-based tests of the parsers: any input is either read or refused with a BundleError."""

from __future__ import annotations

import math

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from labnet.protocol import canonical, payload
from labnet.protocol.bundle import MAGIC, make_bundles, parse_bundle
from labnet.protocol.errors import BundleError, BundleSchemaError
from labnet.protocol.keys import create_identity
from labnet.protocol.opening import lab_keys_from, open_bundle

LAB = create_identity("lab", "Accra", "GH", suite_code="x25519")
HUB = create_identity("hub", "Hub", "SN", suite_code="x25519")
LOOKUP = lab_keys_from([LAB.public])
MANIFEST = payload.manifest("0" * 64, {"profiling_result": {"drug_type": "keep", "purity": "keep",
                                                            "seizure_reference": "pseudonym"}})
ENTRIES = [{"kind": "profiling_result", "id": f"0192f000-0000-7000-8000-{i:012x}", "op": "upsert", "seq": i + 1, "version": 1,
            "record": {"drug_type": "cocaine", "purity": 50.5}} for i in range(5)]
[(_, SEALED)] = make_bundles(LAB, HUB.public.keys, MANIFEST, ENTRIES, seq_from=1, seq_to=5, policy_sha256="0" * 64,
                             max_part_bytes=1 << 20, max_payload_bytes=1 << 20)
FAST = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FAST
@given(st.binary(max_size=400))
def test_random_bytes_are_refused_cleanly(data):
    with pytest.raises(BundleError):
        parse_bundle(data)
    with pytest.raises(BundleError):
        parse_bundle(MAGIC + data)


@FAST
@given(st.integers(min_value=0, max_value=len(SEALED) - 1), st.integers(min_value=1, max_value=255))
def test_any_single_byte_change_is_refused(position, mask):
    tampered = bytearray(SEALED)
    tampered[position] ^= mask
    with pytest.raises(BundleError):
        open_bundle(bytes(tampered), HUB, LOOKUP)


@FAST
@given(st.integers(min_value=0, max_value=len(SEALED) - 1), st.binary(min_size=1, max_size=40))
def test_insertions_are_refused(position, extra):
    with pytest.raises(BundleError):
        open_bundle(SEALED[:position] + extra + SEALED[position:], HUB, LOOKUP)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**53 - 1), 2**53 - 1) | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=20),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=20)


@FAST
@given(json_values)
def test_canonical_json_round_trips_and_is_stable(value):
    data = canonical.dumps(value)
    assert canonical.is_canonical(data)
    back = canonical.loads(data)
    assert canonical.dumps(back) == data
    if isinstance(value, float) and math.isfinite(value):
        assert back == value


@FAST
@given(st.lists(json_values, max_size=5))
def test_the_payload_parser_never_fails_uncleanly(values):
    plain = canonical.dumps(MANIFEST) + b"\n" + canonical.dumps_lines(values)
    try:
        payload.parse_payload(plain, len(values))
    except BundleSchemaError:
        pass


@FAST
@given(st.sampled_from(["drug_type", "purity", "seizure_reference"]), json_values)
def test_record_values_are_accepted_only_in_their_form(field, value):
    entry = {"kind": "profiling_result", "id": "0192f000-0000-7000-8000-000000000001", "op": "upsert", "seq": 1,
             "version": 1, "record": {field: value}}
    plain = canonical.dumps(MANIFEST) + b"\n" + canonical.dumps(entry) + b"\n"
    try:
        _, entries = payload.parse_payload(plain, 1)
    except BundleSchemaError:
        return
    if not entries:   # in its form but against a record rule of the catalogue: that record is rejected
        return
    [parsed] = entries
    accepted = parsed["record"][field]
    if field == "drug_type":
        from labnet.catalogue import vocab
        assert accepted in vocab.DRUG_TYPES
    elif field == "purity":
        assert isinstance(accepted, (int, float)) and not isinstance(accepted, bool)
    else:
        assert isinstance(accepted, str) and accepted.startswith("ps:")


def _every_kept_field():
    from labnet.catalogue.field_types import CAS_NUMBER
    from labnet.catalogue.records import RECORD_TYPES

    return [f for rt in RECORD_TYPES.values() for f in rt.fields if f.type is not CAS_NUMBER]


_JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers(-10**6, 10**6) | st.floats(allow_nan=True, allow_infinity=True)
    | st.text(max_size=12) | st.sampled_from(["cocaine", "GH", "gh", " GH", "2026-02-30", "2026-02-03", "yes",
                                             "powder", "Powder", "  x", "x ", "", "12", "2026-2-3"]),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.sampled_from(["DPIA", " DPIA", "", "P2P"]),
                                                                 inner, max_size=3), max_leaves=6)


@FAST
@given(st.sampled_from(_every_kept_field()), _JSON_VALUES)
def test_the_quick_schema_check_never_accepts_what_the_full_check_refuses(field, value):
    if payload.fast_canonical(field)(value):
        assert field.parse(value) == value
        assert type(value) is not bool or field.type.flag


@FAST
@given(st.binary(max_size=300), st.integers(min_value=0, max_value=10**6))
def test_the_zstd_frame_reader_refuses_any_bytes_cleanly(data, size):
    from labnet.protocol import rules
    from labnet.protocol.errors import BundleCompressionError
    from labnet.protocol.zstdframes import FRAME_MAGIC

    for candidate in (data, FRAME_MAGIC.to_bytes(4, "little") + data):   # also past the magic, into the header
        try:
            rules.check_frames(candidate, size)
        except BundleCompressionError:
            pass


@pytest.mark.parametrize("op", [["upsert"], {"upsert": True}])
def test_an_entry_whose_op_is_not_text_is_refused_as_a_schema_breach(op):
    # A list or an object cannot name an operation; it was looked up as a key and failed with a TypeError.
    entry = {**ENTRIES[0], "op": op}
    plain = canonical.dumps(MANIFEST) + b"\n" + canonical.dumps(entry) + b"\n"
    with pytest.raises(BundleSchemaError):
        payload.parse_payload(plain, 1)
