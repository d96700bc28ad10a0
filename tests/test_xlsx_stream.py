"""The streaming workbook reader (``tabular_sheet_stream``) against calamine and openpyxl, cell by cell, on
a workbook written as Excel writes one (shared strings, rich text, styles by number format), and what it
leaves to them.  ``tests/test_tabular_calamine.py`` makes the same comparison on openpyxl's workbooks.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from labnet.catalogue import tabular_sheet_stream
from labnet.catalogue.tabular import read_table, sheet_headers, workbook_sheets
from labnet.catalogue.tabular_calamine import _read_calamine
from labnet.catalogue.tabular_sheet_stream import _StreamDiffers, read_streamed, streamed_sheets
from labnet.catalogue.tabular_xlsx import _read_openpyxl
from test_tabular_calamine import typed

MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

SHARED = [
    "<si><t>Code</t></si>", "<si><t>Weight</t></si>", "<si><t>Seized</t></si>", "<si><t>Note</t></si>",
    "<si><t>Flag</t></si>", "<si><t>Time</t></si>",
    "<si><r><rPr><b/></rPr><t>Bold</t></r><r><t xml:space=\"preserve\"> and plain</t></r></si>",
    "<si><t>A &amp; B &lt;C&gt; &#233;t&#xE9;</t><rPh sb=\"0\" eb=\"1\"><t>ignored</t></rPh></si>",
    "<si><t>two\r\nlines</t></si>", "<si><t></t></si>", "<si><t xml:space=\"preserve\">  padded  </t></si>",
]


def sheet(rows: str) -> str:
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n<worksheet xmlns="{MAIN}">'
            f'<dimension ref="A1:F9"/><sheetData>{rows}</sheetData><conditionalFormatting sqref="B2:B9">'
            '<cfRule type="cellIs" dxfId="0" priority="1" operator="lessThan"><formula>0</formula></cfRule>'
            '</conditionalFormatting><colBreaks count="1" manualBreakCount="1"><brk id="3" max="1048575" man="1"/>'
            '</colBreaks></worksheet>')


DATA = sheet(
    '<row r="1" spans="1:6"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c>'
    '<c r="D1" t="s"><v>3</v></c><c r="E1" t="s"><v>4</v></c><c r="F1" t="s"><v>5</v></c></row>'
    '<row r="2"><c r="A2" t="s"><v>6</v></c><c r="B2"><v>12.5</v></c><c r="C2" s="1"><v>45000</v></c>'
    '<c r="D2" t="s"><v>7</v></c><c r="E2" t="b"><v>1</v></c><c r="F2" s="2"><v>0.5</v></c></row>'
    '<row r="3" ht="20" customHeight="1"><c r="A3" s="3"/><c r="B3" s="3"/></row>'
    '<row r="5"><c r="A5" t="inlineStr"><is><r><t>in</t></r><r><t>line</t></r></is></c><c r="B5"><v>3</v></c>'
    '<c r="C5" s="4"><v>45000.75</v></c><c r="D5" t="s"><v>8</v></c><c r="E5" t="b"><v>0</v></c>'
    '<c r="F5" t="str"><f>A5&amp;"x"</f><v>inline&amp;x</v></c></row>'
    '<row r="6"><c r="A6" t="s"><v>9</v></c><c r="B6"><f>B2*2</f><v>25</v></c><c r="D6" t="s"><v>10</v></c></row>'
    '<row r="7"><c r="A7"><v>1E-3</v></c><c r="B7"><v>-0</v></c><c r="C7" s="5"><v>45000</v></c>'
    '<c r="D7" t="inlineStr"><is><t/></is></c><c r="F7"><f>NOW()</f></c></row>'
    '<row r="9"/>')

STYLES = (f'<styleSheet xmlns="{MAIN}"><numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts>'
          '<cellXfs count="6"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="20"/><xf numFmtId="0"/>'
          '<xf numFmtId="22"/><xf numFmtId="164"/></cellXfs></styleSheet>')


def excel_like(path: Path, data: str = DATA, shared: list[str] = SHARED, styles: str = STYLES) -> Path:
    parts = {
        "[Content_Types].xml": (
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.'
            'spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-'
            'officedocument.spreadsheetml.worksheet+xml"/>'
            '<Override PartName="/xl/worksheets/sheet2.xml" ContentType="application/vnd.openxmlformats-'
            'officedocument.spreadsheetml.worksheet+xml"/>'
            '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-'
            'officedocument.spreadsheetml.sharedStrings+xml"/>'
            '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.'
            'spreadsheetml.styles+xml"/></Types>'),
        "_rels/.rels": (
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>'),
        "xl/workbook.xml": (
            f'<workbook xmlns="{MAIN}" xmlns:r="{REL}"><sheets><sheet name="Blank" sheetId="1" r:id="rId2"/>'
            '<sheet name="Data" sheetId="2" r:id="rId1"/></sheets></workbook>'),
        "xl/_rels/workbook.xml.rels": (
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{REL}/worksheet" Target="worksheets/sheet1.xml"/>'
            f'<Relationship Id="rId2" Type="{REL}/worksheet" Target="/xl/worksheets/sheet2.xml"/>'
            f'<Relationship Id="rId3" Type="{REL}/sharedStrings" Target="sharedStrings.xml"/>'
            f'<Relationship Id="rId4" Type="{REL}/styles" Target="styles.xml"/></Relationships>'),
        "xl/worksheets/sheet1.xml": data,
        "xl/worksheets/sheet2.xml": sheet('<row r="2"><c r="B2" s="3"/></row>'),
        "xl/sharedStrings.xml": f'<sst xmlns="{MAIN}" count="{len(shared)}">{"".join(shared)}</sst>',
        "xl/styles.xml": styles,
    }
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, text in parts.items():
            zf.writestr(name, text)
    return path


def test_an_excel_like_workbook_reads_as_calamine_and_openpyxl_read_it(tmp_path):
    path = excel_like(tmp_path / "excel.xlsx")
    streamed = read_streamed(path, None, None, None)
    for other in (_read_calamine(path, None, None, None), _read_openpyxl(path)):
        assert streamed.headers == other.headers
        # openpyxl reads an empty shared string as "", calamine (today's reading, kept) as an empty cell
        assert typed(streamed.rows) == [[("NoneType", None) if v == ("str", "") else v for v in row]
                                        for row in typed(other.rows)]
        assert (streamed.row_numbers, streamed.sheet, streamed.notes) == (other.row_numbers, other.sheet, other.notes)
    assert streamed.rows[0][:4] == ["Bold and plain", 12.5, streamed.rows[0][2], "A & B <C> été"]
    assert streamed.rows[1][3] == "two\nlines" and streamed.rows[1][5] == "inline&x"
    assert streamed.row_numbers == [2, 5, 6, 7]
    assert streamed_sheets(path) == [("Blank", False), ("Data", True)] == workbook_sheets(path)
    assert sheet_headers(path, ["Data"]) == {"Data": ["Code", "Weight", "Seized", "Note", "Flag", "Time"]}
    for header_row in (1, 4, 2, 30):
        try:
            expected = _read_calamine(path, "Data", header_row, None)
        except Exception as exc:
            with pytest.raises(type(exc)) as raised:
                read_streamed(path, "Data", header_row, None)
            assert str(raised.value) == str(exc)
        else:
            assert typed(read_streamed(path, "Data", header_row, None).rows) == typed(expected.rows)


@pytest.mark.parametrize("cell", [
    '<c r="B2" t="e"><v>#N/A</v></c>',                       # an error cell: openpyxl reads its text
    '<c r="B2" t="d"><v>2024-01-02T00:00:00</v></c>',        # an ISO date
    '<c r="B2"><v>12345678901234567</v></c>',                # past 2^53
    '<c r="B2" s="6"><v>1.5</v></c>',                         # a format with a condition
    '<c r="B2" t="inlineStr"><is><t>a_x000D_b</t></is></c>',  # Excel's escape of a character
    '<c t="inlineStr"><is><t>no reference</t></is></c>',
    '<c\n r="B2"><v>1</v></c>',                              # another space after the name: never dropped
])
def test_what_the_stream_leaves_aside_is_read_as_before(cell, tmp_path, monkeypatch):
    data = sheet('<row r="1"><c r="A1" t="inlineStr"><is><t>Code</t></is></c><c r="B1" t="inlineStr"><is><t>Value'
                 f'</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>X1</t></is></c>{cell}</row>')
    styles = STYLES.replace('<cellXfs count="6">', '<cellXfs count="7">').replace(
        "</cellXfs>", '<xf numFmtId="165"/></cellXfs>').replace(
        '<numFmts count="1">', '<numFmts count="2"><numFmt numFmtId="165" formatCode="[&lt;=9999999]###-####;(###) ###-####"/>')
    path = excel_like(tmp_path / "aside.xlsx", data, styles=styles)
    with pytest.raises(_StreamDiffers):
        read_streamed(path, "Data", None, None)
    table = read_table(path, "Data")

    def before(self: object, path: Path) -> None:
        raise _StreamDiffers()
    monkeypatch.setattr(tabular_sheet_stream.StreamBook, "__init__", before)   # the reading of before
    assert typed(table.rows) == typed(read_table(path, "Data").rows)


def _prefixed(xml: str, root: str) -> str:
    """``xml`` with its elements written with the prefix x: (the same document to an XML parser)."""
    import re

    xml = re.sub(r"<(/?)(?!\?)(\w+)", r"<\1x:\2", xml)
    return xml.replace(f'<x:{root} xmlns="{MAIN}"', f'<x:{root} xmlns:x="{MAIN}"')


@pytest.mark.parametrize("change", ["sheet prefixed", "shared strings prefixed", "CDATA"])
def test_xml_written_otherwise_is_never_read_as_empty(change, tmp_path, monkeypatch):
    """The same workbook in XML the patterns do not read (a namespace prefix, a CDATA section) is left to
    calamine and openpyxl, never read as blank cells or an empty sheet."""
    data, shared = DATA, list(SHARED)
    if change == "sheet prefixed":
        data = _prefixed(DATA, "worksheet")
    elif change == "CDATA":
        shared[6] = "<si><t><![CDATA[Bold and plain]]></t></si>"
    path = excel_like(tmp_path / "otherwise.xlsx", data, shared)
    if change == "shared strings prefixed":
        with zipfile.ZipFile(path) as zf:
            items = {i.filename: zf.read(i) for i in zf.infolist()}
        items["xl/sharedStrings.xml"] = _prefixed(items["xl/sharedStrings.xml"].decode(), "sst").encode()
        with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
            for name, blob in items.items():
                zf.writestr(name, blob)
    with pytest.raises(_StreamDiffers):
        read_streamed(path, "Data", None, None)
    table = read_table(path, "Data")
    assert table.rows and table.rows[0][0] == "Bold and plain"

    def before(self: object, path: Path) -> None:
        raise _StreamDiffers()
    monkeypatch.setattr(tabular_sheet_stream.StreamBook, "__init__", before)
    assert typed(table.rows) == typed(read_table(path, "Data").rows)


def test_the_default_style_and_unused_formats_are_read_by_their_number_format(tmp_path):
    """A default style (0) with a date format: a number written without a style stays a number (calamine's
    reading, which the import always had; openpyxl reads a date) and one written s="0" is a date as
    calamine reads it; an unusual format in the styles that no number uses leaves nothing aside."""
    styles = STYLES.replace('<xf numFmtId="0"/><xf numFmtId="14"/>', '<xf numFmtId="14"/><xf numFmtId="14"/>')
    styles = styles.replace('<cellXfs count="6">', '<cellXfs count="7">').replace(
        "</cellXfs>", '<xf numFmtId="165"/></cellXfs>').replace(
        '<numFmts count="1">', '<numFmts count="2"><numFmt numFmtId="165" formatCode="[&lt;=99]0;0.0"/>')
    data = DATA.replace('<c r="B5"><v>3</v></c>', '<c r="B5" s="0"><v>3</v></c>')
    path = excel_like(tmp_path / "default-date.xlsx", data, styles=styles)
    streamed = read_streamed(path, "Data", None, None)
    assert typed(streamed.rows) == typed(_read_calamine(path, "Data", None, None).rows)
    assert streamed.rows[0][1] == 12.5 and type(streamed.rows[1][1]).__name__ == "datetime"


def test_dates_and_times_read_as_calamine_reads_them(tmp_path):
    """3,000 seeded random serial numbers (times of day, dates, around Excel's 1900-02-29) in a date-time,
    a date and a time format: the same values and types as calamine's."""
    import random

    rng = random.Random(5)
    rows = ['<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c>'
            '<c r="D1" t="s"><v>3</v></c></row>']
    for r in range(2, 3002):
        v = repr(rng.choice([rng.uniform(0, 1), rng.uniform(1, 80000), float(rng.randint(1, 80000)),
                             rng.uniform(59, 62), rng.randint(1, 60) + rng.random()]))
        rows.append(f'<row r="{r}"><c r="A{r}" t="s"><v>10</v></c><c r="B{r}" s="4"><v>{v}</v></c>'
                    f'<c r="C{r}" s="1"><v>{v}</v></c><c r="D{r}" s="2"><v>{v}</v></c></row>')
    path = excel_like(tmp_path / "dates.xlsx", sheet("".join(rows)))
    streamed = read_streamed(path, "Data", None, None)
    assert len(streamed.rows) == 3000
    assert typed(streamed.rows) == typed(_read_calamine(path, "Data", None, None).rows)
