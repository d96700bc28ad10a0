"""What the commands share: opening the catalogue as the acting user; how a file writes its numbers."""

from __future__ import annotations

import argparse


def open_catalogue(args: argparse.Namespace):
    """The catalogue in ``args.data_dir``, with changes attributed to ``args.user`` (whom
    ``access.settle`` has authenticated; a command that only reads may change nothing)."""
    from labnet.catalogue.store import Catalogue
    from labnet.cli.access import READ

    return Catalogue.open(args.data_dir, user=args.user, reader=getattr(args, "access", None) == READ)


def decimal_options(parser: argparse.ArgumentParser) -> None:
    """--decimal-comma / --decimal-point (``args.decimal``: "comma", "point" or None), for every command that
    reads numbers from a user's file (``labnet.catalogue.numbers``)."""
    style = parser.add_mutually_exclusive_group()
    style.add_argument("--decimal-comma", dest="decimal", action="store_const", const="comma",
                       help="the file writes numbers with a decimal comma (1.234,5); otherwise each column's "
                            "convention is read from the file, and a number such as 12,500 that it leaves "
                            "open is refused")
    style.add_argument("--decimal-point", dest="decimal", action="store_const", const="point",
                       help="the file writes numbers with a decimal point (1,234.5)")


class PercentLine:
    """``progress(done, total)`` as one line on stderr, rewritten in place (``\\r``) when the percentage moves,
    on a terminal only (a pipe or a log gets only the result); ``close()`` ends the line if one was shown.

    ``unit`` adds the counts ("50 % (500,000 of 1,000,000 rows)"); ``shown_after`` keeps short work quiet."""

    def __init__(self, what: str, *, unit: str | None = None, shown_after: float = 0.0) -> None:
        import sys
        import time

        self.what, self.unit, self.shown_after = what, unit, shown_after
        self.clock, self.started, self.shown = time.monotonic, time.monotonic(), -1
        self.enabled = sys.stderr is not None and sys.stderr.isatty()

    def __call__(self, done: int, total: int) -> None:
        import sys

        percent = 100 * done // max(total, 1)
        if not self.enabled or percent == self.shown or self.clock() - self.started < self.shown_after:
            return
        counts = f" ({done:,} of {total:,} {self.unit})" if self.unit else ""
        sys.stderr.write(f"\r{self.what}: {percent:3d} %{counts}")
        sys.stderr.flush()
        self.shown = percent

    def close(self) -> None:
        import sys

        if self.enabled and self.shown >= 0:
            sys.stderr.write("\n")
            sys.stderr.flush()
