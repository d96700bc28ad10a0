"""Importing a workbook a chunk of rows at a time, in bounded memory (issue 23).

The sheet and its header row are chosen as the whole-file import chooses them (``import_source.read_source``
asked for the header only, with its notes).  The sheet is then read twice from its XML
(``tabular_sheet_stream``) once, never held: the reading counts the rows, finds the widest, counts
the values in columns without a header, gathers what each number column's text cells show about
the decimal separator (the convention is decided over the whole column, as ``import_cells._column_style``
decides it holding the column), and writes the rows, pickled a chunk at a time, to an unnamed temporary
file (parsing the XML again would cost ~6 s of CPU per 100,000 rows of 76 columns; reading them back,
a fraction).  Then 1,000 rows at a time are converted, checked and written in one transaction
(``import_chunks.ChunkImporter``: all or nothing), as the CSV stream does
(``import_streaming.convert_chunk``).  The file's SHA-256 is taken before and checked after.

The rows are read as the whole-file reading (``tabular_xlsx._read_xlsx``) would read them: by the streaming
reader, the cells it sets aside (an ISO date, a format it does not know, an error cell, a 17-digit number…)
read by calamine a chunk at a time; or, where the whole reading reads the workbook with openpyxl (an error
cell in any worksheet, a number calamine would round), by openpyxl's own streaming reader, row by row
(``tabular_sheet_aside``).  A workbook laid out otherwise than the streaming reader reads (its XML, its
shared strings) that the whole reading gives to calamine, and anything the whole-file import would complain
of while reading (a cell too long, too many rows, no rows of data), is imported as before by
``importing._import`` on the whole table, which says what is wrong.
"""

from __future__ import annotations

import itertools
import pickle
import tempfile
from collections.abc import Callable, Iterator, Mapping
from contextlib import AbstractContextManager, ExitStack, contextmanager
from pathlib import Path
from typing import IO, Any

from . import tabular_table as _limits  # MAX_ROWS read at each call (tests lower it)
from .errors import CatalogueError
from .import_cells import column_evidence
from .import_chunks import ChunkImporter
from .import_report import ImportReport
from .import_source import read_source
from .import_streaming import CHUNK, convert_chunk, evidence_columns, file_changed, header_plan, start_report
from .numbers import ColumnStyle, add_evidence, style_of
from .records import RecordType
from .spreadsheet_write import MAX_CELL_CHARS
from .tabular_calamine import _calamine_reads
from .tabular_sheet_aside import Resolver, UseOpenpyxl, calamine_decides, openpyxl_rows
from .tabular_sheet_stream import StreamBook, _opened, _StreamDiffers
from .tabular_stream import StreamTable, _NotPlain
from .tabular_table import _finish
from .tabular_xlsx import _xlsx_blank


def _numbered(rows: Iterator[list[Any]], header_row: int,
              resolve: Callable[[list[list[Any]]], Any] | None) -> Iterator[tuple[int, list[Any]]]:
    """The rows of data under the header, as ``_read_workbook`` keeps them (blank rows skipped), each with
    the row number Excel shows; the cells set aside read a chunk at a time, every row's (above the header
    too: the whole reading reads them)."""
    numbered = enumerate(rows, 1)
    while batch := list(itertools.islice(numbered, CHUNK)):
        if resolve is not None:
            resolve([row for _, row in batch])
        for number, row in batch:
            if number > header_row and not _xlsx_blank(row):
                yield number, row


def _others_read(book: StreamBook, chosen: str, resolve: Resolver) -> None:
    """The other worksheets read as the whole reading reads them when no sheet is named (to their first
    row with a value, for its note), so that a cell it hands to openpyxl there is met here too."""
    for name, part in book.sheets:
        if name != chosen:
            for row in book.rows(part, True):
                resolve([row])
                if not _xlsx_blank(row):
                    break


@contextmanager
def _failing_as(refusal: type[Exception]) -> Iterator[None]:
    """A reader's own failure (a damaged stream, an index past the shared strings, XML openpyxl cannot
    parse…) raised as ``refusal``, as the whole reading turns it into its own: the streaming reader's into
    ``_StreamDiffers`` (``tabular_sheet_stream._or_differs``), openpyxl's into a refusal of the file
    (``tabular_xlsx._read_openpyxl``; ``_NotPlain``: the whole-table import says it in its words).  Only
    the readers run inside: a failure of the import's own code is never taken for the file's."""
    try:
        yield
    except (_StreamDiffers, UseOpenpyxl, _NotPlain, CatalogueError):
        raise
    except Exception as exc:
        raise refusal() from exc


def _read_by(rows: Iterator[Any], refusal: type[Exception]) -> Iterator[Any]:
    with _failing_as(refusal):
        yield from rows


@contextmanager
def _streamed(path: Path, head: Any, sheet: str | None) -> Iterator[Iterator[tuple[int, list[Any]]] | None]:
    """The chosen sheet's rows of data read by the streaming reader (None when it is not read so)."""
    try:
        book = _opened(path)
    except _StreamDiffers:
        calamine_decides(path)
        yield None
        return
    with book:
        parts = dict(book.sheets)
        if head.sheet not in parts:
            yield None
            return
        resolve = Resolver(book)
        if sheet is None:
            with _failing_as(_StreamDiffers):
                _others_read(book, head.sheet, resolve)
        yield _read_by(_numbered(book.rows(parts[head.sheet], True), head.header_row, resolve), _StreamDiffers)


@contextmanager
def _by_openpyxl(path: Path, head: Any, sheet: str | None) -> Iterator[Iterator[tuple[int, list[Any]]] | None]:
    """The chosen sheet's rows of data read by openpyxl, as the whole reading reads such a workbook."""
    with ExitStack() as stack:
        with _failing_as(_NotPlain):
            rows = stack.enter_context(openpyxl_rows(path, head.sheet))
        yield _read_by(_numbered(rows, head.header_row, None), _NotPlain)


def import_workbook(cat: Any, rt: RecordType, path: Path, *, dry_run: bool, skip_invalid: bool, sheet: str | None,
                    header_row: int | None, mapping: Mapping[str, Any] | None,
                    progress: Callable[[int, int], Any] | None, decimal: str | None,
                    file_sha256: Callable[[Path], str], cancelled: Callable[[], BaseException],
                    reading: Callable[[int], Any] | None = None) -> ImportReport | None:
    """The import of workbook ``path`` a chunk at a time; None when it is not read so (module docstring)."""
    try:
        with path.open("rb") as fh:
            if fh.read(4) != b"PK\x03\x04":
                return None
        sha256 = file_sha256(path)
        head = read_source(rt, path, sheet=sheet, header_row=header_row, limit=0)
    except (CatalogueError, OSError):
        return None  # the whole-file import says what is wrong, in its words
    if head.format != "xlsx" or head.sheet is None:
        return None
    with tempfile.TemporaryFile(prefix="labnet-import-") as spool:
        read = None
        readers: tuple[Callable[[Path, Any, str | None], AbstractContextManager[Any]], ...] = (_streamed, _by_openpyxl)
        for reader in readers:
            spool.seek(0)
            spool.truncate()
            try:
                with reader(path, head, sheet) as rows:
                    if rows is None:
                        return None
                    read = _first_reading(rt, rows, head, mapping, decimal, reading, path, spool)
                break
            except UseOpenpyxl:
                continue  # nothing written yet: read again as the whole reading reads it
            except _StreamDiffers:  # laid out otherwise than the streaming reader reads: as the whole reading does
                if reader is _streamed and not _calamine_reads(path):
                    continue  # openpyxl reads it there too
                return None   # calamine does, holding the sheet: the whole-table import, as before
            except _NotPlain:  # a cell too long, too many rows, a file openpyxl cannot read to its end:
                return None    # the whole-table import meets it and says what it is
        if read is None or read[1] == 0:
            return None
        table, count, styles = read
        spool.seek(0)
        return _write(cat, rt, path, _spooled(spool), table, count, styles, sha256, mapping,
                      dry_run=dry_run, skip_invalid=skip_invalid, progress=progress, decimal=decimal,
                      file_sha256=file_sha256, cancelled=cancelled)


def _first_reading(rt: RecordType, rows: Iterator[tuple[int, list[Any]]], head: Any, mapping: Mapping[str, Any] | None,
                   decimal: str | None, reading: Callable[[int], Any] | None, path: Path,
                   spool: IO[bytes]) -> tuple[StreamTable, int, dict[int, ColumnStyle]]:
    """The table as the whole reading makes it (header as wide as the widest row, values in columns
    without a header counted), its number of rows, and each number column's decimal convention; the
    rows of data, as read, written to ``spool`` a chunk at a time."""
    header = list(head.headers)
    plan = header_plan(rt, head, mapping, path)
    evidence = evidence_columns(rt, plan, decimal)
    blank_header = [i for i, h in enumerate(header) if not h]
    width = len(header)
    count = 0
    fills: dict[int, list[int]] = {}
    chunk: list[tuple[int, list[Any]]] = []
    for number, row in rows:
        if reading is not None and not number % 2000:
            reading(number)
        for v in row:
            if type(v) is str and len(v) > MAX_CELL_CHARS:
                raise _NotPlain()  # refused by the whole reading, in its words
        count += 1
        if count > _limits.MAX_ROWS:
            raise _NotPlain()
        n = len(row)
        if n > width:
            width = n
        if blank_header or n > len(header):
            _count_fills(fills, row, number, blank_header + list(range(len(header), n)))
        chunk.append((number, row))
        if len(chunk) == CHUNK:
            _gather(evidence, chunk, len(header))
            pickle.dump(chunk, spool, pickle.HIGHEST_PROTOCOL)
            chunk = []
    if chunk:
        _gather(evidence, chunk, len(header))
        pickle.dump(chunk, spool, pickle.HIGHEST_PROTOCOL)
    table = StreamTable(headers=[], rows=[], row_numbers=[], sheet=head.sheet, format="xlsx",
                        header_row=head.header_row, notes=list(head.notes))
    _finish(table, header, width, None, path.name)
    table.fills = {i: (c, first) for i, (c, first) in fills.items() if i < len(table.headers)
                   and not table.headers[i]}
    return table, count, {idx: style_of(seen) for idx, (_, seen) in evidence.items()}


def _count_fills(fills: dict[int, list[int]], row: list[Any], number: int, columns: list[int]) -> None:
    """Count the values in columns without a header, and the first row holding one (what
    ``import_columns._headerless_column`` warns about)."""
    n = len(row)
    for i in columns:
        if i < n and row[i] not in (None, "") and str(row[i]).strip():
            found = fills.get(i)
            if found is None:
                fills[i] = [1, number]
            else:
                found[0] += 1


def _gather(evidence: dict[int, tuple[Any, dict[str, set[str]]]], rows: list[tuple[int, list[Any]]],
            width: int) -> None:
    """What a chunk's text cells show about "." and "," in each number column (``import_cells._column_style``
    over the whole column is the same sets joined)."""
    for idx, (f, seen) in evidence.items():
        texts = {row[idx] for _, row in rows if idx < len(row) and type(row[idx]) is str}
        if f is not None and f.type.per_compound:
            column_evidence(f, list(texts), seen)  # the areas in the peak tables written in the cells
        else:
            add_evidence(seen, texts)


def _spooled(spool: IO[bytes]) -> Iterator[tuple[int, list[Any]]]:
    """The rows of data the first reading kept, a chunk at a time."""
    while True:
        try:
            chunk = pickle.load(spool)
        except EOFError:
            return
        yield from chunk
        del chunk


def _write(cat: Any, rt: RecordType, path: Path, rows: Iterator[tuple[int, list[Any]]], table: StreamTable, n: int,
           styles: dict[int, ColumnStyle], sha256: str, mapping: Mapping[str, Any] | None, *, dry_run: bool,
           skip_invalid: bool, progress: Callable[[int, int], Any] | None, decimal: str | None,
           file_sha256: Callable[[Path], str], cancelled: Callable[[], BaseException]) -> ImportReport:
    _, plan, chunks = start_report(cat, rt, path, table, n, sha256, mapping, dry_run=dry_run,
                                   skip_invalid=skip_invalid, sheet=table.sheet)
    width = len(table.headers)
    try:
        start = 0
        cells: list[list[Any]] = []
        numbers: list[int] = []
        for number, row in rows:
            if len(row) < width:
                row.extend([None] * (width - len(row)))
            cells.append(row)
            numbers.append(number)
            if len(cells) == CHUNK:
                start = _feed(rt, plan, chunks, start, cells, numbers, styles, decimal, n, progress, cancelled)
                cells, numbers = [], []
        if cells:
            start = _feed(rt, plan, chunks, start, cells, numbers, styles, decimal, n, progress, cancelled)
        if start != n or file_sha256(path) != sha256:
            raise file_changed(path)
        return chunks.finish()
    except BaseException:
        chunks.abort()
        raise


def _feed(rt: RecordType, plan: Any, chunks: ChunkImporter, start: int, cells: list[list[Any]], numbers: list[int],
          styles: dict[int, ColumnStyle], decimal: str | None, n: int, progress: Callable[[int, int], Any] | None,
          cancelled: Callable[[], BaseException]) -> int:
    records, row_problems = convert_chunk(rt, plan, start, cells, styles, decimal, None)
    chunks.feed(start, records, cells, numbers, row_problems)
    done = start + len(cells)
    if progress is not None and progress(done, n) is False:
        raise cancelled()
    return done


__all__ = ["import_workbook"]
