"""``labnet import`` and ``labnet export``: spreadsheets in and out of the catalogue.

Exit status of ``labnet import``: 0 when every row was valid and imported
(or, in a dry run, would be); 1 with ``--skip-invalid`` when rows were
skipped (the valid rows were written; the skipped rows are listed on stderr);
2 when invalid rows made LabNet refuse the whole import (nothing written),
when no row could be imported, or when the file itself cannot be used (an
ambiguous number, encoding or sheet included: the message says which option
decides it).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from labnet.cli.common import decimal_options
from labnet.common.cli_args import positive_int
from labnet.common.messages import Message

# The record types' command-line names (catalogue.records.RecordType.cli_name),
# written out so that building the parser does not import the catalogue.
KINDS = ("reference-samples", "training", "profiles")

EXIT_OK = 0
EXIT_SKIPPED = 1
EXIT_REFUSED = 2


def register(subparsers: argparse._SubParsersAction) -> None:
    imp = subparsers.add_parser(
        "import",
        help="import records from a CSV or Excel (.xlsx) file",
        description=(
            "Import records from a CSV or Excel (.xlsx) file. Columns are matched to fields by name, "
            "ignoring case and punctuation; rows are matched to stored records by their natural key "
            "(inventory code, lab sample number…), so importing the same file again changes nothing. "
            "If any row has a problem, nothing is written and every problem is listed."
        ),
    )
    imp.add_argument("--kind", required=True, choices=KINDS, help="what the file holds")
    imp.add_argument("file", metavar="FILE", type=Path, help="the .csv or .xlsx file")
    imp.add_argument("--dry-run", action="store_true", help="check the file and say what would change; write nothing")
    imp.add_argument("--skip-invalid", action="store_true",
                     help="write the valid rows and list the invalid ones, instead of refusing the whole file")
    imp.add_argument("--json", action="store_true", help="print the report as JSON")
    decimal_options(imp)
    imp.add_argument("--encoding", metavar="NAME",
                     help="the encoding of a CSV file that is not UTF-8, e.g. cp1251 (Russian), cp1256 (Arabic), "
                          "cp1252 or latin-1 (Western European); without it LabNet detects it or refuses")
    imp.add_argument("--sheet", metavar="NAME", help="the sheet of an Excel workbook to import")
    imp.add_argument("--header-row", metavar="N", type=positive_int,
                     help="the row (as Excel numbers it) that holds the column names; the rows above are ignored")
    imp.set_defaults(handler=run_import)

    exp = subparsers.add_parser(
        "export",
        help="export records to a CSV or Excel (.xlsx) file",
        description=(
            "Export every record of one kind to a CSV or Excel (.xlsx) file, chosen by the extension. "
            "The file can be imported back unchanged."
        ),
    )
    exp.add_argument("--kind", required=True, choices=KINDS, help="what to export")
    exp.add_argument("file", metavar="FILE", type=Path, help="the .csv or .xlsx file to write")
    exp.set_defaults(handler=run_export)


def _open_catalogue(args: argparse.Namespace):
    # As every command opens it: an export only reads, so it runs as the login name (labnet/cli/access.py).
    from labnet.cli.common import open_catalogue

    return open_catalogue(args)


class TerminalProgress:
    """A one-line progress bar on a terminal (``\r``), nothing when the stream is not one."""

    WIDTH = 30

    def __init__(self, stream, name: str) -> None:
        self.stream, self.name, self.shown = stream, name, False

    def reading(self, rows: int) -> None:
        self._line(f"Reading {self.name}: {Message.plural('{n:,} row', '{n:,} rows', rows)}…")

    def checking(self, done: int, total: int) -> bool:
        filled = self.WIDTH * done // max(total, 1)
        last = "; writing…" if done >= total else ""
        self._line(f"Checking [{'#' * filled}{'.' * (self.WIDTH - filled)}] {done:,} of {total:,} rows{last}")
        return True

    def _line(self, text: str) -> None:
        self.stream.write("\r" + text.ljust(72))
        self.stream.flush()
        self.shown = True

    def done(self) -> None:
        if self.shown:
            self.stream.write("\n")
            self.stream.flush()


def run_import(args: argparse.Namespace) -> int:
    from labnet.catalogue.importing import import_file

    options = {"decimal": args.decimal, "encoding": args.encoding, "sheet": args.sheet,
               "header_row": args.header_row}
    bar = TerminalProgress(sys.stderr, args.file.name) if sys.stderr.isatty() else None
    try:
        with _open_catalogue(args) as cat:
            report = import_file(cat, args.kind, args.file, dry_run=args.dry_run, skip_invalid=args.skip_invalid,
                                 progress=bar and bar.checking, reading=bar and bar.reading, **options)
    finally:
        if bar is not None:
            bar.done()
    if args.json:
        print(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
    else:
        print(report.to_text())
    if report.refused:
        print("labnet: the import was refused: " + Message.plural(
            "{n:,} row has problems (listed above); nothing was written.",
            "{n:,} rows have problems (listed above); nothing was written.", len(report.invalid_rows)),
            file=sys.stderr)
        return EXIT_REFUSED
    if report.problems and report.inserted + report.updated + report.unchanged == 0:
        print("labnet: no row of the file could be imported.", file=sys.stderr)
        return EXIT_REFUSED
    if report.skipped:
        rows = report.invalid_rows
        listed = ", ".join(map(str, rows))
        if args.dry_run:
            said = Message.plural("{n:,} row with problems would be skipped (row {rows}); the other rows would be "
                                  "imported.", "{n:,} rows with problems would be skipped (rows {rows}); the other "
                                  "rows would be imported.", len(rows), rows=listed)
        else:
            said = Message.plural("{n:,} row with problems was skipped (row {rows}); the other rows were imported.",
                                  "{n:,} rows with problems were skipped (rows {rows}); the other rows were "
                                  "imported.", len(rows), rows=listed)
        print(f"labnet: {said}", file=sys.stderr)
        return EXIT_SKIPPED
    return EXIT_OK


def run_export(args: argparse.Namespace) -> int:
    from labnet.catalogue.exporting import export_records
    from labnet.catalogue.records import record_type

    with _open_catalogue(args) as cat:
        count = export_records(cat, args.kind, args.file)
    rt = record_type(args.kind)
    print(Message.plural("Exported {n:,} {one} to {file}.", "Exported {n:,} {many} to {file}.", count,
                         one=rt.label.lower(), many=rt.plural.lower(), file=args.file))
    return EXIT_OK
