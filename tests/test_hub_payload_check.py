"""Step 7 of opening a bundle on two cores (hub/payload_check.py, issue 18: the hub applying ≥ 20,000
records/s): the answer is exactly ``labnet.protocol.rules.check_payload``'s — the same entries, lines and rejected
records for a payload that opens, the same refusal (class and messages) for one that does not, including
the rules that look across the cut (a record twice, seq order, the record count) and a worker that dies."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

import pytest

from labnet.hub import payload_check
from labnet.protocol import canonical, rules
from labnet.protocol.errors import BundleError

POLICY = hashlib.sha256(b"payload check policy").hexdigest()
KIND = "profiling_result"
MANIFEST = {"fields": {KIND: {"drug_type": "keep", "main_substance": "keep", "purity": "keep"}}, "payload": 1,
            "policy_sha256": POLICY}
N = 40


@dataclass(frozen=True)
class Declared:
    records: int
    seq_from: int
    seq_to: int
    payload_size: int
    policy_sha256: str


@pytest.fixture(autouse=True)
def split_small(monkeypatch):
    monkeypatch.setattr(payload_check, "SPLIT_FROM", 10)


def entry(i: int, **over) -> dict:
    values = {"kind": KIND, "id": f"0192f000-0000-7000-8000-{i:012x}", "op": "upsert", "seq": 100 + i, "version": 1,
              "record": {"drug_type": "cocaine", "main_substance": "cocaine hydrochloride", "purity": 10 + i / 4}}
    values.update(over)
    return values


def payload(entries: list[dict], *, lines: dict[int, bytes] | None = None) -> tuple[bytes, Declared]:
    written = [canonical.dumps(e) for e in entries]
    for at, line in (lines or {}).items():
        written[at] = line
    plain = b"\n".join([canonical.dumps(MANIFEST), *written]) + b"\n"
    return plain, Declared(len(entries), 100, 100 + 2 * N, len(plain), POLICY)


FELL_BACK = []   # payloads the split check handed to the one-process check


def both(plain: bytes, declared: Declared):
    """(one process's answer, the split answer): a CheckedPayload or the refusal's (class, messages)."""
    answers = []
    FELL_BACK.clear()
    for check in (rules.check_payload, payload_check.check):
        try:
            checked = check(plain, declared)
            answers.append((checked.manifest, checked.entries, checked.lines, checked.rejected))
        except BundleError as exc:
            answers.append((type(exc).__name__, [str(p) for p in exc.args[0]]))
    return answers


@pytest.fixture(autouse=True)
def counted(monkeypatch):
    whole = rules.check_payload
    monkeypatch.setattr(rules, "check_payload", lambda *a, **k: FELL_BACK.append(1) or whole(*a, **k))


def test_a_payload_that_opens_gives_the_same_entries_and_the_same_rejected_records():
    entries = [entry(i) for i in range(N)]
    entries[3]["record"]["purity"] = 150.0      # a record rule broken in this process's part…
    entries[N - 2]["record"]["purity"] = 101.0  # … and in the worker's
    alone, split = both(*payload(entries))
    assert split == alone and FELL_BACK == [1]   # the one-process answer only: the split one was the worker's
    assert sorted(alone[3]) == [3, N - 2] and "line 40" in alone[3][N - 2]   # line numbers count the manifest


@pytest.mark.parametrize("broken", ["twice across the cut", "seq back across the cut", "not canonical after the cut",
                                    "count", "seq out of range after the cut"])
def test_a_refused_payload_is_refused_the_same_way(broken):
    entries = [entry(i) for i in range(N)]
    lines = {}
    if broken == "twice across the cut":
        entries[N - 1]["id"] = entries[0]["id"]
    elif broken == "seq back across the cut":
        for e in entries[N // 2:]:
            e["seq"] = 100
    elif broken == "not canonical after the cut":
        lines[N - 3] = canonical.dumps(entries[N - 3]).replace(b'"op":', b'"op": ')
    elif broken == "seq out of range after the cut":
        entries[N - 1]["seq"] = 999
    plain, declared = payload(entries, lines=lines)
    if broken == "count":
        declared = Declared(N + 1, declared.seq_from, declared.seq_to, declared.payload_size, POLICY)
    alone, split = both(plain, declared)
    assert isinstance(alone[0], str) and split == alone and len(FELL_BACK) == 2   # the exact refusal, from one piece


def test_a_worker_that_dies_changes_nothing():
    plain, declared = payload([entry(i) for i in range(N)])
    expected = both(plain, declared)[0]
    for process in list(payload_check._worker()._processes.values()):
        process.kill()
        process.join()
    assert both(plain, declared)[1] == expected   # the broken pool is dropped; this process checks it all
    assert both(plain, declared)[1] == expected   # and a new worker is started for the next one
    assert payload_check._pool is not None and payload_check._pool._processes


def test_warm_starts_the_second_process_before_the_first_large_bundle():
    payload_check.warm()
    assert payload_check._pool is not None and payload_check._pool._processes
    plain, declared = payload([entry(i) for i in range(N)])
    alone, split = both(plain, declared)
    assert split == alone and FELL_BACK == [1]


def test_the_apply_reads_the_worker_s_entries_by_their_heads_without_parsing_their_lines(monkeypatch):
    entries = [entry(i) for i in range(N)]
    entries[N - 1] = {k: v for k, v in entry(N - 1, op="delete").items() if k != "record"}   # a withdrawal too
    plain, declared = payload(entries)
    FELL_BACK.clear()
    checked = payload_check.check(plain, declared)
    parsed = []
    parse = rules._parse
    monkeypatch.setattr(rules, "_parse", lambda line: parsed.append(line) or parse(line))
    assert payload_check.heads(checked.entries) == [(e["kind"], e["id"], e["op"], e["seq"], e["version"])
                                                    for e in entries]
    assert parsed == [] and FELL_BACK == []   # the heads came from the worker, none of its lines parsed here
    assert list(checked.entries) == entries and checked.entries == entries and checked.entries[-1] == entries[-1]
    assert 0 < len(parsed) < N   # the worker's entries, parsed once when read


def test_the_heads_from_any_entry_on_are_those_of_the_one_process_list():
    """The apply reads the heads from the first entry not yet written: from anywhere in this process's part, at
    the cut, in the worker's part and past the end, the same as the one-process list's, no line parsed."""
    entries = [entry(i) for i in range(N)]
    plain, declared = payload(entries)
    checked = payload_check.check(plain, declared)
    assert isinstance(checked.entries, payload_check.Entries)
    cut = len(checked.entries.first)
    alone = rules.check_payload(plain, declared).entries
    for start in (0, 1, cut - 1, cut, cut + 1, N - 1, N, N + 3):
        assert payload_check.heads(checked.entries, start) == payload_check.heads(alone, start) == \
            [(e["kind"], e["id"], e["op"], e["seq"], e["version"]) for e in entries[start:]]
    assert checked.entries._parsed == {}
