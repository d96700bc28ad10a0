"""The numbers of a profile file, read as the catalogue's import reads them (``labnet.catalogue.numbers``) — or refused.

``1.234`` in a peak-area column is 1.234 with a decimal point and 1234 with a
decimal comma; ``float()`` takes the first without a word, a 1000× error that
then links (or fails to link) seizures.  So each column of values is read by
its own convention, decided over the whole column exactly as an import
decides it: a cell that reads one way only (``12.5``, ``0,25``, ``1,234.5``)
shows the column's convention; a cell that reads two ways (``12,500``,
``1.234``) is read by it, and refused when the column shows none (or both);
``decimal`` (``--decimal-point`` / ``--decimal-comma``, the window's choice)
decides every such cell, and a cell written the other way contradicts it.

Every refused cell of the file is named (row as Excel shows it, column as
headed, what it could mean, what to write) in one ``UnclearNumbers``; nothing
is read.  Cells stored as numbers (an Excel numeric cell) and text that is no
number at all (``n/a``) are left as they are: the profile reader rejects the
profile with its own reason, as before.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from labnet.catalogue.errors import CatalogueError, Message, message_of
from labnet.catalogue.import_cells import _fast_floats  # the import's fast path: the same decision, in C
from labnet.catalogue.import_report import RowProblem
from labnet.catalogue.numbers import ColumnStyle, asks_for_style, column_style, readings

MAX_LISTED = 20   # cells named in the message; the exception keeps them all


def cell_message(problem: RowProblem) -> Message:
    """One refused cell, as a sentence: “Row 3, column “peak:a”: “1.234” is 1.234 in a file …”."""
    return Message("Row {row}, column “{column}”: {reason}", row=problem.row_number, column=problem.column,
                   reason=problem.reason)


class UnclearNumbers(CatalogueError):
    """Cells of a file whose value depends on its decimal separator, which the file does not settle.

    ``problems`` holds every such cell; ``asks_for_decimal`` is True when
    choosing (or changing) the file's decimal separator is a remedy, as for
    an import (``labnet.catalogue.numbers.asks_for_style``)."""

    def __init__(self, name: str, problems: list[RowProblem]):
        self.name, self.problems = name, list(problems)
        self.asks_for_decimal = any(asks_for_style(p.reason) for p in self.problems)
        super().__init__(self.message())

    def message(self, say: Callable[[Message], str] = str) -> Message:
        """The refusal with the cells listed, each line said by ``say`` (the window translates them)."""
        cells = "\n".join(f"  {say(cell_message(p))}" for p in self.problems[:MAX_LISTED])
        more = (say(Message.plural("\n  … and {n} more cell like this", "\n  … and {n} more cells like these",
                                        len(self.problems) - MAX_LISTED))
                if len(self.problems) > MAX_LISTED else "")
        return Message("Nothing was read from {name}: some of its numbers cannot be read for sure.\n{cells}{more}",
                       name=self.name, cells=cells, more=more)


def is_number(cell: Any) -> bool:
    """A cell that holds a number: stored as one, or written as one in either convention."""
    if isinstance(cell, bool):
        return False
    if isinstance(cell, (int, float)):
        return True
    return type(cell) is str and readings(cell) != (None, None)


def _read_column(cells: Sequence[Any], style: ColumnStyle) -> tuple[list[Any], dict[str, str]]:
    """The cells with each number written as text read by ``style``; {text: reason} of those refused.
    Blank text stays blank (no target peak); text that is no number stays text."""
    read: dict[str, Any] = {}
    refused: dict[str, str] = {}
    for text in {c for c in cells if type(c) is str}:
        try:
            read[text] = style.read(text)
        except ValueError as exc:
            read[text] = text          # not a number at all: left to the profile reader's reason
            if readings(text) != (None, None):
                refused[text] = message_of(exc)
    return [read[c] if type(c) is str else c for c in cells], refused


def read_number_columns(rows: Sequence[Sequence[Any]], row_numbers: Sequence[int], columns: Sequence[int],
                        headers: Sequence[str], name: str, decimal: str | None = None) -> dict[int, list[Any]]:
    """{column: its cells, numbers written as text read by the column's convention}; see the module docstring.

    ``decimal`` is ``labnet.catalogue.numbers.POINT`` or ``COMMA`` when the person reading the file gave it.
    Raises ``UnclearNumbers`` naming every cell whose value the file leaves open.
    """
    out: dict[int, list[Any]] = {}
    problems: list[tuple[int, int, RowProblem]] = []   # (row, column order, problem): listed row by row
    for k, c in enumerate(dict.fromkeys(columns)):
        cells = [row[c] for row in rows]
        fast = _fast_floats(cells, decimal) if all(type(x) is str for x in cells) else None
        if fast is not None:   # plain numbers with one separator that some cell shows: read in C
            out[c] = fast[0]
            continue
        style = column_style({x for x in cells if type(x) is str and x.strip()}, decimal)
        out[c], refused = _read_column(cells, style)
        problems += [(number, k, RowProblem(number, headers[c], cell, refused[cell]))
                     for cell, number in zip(cells, row_numbers) if type(cell) is str and cell in refused]
    if problems:
        raise UnclearNumbers(name, [p for _, _, p in sorted(problems, key=lambda t: t[:2])])
    return out


__all__ = ["UnclearNumbers", "read_number_columns", "is_number", "cell_message", "MAX_LISTED"]
