"""Reading a CSV file a row at a time, twice, in bounded memory (issue 23).

``CsvStream.open(path, header_row)`` reads the file once to learn what the
whole-file reader (``tabular_csv._read_csv``) learns by holding every row: the
delimiter, the header (checked by the same ``_finish``), how wide the widest
row is, how many rows of data there are, the longest row, and which cells stand
in columns without a header.  ``rows()`` then reads it again and yields the
same rows ``_read_csv`` keeps (blank rows skipped, each as wide as the header,
Excel's ``'=`` protection undone) with the row number Excel shows, one at a
time; ``first_pass`` lets a caller look at each row of the first reading too
(the import gathers each number column's decimal separator there).

Only the plain case streams: a file that ``_read_csv`` would read without a
complaint, in UTF-8 (with or without a byte-order mark), in an encoding the
person importing named, or in one recognised from its bytes
(``encodings.detect``, the same decision as the whole-file reader's, with the
same note).  The text is decoded as it is read (``io.TextIOWrapper``'s
incremental decoder), never held whole.  For anything else (UTF-16, bytes the
encoding cannot decode, a damaged row, a cell too long, too many rows, no data
rows…) ``open`` returns None and the caller reads the file whole, which says
what is wrong in its words.
"""

from __future__ import annotations

import codecs
import csv
import itertools
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from . import tabular_table as _limits  # MAX_ROWS read at each call (tests lower it)
from .encodings import SIGNED, canonical, chosen_note, detect, recognised_note, utf16_without_bom
from .errors import CatalogueError
from .spreadsheet_write import MAX_CELL_CHARS
from .tabular_csv import _sniff_delimiter, _unquote
from .tabular_table import Table, _finish

_SEP_LINE = re.compile(r"sep=(.)[ \t]*\r?\n")


class _NotPlain(Exception):
    """The file is not the plain case: read it whole."""


class StreamTable(Table):
    """A ``Table`` with no rows in memory: ``fills`` says, for each column without a header, how many
    cells hold a value and the row number of the first (what ``_plan_columns`` warns about)."""

    fills: dict[int, tuple[int, int]]


class CsvStream:
    def __init__(self, path: Path, encoding: str, delimiter: str, skip_first_line: bool, header_index: int,
                 table: StreamTable, count: int) -> None:
        self.path, self.encoding, self.delimiter = path, encoding, delimiter
        self.skip_first_line, self.header_index = skip_first_line, header_index
        self.table, self.count = table, count
        self.width = len(table.headers)
        self.notes: list[str] = []  # about the encoding (``encodings``), put in the table once it is read

    @classmethod
    def open(cls, path: Path, header_row: int | None = None,
             first_pass: Callable[[list[list[str]]], Any] | None = None,
             on_header: Callable[[StreamTable], Any] | None = None, encoding: str | None = None,
             recognised: bool = False) -> CsvStream | None:
        """The stream of ``path``, read once; None when it is not the plain case (see the module
        docstring).  ``on_header(table)`` is called once the header is known (its width not yet:
        the table has the header row's own columns); ``first_pass(rows)`` then receives the rows of
        data a thousand at a time, as wide as the header row or wider."""
        try:
            return cls._open(path, header_row, first_pass, on_header, encoding, recognised)
        except (_NotPlain, UnicodeDecodeError, csv.Error, OSError):
            return None

    @classmethod
    def _open(cls, path: Path, header_row: int | None, first_pass: Callable[[list[list[str]]], Any] | None,
              on_header: Callable[[StreamTable], Any] | None, encoding: str | None = None,
              recognised: bool = False) -> CsvStream:
        scan = cls.scan(path, header_row, on_header, encoding, recognised)
        chunk: list[list[str]] = []
        for _, rec in scan:
            if first_pass is not None:
                chunk.append(rec)
                if len(chunk) == 1000:
                    first_pass(chunk)
                    chunk = []
        if chunk and first_pass is not None:
            first_pass(chunk)
        return scan.stream

    @classmethod
    def scan(cls, path: Path, header_row: int | None = None,
             on_header: Callable[[StreamTable], Any] | None = None, encoding: str | None = None,
             recognised: bool = False) -> Scan:
        """One reading of ``path``, for a caller that reads the file once: the rows of data (see
        ``Scan``); raises _NotPlain (also midway) when the file is not the plain case.  ``encoding``:
        the one the person importing named, as ``encodings.decode`` takes it, or with ``recognised``
        the one ``recognise(path)`` found."""
        with path.open("rb") as fh:
            head = fh.read(4)
        notes: list[str] = []
        if encoding is not None and recognised:
            notes = [recognised_note(path.name, encoding)]
        elif encoding is not None:
            encoding, notes = _named(path, encoding, head)
        elif head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            raise _NotPlain()
        else:
            encoding = "utf-8-sig" if head.startswith(codecs.BOM_UTF8) else "utf-8"
        try:
            start = _start(path, encoding)
        except UnicodeDecodeError:
            if notes or encoding != "utf-8":
                raise  # named, or marked UTF-8: the whole-file reader says what is wrong
            # Not UTF-8 from the start: the encoding recognised from the bytes, as the whole-file reader
            # does (a file whose first non-UTF-8 byte comes later is left to it, midway).
            encoding, notes = _recognised(path)
            start = _start(path, encoding)
        if not start.strip() or "\x00" in start or (notes and start.startswith("\ufeff")):
            raise _NotPlain()
        m = _SEP_LINE.match(start)
        delimiter = m.group(1) if m else _sniff_delimiter(start)
        stream = cls(path, encoding, delimiter, bool(m), -1, StreamTable(headers=[], rows=[], row_numbers=[]), 0)
        stream.notes = notes
        return Scan(stream, header_row, on_header)

    def _records(self) -> Iterator[tuple[int, list[str], str]]:
        """(index of the record in the file, its cells, the cells joined) of every record."""
        with self.path.open(encoding=self.encoding, errors="strict", newline="") as text:
            if self.skip_first_line:
                text.readline()  # Excel's "sep=;" line (a changed file is caught by its digest)
            reader = csv.reader(text, delimiter=self.delimiter)
            for index, rec in enumerate(reader):
                joined = "".join(rec)
                if "'" in joined:
                    rec = [_unquote(c) for c in rec]
                yield index, rec, joined

    def rows(self) -> Iterator[tuple[int, list[str]]]:
        """(row number as Excel shows it, cells as wide as the header) of each row of data, read again."""
        width, after = self.width, self.header_index
        for index, rec, joined in self._records():
            if index <= after or not joined or joined.isspace():
                continue
            if len(rec) < width:
                rec.extend([""] * (width - len(rec)))
            yield index + 1, rec


class Scan:
    """Iterating gives (row number as Excel shows it, cells) of each row of data, as wide as the
    header row or wider, checked as the whole-file reader checks them (raising _NotPlain where it
    would complain); once it is exhausted, ``stream`` is the ``CsvStream`` of the file (its table,
    row count and width), as ``CsvStream.open`` returns it.  ``on_header(table)`` is called once the
    header is known (the table has the header row's own columns)."""

    def __init__(self, stream: CsvStream, header_row: int | None,
                 on_header: Callable[[StreamTable], Any] | None) -> None:
        self.stream, self.header_row, self.on_header = stream, header_row, on_header

    def __iter__(self) -> Iterator[tuple[int, list[str]]]:
        stream, header_row, path = self.stream, self.header_row, self.stream.path
        longest = width = count = 0
        fills: dict[int, list[int]] = {}
        headers: list[str] | None = None
        header_width = 0
        blank: list[int] = []
        for index, rec, joined in stream._records():
            if index >= _limits.MAX_ROWS + 1:
                raise _NotPlain()  # too many rows: the whole-file reader says so
            if "\x00" in joined:
                raise _NotPlain()
            if len(joined) > longest:
                longest = len(joined)
                if longest > MAX_CELL_CHARS:
                    raise _NotPlain()
            if not joined or joined.isspace():
                continue
            if headers is None:
                if header_row is not None and index != header_row - 1:
                    if index > header_row - 1:
                        raise _NotPlain()  # the header row given is blank
                    continue
                headers = rec
                header_width = len([h for h in _trimmed(rec)])
                stream.header_index = index
                table = StreamTable(headers=[], rows=[], row_numbers=[], format="csv", encoding=stream.encoding,
                                    delimiter=stream.delimiter, header_row=index + 1)
                _checked(table, headers, 0, path)  # the header's checks, as _read_csv makes them
                table.fills = {}
                blank = [i for i in range(header_width) if not table.headers[i]]
                if self.on_header is not None:
                    self.on_header(table)
                continue
            count += 1
            n = len(rec)
            if n > width:
                width = n
            for i in itertools.chain(blank, range(header_width, n)) if blank or n > header_width else ():
                if i < n and rec[i] and not rec[i].isspace():
                    found = fills.get(i)
                    if found is None:
                        fills[i] = [1, index + 1]
                    else:
                        found[0] += 1
            if n < header_width:
                rec = rec + [""] * (header_width - n)
            yield index + 1, rec
        if headers is None or count == 0:
            raise _NotPlain()  # blank, or no rows of data: the whole-file reader says so
        table = StreamTable(headers=[], rows=[], row_numbers=[], format="csv", encoding=stream.encoding,
                            delimiter=stream.delimiter, header_row=stream.header_index + 1, longest=longest)
        _checked(table, headers, width, path)
        table.notes.extend(stream.notes)
        table.fills = {i: (c, first) for i, (c, first) in fills.items() if i < len(table.headers)
                       and not table.headers[i]}
        stream.table, stream.count, stream.width = table, count, len(table.headers)


def _start(path: Path, encoding: str) -> str:
    """The first 64 KiB of text, decoded as the file is read (``io.TextIOWrapper``'s incremental decoder)."""
    with path.open(encoding=encoding, errors="strict", newline="") as text:
        return text.read(65536 + 1)


def _named(path: Path, encoding: str, head: bytes) -> tuple[str, list[str]]:
    """The codec a named encoding is read with, and the note the whole-file reader makes of it
    (``encodings._decode_as``); UTF-16 and UTF-32 (a byte-order mark kept or not) are left to it."""
    try:
        codec = canonical(encoding)
    except CatalogueError:
        raise _NotPlain() from None
    if codec.startswith(("utf-16", "utf-32")):
        raise _NotPlain()
    if codec.startswith("utf-8") and head.startswith(codecs.BOM_UTF8):
        codec = "utf-8-sig"  # the mark is not text, as the whole-file reader drops it
    return codec, [chosen_note(path.name, codec)]


def recognise(path: Path) -> str | None:
    """The encoding of a CSV file that is not UTF-8 from its start, recognised from its bytes before it
    is streamed (``CsvStream.scan(…, encoding, recognised=True)``); None for any other file (the scan
    sees to it); raises _NotPlain for a file the whole-file reader reads or refuses (its encoding not
    recognised for sure, say), so that it is not recognised again on the way.  The recognition holds the file's bytes and charset-normalizer's decodings of them for
    a moment (about four times the file's size): done first, before the import's own memory grows, and
    never in the reading process of ``import_worker``, whose memory adds to it."""
    try:
        with path.open("rb") as fh:
            head = fh.read(4)
        if head.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            return None
        try:
            _start(path, "utf-8")
            return None
        except UnicodeDecodeError:
            return _recognised(path)[0]
    except OSError:
        return None


def _recognised(path: Path) -> tuple[str, list[str]]:
    """The encoding of a file that is not UTF-8, as ``encodings.decode`` recognises it from the whole file's
    bytes (held for the time of the recognition, never its text); the cases it refuses or reads
    otherwise (UTF-16 without a mark, binary, not recognised) are left to the whole-file reader."""
    data = path.read_bytes()
    if b"\x00" in data or utf16_without_bom(data[:8192]):
        raise _NotPlain()
    try:
        encoding, notes = detect(data, path.name)
    except CatalogueError:
        raise _NotPlain() from None
    if encoding in SIGNED:
        raise _NotPlain()  # its text loses a leading signature: the whole-file reader does that
    return encoding, notes


def _checked(table: Table, headers: list[str], width: int, path: Path) -> None:
    """``_finish`` on a table without rows; a header it refuses is said by the whole-file reader
    (which may meet something else first)."""
    try:
        _finish(table, list(headers), width, "", path.name)
    except CatalogueError:
        raise _NotPlain() from None


def _trimmed(headers: list[str]) -> list[str]:
    headers = [str(h).strip() for h in headers]
    while headers and not headers[-1]:
        headers.pop()
    return headers


__all__ = ["CsvStream", "Scan", "StreamTable", "recognise"]
