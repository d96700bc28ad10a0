"""The policy's transform of a stored row (sync/policy_rows.py) is its transform of the record as a dict, and the
pseudonyms made from SHA-256 states made once are HMAC-SHA256's (sync/policy.py)."""

from __future__ import annotations

import pytest

from factories import profile, sample, training
from labnet.catalogue.records import RECORD_TYPES
from labnet.sync.policy import _pseudonymiser, default_policy, parse_policy, pseudonym
from labnet.sync.policy_rows import column_transformer, row_transformer
from test_sync_support import every_treatment_policy

WHERE = every_treatment_policy().replace("[profiling_result.fields]", """only_shareable = true
[profiling_result.where]
drug_type = ["heroin", "cocaine"]
[profiling_result.fields]""").replace("[profiling_result]\nshare = true\nonly_shareable = false\n",
                                     "[profiling_result]\nshare = true\n")
POLICIES = {"default": default_policy(), "every treatment": parse_policy(every_treatment_policy()),
            "every treatment but the place": parse_policy(every_treatment_policy().replace(
                'seizure_place = "generalise"', 'seizure_place = "keep"')),
            "where": parse_policy(WHERE), "nothing shared": parse_policy("version = 1\n")}
RECORDS = {
    "profiling_result": [profile(), profile(shareable=True), profile(shareable=True, drug_type="heroin"),
                         profile(shareable=True, drug_type="cocaine", seizure_place="Tema", seizure_region=None),
                         profile(shareable=True, drug_type="heroin", seizure_place="Tema", seizure_region=None,
                                 seizure_country=None, purity=None, adulterants=["a", "b"])],
    "reference_sample": [sample(), sample(shareable=True, quantity=175, remaining_quantity=0.5)],
    "training_record": [training(), training(shareable=True, hours=7)],
}


@pytest.mark.parametrize("name", sorted(POLICIES))
def test_the_row_transform_is_the_records(name):
    policy = POLICIES[name]
    assert "where" not in name or policy.kinds["profiling_result"].where
    for kind, records in RECORDS.items():
        columns = ["version", *policy.columns(kind)]
        names, transform = row_transformer(policy, kind, b"\x07" * 32, columns)
        by_dict = policy.transformer(kind, b"\x07" * 32)
        for record in records:
            stored = {"version": 3, **{f.name: record.get(f.name) for f in RECORD_TYPES[kind].fields}}
            row = [stored[c] for c in columns]
            values = transform(row)
            expected = by_dict(stored)
            if expected is None:
                assert values is None
            else:
                assert values is not None and len(values) == len(names)
                made = {n: v for n, v in zip(names, values) if v is not None}
                assert made == expected and list(made) == list(expected)


@pytest.mark.parametrize("name", sorted(POLICIES))
def test_the_column_transform_is_the_rows(name):
    """A batch of rows given as columns: the rows that leave are those the row transform gives values, with the
    same values (the batch in both orders, so the rows that stay here fall everywhere)."""
    policy = POLICIES[name]
    for kind, records in RECORDS.items():
        columns = ["version", *policy.columns(kind)]
        names, by_row = row_transformer(policy, kind, b"\x07" * 32, columns)
        made = column_transformer(policy, kind, b"\x07" * 32, columns)
        if made is None:   # a place generalised from the record's other fields: rows only
            assert kind == "profiling_result" and policy.kinds[kind].fields["seizure_place"].treatment == "generalise"
            continue
        assert made[0] == names
        for batch in (records, records[::-1], records[1:2]):
            rows = [[{"version": 3, **{f.name: r.get(f.name) for f in RECORD_TYPES[kind].fields}}[c]
                     for c in columns] for r in batch]
            expected = [by_row(list(row)) for row in rows]
            leaves, shared = made[1]([list(col) for col in zip(*rows)])
            assert (leaves if leaves is not None else [True] * len(rows)) == [v is not None for v in expected]
            assert ([list(values) for values in zip(*shared)] if shared else []) == \
                [v for v in expected if v is not None and v]
            assert len(shared) == (len(names) if policy.kinds.get(kind) and policy.kinds[kind].share else 0)


@pytest.mark.parametrize("secret", [b"\x07" * 32, b"k" * 64, b"a longer secret than a block" * 4, b""])
def test_pseudonyms_are_hmac_sha256(secret):
    one = _pseudonymiser(secret, "seizure_reference", False)
    many = _pseudonymiser(secret, "adulterants", True)
    for value in ("SZ-1", "", "é\u2028x", "SZ-1"):
        assert one(value, None) == pseudonym(secret, "seizure_reference", value)
    assert many(["a", "ü"], None) == [pseudonym(secret, "adulterants", v) for v in ("a", "ü")]
    assert one(12, None) == pseudonym(secret, "seizure_reference", 12)
