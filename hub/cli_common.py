"""What every ``labnet-hub`` command shares: exit statuses, the ``--passphrase-file`` option, reading the
passphrase (or another secret), opening the hub with a store's refusals said in a sentence, and the audit
entry of an act done on the hub's machine.  ``UsageError`` is a mistake the administrator can fix (exit 2).
"""

from __future__ import annotations

import argparse
import contextlib
import getpass
import os
import sys
from collections.abc import Iterator
from pathlib import Path

EXIT_OK, EXIT_UNEXPECTED, EXIT_USER_ERROR = 0, 1, 2


def passphrase_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--passphrase-file", type=Path, metavar="FILE",
                        help="read the hub's passphrase from the first line of FILE "
                             "(else $LABNET_HUB_PASSPHRASE, else a prompt)")


class UsageError(Exception):
    def __init__(self, message: str):
        super().__init__(message)
        self.user_message = message


def read_passphrase(args: argparse.Namespace, *, confirm: bool = False) -> str:
    from .service import PASSPHRASE_ENV

    return read_secret(args.passphrase_file, PASSPHRASE_ENV, "passphrase", "Passphrase for the hub's keys: ",
                       confirm=confirm, undone="nothing was created")


def read_secret(path: Path | None, env: str, noun: str, prompt: str, *, confirm: bool, undone: str) -> str:
    """A secret from the first line of ``path``, else ``$env``, else a prompt (twice with ``confirm``)."""
    if path:
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except OSError as exc:
            raise UsageError(f"the {noun} file {path} cannot be read ({exc.strerror})") from None
        if not lines or not lines[0]:
            raise UsageError(f"the {noun} file {path} is empty")
        return lines[0]
    if os.environ.get(env):
        return os.environ[env]
    if not sys.stdin.isatty():
        raise UsageError(f"a {noun} is needed: give --{noun}-file FILE or set {env}")
    first = getpass.getpass(prompt)
    if confirm and getpass.getpass(f"The same {noun} again: ") != first:
        raise UsageError(f"the two {noun}s differ; {undone}")
    return first


def open_hub(args: argparse.Namespace):
    return open_hub_with(args, read_passphrase(args))


def open_hub_with(args: argparse.Namespace, passphrase: str):
    from .service import Hub

    with store_refusals(args.data_dir):
        return Hub.open(args.data_dir, passphrase, have_backup=getattr(args, "i_have_a_backup", False))


@contextlib.contextmanager
def store_refusals(data_dir: Path) -> Iterator[None]:
    """A store too new for this hub, or a failed upgrade, said in a sentence (exit 2) by every command opening it."""
    from labnet.common import sqlite as common_sqlite

    from .db import redacted
    from .service import database_target

    store = redacted(str(database_target(data_dir)))
    try:
        yield
    except common_sqlite.SchemaTooNew as exc:   # nothing was changed: the file stays for the newer program
        raise UsageError(f"{store} was written by a newer LabNet hub (schema {exc.room} "
                         f"{exc.found}; this one knows up to {exc.known}); install that version, or restore a "
                         "backup made by this one. Nothing was changed.") from None
    except common_sqlite.MigrationFailed as exc:
        copy = f" The copy taken before is {exc.backup}." if exc.backup else ""
        raise UsageError(f"upgrading {store} failed at step {exc.number} ({exc.description}) "
                         f"and was rolled back: {exc.detail}.{copy}") from None


def audit_local(store, action: str, target: str, **detail: object) -> None:
    """An act done with this command on the hub's machine, in the hub's audit trail (labnet.hub.admins)."""
    from .admins import local_actor, record

    record(store, local_actor(), action, target, **detail)
