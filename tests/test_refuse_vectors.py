"""The must-refuse vectors (tests/vectors/refuse/): each file opened with the hub's opener gives exactly the
error its index names, or, for a record that breaks a record rule, opens with that record alone rejected.

The committed files are checked, and a fresh run of the script that makes them, so the two cannot drift apart.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from labnet.protocol import errors
from labnet.protocol.opening import lab_keys_from, open_bundle

VECTORS = Path(__file__).parent / "vectors"
sys.path.insert(0, str(VECTORS))

import make_refuse  # noqa: E402 (from the vectors folder, put on sys.path above)

INDEX = json.loads((VECTORS / "refuse" / "index.json").read_text(encoding="utf-8"))
LAB, HUB, OTHER_HUB, STRANGER = make_refuse.keys()
LOOKUP = lab_keys_from([LAB.public])


def check(case: dict, data: bytes) -> None:
    if case["outcome"] == "refused":
        cls = getattr(errors, case["error"])
        with pytest.raises(errors.BundleError) as caught:
            open_bundle(data, HUB, LOOKUP)
        assert type(caught.value) is cls, (case["file"], caught.value)   # exactly this class, not a relative
        if case["rule"]:
            assert caught.value.rule == case["rule"] and f"(rule {case['rule']})" in str(caught.value)
        if case["line"] and case["line"] > 1:   # the refusal names the entry: its line, kind and id
            assert f"line {case['line']} (profiling_result " in str(caught.value)
        return
    opened = open_bundle(data, HUB, LOOKUP)
    expected = {r["line"] - 2: r for r in case.get("rejected", [])}
    assert set(opened.rejected) == set(expected)
    for index, want in expected.items():
        entry = opened.entries[index]
        assert (entry["kind"], entry["id"], entry["version"]) == (want["kind"], want["id"], want["version"])
        assert opened.rejected[index].startswith(f"line {want['line']} (") and want["reason"] in opened.rejected[index]


def test_the_index_covers_every_rule_the_issue_names():
    names = {c["file"][:-4] for c in INDEX["cases"]}
    assert {"seq-out-of-order", "seq-outside-range", "noncanonical-space", "noncanonical-unsorted-keys",
            "noncanonical-exponent", "noncanonical-escaped-non-ascii", "manifest-policy-mismatch", "zstd-no-checksum",
            "zstd-no-content-size", "zstd-skippable-frame", "bad-record-id", "purity-150", "unknown-kind",
            "unknown-field", "bundle-id-not-derived", "truncated", "wrong-recipient"} <= names
    assert sorted(p.name for p in (VECTORS / "refuse").glob("*.lnb")) == sorted(c["file"] for c in INDEX["cases"])


@pytest.mark.parametrize("case", INDEX["cases"], ids=lambda c: c["file"])
def test_each_committed_file_gives_its_error(case):
    check(case, (VECTORS / "refuse" / case["file"]).read_bytes())


@pytest.mark.parametrize("case", make_refuse.cases(LAB, HUB.public.keys, OTHER_HUB.public.keys, STRANGER),
                         ids=lambda c: c.name)
def test_a_fresh_run_of_the_script_gives_the_same_verdicts(case):
    [indexed] = [c for c in INDEX["cases"] if c["file"] == f"{case.name}.lnb"]
    assert case.index() == indexed
    check(indexed, case.data)
