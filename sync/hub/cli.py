"""The ``labnet-hub`` command, for network hub administrators."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from labnet import __version__

NOT_AVAILABLE = "labnet-hub: the network hub is not yet available in this version."


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="labnet-hub",
        description="Run and administer a LabNet regional network hub.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    try:
        parser.parse_args(argv)
    except SystemExit as stop:  # --help, --version or a usage error
        return stop.code if isinstance(stop.code, int) else 0
    print(NOT_AVAILABLE, file=sys.stderr)
    return 1


if __name__ == "__main__":
    raise SystemExit(main())
