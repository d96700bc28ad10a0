"""``labnet-hub admin …`` (the hub's named administrators) and ``labnet-hub audit`` (its audit trail).

They read and write ``hub.db`` only, not the hub's keys, so they ask for no passphrase: whoever may open the
hub's folder (0700, the service's account) is the hub's operator.  Each change is in the audit trail under
``local:<login>``.  A password comes from ``--password-file`` (first line), else ``$LABNET_HUB_PASSWORD``,
else a prompt (twice); it is never printed.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from labnet.common.messages import Message

PASSWORD_ENV = "LABNET_HUB_PASSWORD"


def add_admin_commands(commands) -> None:
    """The ``admin`` and ``audit`` commands, added to ``labnet-hub``'s sub-commands."""
    admin = commands.add_parser("admin", help="manage the hub's named administrators",
                                description="Manage the hub's named administrators: network administrators "
                                            "(everything) and reviewers (read only).")
    actions = admin.add_subparsers(dest="admin_command", metavar="ACTION", required=True)

    def action(name: str, help: str, handler, *, named: bool = True) -> argparse.ArgumentParser:
        sub = actions.add_parser(name, help=help, description=help[0].upper() + help[1:] + ".")
        sub.add_argument("--data-dir", type=Path, required=True, metavar="DIR", help="the hub's folder")
        if named:
            sub.add_argument("name", metavar="NAME", help="the administrator's name")
        sub.set_defaults(handler=handler)
        return sub

    add = action("add", "add an administrator with a password", run_add)
    add.add_argument("--role", required=True, choices=("network-admin", "reviewer"),
                     help="network-admin may do everything; reviewer may read everything and change nothing")
    _password_option(add)
    listing = action("list", "list the administrators, their role and state", run_list, named=False)
    listing.add_argument("--json", action="store_true", help="print JSON")
    action("disable", "disable an administrator (its sessions end; the last network administrator cannot be)",
           run_disable)
    action("enable", "enable a disabled administrator again", run_enable)
    _password_option(action("password", "set an administrator's password (its sessions end)", run_password))

    audit = commands.add_parser("audit", help="show the hub's audit trail: who did what, when",
                                description="Show the hub's audit trail: who did what, when.")
    audit.add_argument("--data-dir", type=Path, required=True, metavar="DIR", help="the hub's folder")
    audit.add_argument("--since", metavar="TIME", help="only entries at or after TIME (ISO 8601, e.g. 2026-12-01)")
    audit.add_argument("--verify", action="store_true",
                       help="check the whole trail's hash chain; exit 2 if an entry was changed, removed or added")
    audit.add_argument("--json", action="store_true", help="print JSON")
    audit.set_defaults(handler=run_audit)


def _password_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--password-file", type=Path, metavar="FILE",
                        help=f"read the password from the first line of FILE (else ${PASSWORD_ENV}, else a prompt)")


def print_first_admin(token: str) -> None:
    print("First administrator: “admin” (network administrator), without a password yet. Its one-time token "
          "(shown once) sets the password, from the hub console or POST /v1/admin/first-password:")
    print(f"  {token}")
    print("Or on this machine: labnet-hub admin password admin --data-dir DIR")


def read_password(args: argparse.Namespace) -> str:
    from .cli_common import read_secret

    return read_secret(args.password_file, PASSWORD_ENV, "password", f"Password for the administrator {args.name}: ",
                       confirm=True, undone="nothing was changed")


def open_store(args: argparse.Namespace):
    from .cli_common import UsageError, store_refusals
    from .db import is_postgres
    from .service import database_target
    from .store import HubStore

    target = database_target(args.data_dir)   # hub.db, or the PostgreSQL database the hub uses
    if not (args.data_dir / "keys").exists() or not (is_postgres(target) or Path(target).exists()):
        raise UsageError(f"{args.data_dir} holds no hub; create one with “labnet-hub init --data-dir {args.data_dir}”")
    with store_refusals(args.data_dir):   # a newer hub's store: a sentence, exit 2, not a traceback
        return HubStore(target, backup_dir=args.data_dir)


def run_add(args: argparse.Namespace) -> int:
    from . import admins

    password = read_password(args)
    store = open_store(args)
    try:
        account = admins.add(store, admins.local_actor(), args.name, args.role, password)
    finally:
        store.close()
    print(f"Added the administrator {account.name} ({account.role}); it signs in with its name and password.")
    return 0


def run_list(args: argparse.Namespace) -> int:
    store = open_store(args)
    try:
        accounts = [a.public() for a in store.admins.accounts()]
    finally:
        store.close()
    if args.json:
        print(json.dumps(accounts, indent=2, ensure_ascii=False))
        return 0
    for a in accounts:
        state = f"disabled {a['disabled_at']}" if a["disabled_at"] else "enabled"
        password = "" if a["password_set"] else "  (no password yet: labnet-hub admin password)"
        print(f"{a['name']}  {a['role']}  {state}  since {a['created_at']}{password}")
    return 0


def _enable(args: argparse.Namespace, enabled: bool) -> int:
    from . import admins

    store = open_store(args)
    try:
        changed = admins.set_enabled(store, admins.local_actor(), args.name, enabled)
    finally:
        store.close()
    state = "enabled" if enabled else "disabled (its sessions ended)"
    print(f"The administrator {args.name} is {state}." if changed else f"The administrator {args.name} already was "
          f"{'enabled' if enabled else 'disabled'}; nothing was changed.")
    return 0


def run_disable(args: argparse.Namespace) -> int:
    return _enable(args, False)


def run_enable(args: argparse.Namespace) -> int:
    return _enable(args, True)


def run_password(args: argparse.Namespace) -> int:
    from . import admins

    password = read_password(args)
    store = open_store(args)
    try:
        admins.set_password(store, admins.local_actor(), args.name, password)
    finally:
        store.close()
    print(f"New password set for {args.name}; its sessions ended.")
    return 0


def run_audit(args: argparse.Namespace) -> int:
    from . import admins, audit

    since = admins.utc_text(args.since) if args.since else None
    store = open_store(args)
    try:
        entries = store.admins.entries(since)
        problems = audit.verify(store.admins.entries(), store.admins.head()) if args.verify else []
        head = store.admins.head()
    finally:
        store.close()
    if args.json:
        print(json.dumps({"entries": entries, "head": head, **({"problems": problems} if args.verify else {})},
                         indent=2, ensure_ascii=False))
    else:
        for e in entries:
            detail = "" if e["detail"] == "{}" else f"  {e['detail']}"
            print(f"{e['seq']:>6}  {e['at']}  {e['actor']}  {e['action']}  {e['target']}{detail}")
        if args.verify:
            for problem in problems:
                print(f"BROKEN: {problem}")
            print("The audit trail is whole: every entry's hash chain verifies." if not problems else
                  Message.plural("The audit trail does NOT verify ({n:,} problem).",
                                 "The audit trail does NOT verify ({n:,} problems).", len(problems)))
        print(f"Head: {head or '(no entry yet)'}")
    return 2 if problems else 0
