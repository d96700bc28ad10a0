"""A large CSV file read, converted and checked in a second process while this one writes (issue 14).

The reading side (``_read``, in a new Python process started with its own
command — not forked: a window imports from a worker thread, where fork is
unsafe; and not multiprocessing's "spawn", which runs the parent's main
script again in the child) does what the file alone decides, reading it
once (``tabular_stream.CsvStream.scan``): each chunk's cells converted by
each number column's decimal convention as the column has shown it so far,
each record's own checks and the refusal of a repeated natural key
(``import_chunks.RowChecks``), and the values of the clean records in SQL
form.  It sends each chunk through a pipe, whose small buffer keeps it at
most about a chunk ahead.  This process does what the store decides
(``Catalogue.plan_upsert``: insert, update, unchanged, and the problems
that depend on stored records), the ids, digests and SQL writes, in the
one transaction of ``import_chunks.ChunkImporter`` — so the catalogue and
the report are those of the import in one process
(tests/test_import_parallel.py compares them), and SQLite's time overlaps
the reading's.

A column whose convention over the whole file is not the one some of its
cells with a separator were read by (the first rows show "1,234", a later
one "12,5") cannot be trusted: the reading process says READ_AGAIN,
nothing is written, and ``import_streaming`` reads the file twice in this
process (the first reading decides each column, as before).

Whatever ends the import early (a refused file, a cancel, an error) stops
the reading process and waits for it: none is left behind, and nothing is
written.  The reading process stops by itself when this one goes away (its
next send fails).
"""

from __future__ import annotations

import contextlib
import csv
import hashlib
import itertools
import json
import marshal
import os
import pickle
import subprocess
import sys
from collections.abc import Callable, Mapping
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from . import import_seen
from .errors import CatalogueError, Message
from .import_cells import NOT_READ, column_evidence
from .import_chunks import RowChecks
from .import_columns import _plan_columns
from .import_report import ImportReport
from .import_streaming import CHUNK, convert_chunk, evidence_columns, file_changed, header_plan, start_report
from .numbers import ColumnStyle, style_of
from .records import RecordType, record_type
from .tabular_stream import CsvStream, _NotPlain
from .upsert_write import later_encoder

_NOT_PLAIN = (_NotPlain, UnicodeDecodeError, csv.Error, OSError)  # as CsvStream.open: the whole-file reader says
_SEPARATORS = (".", ",", "\u066b", "\u066c")  # what a number's reading by one convention or the other turns on
_MARSHALLED = b"M"  # a chunk's message begins so (any other is pickled: its first byte is pickle's 0x80)
_STOP_WAIT_S = 5.0
# The pipe's buffer: a whole chunk (~0.77 MB of the demo file's rows by marshal) fits in it, so the reading
# process goes on with the next chunk while this one is still busy with the last (Linux's default, 64 KiB,
# held it back until this process had read nearly all of it).  1 MiB is the limit without privileges.
PIPE_BYTES = 1 << 20
# Who makes the JSON of a chunk's peak tables (a tenth of the reading process's work): None, whichever
# process has time for it — the reading process leaves it to this one when its last chunk has already
# been taken from the pipe (this process is then waiting for it), and makes it when that chunk still
# waits there (this process is the slower); True, always this process; False, always the reading one.
# The same text either way (``upsert_write.later_encoder``).  Read at each import (a test sets it).
LEAVE_PEAKS: bool | None = None


# The reading process's own peak memory (KiB) in the last import that read a file so, for
# benchmarks/catalogue.py (ru_maxrss of a child counts the parent's size at the fork).
last_reader_peak_kib: int | None = None
READ_AGAIN = "read again"  # import_parallel's answer: read the file twice in this process instead


def import_parallel(cat: Any, rt: RecordType, path: Path, *, dry_run: bool, skip_invalid: bool,
                    header_row: int | None, mapping: Mapping[str, Any] | None,
                    progress: Callable[[int, int], Any] | None, decimal: str | None,
                    cancelled: Callable[[], BaseException], encoding: str | None = None,
                    recognised: bool = False) -> ImportReport | str | None:
    """``import_streaming``'s import with the reading in a second process; None when the file is not
    read a chunk at a time (the caller reads it whole), READ_AGAIN when a column's decimal convention
    was decided only after some of its cells were read, or no process could be started (nothing is
    written: the caller reads the file twice)."""
    job = {"kind": rt.kind, "path": str(path), "header_row": header_row,
           "mapping": dict(mapping) if mapping else None, "decimal": decimal, "encoding": encoding,
           "recognised": recognised, "spill_at": import_seen.SPILL_AT, "leave_peaks": LEAVE_PEAKS}
    try:
        process, receiver = _start(job)
    except OSError:  # no interpreter to start (or no process left to the user): read it here
        return READ_AGAIN
    chunks: Any = None
    try:
        # While the reading process starts: the file's digest (checked again when it has been read) and
        # its lines, the rows until the reading has counted them.
        sha256, lines = _digest_and_lines(path)
        kind, *message = _receive(receiver, process)
        if kind == "not plain":
            return None
        _expect(kind, "header")
        table = message[0]
        estimate = max(0, lines - table.header_row)
        report, plan, chunks = start_report(cat, rt, path, table, estimate, sha256, mapping, dry_run=dry_run,
                                            skip_invalid=skip_invalid)
        done = 0
        cells_again = _CellsAgain(path, header_row, encoding, recognised)
        finish: dict[tuple[int, ...], Callable[[Any], list[tuple]]] = {}
        while True:
            kind, *message = _receive(receiver, process)
            if kind != "chunk":
                break
            size, positions, numbers, stored, later, rendered = message
            if later:  # values the reading process left in their Python form (LEAVE_PEAKS)
                encode = finish.get(later) or finish.setdefault(later, later_encoder(rt, rt.field_names, later))
                stored = encode(stored)
            chunks.settle(size, None, positions, lambda k, numbers=numbers: cells_again(numbers[k]), numbers,
                          rendered, stored)
            del stored, rendered
            done += size
            if progress is not None and progress(done, max(estimate, done)) is False:
                raise cancelled()
        if kind in ("not plain", READ_AGAIN):
            chunks.abort()
            return None if kind == "not plain" else READ_AGAIN
        _expect(kind, "end")
        stream, sha256_after, reader_peak = message
        global last_reader_peak_kib
        last_reader_peak_kib = reader_peak
        if sha256_after != sha256:
            raise file_changed(path)
        _settle_report(rt, path, report, plan, stream, mapping, chunks)
        if progress is not None and estimate != done and progress(done, done) is False:
            raise cancelled()
        return chunks.finish()
    except BaseException:
        if chunks is not None:
            chunks.abort()
        raise
    finally:
        receiver.close()
        _stop(process)


def _settle_report(rt: RecordType, path: Path, report: ImportReport, plan: Any, stream: Any,
                   mapping: Mapping[str, Any] | None, chunks: Any) -> None:
    """What only the end of the reading tells: the rows counted, and the columns as wide as the widest
    row (values under no header are warned about) — the report the two readings would have made."""
    final = ImportReport(kind=rt.kind, file=path.name)
    final.warnings.extend(stream.table.notes)
    again = _plan_columns(rt, stream.table, mapping, final)
    if (again.fields, again.peaks, again.column_of) != (plan.fields, plan.peaks, plan.column_of):
        raise RuntimeError("the columns of the header row were planned differently")  # internal: cannot happen
    report.warnings[:], report.info[:], report.mapping = final.warnings, final.info, final.mapping
    report.rows_read = chunks.total = chunks.source["rows"] = stream.count


def _start(job: dict[str, Any]) -> tuple[subprocess.Popen, Connection]:
    """The reading process, and the end of its pipe this process receives from."""
    read_end, write_end = os.pipe()
    if PIPE_BYTES:
        import fcntl  # POSIX: this module is used there only (import_streaming)

        if hasattr(fcntl, "F_SETPIPE_SZ"):  # Linux
            with contextlib.suppress(OSError):  # a smaller limit set by the system: the default buffer
                fcntl.fcntl(read_end, fcntl.F_SETPIPE_SZ, PIPE_BYTES)
    try:
        env = dict(os.environ)
        # The folder holding the labnet package this process runs (in a checkout, the editable install's
        # finder maps its rooms), so the reading process runs the same catalogue package as this one.
        root = str(Path(sys.modules["labnet"].__file__ or ".").resolve().parent.parent)
        env["PYTHONPATH"] = os.pathsep.join([root, *filter(None, [env.get("PYTHONPATH")])])
        process = subprocess.Popen([sys.executable, "-c", "from labnet.catalogue.import_worker import main; main()",
                                    str(write_end), json.dumps(job)], stdin=subprocess.DEVNULL, env=env,
                                   pass_fds=(write_end,), close_fds=True)
    except BaseException:
        os.close(read_end)
        raise
    finally:
        os.close(write_end)  # the reading process holds its own: its end shows as end-of-file here
    return process, Connection(read_end, writable=False)


def _receive(receiver: Connection, process: subprocess.Popen) -> tuple:
    try:
        data = receiver.recv_bytes()
        if data[:1] == _MARSHALLED:  # a chunk (see _send_chunk)
            size, positions, numbers, stored, later, rendered = marshal.loads(memoryview(data)[1:])
            return "chunk", size, positions, numbers, stored, tuple(later), pickle.loads(rendered) if rendered else {}
        message = pickle.loads(data)
    except EOFError:
        try:
            code = process.wait(_STOP_WAIT_S)
        except subprocess.TimeoutExpired:
            code = None
        raise CatalogueError(Message("The import stopped: the process reading the file ended unexpectedly "
                                     "(exit code {code}). Nothing was written. Import the file again.",
                                     code=code)) from None
    if message[0] == "error":
        raise message[1]
    return message


def _expect(kind: str, wanted: str) -> None:
    if kind != wanted:
        raise RuntimeError(f"the reading process sent {kind!r} where {wanted!r} was expected")  # internal: a bug


def _stop(process: subprocess.Popen) -> None:
    """The reading process ended: at once if it is still working (the import ended early)."""
    try:
        process.wait(0.5)
    except subprocess.TimeoutExpired:
        process.terminate()
        try:
            process.wait(_STOP_WAIT_S)
        except subprocess.TimeoutExpired:  # pragma: no cover - a process that ignores SIGTERM
            process.kill()
            process.wait()


# --- the reading process --------------------------------------------------------------------

def main() -> None:
    """The reading process's entry (see ``_start``): the pipe's file descriptor and the job."""
    sender = Connection(int(sys.argv[1]), readable=False)
    job = json.loads(sys.argv[2])
    import_seen.SPILL_AT = job.get("spill_at", import_seen.SPILL_AT)  # the importing process's (a test lowers it)
    try:
        _read(sender, job["kind"], Path(job["path"]), job["header_row"], job["mapping"], job["decimal"],
              job["encoding"], job["recognised"], job.get("leave_peaks"))
    except (BrokenPipeError, KeyboardInterrupt):
        return  # the importing process has gone: nothing to tell
    except BaseException as exc:  # told to the importing process, which raises it
        try:
            sender.send(("error", exc))
        except Exception:
            sender.send(("error", RuntimeError(f"{type(exc).__name__}: {exc}")))  # internal: not picklable
    finally:
        sender.close()


def _read(sender: Connection, kind: str, path: Path, header_row: int | None, mapping: Mapping[str, Any] | None,
          decimal: str | None, encoding: str | None = None, recognised: bool = False,
          leave_peaks: bool | None = None) -> None:
    """The file read once: sends ("header", table), a ("chunk", …) per CHUNK rows, then ("end", stream,
    the file's SHA-256 once read, this process's peak memory); ("not plain",) when the file is not read a chunk at a time,
    ("read again",) when a column's convention was decided after some of its cells were converted."""
    from labnet.common.memory import collector_paused

    from .upsert_write import row_encoder

    rt = record_type(kind)
    state: dict[str, Any] = {}

    def on_header(table: Any) -> None:
        plan = header_plan(rt, table, mapping, path)
        state.update(plan=plan, evidence=evidence_columns(rt, plan, decimal),
                     checks=RowChecks(rt, plan, table.headers))
        sender.send(("header", table))

    encode = row_encoder(rt, rt.field_names)
    peaks = [i for i, name in enumerate(rt.field_names) if rt.field(name).type.per_compound]
    encode_part = row_encoder(rt, rt.field_names, peaks)
    waiting = _unread_bytes(sender) if leave_peaks is None and peaks else None
    used: dict[int, list[ColumnStyle]] = {}  # column -> the styles its chunks with separators were read by
    with collector_paused():
        try:
            scan = CsvStream.scan(path, header_row, on_header, encoding, recognised)
            rows, start = iter(scan), 0
            while batch := list(itertools.islice(rows, CHUNK)):
                numbers = [number for number, _ in batch]
                cells = [rec for _, rec in batch]
                del batch
                by_column = list(zip(*cells))  # rows at least as wide as the header: one transposition in C
                styles, fast = _styles_so_far(state["evidence"], by_column, used)
                records, row_problems = convert_chunk(rt, state["plan"], start, cells, styles, decimal, None,
                                                      by_column, fast)
                del fast
                del by_column
                positions, rendered = state["checks"].check(start, records, cells, numbers, row_problems)
                # The peak tables' JSON left to the importing process when it has taken every chunk sent
                # (it waits for this one), made here when it is behind (see LEAVE_PEAKS).
                leave = bool(peaks) and (waiting() == 0 if waiting is not None else bool(leave_peaks))
                _send_chunk(sender, len(records), positions, [numbers[j] for j in positions],
                            [(encode_part if leave else encode)(records[j]) for j in positions],
                            peaks if leave else [], rendered)
                start += len(records)
                del records, cells
        except _NOT_PLAIN:
            sender.send(("not plain",))
            return
    final = {idx: style_of(seen) for idx, (_, seen) in state["evidence"].items()}
    if any(style != final[idx] for idx, styles in used.items() for style in styles):
        sender.send((READ_AGAIN,))
        return
    with path.open("rb") as fh:  # as importing.file_sha256, whose module this process does not load
        sha256 = hashlib.file_digest(fh, "sha256").hexdigest()
    sender.send(("end", scan.stream, sha256, _peak_kib()))


def _styles_so_far(evidence: dict[int, tuple[Any, dict]], by_column: list[tuple[str, ...]],
                   used: dict[int, list[ColumnStyle]]) -> tuple[dict[int, ColumnStyle], dict[int, Any]]:
    """Each number column's convention by what it has shown up to and with this chunk, and what
    ``column_evidence`` made of its cells; the style a chunk holding a separator is read by is kept in
    ``used``, to be checked against the whole file's (a cell without "." or "," reads the same by any
    convention)."""
    styles: dict[int, ColumnStyle] = {}
    fast: dict[int, Any] = {}
    for idx, (f, seen) in evidence.items():
        column = by_column[idx]
        found = fast[idx] = column_evidence(f, column, seen)
        style = styles[idx] = style_of(seen)
        if found is not NOT_READ and found is not None:
            separators = bool(found[1].roles)  # plain numbers: a separator shows in the style read
        else:
            joined = "\x1f".join(column)
            separators = any(sep in joined for sep in _SEPARATORS)
        if separators:
            kept = used.setdefault(idx, [])
            if style not in kept:
                kept.append(style)
    return styles, fast


def _send_chunk(sender: Connection, size: int, positions: list[int], numbers: list[int], stored: list[tuple],
                later: list[int], rendered: dict[int, Any]) -> None:
    """A chunk as ``marshal`` writes it (text, numbers, None, tuples and lists: exact, floats bit for
    bit) — half pickle's time for these rows (0.13 against 0.25 s per 100,000 rows of the demo file,
    and 0.13 against 0.15 s to load); the problems (objects) pickled inside.  Not the rows' cells:
    only a row the store refuses shows them, and this process's ``_CellsAgain`` reads them again.
    ``later``: the positions in each row of values left in their Python form (peak tables: dicts of text
    and floats, which marshal carries exactly), for the importing process to convert."""
    sender.send_bytes(_MARSHALLED + marshal.dumps((size, positions, numbers, stored, later,
                                                   pickle.dumps(rendered, pickle.HIGHEST_PROTOCOL) if rendered
                                                   else None)))


def _unread_bytes(sender: Connection) -> Callable[[], int] | None:
    """How many bytes sent through the pipe the importing process has not read yet (Linux's and the BSDs'
    FIONREAD on a pipe); None where it cannot be asked."""
    try:
        import array
        import fcntl
        import termios

        fd, count = sender.fileno(), array.array("i", [0])
        fcntl.ioctl(fd, termios.FIONREAD, count, True)
    except (ImportError, OSError, AttributeError):
        return None

    def unread() -> int:
        fcntl.ioctl(fd, termios.FIONREAD, count, True)
        return count[0]
    return unread


class _CellsAgain:
    """The cells of a row of the file by its number, for the report of a row the store refuses (a
    forbidden status change, missing rights): the reading process does not send every row's cells
    (joining and sending them was a tenth of its work) — the file is read again here, forward, the
    first time a row is asked for.  The file's digest, checked after the reading, says whether it is
    the file the other process read."""

    def __init__(self, path: Path, header_row: int | None, encoding: str | None, recognised: bool) -> None:
        self.path, self.header_row, self.encoding, self.recognised = path, header_row, encoding, recognised
        self._rows: Any = None
        self._last = 0

    def __call__(self, number: int) -> list[str]:
        if self._rows is None or number <= self._last:
            self._rows = iter(CsvStream.scan(self.path, self.header_row, None, self.encoding, self.recognised))
        for found, cells in self._rows:
            self._last = found
            if found == number:
                return cells
            if found > number:
                break
        self._rows = None
        raise file_changed(self.path)


def _peak_kib() -> int | None:
    """This process's high-water mark of memory (VmHWM), where Linux says it."""
    try:
        with open("/proc/self/status") as status:
            return next((int(row.split()[1]) for row in status if row.startswith("VmHWM:")), None)
    except OSError:
        return None


def _digest_and_lines(path: Path) -> tuple[str, int]:
    """The file's SHA-256 (as ``importing.file_sha256``) and its lines (a cell over two lines or a
    blank line makes them a little more than its rows), in one reading."""
    digest, lines, last = hashlib.sha256(), 0, b"\n"
    with path.open("rb") as fh:
        while block := fh.read(1 << 20):
            digest.update(block)
            lines += block.count(b"\n")
            last = block[-1:]
    return digest.hexdigest(), lines + (last != b"\n")


__all__ = ["import_parallel"]
