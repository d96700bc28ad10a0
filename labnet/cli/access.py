"""Who may run each command, and proving it.

Every command is classified here, in one place (tests/test_cli_accounts.py
checks that every registered command is):

- ``READ``: it only reads the catalogue (or a file).  It runs as whoever is
  logged in to the computer, is recorded under that login, and needs no
  password; in a catalogue with accounts the catalogue lets it change nothing.
- ``ACT``: it changes the catalogue or the laboratory's keys and state.  In a
  catalogue with accounts it runs as an account (``--user``, else
  ``$LABNET_USER``, else the login name) and only with that account's
  password: typed at a prompt, or given in ``$LABNET_PASSWORD`` or in the
  first line of ``--password-file FILE``.  Wrong passwords slow down as in the
  window (``labnet.catalogue.accounts.authenticate``).  A catalogue without accounts
  is run by its owner, as before.
- ``APART``: it works in a folder of its own (a demo, a self-test) and never
  opens the catalogue.

A command missing from the table is treated as ``ACT``.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from labnet.common.labfolder import LabFolder

READ, ACT, APART = "read", "act", "apart"
PASSWORD_ENV = "LABNET_PASSWORD"

ACCESS: dict[str, str] = {
    # the catalogue itself
    "audit verify": READ,
    "backup": READ,            # a copy changes nothing
    "restore": ACT,
    "attention": READ,
    "users list": READ,
    "users add": ACT,
    "users disable": ACT,
    "users enable": ACT,
    "users passwd": ACT,
    "users reset-password": ACT,
    "users role": ACT,
    "import": ACT,
    "export": READ,
    # the network
    "init": ACT,
    "identity show": READ,
    "identity export": READ,   # the public identity document
    "identity rotate": ACT,
    "hub-key import": ACT,
    "share preview": READ,
    "share check": READ,
    "bundle export": ACT,      # records what the bundle carried (the outbox)
    "bundle inspect": READ,
    "bundle status": READ,
    "receipt import": ACT,
    "enrol": ACT,
    "sync": ACT,
    "bulletins": READ,
    "bulletin import": ACT,
    # profiles
    "profiles evaluate": READ,  # a labelled file in, a table out
    "profiles calibrate": ACT,  # saves a comparison method
    "profiles methods": READ,
    "profiles export-method": READ,
    "profiles link": ACT,       # saves the links it finds
    "profiles presets": READ,
    "profiles report": READ,
    "profiles link-report": READ,
    # proficiency tests
    "pt submit": ACT,           # sends the laboratory's signed results to the hub
    "pt record": ACT,           # writes proficiency-test entries into the competence records
    # reference-sample exchange and sample submission: each step is recorded in the catalogue and its audit trail
    **{f"exchange {name}": ACT for name in ("offer", "offer-profiling", "withdraw", "request", "submit-sample",
                                            "requests", "show", "accept", "decline", "dispatch", "receive",
                                            "refuse", "lost", "cancel", "report")},
    "exchange offers": READ,    # the network's offers, from the hub; nothing written here
    # cross-network hits and follow-ups: the lists are the hub's; asking and answering are in the audit trail
    "federation hits": READ,
    "federation follow-ups": READ,
    "federation ask": ACT,
    "federation answer": ACT,
    # the laboratory's printed reports (a PDF file out)
    "report register": READ,
    "report competence": READ,
    "report matrix": READ,
    "report audit": READ,
    "report delivery": READ,
    "report pt-result": READ,
    "report pt-summary": READ,
    # folders of their own
    "demo-data": APART,
    "screenshots": APART,
    "self-test": APART,
}


def command_paths(parser: argparse.ArgumentParser, prefix: str = "") -> dict[str, argparse.ArgumentParser]:
    """Every runnable command under ``parser`` by its words ("users add"), with its parser."""
    found: dict[str, argparse.ArgumentParser] = {}
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                path = f"{prefix} {name}".strip()
                if sub.get_default("handler") is not None:
                    found[path] = sub
                found.update(command_paths(sub, path))
    return found


def mark_commands(parser: argparse.ArgumentParser) -> None:
    """Let each command's arguments say which command they came from (``args.command_path``)."""
    for path, sub in command_paths(parser).items():
        sub.set_defaults(command_path=path)


def access_of(args: argparse.Namespace) -> str:
    path = getattr(args, "command_path", None) or ""
    if path == "restore" and getattr(args, "check_only", False):
        return READ                        # verifying a backup changes nothing
    return ACCESS.get(path, ACT)


def login_name() -> str:
    """Who is logged in to the computer, from the operating system rather than from $USER."""
    try:
        import pwd
        return pwd.getpwuid(os.getuid()).pw_name
    except (ImportError, KeyError, OSError):  # Windows has no pwd; a uid without a name in a container
        try:
            return getpass.getuser()
        except Exception:  # no login name at all: still let people read
            return "unknown"


def settle(args: argparse.Namespace) -> None:
    """Decide who runs the command in ``args`` and, for a change, prove it; sets ``args.access`` and
    ``args.user`` (the account, canonically spelt, or the login name)."""
    from labnet.catalogue.errors import CatalogueError

    args.access = access_of(args)
    args.password = None
    if args.access == APART:
        return
    if args.access == READ:
        try:
            with _accounts_of(args.data_dir) as conn:
                if conn is None:           # no accounts: the owner reads, under the name they choose
                    return
        except CatalogueError:             # a damaged catalogue: the command says so if it needs it
            pass
        args.user = login_name()
        return
    if args.command_path == "restore":
        from labnet.catalogue.backup import catalogue_state

        if catalogue_state(LabFolder(args.data_dir).catalogue) == "unreadable":
            return   # a damaged catalogue is what a restore replaces: it asks an administrator of the backup
    with _accounts_of(args.data_dir) as conn:
        if conn is None:                   # no catalogue yet, or no account in it: the owner works
            return
        from labnet.catalogue.accounts import authenticate

        password = password_for(args, args.user)
        args.user = authenticate(conn, args.user, password).username
        args.password = password           # ``users passwd`` proves the current password with it


class _accounts_of:
    """The catalogue's database when it has accounts, else None (a bare connection: no lock, no migration,
    so that a restore can follow)."""

    def __init__(self, data_dir: Path):
        self.path = LabFolder(data_dir).catalogue
        self.conn = None

    def __enter__(self):
        if not self.path.exists():
            return None
        from labnet.catalogue import accounts, database

        self.conn = database.connect(self.path)
        if not database.schema_version(self.conn) or not accounts.has_accounts(self.conn):
            return None
        return self.conn

    def __exit__(self, *exc: object) -> None:
        if self.conn is not None:
            self.conn.close()


def password_for(args: argparse.Namespace, username: str) -> str:
    """The password of ``username``: from --password-file, $LABNET_PASSWORD, or typed at a prompt."""
    from labnet.catalogue.errors import CatalogueError

    if getattr(args, "password_file", None):
        return read_password_file(args.password_file)
    if os.environ.get(PASSWORD_ENV):
        return os.environ[PASSWORD_ENV]
    if sys.stdin is not None and sys.stdin.isatty():
        password = getpass.getpass(f"Password for {username}: ")
        if password:
            return password
    raise CatalogueError(f"“labnet {args.command_path}” changes the catalogue, which has user accounts, so it needs "
                         f"the password of “{username}”: type it at the prompt (in a terminal), or give it in "
                         f"${PASSWORD_ENV} or in the first line of --password-file FILE. Nothing was changed.")


def read_password_file(path: str | Path) -> str:
    """The first line of ``path``, without its line ending (a password may begin or end with spaces)."""
    from labnet.catalogue.errors import CatalogueError

    try:
        with open(path, encoding="utf-8") as handle:
            line = handle.readline()
    except OSError as exc:
        raise CatalogueError(f"The password file {path} cannot be read ({exc.strerror}). Nothing was changed.") \
            from None
    except UnicodeDecodeError:
        raise CatalogueError(f"The password file {path} is not UTF-8 text. Nothing was changed.") from None
    password = line.rstrip("\r\n")
    if not password:
        raise CatalogueError(f"The first line of the password file {path} is empty. Nothing was changed.")
    return password
