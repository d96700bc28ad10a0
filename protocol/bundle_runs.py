"""The payload runs of a batch, made in bounded memory (for ``labnet.protocol.bundle.make_bundles``).

Entries are read once, in order, ``batch`` at a time: each batch's canonical
lines are made, checked against the hub's rules while its entries are at hand
(``rules.check_built``), and appended to the run's payload, one ``bytearray``;
a run keeps only that payload, where each line ends and what each entry was
(kind, id, version, seq, op) — never the entries themselves (a 32 MiB run holds
some 30,000, ~5 KB each as dicts).  The rules a batch cannot see alone, a
record twice in a run and a seq below the one before it, are checked across the
run's batches here, with the same words.  Runs are cut greedily where the next
line would pass ``budget`` bytes, so the split depends only on the entries.
"""

from __future__ import annotations

import bisect
import hashlib
import itertools
import operator
from array import array
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any, cast

from labnet.common.messages import Message

from . import canonical
from .bundle_lines import Made
from .errors import BundleError, BundleSchemaError, BundleSequenceError


class Run:
    """One run: the manifest line then each entry's line, in one buffer."""

    __slots__ = ("head", "data", "ends", "items", "error")

    def __init__(self, manifest_line: bytes):
        self.head = len(manifest_line)
        self.data = bytearray(manifest_line)
        self.ends = array("Q")       # where each entry's line ends in ``data``
        self.items: list[tuple] = []  # (kind, id, version, seq, op) of each entry
        self.error: BundleError | None = None   # the first rule broken (raised once the run's size is known)

    def __len__(self) -> int:
        return len(self.items)

    def payload(self, first: int, last: int) -> bytes | bytearray:
        """The payload of entries ``first`` to ``last`` (excluded): the whole run, or a copy of a part of it."""
        if first == 0 and last == len(self.items):
            return self.data
        start = self.ends[first - 1] if first else self.head
        return bytes(self.data[:self.head]) + self.data[start:self.ends[last - 1]]

    def lines(self, first: int, last: int) -> Lines:
        return Lines(self, first, last)


class Lines(Sequence):
    """Entry lines ``first`` to ``last`` of a run, each copied out when read."""

    def __init__(self, run: Run, first: int, last: int):
        self._run, self._first, self._last = run, first, last
        self._sha256: list[str] | None = None

    def __len__(self) -> int:
        return self._last - self._first

    def __getitem__(self, index):
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        if not 0 <= index < len(self):
            raise IndexError(index)
        at = self._first + index
        start = self._run.ends[at - 1] if at else self._run.head
        return bytes(self._run.data[start:self._run.ends[at]])

    def sha256(self) -> list[str]:
        """``payload.line_sha256`` of each line, read in place (no line copied out); computed once."""
        if self._sha256 is None:
            self._sha256 = self._digests()
        return self._sha256

    def _digests(self) -> list[str]:
        run, first = self._run, self._first
        ends = run.ends[first:self._last]
        starts = itertools.chain([run.ends[first - 1] if first else run.head], ends)
        with memoryview(run.data) as data:
            return [hashlib.sha256(data[start:end]).hexdigest() for start, end in zip(starts, ends)]


def item(entry: dict | Made) -> tuple:
    """What the outbox records of an entry it sent: (kind, id, version, seq, op)."""
    if isinstance(entry, Made):
        return entry.item
    return entry.get("kind"), entry.get("id"), entry.get("version"), entry.get("seq"), entry.get("op")


def runs(entries: Iterable[dict | Made], lines: Iterable[bytes] | None, manifest_line: bytes, budget: int,
         batch: int, check: Callable[[list[bytes], list[dict], int], None]) -> Iterator[Run]:
    """The greedy runs of ``entries`` (``lines``: their canonical lines, made by the caller).  ``check(lines,
    entries, first_line)`` is given each batch's part in a run, with the payload line number of its first
    (the check knows whether ``lines`` were given); an entry may be ``Made`` (``bundle_lines``: its line
    written and checked already), and the check is then given the entries between them."""
    it = iter(entries)
    given = iter(lines) if lines is not None else None
    run, size, across = Run(manifest_line), 0, _Across()
    while block := list(itertools.islice(it, batch)):
        made = list(itertools.islice(given, len(block))) if given is not None else _block_lines(block)
        sizes = list(map(len, made))
        start = taken = 0   # the block's first line in this run; its first line in no run yet
        while taken < len(made):
            # As many of the next lines as fit (the sizes summed in C), or the first alone into an empty run.
            total = list(itertools.accumulate(sizes[taken:], initial=size))
            fit = max(bisect.bisect_right(total, budget) - 1, 0 if run.ends else 1)
            if fit:
                end = taken + fit
                ends = itertools.accumulate(sizes[taken:end], initial=len(run.data))
                next(ends)
                run.data += b"".join(made[taken:end])
                run.ends.extend(ends)
                size, taken = total[fit], end
            if taken < len(made):   # the next line would pass the budget: the run is full
                _checked(run, made[start:taken], block[start:taken], check, across)
                yield run
                run, size, start, across = Run(manifest_line), 0, taken, _Across()
        _checked(run, made[start:], block[start:], check, across)
    if run.items:
        yield run


_ENCODE = canonical._ENCODER.encode
# Every digit to 0, what may come before a number in canonical JSON kept, the rest to a space; then an integer
# of 16 digits or more (beyond ±(2**53 - 1) or near it) is one of these, wherever it stands: an object's value
# after '":', an array's first item after '[', a later one after ','.  Text holds them only by chance.
_NUMBERS = bytes(48 if 48 <= b <= 57 else b if b in b'":[,-' else 32 for b in range(256))
_LONG = tuple(before + sign + b"0" * 16 for before in (b'":', b"[", b",") for sign in (b"", b"-"))


def _lines(block: list[dict]) -> list[bytes]:
    """``canonical.dumps_lines(block)``, line by line: the same bytes, without its walk over every value first
    (a tenth of a build).  That walk refuses what json writes but §2 does not allow: a key that is not text, and
    an integer beyond ±(2**53 - 1).  The first cannot pass the check each batch gets next (``check_built``: the
    entry's keys, the record's declared fields, a peak table's compounds are text), so the line is never sealed;
    the second is a number of 16 digits or more, and a block that holds one anywhere (or what looks like one in
    a text, or a long float) goes through ``canonical.dumps_lines``, as does a block json refuses (NaN, a lone
    surrogate): it refuses it as before, or writes the same bytes."""
    try:
        data = "".join([_ENCODE(entry) + "\n" for entry in block]).encode("utf-8")
    except (TypeError, ValueError):   # UnicodeEncodeError is a ValueError
        data = canonical.dumps_lines(block)
    else:
        shape = data.translate(_NUMBERS)
        if any(long in shape for long in _LONG):
            data = canonical.dumps_lines(block)
    return data.splitlines(keepends=True)


def _block_lines(block: list[dict | Made]) -> list[bytes]:
    """The lines of a block: a ``Made`` entry's own, the others' by ``_lines``, a stretch of them at a time."""
    if not any(type(entry) is Made for entry in block):
        return _lines(cast(list[dict], block))
    out: list[bytes] = []
    for made, stretch in itertools.groupby(block, key=lambda entry: type(entry) is Made):
        part = list(stretch)
        out += [cast(Made, entry).line for entry in part] if made else _lines(cast(list[dict], part))
    return out


def _checked(run: Run, lines: list[bytes], entries: list[dict | Made], check, across: _Across) -> None:
    """Check a batch's part in ``run`` (its lines already appended), then record its items.  A stretch of
    ``Made`` entries was checked as it was made; ``check`` is given the entries between them (and the manifest
    alone when there are none)."""
    if not entries:
        return
    first_line = len(run.items) + 2       # line 1 is the manifest
    items = list(map(item, entries))
    if run.error is None:
        try:
            if not any(type(entry) is Made for entry in entries):
                check(lines, entries, first_line)
            else:
                at, checked = 0, False
                for made, stretch in itertools.groupby(entries, key=lambda entry: type(entry) is Made):
                    part = list(stretch)
                    if not made:
                        check(lines[at:at + len(part)], part, first_line + at)
                        checked = True
                    at += len(part)
                if not checked:   # the manifest's rules, which every check applies first
                    check([], [], first_line)
            across.add(items, first_line)
        except BundleError as exc:   # a record too large for a part is said first, as when runs were checked whole
            run.error = exc
    run.items += items


class _Across:
    """The rules across a run's batches (``rules._check`` applies them within one)."""

    def __init__(self) -> None:
        self.seen: set[tuple[Any, Any]] = set()
        self.last_seq = 0

    def add(self, items: Sequence[tuple], first_line: int) -> None:
        if self._plain(items):
            return
        for number, (kind, record_id, _, seq, _) in enumerate(items, start=first_line):
            if (kind, record_id) in self.seen:
                raise BundleSchemaError([Message("{where}: the record appears twice",
                                                 where=_where(number, kind, record_id))])
            self.seen.add((kind, record_id))
            if type(seq) is int:
                if seq < self.last_seq:
                    raise BundleSequenceError([Message("{where}: seq {seq} comes after seq {previous}; entries are "
                                                       "in seq order", where=_where(number, kind, record_id), seq=seq,
                                                       previous=self.last_seq)])
                self.last_seq = seq

    def _plain(self, items: Sequence[tuple]) -> bool:
        """Add the items at once when they break neither rule (each record new, int seqs in order), checked in C;
        False (nothing added) when one may: ``add`` then walks them one by one and names the first breach."""
        if not items:
            return True
        kinds, ids, _, seqs, _ = zip(*items)
        pairs = set(zip(kinds, ids))
        if len(pairs) != len(items) or not self.seen.isdisjoint(pairs) or set(map(type, seqs)) != {int} \
                or seqs[0] < self.last_seq or any(map(operator.gt, seqs, seqs[1:])):
            return False
        self.seen |= pairs
        self.last_seq = seqs[-1]
        return True


def _where(number: int, kind: Any, record_id: Any) -> str:
    """Made only for a breach: a Message per entry cost a twentieth of a build."""
    return Message("line {line} ({kind} {record})", line=number, kind=kind, record=record_id)
