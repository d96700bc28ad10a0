"""What keeping an import's natural keys costs (issue 23: ``catalogue.import_seen.SeenKeys``):

    python benchmarks/import_keys.py [KEYS]

Gives ``SeenKeys.first_rows`` KEYS lab sample numbers (default 1,000,000; all new, as in a clean file)
in chunks of 1,000, as an import does, and prints one JSON line: the CPU seconds in all, those of the
chunk that moved the keys to the temporary file (``SPILL_AT``), and this process's memory over its
start just before that chunk, at its high-water mark and at the end (MB).
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from labnet.catalogue import import_seen  # noqa: E402


def _status_mb(field: str) -> float:
    with open("/proc/self/status") as status:
        return next(int(row.split()[1]) for row in status if row.startswith(field + ":")) / 1024


def _cpu() -> float:
    t = os.times()
    return t.user + t.system


def main(argv: list[str]) -> int:
    total = int(argv[0]) if argv else 1_000_000
    seen, base, began = import_seen.SeenKeys(), _status_mb("VmRSS"), _cpu()
    spill_cpu, before = 0.0, 0.0
    for start in range(0, total, 1000):
        keys = [f"FDL-2025-{i:07d}" for i in range(start, min(start + 1000, total))]
        t = _cpu()
        if not seen.spilled:
            before = _status_mb("VmRSS") - base
        seen.first_rows(keys, range(start + 2, start + 2 + len(keys)))
        if seen.spilled and not spill_cpu:
            spill_cpu = _cpu() - t
    print(json.dumps({"keys": total, "spill_at": import_seen.SPILL_AT, "cpu_s": round(_cpu() - began, 2),
                      "spill_chunk_cpu_s": round(spill_cpu, 2), "held_before_spill_mb": round(before, 1),
                      "peak_over_start_mb": round(_status_mb("VmHWM") - base, 1),
                      "held_at_end_mb": round(_status_mb("VmRSS") - base, 1), "load": round(os.getloadavg()[0], 2)}))
    seen.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
