"""A run is checked against the hub's rules a batch at a time (protocol/bundle_runs.py): what no single batch
shows — a record twice in a run, a seq below the one before — is still refused, at the line the hub would name."""

from __future__ import annotations

import pytest

from labnet.protocol import bundle, canonical, rules
from labnet.protocol.bundle import make_bundles
from labnet.protocol.errors import BundleBuildError, BundleSchemaError, BundleSequenceError
from test_sync_support import hub, lab  # noqa: F401 (fixtures)

MANIFEST = {"payload": 1, "policy_sha256": "0" * 64, "fields": {"profiling_result": {"purity": "keep"}}}


def _entry(record_id: str, seq: int) -> dict:
    return {"kind": "profiling_result", "id": f"00000000-0000-4000-8000-{ord(record_id[0]):06d}{record_id[1:]:0>6}",
            "op": "upsert", "seq": seq, "version": 1,
            "record": {"purity": 50.0}}


def _hub_says(entries: list[dict]) -> BundleSchemaError:
    """What the hub's check of the whole payload says about these entries."""
    data = canonical.dumps(MANIFEST) + b"\n" + canonical.dumps_lines(entries)
    with pytest.raises(BundleSchemaError) as refused:
        rules.check_payload(data, bundle._Declared(len(entries), 1, 100, "0" * 64, len(data)))
    return refused.value


@pytest.mark.parametrize("entries, error", [
    ([_entry("a", 1), _entry("b", 2), _entry("c", 3), _entry("a", 4), _entry("d", 5)], BundleSchemaError),
    ([_entry("a", 1), _entry("b", 5), _entry("c", 2), _entry("d", 6), _entry("e", 7)], BundleSequenceError),
])
def test_a_rule_broken_across_batches_is_refused_as_the_hub_would(lab, hub, monkeypatch, entries, error):
    monkeypatch.setattr(bundle, "LINE_BATCH", 2)     # the breach spans two batches of the same run
    with pytest.raises(BundleBuildError) as refused:
        make_bundles(lab, hub.public.keys, MANIFEST, iter(entries), seq_from=1, seq_to=100,
                     policy_sha256="0" * 64, max_part_bytes=8 << 20, max_payload_bytes=1 << 20)
    assert type(refused.value.error) is error
    assert refused.value.error.problems == _hub_says(entries).problems   # the same words, the same line


def test_a_run_cut_between_batches_is_the_hubs_payload_line_for_line(lab, hub, monkeypatch):
    entries = [_entry(f"r{i}", i) for i in range(1, 40)]
    seen = []
    monkeypatch.setattr(bundle, "LINE_BATCH", 3)
    parts = make_bundles(lab, hub.public.keys, MANIFEST, iter(entries), seq_from=1, seq_to=100,
                         policy_sha256="0" * 64, max_part_bytes=8 << 20, max_payload_bytes=1000,
                         carried=lambda bundle_id, items, lines: seen.append((list(items), list(lines))))
    assert len(parts) == len(seen) > 3
    lines = canonical.dumps_lines(entries).splitlines(keepends=True)
    assert [line for _, run in seen for line in run] == lines
    assert [item[1] for items, _ in seen for item in items] == [e["id"] for e in entries]
    assert [e["id"] for e in entries] == sorted({e["id"] for e in entries})


@pytest.mark.parametrize("batch", [1, 3, 7, 1000])
def test_runs_are_cut_greedily_where_the_next_line_would_pass_the_budget(batch):
    """Runs take lines while they fit, an empty run takes a line larger than the budget alone; the same cut
    whatever the batch (the split depends only on the entries)."""
    import random

    from labnet.protocol import bundle_runs

    rng = random.Random(7)
    entries = [{"kind": "profiling_result", "id": f"00000000-0000-4000-8000-{i:012d}", "op": "upsert", "seq": i,
                "version": 1, "record": {"notes": "x" * rng.choice([1, 5, 40, 90, 200, 400, 700])}} for i in range(1, 300)]
    lines = canonical.dumps_lines(entries).splitlines(keepends=True)
    budget = 600
    expected, run, size = [], [], 0   # the greedy cut, line by line
    for line in lines:
        if run and size + len(line) > budget:
            expected.append(run)
            run, size = [], 0
        run.append(line)
        size += len(line)
    expected.append(run)
    assert any(len(line) > budget for line in lines) and len(expected) > 50
    runs = list(bundle_runs.runs(entries, None, b"{}\n", budget, batch, lambda lines, entries, first: None))
    assert [list(r.lines(0, len(r))) for r in runs] == expected
    assert [bytes(r.payload(0, len(r))) for r in runs] == [b"{}\n" + b"".join(run) for run in expected]
    assert [item[3] for r in runs for item in r.items] == list(range(1, 300))
    from labnet.protocol.payload import line_sha256
    run = runs[5]
    for first, last in ((0, len(run)), (1, len(run)), (0, 1), (len(run) - 1, len(run))):
        assert run.lines(first, last).sha256() == [line_sha256(line) for line in run.lines(first, last)]


def test_the_builders_lines_are_canonical_and_what_canonical_json_refuses_is_not_sealed(lab, hub):
    """The builder writes a batch's lines without canonical.dumps_lines' walk over every value: the same bytes,
    and an integer beyond ±(2**53 - 1), NaN or a lone surrogate is refused as dumps_lines refuses it; a key that is
    not text is refused by the hub's rules, before anything is sealed."""
    from labnet.protocol import bundle_runs
    from labnet.protocol.errors import BundleBuildError

    manifest = {"payload": 1, "policy_sha256": "0" * 64,
                "fields": {"profiling_result": {"purity": "keep", "peaks": "keep", "notes": "keep"}}}
    good = [_entry(f"r{i}", i) for i in range(1, 6)]
    odd = [{**good[0], "record": {"notes": "é \u2028 \x7f \"q\" \\ \n\t 1234567890123456 digits",
                                  "peaks": {"b": 1e16, "a": 0.1, "c": 12}}}, *good[1:]]
    for block in (good, odd):
        assert bundle_runs._lines(block) == canonical.dumps_lines(block).splitlines(keepends=True)
    for value in ([2**53], [1, -(2**53)], {"x": [0.5, {"y": 10**20}]}, 2**63):   # in a list, after a comma, deep
        with pytest.raises(canonical.CanonicalError):
            bundle_runs._lines([{"a": value}])

    def build(entries):
        return make_bundles(lab, hub.public.keys, manifest, entries, seq_from=1, seq_to=100, policy_sha256="0" * 64,
                            max_part_bytes=8 << 20, max_payload_bytes=1 << 20)
    assert len(build(good)) == 1
    for value in (2**53, -(2**60), float("nan")):
        with pytest.raises(canonical.CanonicalError):
            build([{**good[0], "record": {"peaks": {"a": value}}}, *good[1:]])
    with pytest.raises(canonical.CanonicalError):
        build([{**good[0], "record": {"notes": "\ud800"}}, *good[1:]])
    for record in ({"peaks": {1: 2.0}}, {7: 50.0}):
        with pytest.raises(BundleBuildError):
            build([*good[:2], {**good[2], "record": record}, *good[3:]])
