"""``labnet backup`` and ``labnet restore``: one file that carries the laboratory, verified both ways."""

from __future__ import annotations

import argparse
from pathlib import Path

from labnet.cli.common import PercentLine, open_catalogue
from labnet.common.messages import Message


def register(subparsers: argparse._SubParsersAction) -> None:
    backup = subparsers.add_parser(
        "backup", help="write the catalogue, its attachments, the laboratory's keys, sync state and sharing policy "
                       "into one file, and verify it (safe while LabNet is open); a catalogue that does not verify "
                       "is backed up with its findings recorded, exit 3")
    backup.add_argument("destination", help="an existing folder (a dated .labnet-backup file is written in it), or "
                                            "the file to write; a folder that does not exist is refused")
    backup.set_defaults(handler=do_backup)

    restore = subparsers.add_parser("restore", help="verify a backup, then make it the catalogue (the replaced "
                                                    "files are kept in replaced-<time>/)")
    restore.add_argument("file", help="a backup made by “labnet backup” (or an older .db backup)")
    restore.add_argument("--check-only", action="store_true", help="only verify the backup; change nothing "
                                                                   "(exit 3 if it records findings)")
    restore.add_argument("--accept-findings", action="store_true",
                         help="restore a backup written from a catalogue that did not verify, with the findings "
                              "it records (the restore's audit entry lists them)")
    restore.set_defaults(handler=do_restore)


# The tables a backup counts (catalogue.backup_check), each count said in the singular or plural.
_TABLE_COUNTS = {
    "reference_samples": ("{n:,} reference sample", "{n:,} reference samples"),
    "training_records": ("{n:,} training record", "{n:,} training records"),
    "profiling_results": ("{n:,} profiling result", "{n:,} profiling results"),
}


def _describe(info) -> str:
    counts = ", ".join(Message.plural(*_TABLE_COUNTS[t], n) if t in _TABLE_COUNTS else f"{t.replace('_', ' ')}: {n:,}"
                       for t, n in info.records.items())
    carried = "".join(f", {c}" for c in info.carries)
    entries = Message.plural("{n:,} audit entry", "{n:,} audit entries", info.audit_entries)
    files = Message.plural("{n:,} attached file", "{n:,} attached files", info.attachments)
    held = f"It holds the catalogue (schema {info.schema}: {counts}; {entries}), {files}{carried}. "
    if info.format == "old":
        held += "Every attached file matches the digest it is filed under"
    else:
        held += "Every file in it matches its SHA-256"
    if info.records_verified:
        return held + ", and the audit chain and every record and attached file match their latest digests."
    return held + " and the audit chain verifies; its records are from before they had digests (see the note)."


def _notes(info) -> None:
    for note in info.notes:
        print(f"Note: {note}")


def _findings(info, what: str) -> None:
    """The findings a backup records: the catalogue did not verify when it was written."""
    found = info.findings
    print(f"WARNING: {what} did NOT verify when the backup was written ({found.checked_at}); "
          f"{Message.plural('{n:,} finding', '{n:,} findings', len(found.problems))}, recorded in the backup:")
    for problem in found.problems:
        print(f"  - {problem[:1].upper()}{problem[1:]}")
    print("Run “labnet audit verify” on the catalogue, keep it as it is for investigation and tell your "
          "quality manager.")


def do_backup(args: argparse.Namespace) -> int:
    from labnet.catalogue import backup
    from labnet.catalogue.errors import CatalogueError, Message
    from labnet.catalogue.store import CATALOGUE_FILE

    backup.destination(args.destination)   # a missing stick is said before anything is opened
    if not (Path(args.data_dir) / CATALOGUE_FILE).exists():
        raise CatalogueError(Message("There is no catalogue in {folder} to back up.", folder=args.data_dir))
    bar = PercentLine("Backup")
    try:
        with open_catalogue(args) as cat:
            info = backup.backup(cat, args.destination, progress=bar)
    finally:
        bar.close()
    size = backup.archive.size_text(info.size)
    if info.findings is None:
        print(f"Backup written and verified: {info.path} ({size}).")
        print(_describe(info))
    else:   # written all the same: the data are still the laboratory's, and the altered state is evidence
        print(f"Backup written: {info.path} ({size}); it reads back exactly as written, but the catalogue it "
              f"holds does not verify.")
        _findings(info, "The catalogue")
    _notes(info)
    _keyring_note(Path(args.data_dir))
    return 0 if info.findings is None else 3


def _keyring_note(data_dir: Path) -> None:
    """A key file sealed by this computer's keyring travels, but the keyring's key does not."""
    from labnet.protocol.errors import SyncError
    from labnet.protocol.keyfile import has_identity, protection_of

    try:
        keyring = has_identity(data_dir) and protection_of(data_dir) == "keyring"
    except SyncError:   # a damaged key file: the backup carries it as it is; sync commands say what is wrong
        return
    if keyring:
        print("Note: the laboratory's key file is protected by this computer's keyring, which a backup cannot "
              "carry: restored on another computer, the key file will not open there.")


def do_restore(args: argparse.Namespace) -> int:
    from labnet.catalogue import backup

    bar = PercentLine("Checking")
    try:
        if args.check_only:
            info = backup.check(args.file, args.data_dir, progress=bar)
            kept = None
        else:
            info, kept = backup.restore(args.data_dir, args.file, _authorise(args), progress=bar,
                                        accept_findings=args.accept_findings)
    finally:
        bar.close()
    size = backup.archive.size_text(info.size)
    if info.findings is not None:
        print(f"{info.path} ({size}) is a LabNet backup, every file in it as written, of a catalogue that did "
              f"not verify.")
        _findings(info, "Its catalogue")
    elif info.format == "old":
        print(f"{info.path} ({size}) is an old-format backup (a database and its attachments archive) and "
              f"verifies.")
        print(_describe(info))
    else:
        print(f"{info.path} ({size}) is a LabNet backup and verifies.")
        print(_describe(info))
    _notes(info)
    if args.check_only:
        if info.findings is not None:
            print("Restoring it needs --accept-findings; the audit trail then records the findings.")
        print("Nothing was changed.")
        return 0 if info.findings is None else 3
    print(f"Restored into {args.data_dir}." + (f" What it replaced is kept in {kept}." if kept else ""))
    if info.findings is not None:
        print("The findings were accepted; the restore's audit entry lists them.")
    return 0


def _authorise(args: argparse.Namespace):
    """The person restoring, as the command line proves it: in the current catalogue, ``access.settle``
    has already checked the password of ``--user``; in a folder with no catalogue, the backup's accounts
    are asked (its owner restores a backup that has none)."""
    def authorise(folder: Path) -> str:
        from labnet.catalogue import accounts

        if Path(folder) == Path(args.data_dir):
            with open_catalogue(args) as cat:
                cat.actor.require("restore_backup")
                return cat.actor.username
        from labnet.catalogue.store import Catalogue
        from labnet.cli.access import password_for

        with Catalogue.open(folder, user=args.user) as cat:
            if accounts.has_accounts(cat.conn):
                cat.actor = accounts.authenticate(cat.conn, args.user, password_for(args, args.user))
            cat.actor.require("restore_backup")
            return cat.actor.username
    return authorise
