"""CPU time to parse cells field by field: ``Field.parse`` cell by cell, and the import's column conversion
(``labnet.catalogue.import_cells._convert_column``), over 20,000 cells of every field of the three record types.

    python benchmarks/field_parse.py [TREE]

TREE: another checkout of LabNet to measure instead of this one (to compare two commits alternately on a
shared machine).  Prints one line: the best of five runs, in CPU seconds (``time.process_time``).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

TREE = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[1]
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]
sys.path.insert(0, str(TREE))

from labnet.catalogue import import_cells  # noqa: E402  (after the tree is chosen)
from labnet.catalogue.records import RECORD_TYPES  # noqa: E402

# A readable cell of each type, by the type's name (the same in older trees, where a type was its name).
SAMPLES = {"text": "Some text 12", "int": "42", "float": "12,5", "date": "2000-01-01", "bool": "yes",
           "cas": "50-36-2", "country": "KE", "list": "caffeine; paracetamol", "peaks": "caffeine=12.5; P2P=0.3"}
CELLS = 20_000


def main() -> None:
    columns = []
    for rt in RECORD_TYPES.values():
        for f in rt.fields:
            name = str(getattr(f.type, "name", f.type))
            raw = next(iter(f.choices or {})) if name == "choice" else SAMPLES[name]
            if f.maximum is not None and name in ("int", "float"):
                raw = "1"
            columns.append((f, [raw] * CELLS))
    cells = len(columns) * CELLS
    best_parse = best_column = float("inf")
    for _ in range(5):
        start = time.process_time()
        for f, column in columns:
            parse = f.parse
            for cell in column:
                parse(cell)
        best_parse = min(best_parse, time.process_time() - start)
        start = time.process_time()
        for f, column in columns:
            import_cells._convert_column(f, column)
        best_column = min(best_column, time.process_time() - start)
    print(f"{TREE}: Field.parse {cells:,} cells {best_parse:.3f} s CPU ({best_parse / cells * 1e9:.0f} ns a cell); "
          f"_convert_column {best_column:.3f} s CPU")


if __name__ == "__main__":
    main()
