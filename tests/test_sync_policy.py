"""The sharing policy: a conservative default, validation with clear errors, each treatment."""

from __future__ import annotations

import pytest

from labnet.catalogue.records import RECORD_TYPES
from labnet.protocol.errors import PolicyError
from labnet.sync.policy import (
    DEFAULT_POLICY_TOML,
    default_policy,
    load_policy,
    number_range,
    parse_policy,
    policy_path,
    pseudonym,
    write_default_policy,
)

SECRET = b"s" * 32


def test_default_policy_keeps_staff_names_case_numbers_and_places_in_the_lab():
    policy = default_policy()
    for kind, rt in RECORD_TYPES.items():
        p = policy.kinds[kind]
        assert p.only_shareable
        for f in rt.fields:
            rule = p.fields.get(f.name)
            if f.personal or f.sensitive:
                assert rule is None or rule.treatment == "drop", f"{kind}.{f.name} leaves by default"
    assert "notes" not in policy.kinds["profiling_result"].fields


def test_default_sends_only_shareable_records():
    transform = default_policy().transformer("profiling_result", SECRET)
    record = {"shareable": False, "drug_type": "heroin", "analyst": "Ana", "case_number": "CR/1"}
    assert transform(record) is None
    shared = transform({**record, "shareable": True})
    assert shared == {"drug_type": "heroin"}


@pytest.mark.parametrize("text, message", [
    ("[seizures]\nshare = true", "not a record type"),
    ("[profiling_result.fields]\nsuspect = 'keep'", "“suspect” is not a field"),
    ("[profiling_result.fields]\ndrug_type = 'pseudonymise'", "a choice field cannot be “pseudonymise”"),
    ("[profiling_result.fields]\nseizure_reference = 'generalise'", "a text field cannot be “generalise”"),
    ("[profiling_result.fields]\npeaks = 'encrypt'", "is not a treatment"),
    ("[profiling_result.fields]\nseizure_date = { treatment = 'generalise', step = 3 }", "step is a positive number"),
    ("[profiling_result.where]\ndrug_type = ['heroin', 'chalk']", "'chalk' is not one of"),
    ("[profiling_result.where]\nanalyst = ['Ana']", "only by a choice field"),
    ("[profiling_result]\nshare = 'yes'", "must be true or false"),
    ("[profiling_result]\nshre = true", "not a policy setting"),
    ("version = 2", "version 2"),
    ("[profiling_result\n", "not valid TOML"),
])
def test_invalid_policies_are_refused_with_a_clear_reason(text, message):
    with pytest.raises(PolicyError, match=message) as caught:
        parse_policy(text, "sharing-policy.toml")
    assert "nothing was shared" in caught.value.user_message


def test_every_problem_is_reported_at_once():
    with pytest.raises(PolicyError) as caught:
        parse_policy("[nope]\n[profiling_result.fields]\nx = 'keep'\ny = 'keep'")
    assert len(caught.value.problems) == 3


def test_where_filters_records():
    policy = parse_policy("[profiling_result]\nshare = true\nonly_shareable = false\n"
                          "[profiling_result.where]\ndrug_type = ['heroin']\n[profiling_result.fields]\ndrug_type = 'keep'")
    transform = policy.transformer("profiling_result", SECRET)
    assert transform({"drug_type": "heroin"}) == {"drug_type": "heroin"}
    assert transform({"drug_type": "cocaine"}) is None
    assert policy.transformer("training_record", SECRET)({"shareable": True}) is None  # not shared at all


def test_treatments():
    assert pseudonym(SECRET, "lab_sample_number", "LS-1") == pseudonym(SECRET, "lab_sample_number", "LS-1")
    assert pseudonym(SECRET, "lab_sample_number", "LS-1") != pseudonym(SECRET, "seizure_reference", "LS-1")
    assert pseudonym(SECRET, "f", "LS-1") != pseudonym(b"t" * 32, "f", "LS-1")
    assert number_range(23.5, 10) == [20.0, 30.0] and number_range(0.3, 0.1) == [0.3, 0.4]
    assert number_range(450, None) == [100.0, 1000.0] and number_range(-2.5, None) == [-10.0, -1.0]
    assert number_range(0, None) == [0.0, 1.0]
    policy = parse_policy("[profiling_result]\nshare = true\nonly_shareable = false\n[profiling_result.fields]\n"
                          "seizure_place = 'generalise'\nseizure_date = 'generalise'")
    transform = policy.transformer("profiling_result", SECRET)
    assert transform({"seizure_place": "Tema", "seizure_country": "GH", "seizure_date": "2025-03-04"}) == {
        "seizure_place": "GH", "seizure_date": "2025-03"}


def test_policy_file_in_the_data_folder(tmp_path):
    assert load_policy(tmp_path).digest == default_policy().digest  # no file: the default
    write_default_policy(tmp_path)
    assert policy_path(tmp_path).read_text(encoding="utf-8") == DEFAULT_POLICY_TOML
    policy_path(tmp_path).write_text("[profiling_result.fields]\nanalyst = 'keep'\n", encoding="utf-8")
    assert load_policy(tmp_path).kinds["profiling_result"].fields["analyst"].treatment == "keep"  # explicit choice
    policy_path(tmp_path).write_bytes(b"\xff\xfe")
    with pytest.raises(PolicyError, match="UTF-8"):
        load_policy(tmp_path)


def test_the_transform_writes_the_fields_in_order_and_drops_what_a_treatment_empties():
    """The shared form, field by field as the policy's loop defines it: kept values as they are, treated ones
    replaced in their place, a value a treatment makes None (a place with no region nor country) left out."""
    from factories import profile
    from labnet.sync.policy import number_range, pseudonym
    from test_sync_support import every_treatment_policy

    policy = parse_policy(every_treatment_policy())
    transform = policy.transformer("profiling_result", b"k" * 32)
    rules = policy.kinds["profiling_result"].fields
    for record in (profile(seizure_place="Tema harbour", shareable=True),
                   profile(seizure_place="Tema harbour", seizure_region=None, seizure_country=None, shareable=True),
                   profile(seizure_reference=None, peaks=None, shareable=True)):
        expected = []
        for name in sorted(rules):
            value, treatment = record.get(name), rules[name].treatment
            if value is None or treatment == "drop":
                continue
            if treatment == "pseudonymise":
                value = [pseudonym(b"k" * 32, name, v) for v in value] if isinstance(value, list) \
                    else pseudonym(b"k" * 32, name, value)
            elif name == "seizure_place":
                value = record.get("seizure_region") or record.get("seizure_country")
            elif treatment == "generalise":
                value = value[:7] if isinstance(value, str) else number_range(float(value), rules[name].step)
            if value is not None:
                expected.append((name, value))
        assert list(transform(record).items()) == expected
