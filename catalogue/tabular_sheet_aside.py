"""The cells the streaming reader sets aside, read as the whole-file reading reads them (issue 23).

``tabular_sheet_stream`` reads a worksheet's XML a row at a time, but only what it plainly reads as
calamine does; the whole-file reading (``tabular_xlsx._read_xlsx``) hands a workbook holding anything
else to python-calamine, which holds the whole sheet (345 MB for 100,000 rows of 76 columns), or, when a
worksheet holds an error cell or calamine's value would lose digits, to openpyxl.  Imported in chunks
(``import_workbook``), such a workbook is read so, the same values, in bounded memory:

* calamine's reading: the sheet is streamed with its odd cells set aside (``StreamBook.rows(…, aside=True)``:
  an ISO date cell ``t="d"``, a duration or date past what the stream reads, a number format it does not
  know, an escape ``_xHHHH_``…), and a chunk's odd cells are read by calamine itself from a workbook of
  those cells alone, with the workbook's own styles and date system (``CalamineCells``): what calamine
  makes of a cell depends on its XML, its style's number format and the date system only, so its value
  is the one the whole reading gives; brought to openpyxl's as ``tabular_calamine`` brings it.  A value
  that reading hands to openpyxl (a whole number of 2^53 or more) raises ``UseOpenpyxl``;
* openpyxl's reading: the sheet is read by openpyxl's own streaming reader (``read_only``), a row at a
  time (``openpyxl_rows``), as ``tabular_xlsx._read_openpyxl`` reads it, each row's element dropped from
  the tree once read (``openpyxl_values``: openpyxl keeps an emptied element a row, 124 MB at the peak of a
  100,000-row import, 175 MB at 300,000).

The list of sheets, their headers and the first rows (``read_aside``, ``aside_sheets``, ``aside_headers``)
are read so too where calamine would read them (it parses the whole sheet first: 526 MB at the peak of
an import of 100,000 rows whose header alone it read).
"""

from __future__ import annotations

import io
import itertools
import zipfile
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from functools import partial
from pathlib import Path
from typing import Any

from .tabular_calamine import _calamine_reads, _CalamineDiffers, _cell
from .tabular_sheet_formats import _Aside, _StreamDiffers
from .tabular_sheet_stream import _NS_MAIN, _NS_PKG, _NS_REL, StreamBook, read_sheets, sheets_headers, sheets_with_data
from .tabular_xlsx import _Sheet, openpyxl_book

_TYPES = "http://schemas.openxmlformats.org/package/2006/content-types"
_CT = "application/vnd.openxmlformats-officedocument.spreadsheetml."


class UseOpenpyxl(Exception):
    """The whole reading reads this workbook with openpyxl: so must the import in chunks."""


def calamine_decides(path: Path) -> None:
    """Raises ``UseOpenpyxl`` when the whole reading would not read ``path`` with calamine (a worksheet
    holds an error cell, or calamine is not installed: ``tabular_calamine._calamine_reads``)."""
    if not _calamine_reads(path):
        raise UseOpenpyxl()


class CalamineCells:
    """Reads the cells set aside in a chunk of rows by calamine, as it reads them in the whole sheet."""

    def __init__(self, book: StreamBook) -> None:
        self.styles = book.zf.read(book.styles_part) if book.styles_part else None
        pr = "".join(f' {k}="{_attr(v)}"' for k, v in book.book_pr.items() if "}" not in k)
        self.workbook = (f'<workbook xmlns="{_NS_MAIN}" xmlns:r="{_NS_REL}"><workbookPr{pr}/><sheets>'
                         '<sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>')

    def resolve(self, rows: list[list[Any]]) -> None:
        """Each ``_Aside`` of ``rows`` replaced by its value, each row then ending at its last value."""
        found = [(row, i, v) for row in rows for i, v in enumerate(row) if type(v) is _Aside]
        if not found:
            return
        values = self._read([v for _, _, v in found])
        for (row, i, _), value in zip(found, values):
            row[i] = value
        for row in {id(row): row for row, _, _ in found}.values():
            while row and row[-1] is None:
                row.pop()  # calamine's row ends at its last value (tabular_calamine._normalised)

    def _read(self, cells: list[_Aside]) -> list[Any]:
        for c in cells:
            if c.kind == "e":  # pragma: no cover - calamine_decides sent the workbook to openpyxl
                raise UseOpenpyxl()
        data = "".join(f'<row r="{n}"><c r="A{n}"{c.attrs}>{c.content}</c></row>' for n, c in enumerate(cells, 1))
        from python_calamine import CalamineWorkbook

        with CalamineWorkbook.from_filelike(io.BytesIO(self._workbook(data))) as wb:
            ws = wb.get_sheet_by_name("S")
            values: list[Any] = [None] * len(cells)
            if ws.start is None:
                return values
            first, column = ws.start
            if column != 0:  # pragma: no cover - every cell is in column A
                raise _StreamDiffers()
            try:
                for n, row in enumerate(ws.iter_rows(), first):
                    values[n] = _cell(row[0]) if row else None
            except _CalamineDiffers:
                raise UseOpenpyxl() from None  # the whole reading hands such a workbook to openpyxl
        return values

    def _workbook(self, data: str) -> bytes:
        rels = f'<Relationship Id="rId1" Type="{_NS_REL}/worksheet" Target="worksheets/sheet1.xml"/>'
        types = (f'<Override PartName="/xl/workbook.xml" ContentType="{_CT}sheet.main+xml"/>'
                 f'<Override PartName="/xl/worksheets/sheet1.xml" ContentType="{_CT}worksheet+xml"/>')
        if self.styles is not None:
            rels += f'<Relationship Id="rId2" Type="{_NS_REL}/styles" Target="styles.xml"/>'
            types += f'<Override PartName="/xl/styles.xml" ContentType="{_CT}styles+xml"/>'
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as zf:
            zf.writestr("[Content_Types].xml", f'<Types xmlns="{_TYPES}"><Default Extension="rels" ContentType='
                        f'"application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" '
                        f'ContentType="application/xml"/>{types}</Types>')
            zf.writestr("_rels/.rels", f'<Relationships xmlns="{_NS_PKG}"><Relationship Id="rId1" Type="{_NS_REL}'
                        '/officeDocument" Target="xl/workbook.xml"/></Relationships>')
            zf.writestr("xl/workbook.xml", self.workbook)
            zf.writestr("xl/_rels/workbook.xml.rels", f'<Relationships xmlns="{_NS_PKG}">{rels}</Relationships>')
            zf.writestr("xl/worksheets/sheet1.xml", f'<worksheet xmlns="{_NS_MAIN}"><sheetData>{data}</sheetData>'
                        '</worksheet>')
            if self.styles is not None:
                zf.writestr("xl/styles.xml", self.styles)
        return out.getvalue()


class Resolver:
    """Reads the cells a ``StreamBook`` sets aside as the whole reading would: by calamine, made when the
    first one is met; raises ``UseOpenpyxl`` where openpyxl reads the workbook."""

    def __init__(self, book: StreamBook) -> None:
        self.book = book
        self.cells: CalamineCells | None = None

    def __call__(self, rows: list[list[Any]]) -> None:
        odd = [row for row in rows if _Aside in map(type, row)]
        if odd:
            if self.cells is None:
                calamine_decides(self.book.path)
                self.cells = CalamineCells(self.book)
            self.cells.resolve(odd)


def resolved(rows: Iterator[list[Any]], resolve: Callable[[list[list[Any]]], Any],
             size: int) -> Iterator[list[Any]]:
    """``rows`` with their cells set aside read, ``size`` rows at a time."""
    while batch := list(itertools.islice(rows, size)):
        resolve(batch)
        yield from batch


_HEAD_ROWS = 200  # rows read ahead by the list of sheets, their headers and a preview


def aside_sheets_of(book: StreamBook) -> list[_Sheet]:
    """The sheets of ``book``, their cells set aside read as calamine reads them, ``_HEAD_ROWS`` rows at a time."""
    resolve = Resolver(book)

    def rows(part: str) -> Iterator[list[Any]]:
        return resolved(book.rows(part, True), resolve, _HEAD_ROWS)
    return [_Sheet(name, partial(rows, part)) for name, part in book.sheets]


# ``tabular_calamine``'s _read_calamine, calamine_sheets and calamine_headers without its parse of the whole
# sheet (module docstring); each raises ``_StreamDiffers`` where it cannot (calamine or openpyxl then reads).
read_aside = partial(read_sheets, aside_sheets_of)
aside_sheets = partial(sheets_with_data, aside_sheets_of)
aside_headers = partial(sheets_headers, aside_sheets_of)


def _attr(value: str) -> str:
    return value.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;")


@contextmanager
def openpyxl_rows(path: Path, title: str) -> Iterator[Iterator[list[Any]]]:
    """The rows of worksheet ``title`` as ``tabular_xlsx._read_openpyxl`` reads them, a row at a time
    (openpyxl's ``read_only`` reader holds the shared strings and a row)."""
    wb = openpyxl_book(path)  # not sized first: openpyxl would parse the whole sheet for it (openpyxl_book)
    try:
        sheets = [ws for ws in wb.worksheets if hasattr(ws, "iter_rows") and ws.title == title]
        if not sheets:
            raise _StreamDiffers()  # pragma: no cover - the sheet was chosen among this workbook's
        yield (list(row) for row in openpyxl_values(sheets[0]))
    finally:
        wb.close()


def openpyxl_values(ws: Any) -> Iterator[Sequence[Any]]:
    """``tabular_xlsx._openpyxl_rows(ws)()``: openpyxl's ``ReadOnlyWorksheet.iter_rows(values_only=True)``
    with its dimensions reset, each row read by openpyxl's own ``WorkSheetParser.parse_row``, but each row's
    element taken out of the tree once read.  openpyxl's ``parse`` clears a row's element and leaves it in
    ``sheetData``: an empty element a row kept to the end of the sheet (~25 MB per 100,000 rows)."""
    from openpyxl.worksheet._reader import DATA_TAG, ROW_TAG, WorkSheetParser
    from openpyxl.xml.functions import iterparse  # openpyxl's own (defusedxml's where openpyxl uses it)

    book = ws.parent
    with ws._get_source() as src:
        parser = WorkSheetParser(src, ws._shared_strings, data_only=book.data_only, epoch=book.epoch,
                                 date_formats=book._date_formats, timedelta_formats=book._timedelta_formats)
        data = None
        counter = 1
        for event, element in iterparse(src, events=("start", "end")):
            if event == "start":
                if element.tag == DATA_TAG:
                    data = element
                continue
            if element.tag != ROW_TAG:
                continue
            idx, row = parser.parse_row(element)
            element.clear()
            if data is not None:
                del data[:]  # the rows read so far: this one alone, the earlier ones gone already
            while counter < idx:  # rows missing from the XML: empty, as _cells_by_row gives them (no max_col)
                counter += 1
                yield []
            if counter <= idx:
                counter += 1
                yield ws._get_row(row, 1, None, True)


__all__ = ["CalamineCells", "Resolver", "UseOpenpyxl", "aside_headers", "aside_sheets", "aside_sheets_of",
           "calamine_decides",
           "openpyxl_rows", "openpyxl_values", "read_aside", "resolved"]
