"""What the catalogue commands share: opening the catalogue as the acting user."""

from __future__ import annotations

import argparse


def open_catalogue(args: argparse.Namespace):
    """The catalogue in ``args.data_dir``, with changes attributed to ``args.user`` (whom
    ``access.settle`` has authenticated; a command that only reads may change nothing)."""
    from catalogue.store import Catalogue
    from labnet.cli.access import READ

    return Catalogue.open(args.data_dir, user=args.user, reader=getattr(args, "access", None) == READ)
