"""Step 7 of opening a large bundle (``labnet.protocol.rules.check_payload``) on two cores.

Checking the lines is two thirds of the hub's apply time, and the rules of a line depend on that line
alone except three that look across lines: the header's record count, a record appearing twice, and
seq order.  For a payload of ``SPLIT_FROM`` entries or more, a second process (one per hub process,
started at the first large bundle) checks the last entries while this one checks the first, each by
the same ``rules._check`` on the manifest and its lines; the three rules are then checked across the
cut.  A finding of any kind, or a worker that fails, and the whole payload is checked here in one
piece: a refusal is exactly the one-process refusal (its class, its messages in their order), and an
accepted payload gives the same entries, lines and rejected records as ``check_payload``.

The worker answers with each of its entries' heads (kind, id, op, seq, version), which is all the hub's apply
reads of an entry whose line is at hand (the record is cut out of the line); its entries are parsed from their
lines here only if someone reads them (``Entries``), so this process never parses the worker's half.
"""

from __future__ import annotations

import atexit
import concurrent.futures
import multiprocessing
import os
import sys
import threading
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, overload

from labnet.protocol import rules
from labnet.protocol.errors import BundleError

SPLIT_FROM = 5_000     # entries; below it a second process's start and the transfer do not pay
# The worker's share of the entries.  Measured with benchmarks/hub.py (18,022 records, the hub writing its part
# meanwhile): at 0.5 the hub's check and early write and the worker's check (with its fixed ~0.07 CPU s of
# receiving the lines and sending the heads) take about the same time; at 0.6 the worker was the longer by 0.18 s.
_WORKER_SHARE = 0.5

_pool: concurrent.futures.ProcessPoolExecutor | None = None
_pool_lock = threading.Lock()
# Shut down while the interpreter is whole: a pool collected during its finalisation prints an error.
atexit.register(lambda: _drop_pool())


@dataclass(frozen=True)
class _Part:
    """What ``rules._check`` reads of the signed header, for a part of the payload."""

    records: int
    seq_from: int
    seq_to: int
    payload_size: int
    policy_sha256: str


def check(data: bytes, declared: Any, meanwhile: Meanwhile | None = None) -> rules.CheckedPayload:
    """``rules.check_payload(data, declared)``, the entries after the cut checked by a second process.

    ``meanwhile(declared, entries, lines, rejected)`` is called with the first part once it is checked here,
    while the second process may still be at work (not when the payload is checked in one piece); the
    answer's ``entries.first`` is that very list only when the rest was checked by the worker and passed."""
    lines = data.split(b"\n")
    entries = len(lines) - 2   # the manifest, then the entries, then "" after the last newline
    # Not in a frozen application (the desktop's demo hub): a spawned process would start the application again.
    if entries < SPLIT_FROM or lines[-1] != b"" or entries != declared.records or (os.cpu_count() or 1) < 2 \
            or getattr(sys, "frozen", False):
        return rules.check_payload(data, declared)
    lines.pop()
    cut = 1 + entries - int(entries * _WORKER_SHARE)   # lines[1:cut] here, lines[cut:] in the worker

    def part(count: int) -> _Part:
        return _Part(count, declared.seq_from, declared.seq_to, declared.payload_size, declared.policy_sha256)

    try:
        later = _worker().submit(_check_part, lines[0], lines[cut:], part(len(lines) - cut), cut + 1)
    except Exception:   # no process could be started (a broken pool is replaced next time)
        _drop_pool()
        return rules.check_payload(data, declared)
    try:
        first = rules._check(lines[:cut], None, part(cut - 1), True)
    except BundleError:
        later.cancel()
        return rules.check_payload(data, declared)
    if meanwhile is not None:
        meanwhile(declared, first.entries, lines[1:cut], first.rejected)
    try:
        second = later.result()
    except Exception:   # the worker died (BrokenProcessPool) or could not answer
        _drop_pool()
        second = None
    if second is None:
        return rules.check_payload(data, declared)
    rejected, later_heads = second
    held = {(e["kind"], e["id"]) for e in first.entries}
    first_seq_after = later_heads[0][3] if later_heads else None
    highest_before = max((e["seq"] for e in first.entries), default=0)
    if any((kind, record_id) in held for kind, record_id, *_ in later_heads) or \
            (first_seq_after is not None and first_seq_after < highest_before):
        return rules.check_payload(data, declared)   # a record twice or seq out of order across the cut
    return rules.CheckedPayload(first.manifest, Entries(first.entries, lines[cut:], later_heads), lines[1:],
                                {**first.rejected, **{cut - 1 + i: problem for i, problem in rejected.items()}})


Head = tuple[str, str, str, int, int]   # an entry's kind, id, op, seq and version
Meanwhile = Callable[[Any, Sequence[dict[str, Any]], list[bytes], dict[int, str]], None]


class Entries(Sequence[dict[str, Any]]):
    """The checked entries: this process's as parsed, the worker's parsed from their lines when read (once)."""

    def __init__(self, first: Sequence[dict[str, Any]], later_lines: list[bytes], later_heads: list[Head]):
        self._first = first
        self._lines = later_lines
        self._heads = later_heads
        self._parsed: dict[int, dict[str, Any]] = {}

    @property
    def first(self) -> Sequence[dict[str, Any]]:
        """The entries checked in this process (the first part)."""
        return self._first

    def __len__(self) -> int:
        return len(self._first) + len(self._lines)

    @overload
    def __getitem__(self, index: int) -> dict[str, Any]: ...
    @overload
    def __getitem__(self, index: slice) -> list[dict[str, Any]]: ...

    def __getitem__(self, index: int | slice) -> dict[str, Any] | list[dict[str, Any]]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        if index < len(self._first):
            return self._first[index]
        later = index - len(self._first)
        if not 0 <= later < len(self._lines):
            raise IndexError(index)
        if later not in self._parsed:
            self._parsed[later] = rules._parse(self._lines[later])
        return self._parsed[later]

    def __iter__(self) -> Iterator[dict[str, Any]]:
        yield from self._first
        for i in range(len(self._lines)):
            yield self[len(self._first) + i]

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Sequence) and len(other) == len(self) and all(a == b for a, b in zip(self, other))

    __hash__ = None  # type: ignore[assignment]   # mutable-looking, as a list

    def heads(self, start: int = 0) -> list[Head]:
        first = self._first
        return [(e["kind"], e["id"], e["op"], e["seq"], e["version"]) for e in first[start:]] + \
            self._heads[max(0, start - len(first)):]


def heads(entries: Sequence[dict[str, Any]], start: int = 0) -> list[Head]:
    """Each entry's (kind, id, op, seq, version) from index ``start`` on, without parsing the worker's lines."""
    if isinstance(entries, Entries):
        return entries.heads(start)
    return [(e["kind"], e["id"], e["op"], e["seq"], e["version"]) for e in entries[start:]]


def warm() -> None:
    """Start the second process now rather than at the first large bundle (its start costs ~0.4 CPU s)."""
    if (os.cpu_count() or 1) >= 2 and not getattr(sys, "frozen", False):
        _worker().submit(_check_part, b"", [], None, 0).result()


def _check_part(manifest_line: bytes, lines: list[bytes], part: _Part | None, first_line: int
                ) -> tuple[dict[int, str], list[Head]] | None:
    """In the worker: the rules on ``lines`` (payload lines from ``first_line`` on) under the manifest; the
    records rejected (by index among these lines) and each entry's head, or None on any finding."""
    if part is None:   # warm(): the process is up, with this module imported
        return None
    try:
        checked = rules._check([manifest_line, *lines], None, part, True, first_line=first_line)
    except BundleError:
        return None
    return checked.rejected, heads(checked.entries)


def _worker() -> concurrent.futures.ProcessPoolExecutor:
    global _pool
    with _pool_lock:
        if _pool is None:
            # Spawned, not forked: the hub runs threads (the server, the ingest queue), which a fork would copy
            # mid-state.
            _pool = concurrent.futures.ProcessPoolExecutor(max_workers=1,
                                                           mp_context=multiprocessing.get_context("spawn"))
        return _pool


def _drop_pool() -> None:
    global _pool
    with _pool_lock:
        if _pool is not None:
            _pool.shutdown(wait=True, cancel_futures=True)   # quick: broken (its process gone) or idle
            _pool = None
