"""A workbook read and imported a row at a time (``catalogue/tabular_sheet_stream.py``, ``import_workbook.py``;
issue 23), against the whole-sheet reading of before.

    python benchmarks/xlsx_stream.py --compare WORKBOOK           # every row, streamed and by calamine
    python benchmarks/xlsx_stream.py --import WORKBOOK DIR [--before]

``--compare`` reads every worksheet through the streaming reader and through calamine (its values brought
to openpyxl's, ``tabular_calamine``) and checks they give the same rows, value and type of every cell.
``--import`` imports the workbook's profiling results into a new catalogue in DIR, in this process, and
prints one JSON line: wall and CPU seconds, the peak memory (VmHWM) and the load average; ``--before``
refuses the streaming reader, so the workbook is read whole as before (calamine, the whole table).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from pathlib import Path

_HERE = Path(__file__).resolve().parent
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != _HERE]
sys.path.insert(0, str(_HERE.parent))


def _hwm_mb() -> float:
    with open("/proc/self/status", encoding="ascii") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def compare(path: Path) -> dict[str, object]:
    from python_calamine import CalamineWorkbook

    from labnet.catalogue.tabular_calamine import _sheets
    from labnet.catalogue.tabular_sheet_stream import StreamBook

    counted = {}
    with CalamineWorkbook.from_path(str(path)) as wb, StreamBook(path) as book:
        by_calamine = _sheets(wb)
        assert [s.title for s in by_calamine] == [name for name, _ in book.sheets]
        for sheet, (name, part) in zip(by_calamine, book.sheets):
            a, b, rows = iter(sheet.rows()), iter(book.rows(part)), 0
            for left, right in zip(a, b):
                rows += 1
                assert [(type(v), v) for v in left] == [(type(v), v) for v in right], (name, rows, left, right)
            assert next(a, None) is None and next(b, None) is None, name
            counted[name] = rows
    return {"workbook": str(path), "identical_rows": counted}


def import_one(path: Path, folder: Path, before: bool) -> dict[str, object]:
    from labnet.catalogue import importing, tabular_sheet_stream
    from labnet.catalogue.store import Catalogue

    if before:
        def refused(self: object, path: Path) -> None:
            raise tabular_sheet_stream._StreamDiffers()
        tabular_sheet_stream.StreamBook.__init__ = refused  # type: ignore[method-assign]
    baseline = _hwm_mb()
    wall, cpu = time.perf_counter(), time.process_time()
    with Catalogue.open(folder, user="benchmark") as cat:
        report = importing.import_file(cat, "profiling_result", path)
    return {"workbook": str(path), "before": before, "inserted": report.inserted,
            "wall_s": round(time.perf_counter() - wall, 2), "cpu_s": round(time.process_time() - cpu, 2),
            "peak_mb": round(_hwm_mb(), 1), "baseline_mb": round(baseline, 1),
            "load_average": [round(x, 2) for x in os.getloadavg()]}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--compare", type=Path, metavar="WORKBOOK")
    parser.add_argument("--import", dest="imported", nargs=2, type=Path, metavar=("WORKBOOK", "DIR"))
    parser.add_argument("--before", action="store_true", help="with --import: the whole-sheet reading of before")
    args = parser.parse_args(argv)
    if args.compare:
        print(json.dumps(compare(args.compare)))
    if args.imported:
        print(json.dumps(import_one(args.imported[0], args.imported[1], args.before)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
