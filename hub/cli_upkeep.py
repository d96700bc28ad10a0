"""Keeping a hub: ``labnet-hub backup`` (a consistent copy while it runs) and ``check`` (permissions, free
disk, schema, keys and the TLS certificate's expiry, read only).
"""

from __future__ import annotations

import argparse

from labnet.common.messages import Message

from .cli_common import EXIT_OK, EXIT_USER_ERROR, UsageError, read_passphrase


def run_backup(args: argparse.Namespace) -> int:
    """A consistent copy while the hub runs: SQLite's backup API for the databases, plain copies for
    the rest (bundle files are written once, under their digest, and never change)."""
    import shutil
    import sqlite3

    from labnet.common import sqlite as common_sqlite

    source, out = args.data_dir, args.out
    if not (source / "keys").exists():
        raise UsageError(f"{source} holds no hub")
    if out.exists() and any(out.iterdir()):
        raise UsageError(f"{out} is not empty; choose a new folder")
    out.mkdir(parents=True, exist_ok=True)
    from .db import is_postgres
    from .service import database_target

    target = database_target(source)
    if is_postgres(target):   # the store is a PostgreSQL database: its pg_dump, one consistent snapshot
        from .db_postgres import pg_dump

        pg_dump(str(target), out / "hub.pgdump")
    for name in ("hub.db", "uploads/uploads.db"):
        if (source / name).exists():
            src = sqlite3.connect(source / name)
            try:   # one self-contained file, written whole or not at all
                common_sqlite.backup(src, out / name)
            finally:
                src.close()
    shutil.copytree(source / "keys", out / "keys")
    if (source / "hub.toml").exists():
        shutil.copy2(source / "hub.toml", out / "hub.toml")
    bundles = 0
    for path in (source / "bundles").rglob("*.lnb") if (source / "bundles").exists() else ():
        target = out / path.relative_to(source)
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(path, target)
        bundles += 1
    for path in (source / "uploads").glob("*.part") if (source / "uploads").exists() else ():
        (out / "uploads").mkdir(exist_ok=True)   # no uploads.db made it with a PostgreSQL store
        shutil.copy2(path, out / "uploads" / path.name)
    print(f"Backed up the hub to {out}: databases, keys (still encrypted), settings and "
          f"{Message.plural('{n:,} bundle file', '{n:,} bundle files', bundles)}. "
          "To restore, stop the hub and serve from a copy of this folder.")
    return EXIT_OK


def run_check(args: argparse.Namespace) -> int:
    """Each check on a line, ``ok`` or ``FAIL`` with what is wrong; exit 2 when any failed.  Reads only:
    the database is not opened for writing (a newer schema stays untouched), nothing is migrated."""
    from labnet.protocol.keyfile import has_identity, load_identity

    from . import health
    from .service import HubSettings

    folder = args.data_dir
    if not has_identity(folder):
        raise UsageError(f"{folder} holds no hub")
    checks = [health.permissions(folder), health.database(folder),
              health.disk(folder, HubSettings.load(folder).min_free_disk_mb)]
    if args.no_unlock:
        checks.append(health.Check("keys", True, "present; not unlocked (--no-unlock), so not checked"))
    else:
        try:
            identity = load_identity(folder, read_passphrase(args))
        except UsageError:
            raise
        except Exception as exc:   # a wrong passphrase or a damaged key file: said, not raised
            checks.append(health.Check("keys", False, getattr(exc, "user_message", str(exc))))
        else:
            checks.append(health.keys(folder, identity))
    if args.certfile:
        checks.append(health.certificate(args.certfile, args.cert_days))
    for check in checks:
        print(f"{'ok  ' if check.ok else 'FAIL'}  {check.name}: {check.detail}")
    return EXIT_OK if all(c.ok for c in checks) else EXIT_USER_ERROR
