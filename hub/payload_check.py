"""Step 7 of opening a large bundle (``labnet.protocol.rules.check_payload``) on two cores.

Checking the lines is two thirds of the hub's apply time, and the rules of a line depend on that line
alone except three that look across lines: the header's record count, a record appearing twice, and
seq order.  For a payload of ``SPLIT_FROM`` entries or more, a second process (one per hub process,
started at the first large bundle) checks the last entries while this one checks the first, each by
the same ``rules._check`` on the manifest and its lines; the three rules are then checked across the
cut.  A finding of any kind, or a worker that fails, and the whole payload is checked here in one
piece: a refusal is exactly the one-process refusal (its class, its messages in their order), and an
accepted payload gives the same entries, lines and rejected records as ``check_payload``.
"""

from __future__ import annotations

import atexit
import concurrent.futures
import multiprocessing
import os
import sys
import threading
from dataclasses import dataclass
from typing import Any

from labnet.protocol import rules
from labnet.protocol.errors import BundleError

SPLIT_FROM = 5_000     # entries; below it a second process's start and the transfer do not pay
# The worker's share of the entries: this process also parses the worker's lines into its entries
# (about a fifth of checking them) and does the rest of the apply meanwhile.
_WORKER_SHARE = 0.55

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


def check(data: bytes, declared: Any) -> rules.CheckedPayload:
    """``rules.check_payload(data, declared)``, the entries after the cut checked by a second process."""
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
    try:
        second = later.result()
    except Exception:   # the worker died (BrokenProcessPool) or could not answer
        _drop_pool()
        second = None
    if second is None:
        return rules.check_payload(data, declared)
    rejected, keys = second
    held = {(e["kind"], e["id"]) for e in first.entries}
    first_seq_after = keys[0][2] if keys else None
    highest_before = max((e["seq"] for e in first.entries), default=0)
    if any((kind, record_id) in held for kind, record_id, _ in keys) or \
            (first_seq_after is not None and first_seq_after < highest_before):
        return rules.check_payload(data, declared)   # a record twice or seq out of order across the cut
    parse = rules._parse
    return rules.CheckedPayload(first.manifest, first.entries + [parse(line) for line in lines[cut:]], lines[1:],
                                {**first.rejected, **{cut - 1 + i: problem for i, problem in rejected.items()}})


def warm() -> None:
    """Start the second process now rather than at the first large bundle (its start costs ~0.4 CPU s)."""
    if (os.cpu_count() or 1) >= 2 and not getattr(sys, "frozen", False):
        _worker().submit(_check_part, b"", [], None, 0).result()


def _check_part(manifest_line: bytes, lines: list[bytes], part: _Part | None, first_line: int
                ) -> tuple[dict[int, str], list[tuple[str, str, int]]] | None:
    """In the worker: the rules on ``lines`` (payload lines from ``first_line`` on) under the manifest; the
    records rejected (by index among these lines) and each entry's (kind, id, seq), or None on any finding."""
    if part is None:   # warm(): the process is up, with this module imported
        return None
    try:
        checked = rules._check([manifest_line, *lines], None, part, True, first_line=first_line)
    except BundleError:
        return None
    return checked.rejected, [(e["kind"], e["id"], e["seq"]) for e in checked.entries]


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
