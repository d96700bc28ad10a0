"""Reading a CSV file into a ``Table`` (see ``labnet.catalogue.tabular``)."""

from __future__ import annotations

import csv
import io
import itertools
import re
from pathlib import Path

from . import tabular_table as _limits  # MAX_ROWS read at each call (tests lower it)
from .encodings import decode
from .errors import CatalogueError, Message
from .spreadsheet_write import MAX_CELL_CHARS
from .tabular_table import Table, _finish, _long_cell_message, _no_header_message, _too_many_rows_message

DELIMITERS = (",", ";", "\t", "|")
_QUOTED = re.compile(r"'+[=+\-@\t\r]")               # read back without its first '


def _sniff_delimiter(text: str) -> str:
    """The delimiter that splits the header and the next rows most consistently."""
    sample = text[:65536]
    if len(text) > len(sample) and "\n" in sample:
        sample = sample[: sample.rfind("\n")]  # never judge by a half row
    best, best_score = ",", None
    for delim in DELIMITERS:
        try:
            rows = [r for r in csv.reader(io.StringIO(sample, newline=""), delimiter=delim) if any(r)][:50]
        except csv.Error:
            continue
        if not rows:
            continue
        width = len(rows[0])
        if width < 2:
            continue
        consistent = sum(1 for r in rows[1:] if len(r) == width) / max(1, len(rows) - 1)
        score = (consistent >= 0.8, width, consistent)
        if best_score is None or score > best_score:
            best, best_score = delim, score
    return best


def _read_csv(path: Path, encoding: str | None = None, header_row: int | None = None,
              data: bytes | None = None) -> Table:
    """The table of the CSV file ``path`` (of ``data``, its first lines, when given: a preview)."""
    name = path.name
    try:
        if data is None:
            data = path.read_bytes()
    except OSError as exc:
        raise CatalogueError(Message("The file {name} cannot be read ({reason}).", name=name,
                                     reason=exc.strerror or str(exc))) from None
    text, encoding, notes = decode(data, name, encoding)
    del data
    if not text.strip():
        raise CatalogueError(Message("The file {name} is empty. Choose the file that holds the data.", name=name))
    delimiter = None
    m = re.match(r"sep=(.)[ \t]*\r?\n", text)
    if m:  # Excel's "sep=;" first line: not a row of the table
        delimiter = m.group(1)
        text = text[m.end():]
    if delimiter is None:
        delimiter = _sniff_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        # Whole-column work in C where possible: this is the import's hot path.
        records = list(itertools.islice(reader, _limits.MAX_ROWS + 1))
        if next(reader, None) is not None:
            raise CatalogueError(_too_many_rows_message(name))
    except csv.Error as exc:
        if "field larger than field limit" in str(exc):
            raise CatalogueError(_long_cell_message(name, reader.line_num, None, csv_file=True)) from None
        if reader.line_num:
            raise CatalogueError(Message("The file {name} cannot be read as CSV at line {line} ({detail}). Open it "
                                         "in a spreadsheet program, check that row, save it as CSV again, and "
                                         "import it again.", name=name, line=reader.line_num,
                                         detail=str(exc))) from None
        raise CatalogueError(Message("The file {name} cannot be read as CSV at the start ({detail}). Open it in a "
                                     "spreadsheet program, check that row, save it as CSV again, and import it "
                                     "again.", name=name, detail=str(exc))) from None
    joined = list(map("".join, records))
    longest = max(map(len, joined), default=0)
    if longest > MAX_CELL_CHARS:
        for number, rec in enumerate(records, 1):
            if rec and max(map(len, rec)) > MAX_CELL_CHARS:
                col = max(range(len(rec)), key=lambda i: len(rec[i]))
                raise CatalogueError(_long_cell_message(name, number, col, csv_file=True))
    kept = [i for i, j in enumerate(joined) if j and not j.isspace()]
    if not kept:
        raise CatalogueError(Message("The file {name} is empty: every row is blank. Choose the file that holds "
                                     "the data.", name=name))
    if "'" in text and _QUOTED.search(text):
        for i in kept:
            if "'" in joined[i]:
                records[i] = [_unquote(c) for c in records[i]]
    del joined
    if header_row is not None:  # as asked: the rows above it are not part of the table
        header_index = header_row - 1
        if header_index not in set(kept):
            raise CatalogueError(_no_header_message(name, header_row, len(records)))
        kept = [i for i in kept if i >= header_index]
    header_index = kept[0]
    headers = records[header_index]
    header_row = header_index + 1
    if len(kept) - 1 > _limits.MAX_ROWS:
        raise CatalogueError(_too_many_rows_message(name))
    if len(kept) == len(records):
        rows = records[1:]
        numbers = list(range(2, len(records) + 1))
    else:
        rows = [records[i] for i in kept[1:]]
        numbers = [i + 1 for i in kept[1:]]
    del records
    width = max(map(len, rows), default=0)
    del text
    table = Table(headers=[], rows=rows, row_numbers=numbers, format="csv", encoding=encoding,
                  delimiter=delimiter, header_row=header_row, longest=longest)
    _finish(table, headers, width, "", name)
    table.notes.extend(notes)
    return table


def _unquote(cell: str) -> str:
    return cell[1:] if cell[:1] == "'" and _QUOTED.match(cell) else cell
