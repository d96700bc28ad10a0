"""The ``labnet-hub`` command, for network hub administrators: its parser and ``main``.

``init`` makes a hub (keys, store, settings) and prints its first
administrator's one-time token; ``serve`` runs it and ``worker`` ingests beside it (``hub/cli_serve.py``);
``enroll``, ``labs``, ``revoke``, ``import``, ``notice``, ``bulletins``, ``publish-method`` and ``links``
administer it on the machine it runs on (``hub/cli_labs.py``); ``admin …`` manages the
named administrators and ``audit`` shows the hub's audit trail
(``hub/cli_admins.py``); ``pt …`` runs proficiency-test rounds (``hub/cli_pt.py``); ``peer …`` federates
with other hubs (``hub/cli_peer.py``); ``rotate-keys``,
``revoke-key`` and ``keys`` look after its own keys (``hub/cli_keys.py``, ``hub/keylife.py``); ``backup`` and
``check`` keep it (``hub/cli_upkeep.py``).  The passphrase
protecting the hub's keys comes from ``--passphrase-file`` (first line), else
``$LABNET_HUB_PASSPHRASE``, else a prompt; it is never logged (``hub/cli_common.py``).

Exit status: 0 done, 2 a mistake the administrator can fix (the message says
which), 1 an unexpected failure.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence
from pathlib import Path

from labnet import __version__
from labnet.common.cli_args import (
    apply_help,
    flush_stdout,
    non_negative_int,
    positive_int,
    positive_number,
    silence_stdout,
    stdout_gone,
)
from labnet.common.cli_args import port as port_number

from .cli_common import EXIT_UNEXPECTED, EXIT_USER_ERROR, passphrase_option
from .cli_keys import run_keys, run_revoke_key, run_rotate_keys
from .cli_labs import (
    run_bulletins,
    run_enroll,
    run_import,
    run_labs,
    run_links,
    run_notice,
    run_publish_method,
    run_revoke,
)
from .cli_serve import run_init, run_serve, run_worker
from .cli_upkeep import run_backup, run_check


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="labnet-hub", description="Run and administer a LabNet regional network hub.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    def command(name: str, help: str, handler) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=help, description=help[0].upper() + help[1:] + ".")
        sub.add_argument("--data-dir", type=Path, required=True, metavar="DIR", help="the hub's folder")
        sub.add_argument("--database", metavar="URL",
                         help="the hub's store: a postgresql:// URL (else $LABNET_HUB_DATABASE, else hub.toml's "
                              "database, else hub.db in the folder)")
        sub.add_argument("--i-have-a-backup", action="store_true",
                         help="migrate a PostgreSQL store without pg_dump on PATH: you took a backup yourself")
        sub.set_defaults(handler=handler)
        return sub

    init = command("init", "create a hub: its keys, store and settings", run_init)
    init.add_argument("--name", default="LabNet regional hub", help="the network's name, shown to laboratories")
    init.add_argument("--country", required=True, help="the country hosting the hub (two letters, e.g. KE)")
    init.add_argument("--url", help="the address laboratories reach the hub at (put in enrolment codes)")
    init.add_argument("--suite", choices=("mlkem768-x25519", "x25519"), help="encryption suite (default: post-quantum hybrid)")
    passphrase_option(init)

    serve = command("serve", "run the hub's HTTP service", run_serve)
    serve.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)")
    serve.add_argument("--port", type=port_number, default=8765, help="port to listen on (default 8765)")
    serve.add_argument("--certfile", type=Path, help="TLS certificate (PEM) to serve HTTPS")
    serve.add_argument("--keyfile", type=Path, help="TLS private key (PEM) for --certfile")
    serve.add_argument("--workers", type=positive_int, default=1, metavar="N",
                       help="HTTP worker processes (default 1); they share uploads, limits and the ingest queue "
                            "through the hub's files")
    serve.add_argument("--no-ingest", action="store_true",
                       help="do not ingest uploads or run link jobs here: leave them to “labnet-hub worker”")
    passphrase_option(serve)

    worker = command("worker", "ingest completed uploads and run link jobs, beside “serve --no-ingest”", run_worker)
    worker.add_argument("--lease-seconds", type=positive_int, default=60, metavar="S",
                        help="how long a claimed upload stays this worker's without a renewal (default 60): a "
                             "worker that dies leaves its upload to another after this")
    worker.add_argument("--poll-seconds", type=positive_number, default=1.0, metavar="S",
                        help="how often an idle worker looks for work (default 1)")
    worker.add_argument("--metrics-port", type=port_number, metavar="PORT",
                        help="serve this worker's /metrics on 127.0.0.1:PORT for Prometheus: the ingest's counters "
                             "(bundles, records, ingest seconds) are counted here, not by “serve --no-ingest”")
    passphrase_option(worker)

    enrol = command("enroll", "issue a one-time enrolment code for a laboratory", run_enroll)
    enrol.add_argument("--lab", required=True, help="the laboratory's name")
    enrol.add_argument("--country", required=True, help="the laboratory's country (two letters)")
    enrol.add_argument("--out", type=Path, help="also write an enrolment file, for a laboratory with no network")
    passphrase_option(enrol)

    labs = command("labs", "list the enrolled laboratories and their last contact", run_labs)
    labs.add_argument("--json", action="store_true", help="print JSON")
    passphrase_option(labs)

    revoke = command("revoke", "revoke a laboratory's enrolment", run_revoke)
    revoke.add_argument("lab_id", metavar="LAB_ID", help="the laboratory's id (see `labnet-hub labs`)")
    revoke.add_argument("--reason", default="", help="why, recorded and shown to the laboratory")
    passphrase_option(revoke)

    imp = command("import", "import a registration file, a laboratory's rotated identity or a bundle that came on "
                            "a USB stick", run_import)
    imp.add_argument("file", type=Path, metavar="FILE",
                     help="a registration file (.json), a laboratory's new identity document (.json, from “labnet "
                          "identity rotate”) or a sealed bundle (.lnb)")
    imp.add_argument("--receipt-out", type=Path, metavar="FILE",
                     help="write the signed receipt (for a bundle) to FILE, to hand back to the laboratory")
    passphrase_option(imp)

    note = command("notice", "send a signed notice to one laboratory or to all", run_notice)
    note.add_argument("--text", required=True, help="the notice")
    note.add_argument("--lab", default="*", metavar="LAB_ID", help="only to this laboratory (default: all)")
    passphrase_option(note)

    bfile = command("bulletins", "write a laboratory's bulletins to a file, for a USB stick", run_bulletins)
    bfile.add_argument("--lab", required=True, metavar="LAB_ID", help="the laboratory")
    bfile.add_argument("--since", type=non_negative_int, default=0, help="only bulletins after this number")
    bfile.add_argument("--out", type=Path, required=True, metavar="FILE", help="the bulletin file to write")
    passphrase_option(bfile)

    pub = command("publish-method", "publish a harmonised comparison method to the network and link with it",
                  run_publish_method)
    pub.add_argument("file", type=Path, metavar="FILE", help="the method's JSON (from “labnet profiles export-method”)")
    passphrase_option(pub)

    links = command("links", "list the links found between seizures of different laboratories", run_links)
    links.add_argument("--lab", metavar="LAB_ID", help="only links involving this laboratory")
    links.add_argument("--limit", type=positive_int, default=100, help="at most this many (default 100, newest first)")
    links.add_argument("--json", action="store_true", help="print JSON")
    passphrase_option(links)

    rot = command("rotate-keys", "give the hub new keys, endorsed by the current ones (old keys are kept)",
                  run_rotate_keys)
    rot.add_argument("--retire-previous-after", metavar="DATE",
                     help="refuse bundles sealed to the previous key from DATE on (2026-03-01 is 00:00 UTC that day, "
                          "or a date and time with its zone); without it they open for ever")
    passphrase_option(rot)

    revk = command("revoke-key", "revoke an older hub key that may be in other hands: bundles sealed to it are "
                                 "refused at once, laboratories stop trusting what it signed", run_revoke_key)
    revk.add_argument("key_id", metavar="KEY_ID", help="its signing or encryption key id (see `labnet-hub keys`)")
    revk.add_argument("--reason", required=True, help="why, told to the laboratories")
    passphrase_option(revk)

    keys = command("keys", "list the hub's keys and their state; --out writes the hub key document for a USB stick",
                   run_keys)
    keys.add_argument("--out", type=Path, metavar="FILE",
                      help="write the hub key document (identity, retired and revoked keys, signed) to FILE; "
                           "laboratories import it with “labnet hub-key import”")
    keys.add_argument("--json", action="store_true", help="print JSON")
    passphrase_option(keys)

    backup = command("backup", "copy the hub's keys, settings, databases and bundles to a folder, consistently",
                     run_backup)
    backup.add_argument("--out", type=Path, required=True, metavar="FOLDER", help="an empty or new folder")
    _add_check(command)

    from .cli_admins import add_admin_commands

    add_admin_commands(commands)
    from .cli_pt import add_pt_commands

    add_pt_commands(commands, passphrase_option)
    from .cli_peer import add_peer_commands  # issue 20: federation with other hubs

    add_peer_commands(commands, passphrase_option)
    from .cli_help import HUB_HELP_TEXTS

    apply_help(parser, HUB_HELP_TEXTS)
    return parser


def _add_check(command) -> None:
    check = command("check", "check the hub before or while it runs: permissions, free disk, schema, keys and "
                             "the TLS certificate's expiry", run_check)
    check.add_argument("--certfile", type=Path, metavar="PEM", help="also check this TLS certificate's expiry")
    check.add_argument("--cert-days", type=positive_int, default=21, metavar="DAYS",
                       help="fail when the certificate expires within DAYS days (default 21)")
    check.add_argument("--no-unlock", action="store_true",
                       help="do not unlock the keys (no passphrase asked): their state is then not checked")
    passphrase_option(check)


def main(argv: Sequence[str] | None = None) -> int:
    try:
        status = _run(argv)
        flush_stdout()  # a reader gone (``labnet-hub links | head``) shows here, not in Python's flush at exit
        return status
    except BrokenPipeError:  # the reader of the output went away: it has what it wanted, say nothing more
        return silence_stdout()


def _run(argv: Sequence[str] | None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as stop:  # --help, --version or a usage error
        return stop.code if isinstance(stop.code, int) else 0
    from .db import DATABASE_ENV

    previous_database = os.environ.get(DATABASE_ENV)
    if getattr(args, "database", None):   # for every store this command opens, and the workers it starts
        os.environ[DATABASE_ENV] = args.database
    if not getattr(args, "handler", None):
        parser.print_help()
        return EXIT_USER_ERROR
    # What the hub writes (database, keys, uploads, bundles, backups) is for its own user only: files 0600,
    # folders 0700 (tests/test_hub_health.py). The systemd unit sets UMask=0077 as well.
    previous_umask = os.umask(0o077)
    try:
        return args.handler(args)
    except KeyboardInterrupt:
        return 130
    except Exception as exc:  # a sentence for the administrator, not a traceback
        if isinstance(exc, BrokenPipeError) and stdout_gone():
            raise  # main() ends quietly
        message = getattr(exc, "user_message", None)
        if message is None:
            logging.getLogger("labnet.hub").exception("unexpected failure")
            print(f"labnet-hub: unexpected failure: {exc}", file=sys.stderr)
            return EXIT_UNEXPECTED
        print(f"labnet-hub: {message}", file=sys.stderr)
        return EXIT_USER_ERROR
    finally:
        os.umask(previous_umask)
        if previous_database is None:   # as it was: main() may be called again in this process
            os.environ.pop(DATABASE_ENV, None)
        else:
            os.environ[DATABASE_ENV] = previous_database


if __name__ == "__main__":
    raise SystemExit(main())
