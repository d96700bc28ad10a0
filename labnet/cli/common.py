"""What the commands share: opening the catalogue as the acting user; how a file writes its numbers."""

from __future__ import annotations

import argparse


def open_catalogue(args: argparse.Namespace):
    """The catalogue in ``args.data_dir``, with changes attributed to ``args.user`` (whom
    ``access.settle`` has authenticated; a command that only reads may change nothing)."""
    from catalogue.store import Catalogue
    from labnet.cli.access import READ

    return Catalogue.open(args.data_dir, user=args.user, reader=getattr(args, "access", None) == READ)


def decimal_options(parser: argparse.ArgumentParser) -> None:
    """--decimal-comma / --decimal-point (``args.decimal``: "comma", "point" or None), for every command that
    reads numbers from a user's file (``catalogue.numbers``)."""
    style = parser.add_mutually_exclusive_group()
    style.add_argument("--decimal-comma", dest="decimal", action="store_const", const="comma",
                       help="the file writes numbers with a decimal comma (1.234,5); otherwise each column's "
                            "convention is read from the file, and a number such as 12,500 that it leaves "
                            "open is refused")
    style.add_argument("--decimal-point", dest="decimal", action="store_const", const="point",
                       help="the file writes numbers with a decimal point (1,234.5)")
