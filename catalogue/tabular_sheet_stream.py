"""Reading a workbook's worksheets a row at a time from their XML, in bounded memory (issue 23).

python-calamine parses a whole worksheet into memory before its first row (48 bytes a cell: 345 MB
for 100,000 rows of 76 columns, 490 MB at the peak of the parse) and frees it in one call with
Python's lock held (87 ms).  Here the worksheet's XML is inflated a block at a time from the archive
and its rows are cut out of it with regular expressions: only the block, the row being read and the
workbook's shared strings are held.

The values are those ``tabular_calamine`` gives (calamine's, brought to openpyxl's): each row from
column A to its last value, an empty cell ``None``, a whole number below 10^16 an ``int``, a date a
``datetime`` (a time of day below 1 a ``time``), read from the file's own digits.  Only what is
plainly so is read here; anything else raises ``_StreamDiffers`` and the caller reads the workbook
as before (calamine, else openpyxl): an error cell, a ``t="d"`` cell, a duration or an unusual date
format, a whole number of 2^53 or more, a cell or a row laid out otherwise than the patterns below,
Excel's ``_xHHHH_`` escapes in a text, a sheet that is not a plain worksheet.  ``tests/test_xlsx_stream.py``
reads workbooks through this reader, calamine and openpyxl and compares them cell by cell.

What is held: the shared strings (every distinct text of the workbook, as Python strings) and one
block of XML; the memory grows with the distinct texts, not with the rows.
"""

from __future__ import annotations

import posixpath
import re
import zipfile
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from functools import partial
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

from .errors import CatalogueError
from .tabular_sheet_formats import _Aside, _date, _number, _number_kind, _StreamDiffers
from .tabular_table import Table
from .tabular_xlsx import _headers_of, _read_workbook, _rows_have_data, _Sheet

_BLOCK = 1 << 20  # bytes of XML inflated at a time
_NS_MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_NS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_NS_PKG = "http://schemas.openxmlformats.org/package/2006/relationships"
_WORKSHEET = _NS_REL + "/worksheet"

_ROW_NUMBER = re.compile(r'\sr="(\d+)"')
_CELL = re.compile(r'<c r="([A-Z]{1,3})(\d+)"((?:[^>/]|/(?!>))*)(?:/>|>([^<]*(?:<(?!/c>)[^<]*)*)</c>)')
_CELL_ANY = re.compile(r'<c[\s/>]')
_ATTR = re.compile(r'\s(\w+)="([^"]*)"')
_VALUE = re.compile(r'(?:<f\b[^>]*/>|<f\b[^>]*>[^<]*</f>)?(?:<v>([^<]*)</v>|<v\s*/>)?')
_TEXT = re.compile(r'<t(?:\s[^>]*)?>([^<]*)</t>|<t(?:\s[^>]*)?/>')
_PHONETIC = re.compile(r'<rPh\b.*?</rPh>|<phoneticPr\b[^>]*/>', re.S)
_SI = re.compile(r'<si>(.*?)</si>|<si/>', re.S)
_UNIQUE = re.compile(r'<sst\b[^>]*\suniqueCount="(\d+)"')
_ENTITY = re.compile(r'&(#x[0-9A-Fa-f]+|#[0-9]+|amp|lt|gt|quot|apos);')
_ESCAPE = re.compile(r'_x[0-9A-Fa-f]{4}_')
_ENTITIES = {"amp": "&", "lt": "<", "gt": ">", "quot": '"', "apos": "'"}


def _unescape(text: str) -> str:
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")  # as an XML parser reads a line's end
    if "&" in text:
        text = _ENTITY.sub(_entity, text)
    if "_x" in text and _ESCAPE.search(text):
        raise _StreamDiffers()
    return text


def _entity(m: re.Match[str]) -> str:
    name = m.group(1)
    if name[0] == "#":
        return chr(int(name[2:], 16) if name[1] == "x" else int(name[1:]))
    return _ENTITIES[name]


def _rich_text(inner: str) -> str:
    """The text of an ``<is>`` or ``<si>``: its ``<t>`` runs joined, phonetic runs left out."""
    if "<!" in inner:
        raise _StreamDiffers()  # a CDATA section or a comment: not read by these patterns
    if "<rPh" in inner or "<phoneticPr" in inner:
        inner = _PHONETIC.sub("", inner)
    return "".join(_unescape(m.group(1) or "") for m in _TEXT.finditer(inner))


class _Part:
    """A part of the archive inflated a block at a time, as text."""

    def __init__(self, zf: zipfile.ZipFile, name: str) -> None:
        self.zf, self.name = zf, name

    def blocks(self) -> Iterator[str]:
        decoder = _utf8()
        with self.zf.open(self.name) as fh:
            while True:
                block = fh.read(_BLOCK)
                if not block:
                    tail = decoder.decode(b"", final=True)
                    if tail:
                        yield tail
                    return
                yield decoder.decode(block)


def _utf8() -> Any:
    import codecs

    return codecs.getincrementaldecoder("utf-8")("strict")


def _pieces(blocks: Iterator[str], end_tag: str) -> Iterator[str]:
    """The text in pieces that each end just after an ``end_tag`` (the last piece: whatever is left)."""
    carry = ""
    for block in blocks:
        text = carry + block
        cut = text.rfind(end_tag)
        if cut < 0:
            carry = text
            continue
        cut += len(end_tag)
        yield text[:cut]
        carry = text[cut:]
    if carry:
        yield carry


class StreamBook:
    """A workbook opened for streaming: its worksheets (name, part), styles and shared strings."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.zf = zipfile.ZipFile(path)
        try:
            self._read_parts()
        except BaseException:
            self.zf.close()
            raise

    def close(self) -> None:
        self.zf.close()

    def __enter__(self) -> StreamBook:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _read_parts(self) -> None:
        names = set(self.zf.namelist())
        book = ElementTree.fromstring(self.zf.read("xl/workbook.xml"))
        rels = ElementTree.fromstring(self.zf.read("xl/_rels/workbook.xml.rels"))
        targets = {}
        for rel in rels.iter(f"{{{_NS_PKG}}}Relationship"):
            target = rel.get("Target", "")
            part = target.lstrip("/") if target.startswith("/") else posixpath.normpath(posixpath.join("xl", target))
            targets[rel.get("Id")] = (rel.get("Type"), part)
        pr = book.find(f"{{{_NS_MAIN}}}workbookPr")
        self.date1904 = pr is not None and pr.get("date1904") in ("1", "true")
        self.book_pr = dict(pr.attrib) if pr is not None else {}  # for a copy that reads as this workbook
        self.sheets: list[tuple[str, str]] = []
        for sheet in book.iter(f"{{{_NS_MAIN}}}sheet"):
            kind, part = targets.get(sheet.get(f"{{{_NS_REL}}}id"), (None, ""))
            if kind != _WORKSHEET or part not in names:
                raise _StreamDiffers()  # a chart sheet, a macro sheet…: calamine sorts them out
            self.sheets.append((sheet.get("name", ""), part))
        if book.tag != f"{{{_NS_MAIN}}}workbook" or not self.sheets:
            raise _StreamDiffers()  # strict OOXML's namespace, say: nothing read here may be taken as empty
        self.kinds = self._styles(names)
        self.shared_part = next((p for t, p in targets.values() if t == _NS_REL + "/sharedStrings"), None)
        self.styles_part = next((p for t, p in targets.values() if t == _NS_REL + "/styles" and p in names), None)
        self._shared: list[str] | None = None

    def _styles(self, names: set[str]) -> list[str]:
        """What each cell style makes of a number: "n" (a number), "d" (a date or time), "t" (a duration),
        "?" (a format left to calamine and openpyxl)."""
        if "xl/styles.xml" not in names:
            return []
        root = ElementTree.fromstring(self.zf.read("xl/styles.xml"))
        custom = {int(f.get("numFmtId", "-1")): f.get("formatCode", "")
                  for f in root.iter(f"{{{_NS_MAIN}}}numFmt")}
        xfs = root.find(f"{{{_NS_MAIN}}}cellXfs")
        kinds = []
        for xf in (xfs if xfs is not None else ()):
            try:
                kinds.append(_number_kind(int(xf.get("numFmtId", "0")), custom))
            except _StreamDiffers:
                kinds.append("?")  # left to calamine if a number is written in this style
        return kinds

    def shared(self) -> list[str]:
        if self._shared is None:
            out: list[str] = []
            if self.shared_part is not None:
                unique = None
                for piece in _pieces(_Part(self.zf, self.shared_part).blocks(), "</si>"):
                    if unique is None:
                        found = _UNIQUE.search(piece)
                        unique = int(found.group(1)) if found else -1
                    before = len(out)
                    for m in _SI.finditer(piece):
                        inner = m.group(1)
                        out.append("" if not inner else _rich_text(inner))
                    if len(out) - before != piece.count("<si"):
                        raise _StreamDiffers()  # an item laid out otherwise (a prefix, attributes…)
                if unique not in (None, -1, len(out)):
                    raise _StreamDiffers()
            self._shared = out
        return self._shared

    def rows(self, part: str, aside: bool = False) -> Iterator[list[Any]]:
        """The rows of a worksheet from row 1 to its last row with a value, each from column A to its
        last value (``[]`` for a blank row), as ``tabular_calamine`` gives them.  With ``aside``, a cell
        this reader does not read (an error cell, an ISO date, a format it does not know, a 17-digit
        number…) is an ``_Aside`` holding its XML instead of a refusal of the workbook
        (``tabular_sheet_aside`` reads it as the whole reading would)."""
        shared = self.shared() if self.shared_part is not None else []
        kinds, date1904 = self.kinds, self.date1904
        blank = 0      # blank rows read and not yet given: given only when a row with values follows
        expected = 1   # the number of the next row
        started = False
        for piece in _pieces(_Part(self.zf, part).blocks(), "</row>"):
            if not started:
                at = piece.find("<sheetData")
                if at < 0:
                    continue
                started = True
                piece = piece[at:]
            for text in piece.split("</row>"):
                found = _row_parts(text)
                if found is None:
                    continue
                number, inner = found
                if number < expected:
                    raise _StreamDiffers()  # rows out of order
                blank += number - expected
                expected = number + 1
                row = _row(inner, number, shared, kinds, date1904, aside)
                if not row:
                    blank += 1
                    continue
                for _ in range(blank):
                    yield []
                blank = 0
                yield row
        if not started:
            raise _StreamDiffers()  # no <sheetData> as written here (a prefix, say): never read as empty


def _row_parts(text: str) -> tuple[int, str] | None:
    """(row number, the cells' XML) of the row that ``text`` (cut at a ``</row>``) ends with; None for
    what follows the last row, or a blank row written ``<row …/>``."""
    ended = text.find("</sheetData>")
    if ended >= 0:
        text = text[:ended]  # what follows the rows (formatting, breaks…) is not read
    at = text.rfind("<row")
    end = text.find(">", at) if at >= 0 else -1
    if end < 0 or text[end - 1] == "/":
        if "<c" in text:
            raise _StreamDiffers()
        return None
    if "<c" in text[:at]:
        raise _StreamDiffers()
    number = _ROW_NUMBER.search(text[at + 4:end])
    if number is None:
        raise _StreamDiffers()
    return int(number.group(1)), text[end + 1:]


def _attributes(text: str) -> tuple[str, int]:
    """(type, style index, -1 for none) from a cell's attributes after its reference."""
    found = dict(_ATTR.findall(text))
    if "r" in found or len(found) != len(_ATTR.findall(text)) or text.count("=") != len(found):
        raise _StreamDiffers()
    return found.get("t", "n"), int(found.get("s", "-1"))  # -1: no style (calamine: a number, whatever style 0 says)


def _row(inner: str, number: int, shared: Sequence[str], kinds: Sequence[str], date1904: bool,
         aside: bool = False) -> list[Any]:
    cells = _CELL.findall(inner)
    if len(cells) != inner.count("<c") and len(cells) != len(_CELL_ANY.findall(inner)):
        raise _StreamDiffers()  # a cell without its reference first, say
    if cells and {c[1] for c in cells} != {str(number)}:
        raise _StreamDiffers()  # a cell of another row in this one
    row: list[Any] = []
    width = 0
    attributes, columns = _ATTRIBUTES, _COLUMNS
    general = not kinds or kinds[0] == "n"  # the default style (0) a number format, as it nearly always is
    for letters, _, attrs, content in cells:
        if not content:
            continue
        kind_style = attributes.get(attrs)
        if kind_style is None:
            kind_style = _attributes(attrs)
            if len(attributes) < 4096:  # a few distinct ones in any real sheet; never grown without bound
                attributes[attrs] = kind_style
        kind, style = kind_style
        try:
            if kind == "n" and (style < 0 or not style and general) and content[:3] == "<v>" \
                    and content[-4:] == "</v>" and content.count("<") == 2:
                value: Any = _number(content[3:-4]) if len(content) > 7 else None
            elif kind == "inlineStr" and content[:7] == "<is><t>" and content[-9:] == "</t></is>" \
                    and content.count("<") == 4:
                value = content[7:-9]
                if "&" in value or "\r" in value or "_x" in value:
                    value = _unescape(value)
                value = value or None
            else:
                value = _value(kind, style, content, shared, kinds, date1904)
        except _StreamDiffers:
            value = _set_aside(aside, kind, attrs, content)
        if value is None:
            continue
        col = columns.get(letters)
        if col is None:
            col = columns[letters] = _column(letters)
        if col < width:
            raise _StreamDiffers()  # columns out of order
        if col > width:
            row.extend([None] * (col - width))
        row.append(value)
        width = col + 1
    return row


def _set_aside(aside: bool, kind: str, attrs: str, content: str) -> _Aside:
    """The cell as its XML, or (reading without ``aside``, or a cell whose value is not in its XML alone:
    a shared string's index, say) the refusal raised again."""
    if not aside or kind not in _ASIDE_KINDS:
        raise _StreamDiffers()
    return _Aside(kind, attrs, content)


_ATTRIBUTES: dict[str, tuple[str, int]] = {}
_ASIDE_KINDS = frozenset(("n", "d", "e", "str", "inlineStr", "b"))  # whatever the cell holds is in its own XML
_COLUMNS: dict[str, int] = {}


def _column(letters: str) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n - 1


def _value(kind: str, style: int, content: str | None, shared: Sequence[str], kinds: Sequence[str],
           date1904: bool) -> Any:
    if not content:
        return None
    if kind == "inlineStr":
        if content.startswith("<is><t>") and content.endswith("</t></is>") and content.count("<t") == 1:
            text = _unescape(content[7:-9])
        elif content.startswith("<is>") and content.endswith("</is>"):
            text = _rich_text(content[4:-5])
        else:
            raise _StreamDiffers()
        return text or None
    if content.startswith("<v>") and content.endswith("</v>") and content.count("<") == 2:
        v = content[3:-4]
    else:
        m = _VALUE.fullmatch(content)
        if m is None:
            raise _StreamDiffers()
        v = m.group(1)
        if v is None:
            return None  # a formula without a cached value: calamine and openpyxl read nothing
    if kind == "n":
        if not v:
            return None
        number = _number(v)
        if 0 <= style < len(kinds) and kinds[style] != "n":
            if kinds[style] == "?":
                raise _StreamDiffers()
            return _date(number, date1904, kinds[style] == "t")
        if style >= len(kinds) and style > 0:
            raise _StreamDiffers()
        return number
    return _other(kind, v, shared)


def _other(kind: str, v: str, shared: Sequence[str]) -> Any:
    if kind == "s":
        return shared[int(v)] or None
    if kind == "str":
        return _unescape(v) or None
    if kind == "b" and v in ("0", "1"):
        return v == "1"
    raise _StreamDiffers()  # an error cell, an ISO date (t="d"), anything else


def _opened(path: Path) -> StreamBook:
    try:
        return StreamBook(path)
    except _StreamDiffers:
        raise
    except Exception:  # damaged, not a workbook…: calamine or openpyxl says what is wrong, as always
        raise _StreamDiffers() from None


def _sheets(book: StreamBook) -> list[_Sheet]:
    return [_Sheet(name, partial(book.rows, part)) for name, part in book.sheets]


@contextmanager
def _or_differs() -> Iterator[None]:
    """Anything unexpected while reading here (an index past the shared strings, a damaged stream…)
    leaves the workbook to calamine and openpyxl, which say what is wrong; a refusal of the table
    (``CatalogueError``) is the whole reading's own and stands."""
    try:
        yield
    except (_StreamDiffers, CatalogueError):
        raise
    except Exception as exc:
        raise _StreamDiffers() from exc


# The three readings below take the maker of a book's sheets: ``_sheets`` here (anything this reader does not
# read refuses the workbook), ``tabular_sheet_aside.aside_sheets_of`` (such cells read as calamine reads them).
SheetsOf = Callable[[StreamBook], list[_Sheet]]


def read_sheets(sheets_of: SheetsOf, path: Path, sheet: str | None, header_row: int | None,
                reading: Callable[[int], Any] | None, limit: int | None = None) -> Table:
    """``tabular_xlsx._read_workbook`` of the workbook read here; raises ``_StreamDiffers`` (module docstring)."""
    with _opened(path) as book, _or_differs():
        return _read_workbook(sheets_of(book), path.name, sheet, header_row, reading, limit)


def sheets_with_data(sheets_of: SheetsOf, path: Path) -> list[tuple[str, bool]]:
    """(name, holds any value) of each worksheet: each read to its first row with a value."""
    with _opened(path) as book, _or_differs():
        return [(s.title, _rows_have_data(s.rows())) for s in sheets_of(book)]


def sheets_headers(sheets_of: SheetsOf, path: Path, names: Sequence[str],
                   header_row: int | None) -> dict[str, list[Any]]:
    """``tabular_xlsx.sheet_headers`` of the workbook read here."""
    with _opened(path) as book, _or_differs():
        return _headers_of({s.title: s for s in sheets_of(book)}, names, header_row)


read_streamed = partial(read_sheets, _sheets)
streamed_sheets = partial(sheets_with_data, _sheets)
streamed_headers = partial(sheets_headers, _sheets)


__all__ = ["SheetsOf", "StreamBook", "read_sheets", "read_streamed", "sheets_headers", "sheets_with_data",
           "streamed_headers", "streamed_sheets"]
