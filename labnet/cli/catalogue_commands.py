"""``labnet import`` and ``labnet export``: spreadsheets in and out of the catalogue.

Exit status of ``labnet import``: 0 when every row was valid (or, with
``--skip-invalid``, when the valid rows were written), 2 when invalid rows
made LabNet refuse the whole import (nothing written) or when the file itself
cannot be used.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

# The record types' command-line names (catalogue.records.RecordType.cli_name),
# written out so that building the parser does not import the catalogue.
KINDS = ("reference-samples", "training", "profiles")

EXIT_OK = 0
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


def run_import(args: argparse.Namespace) -> int:
    from catalogue.importing import import_file

    with _open_catalogue(args) as cat:
        report = import_file(cat, args.kind, args.file, dry_run=args.dry_run, skip_invalid=args.skip_invalid)
    if args.json:
        print(json.dumps(report.to_dict(), ensure_ascii=False, indent=2))
    else:
        print(report.to_text())
    if report.refused:
        rows = len(report.invalid_rows)
        print(f"labnet: the import was refused: {rows} {'row has' if rows == 1 else 'rows have'} problems "
              "(listed above); nothing was written.", file=sys.stderr)
        return EXIT_REFUSED
    if report.problems and report.inserted + report.updated + report.unchanged == 0:
        print("labnet: no row of the file could be imported.", file=sys.stderr)
        return EXIT_REFUSED
    return EXIT_OK


def run_export(args: argparse.Namespace) -> int:
    from catalogue.exporting import export_records
    from catalogue.records import record_type

    with _open_catalogue(args) as cat:
        count = export_records(cat, args.kind, args.file)
    rt = record_type(args.kind)
    print(f"Exported {count:,} {rt.label.lower() if count == 1 else rt.plural.lower()} to {args.file}.")
    return EXIT_OK
