"""The ``labnet-hub`` command, for network hub administrators.

``init`` makes a hub (keys, store, settings) and prints its first
administrator's one-time token; ``serve`` runs it; ``enroll``, ``labs`` and
``revoke`` administer it on the machine it runs on; ``admin …`` manages the
named administrators and ``audit`` shows the hub's audit trail
(``hub/cli_admins.py``); ``pt …`` runs proficiency-test rounds (``hub/cli_pt.py``); ``rotate-keys``,
``revoke-key`` and ``keys`` look after its own keys (``hub/keylife.py``).  The passphrase
protecting the hub's keys comes from ``--passphrase-file`` (first line), else
``$LABNET_HUB_PASSPHRASE``, else a prompt; it is never logged.

Exit status: 0 done, 2 a mistake the administrator can fix (the message says
which), 1 an unexpected failure.
"""

from __future__ import annotations

import argparse
import contextlib
import getpass
import json
import logging
import os
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

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
from labnet.common.messages import Message

EXIT_OK, EXIT_UNEXPECTED, EXIT_USER_ERROR = 0, 1, 2


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
    _passphrase_option(init)

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
    _passphrase_option(serve)

    worker = command("worker", "ingest completed uploads and run link jobs, beside “serve --no-ingest”", run_worker)
    worker.add_argument("--lease-seconds", type=positive_int, default=60, metavar="S",
                        help="how long a claimed upload stays this worker's without a renewal (default 60): a "
                             "worker that dies leaves its upload to another after this")
    worker.add_argument("--poll-seconds", type=positive_number, default=1.0, metavar="S",
                        help="how often an idle worker looks for work (default 1)")
    worker.add_argument("--metrics-port", type=port_number, metavar="PORT",
                        help="serve this worker's /metrics on 127.0.0.1:PORT for Prometheus: the ingest's counters "
                             "(bundles, records, ingest seconds) are counted here, not by “serve --no-ingest”")
    _passphrase_option(worker)

    enrol = command("enroll", "issue a one-time enrolment code for a laboratory", run_enroll)
    enrol.add_argument("--lab", required=True, help="the laboratory's name")
    enrol.add_argument("--country", required=True, help="the laboratory's country (two letters)")
    enrol.add_argument("--out", type=Path, help="also write an enrolment file, for a laboratory with no network")
    _passphrase_option(enrol)

    labs = command("labs", "list the enrolled laboratories and their last contact", run_labs)
    labs.add_argument("--json", action="store_true", help="print JSON")
    _passphrase_option(labs)

    revoke = command("revoke", "revoke a laboratory's enrolment", run_revoke)
    revoke.add_argument("lab_id", metavar="LAB_ID", help="the laboratory's id (see `labnet-hub labs`)")
    revoke.add_argument("--reason", default="", help="why, recorded and shown to the laboratory")
    _passphrase_option(revoke)

    imp = command("import", "import a registration file, a laboratory's rotated identity or a bundle that came on "
                            "a USB stick", run_import)
    imp.add_argument("file", type=Path, metavar="FILE",
                     help="a registration file (.json), a laboratory's new identity document (.json, from “labnet "
                          "identity rotate”) or a sealed bundle (.lnb)")
    imp.add_argument("--receipt-out", type=Path, metavar="FILE",
                     help="write the signed receipt (for a bundle) to FILE, to hand back to the laboratory")
    _passphrase_option(imp)

    note = command("notice", "send a signed notice to one laboratory or to all", run_notice)
    note.add_argument("--text", required=True, help="the notice")
    note.add_argument("--lab", default="*", metavar="LAB_ID", help="only to this laboratory (default: all)")
    _passphrase_option(note)

    bfile = command("bulletins", "write a laboratory's bulletins to a file, for a USB stick", run_bulletins)
    bfile.add_argument("--lab", required=True, metavar="LAB_ID", help="the laboratory")
    bfile.add_argument("--since", type=non_negative_int, default=0, help="only bulletins after this number")
    bfile.add_argument("--out", type=Path, required=True, metavar="FILE", help="the bulletin file to write")
    _passphrase_option(bfile)

    pub = command("publish-method", "publish a harmonised comparison method to the network and link with it",
                  run_publish_method)
    pub.add_argument("file", type=Path, metavar="FILE", help="the method's JSON (from “labnet profiles export-method”)")
    _passphrase_option(pub)

    links = command("links", "list the links found between seizures of different laboratories", run_links)
    links.add_argument("--lab", metavar="LAB_ID", help="only links involving this laboratory")
    links.add_argument("--limit", type=positive_int, default=100, help="at most this many (default 100, newest first)")
    links.add_argument("--json", action="store_true", help="print JSON")
    _passphrase_option(links)

    rot = command("rotate-keys", "give the hub new keys, endorsed by the current ones (old keys are kept)",
                  run_rotate_keys)
    rot.add_argument("--retire-previous-after", metavar="DATE",
                     help="refuse bundles sealed to the previous key from DATE on (2026-03-01 is 00:00 UTC that day, "
                          "or a date and time with its zone); without it they open for ever")
    _passphrase_option(rot)

    revk = command("revoke-key", "revoke an older hub key that may be in other hands: bundles sealed to it are "
                                 "refused at once, laboratories stop trusting what it signed", run_revoke_key)
    revk.add_argument("key_id", metavar="KEY_ID", help="its signing or encryption key id (see `labnet-hub keys`)")
    revk.add_argument("--reason", required=True, help="why, told to the laboratories")
    _passphrase_option(revk)

    keys = command("keys", "list the hub's keys and their state; --out writes the hub key document for a USB stick",
                   run_keys)
    keys.add_argument("--out", type=Path, metavar="FILE",
                      help="write the hub key document (identity, retired and revoked keys, signed) to FILE; "
                           "laboratories import it with “labnet hub-key import”")
    keys.add_argument("--json", action="store_true", help="print JSON")
    _passphrase_option(keys)

    backup = command("backup", "copy the hub's keys, settings, databases and bundles to a folder, consistently",
                     run_backup)
    backup.add_argument("--out", type=Path, required=True, metavar="FOLDER", help="an empty or new folder")
    _add_check(command)

    from .cli_admins import add_admin_commands

    add_admin_commands(commands)
    from .cli_pt import add_pt_commands

    add_pt_commands(commands, _passphrase_option)
    from .cli_peer import add_peer_commands  # issue 20: federation with other hubs

    add_peer_commands(commands, _passphrase_option)
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
    _passphrase_option(check)


def _passphrase_option(parser: argparse.ArgumentParser) -> None:
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


def run_init(args: argparse.Namespace) -> int:
    from .service import Hub, HubSettings

    if args.url and not args.url.startswith(("http://", "https://")):
        raise UsageError(f"--url must be an http:// or https:// address, not {args.url!r}")
    settings = HubSettings(public_url=args.url.rstrip("/")) if args.url else HubSettings()
    hub, token = Hub.create(args.data_dir, name=args.name, country=args.country,
                            passphrase=read_passphrase(args, confirm=True), settings=settings, suite_code=args.suite,
                            database=args.database)
    try:
        print(f"Created the hub “{hub.identity.public.name}” in {args.data_dir}.")
        print(f"Hub key id: {hub.key_id}")
        print(f"Settings: {args.data_dir / 'hub.toml'} (laboratories reach the hub at {hub.settings.public_url}).")
        from .cli_admins import print_first_admin

        print_first_admin(token)
    finally:
        hub.close()
    return EXIT_OK


def run_serve(args: argparse.Namespace) -> int:
    import uvicorn

    from .app import create_app
    from .serving import hub_protocol

    if bool(args.certfile) != bool(args.keyfile):
        raise UsageError("--certfile and --keyfile go together")
    passphrase = read_passphrase(args)
    hub = open_hub_with(args, passphrase)   # the passphrase checked and the files migrated once, here
    configure_logging()
    tls: dict[str, Any] = ({"ssl_certfile": str(args.certfile), "ssl_keyfile": str(args.keyfile)}
                           if args.certfile else {})
    # Bounded: idle keep-alive connections close after 30 s, headers must arrive within
    # header_timeout_seconds (no slowloris), one address holds at most connections_per_address
    # connections, and past 500 connections new ones get 503.  Bodies: see hub/limits.py.
    bounds: dict[str, Any] = {"host": args.host, "port": args.port, "log_config": None, "timeout_keep_alive": 30,
                              "limit_concurrency": 500, **tls}
    if args.workers == 1:
        try:
            http = hub_protocol(hub.settings.header_timeout_seconds, hub.settings.connections_per_address)
            uvicorn.run(create_app(hub, ingest=not args.no_ingest), http=http, **bounds)
        finally:
            hub.close()
        return EXIT_OK
    from .service import PASSPHRASE_ENV
    from .serving import WORKER_ENV, shared_metrics_dir, worker_options

    hub.close()
    # Each worker process opens the hub itself (labnet.hub.serving.worker_app): it reads the passphrase as this
    # process did, from the same file, else from the environment it inherits (a typed one is put there).
    os.environ[WORKER_ENV] = worker_options(args.data_dir, args.passphrase_file, ingest=not args.no_ingest)
    if not args.passphrase_file:
        os.environ[PASSPHRASE_ENV] = passphrase
    with shared_metrics_dir():   # /metrics adds up every worker's counters, whichever worker answers
        uvicorn.run("labnet.hub.serving:worker_app", factory=True, workers=args.workers,
                    http="labnet.hub.serving:WorkerH11", **bounds)
    return EXIT_OK


def run_worker(args: argparse.Namespace) -> int:
    import signal

    from .ingest import Ingestor, IngestWorker
    from .linking import NetworkLinker

    hub = open_hub(args)
    configure_logging()
    log = logging.getLogger("labnet.hub.worker")
    try:
        ingestor, linker = Ingestor(hub), NetworkLinker(hub)
        worker = IngestWorker(ingestor, linker, lease_seconds=args.lease_seconds, poll_seconds=args.poll_seconds)
        if args.metrics_port:   # the ingest is counted where it runs: without this its counters are seen nowhere
            from prometheus_client import start_http_server

            from .metrics import HubMetrics

            metrics = HubMetrics(worker, linker)
            ingestor.observers.append(metrics.observe_ingest)
            start_http_server(args.metrics_port, addr="127.0.0.1", registry=metrics.registry)

        def stop(signum, frame) -> None:   # finish the upload in hand (a link run stops between jobs), then end
            log.info("worker %s stopping (signal %d)", worker.name, signum)
            worker.stop()

        signal.signal(signal.SIGTERM, stop)
        signal.signal(signal.SIGINT, stop)
        queued = worker.sweep()
        log.info("worker %s started; uploads queued at its start: %d, waiting: %d", worker.name, queued, worker.depth())
        worker.run()
        log.info("worker %s stopped", worker.name)
    finally:
        hub.close()
    return EXIT_OK


def configure_logging() -> None:
    """The hub's log: one JSON object a line on standard error, from every process (serve, its workers, worker)."""
    handler = logging.StreamHandler()
    handler.setFormatter(JsonLogFormatter())
    logging.basicConfig(level=logging.INFO, handlers=[handler], force=True)


class JsonLogFormatter(logging.Formatter):
    """One JSON object per log line (time, level, logger, message), for log collectors; the time in UTC, ISO 8601
    with its offset and milliseconds, whatever the machine's zone (2026-03-01T09:15:02.118+00:00)."""

    def format(self, record: logging.LogRecord) -> str:
        import datetime as dt

        at = dt.datetime.fromtimestamp(record.created, dt.UTC).isoformat(timespec="milliseconds")
        entry = {"time": at, "level": record.levelname,
                 "logger": record.name, "message": record.getMessage()}
        if record.exc_info:
            entry["error"] = self.formatException(record.exc_info)
        return json.dumps(entry, ensure_ascii=False)


def run_enroll(args: argparse.Namespace) -> int:
    import datetime as dt

    from labnet.protocol.enrolment import enrolment_file

    from .app import issue_code

    hub = open_hub(args)
    try:
        issued = issue_code(hub, args.lab, args.country)
        audit_local(hub.store, "lab.enrolment-code", issued["lab"], country=issued["country"])
        print(f"Enrolment code for {issued['lab']} ({issued['country']}), valid until {issued['expires_at']}:")
        print(f"  {issued['code']}")
        print(f"The laboratory checks that the hub's key id begins with {hub.key_id[:16]}.")
        if args.out:
            data = enrolment_file(hub.identity, hub.settings.public_url, issued["token"], issued["lab"],
                                  issued["country"], dt.datetime.fromisoformat(issued["expires_at"]))
            args.out.write_bytes(data)
            print(f"Enrolment file written to {args.out}; the laboratory runs “labnet enrol {args.out.name} "
                  "--out REGISTRATION” and brings the registration file back for “labnet-hub import”.")
    finally:
        hub.close()
    return EXIT_OK


def run_labs(args: argparse.Namespace) -> int:
    hub = open_hub(args)
    try:
        labs = hub.store.labs()
    finally:
        hub.close()
    if args.json:
        print(json.dumps([lab.__dict__ for lab in labs], indent=2, ensure_ascii=False))
        return EXIT_OK
    if not labs:
        print("No laboratory is enrolled yet; issue a code with “labnet-hub enroll”.")
    for lab in labs:
        state = f"revoked {lab.revoked_at} ({lab.revoked_reason})" if lab.revoked_at else "active"
        print(f"{lab.lab_id}  {lab.name} ({lab.country})  {state}  last contact {lab.last_contact or 'never'}")
    return EXIT_OK


def run_revoke(args: argparse.Namespace) -> int:
    hub = open_hub(args)
    try:
        lab = hub.store.revoke(args.lab_id, args.reason)
        audit_local(hub.store, "lab.revoke", lab.lab_id, reason=lab.revoked_reason)
    finally:
        hub.close()
    print(f"Revoked {lab.name} ({lab.lab_id}) at {lab.revoked_at}: {lab.revoked_reason}.")
    return EXIT_OK


def run_import(args: argparse.Namespace) -> int:
    from labnet.protocol import canonical
    from labnet.protocol.enrolment import REGISTRATION_FORMAT
    from labnet.protocol.keys import IDENTITY_FORMAT

    from .enrolment import register
    from .ingest import Ingestor
    from .linking import NetworkLinker

    try:
        data = args.file.read_bytes()
    except OSError as exc:
        raise UsageError(f"{args.file} cannot be read ({exc.strerror})") from None
    hub = open_hub(args)
    try:
        if data[:1] == b"{":
            try:
                document = canonical.loads(data)
            except ValueError:
                raise UsageError(f"{args.file} is neither a LabNet registration file nor a sealed bundle") from None
            if isinstance(document, dict) and document.get("format") == IDENTITY_FORMAT:
                return _import_identity(hub, args.file, document)
            if not isinstance(document, dict) or document.get("format") != REGISTRATION_FORMAT:
                raise UsageError(f"{args.file} is a JSON file but not a LabNet registration file, nor a "
                                 "laboratory's identity document")
            lab = register(hub.store, hub.key_id, document)
            audit_local(hub.store, "lab.enrol", lab["lab_id"], name=lab["name"], by="registration file")
            print(f"Enrolled {lab['name']} ({lab['country']}) as laboratory {lab['lab_id']}.")
            return EXIT_OK
        result = Ingestor(hub).ingest(data, source="file")
        audit_local(hub.store, "bundle.import", result.bundle_id or "", status=result.status, lab_id=result.lab_id)
        found = NetworkLinker(hub).run_pending() if result.status == "processed" else 0
    finally:
        hub.close()
    counts = result.counts
    if result.status in ("processed", "duplicate"):
        print(f"Bundle {result.bundle_id} from laboratory {result.lab_id}: {counts['accepted']} accepted, "
              f"{counts['duplicate']} duplicate, {counts.get('outdated', 0)} outdated, {counts['rejected']} rejected"
              + (" (it had been imported before; same receipt)." if result.status == "duplicate" else "."))
        if found:
            print(Message.plural("{n:,} new link with other laboratories' seizures; both sides get a bulletin.",
                                 "{n:,} new links with other laboratories' seizures; both sides get a bulletin.",
                                 found))
    elif result.status == "rejected":
        print(f"Bundle {result.bundle_id} was rejected whole: {result.reason}")
    else:
        raise UsageError(f"{args.file} was refused: {result.reason}")
    if args.receipt_out and result.receipt:
        args.receipt_out.write_bytes(result.receipt)
        print(f"Receipt written to {args.receipt_out}; the laboratory imports it with “labnet receipt import”.")
    return EXIT_OK if result.status != "rejected" else EXIT_USER_ERROR


def _import_identity(hub, path: Path, document: dict) -> int:
    """A laboratory's new identity from a stick: accepted only if the key the hub holds for it endorsed it."""
    from labnet.protocol.errors import SyncError
    from labnet.protocol.keys import PublicIdentity, short_key_id

    from .enrolment import rotate_lab_keys
    from .store import HubError

    try:
        new = PublicIdentity.from_json(document)
    except SyncError as exc:
        raise UsageError(f"{path} is not a usable identity document: {exc.user_message}") from None
    if new.role != "lab":
        raise UsageError(f"{path} is a {new.role}'s identity document ({new.name}), not a laboratory's; nothing "
                         "was changed")
    try:
        lab = hub.store.lab(new.identity_id)
        if PublicIdentity.from_json(lab.identity).keys == new.keys:
            print(f"{lab.name} ({lab.lab_id}) already has these keys here; nothing was changed.")
            return EXIT_OK
        rotate_lab_keys(hub.store, document)
        audit_local(hub.store, "lab.keys-rotated", lab.lab_id, signing_key_id=new.signing_key_id)
    except HubError as exc:
        raise UsageError(f"{path} was refused: {exc.user_message}") from None
    print(f"{lab.name} ({lab.lab_id}) now signs with {short_key_id(new.signing_key_id)} (endorsed by its previous "
          "key, which stays known for its older bundles).")
    return EXIT_OK


def run_notice(args: argparse.Namespace) -> int:
    from .bulletins import notice

    hub = open_hub(args)
    try:
        seq = notice(hub, args.text, args.lab)
        audit_local(hub.store, "notice", args.lab, bulletin=seq)
    finally:
        hub.close()
    print(f"Notice #{seq} published to {'every laboratory' if args.lab == '*' else args.lab}.")
    return EXIT_OK


def run_bulletins(args: argparse.Namespace) -> int:
    from .bulletins import since

    hub = open_hub(args)
    try:
        hub.store.lab(args.lab)
        lines = since(hub, args.lab, args.since, limit=5000)
    finally:
        hub.close()
    args.out.write_bytes(b"".join(line + b"\n" for line in lines))
    print(Message.plural("Wrote {n:,} bulletin for {lab} to {out}; the laboratory imports the file with "
                         "“labnet bulletin import”.",
                         "Wrote {n:,} bulletins for {lab} to {out}; the laboratory imports the file with "
                         "“labnet bulletin import”.", len(lines), lab=args.lab, out=args.out))
    return EXIT_OK


def run_publish_method(args: argparse.Namespace) -> int:
    import json

    from .linking import NetworkLinker

    try:
        definition = json.loads(args.file.read_text(encoding="utf-8"))
    except OSError as exc:
        raise UsageError(f"{args.file} cannot be read ({exc.strerror})") from None
    except (ValueError, UnicodeDecodeError):
        raise UsageError(f"{args.file} is not JSON; export a method with “labnet profiles export-method”") from None
    hub = open_hub(args)
    try:
        linker = NetworkLinker(hub)
        published = linker.publish_method(definition)
        audit_local(hub.store, "method.publish", f"{published['name']} v{published['version']}",
                    drug_type=published["drug_type"])
        found = linker.run_pending()
    finally:
        hub.close()
    print(f"Method {published['name']} v{published['version']} is now the network's method for "
          f"{published['drug_type']} (bulletin #{published['bulletin']} to every laboratory); "
          + Message.plural("{n:,} link between laboratories found with it.",
                           "{n:,} links between laboratories found with it.", found))
    expected = published.get("expected_false_links")
    if expected:
        print(f"Note: at its calibrated false-positive rate, about {expected:,} of the "
              f"{published['cross_lab_pairs']:,} pairs across laboratories would link by chance if they are like "
              f"its calibration's unlinked pairs; a network "
              f"method usually needs a much smaller rate (calibrate with --fpr).")
    return EXIT_OK


def run_links(args: argparse.Namespace) -> int:
    import json

    from .linking import network_links

    hub = open_hub(args)
    try:
        links = network_links(hub, lab=args.lab, limit=args.limit)
        names = {lab.lab_id: lab.name for lab in hub.store.labs()}
    finally:
        hub.close()
    if args.json:
        print(json.dumps(links, indent=2, ensure_ascii=False))
        return EXIT_OK
    if not links:
        print("No link between laboratories yet (publish a method with “labnet-hub publish-method”).")
    for link in links:
        print(f"{link['found_at']}  {names.get(link['lab_a'], link['lab_a'])} {link['record_a']}  ↔  "
              f"{names.get(link['lab_b'], link['lab_b'])} {link['record_b']}  score {link['score']:.4g}  "
              f"({link['method']})")
    return EXIT_OK


def run_rotate_keys(args: argparse.Namespace) -> int:
    from labnet.protocol.keyfile import Passphrase, save_identity
    from labnet.protocol.keys import rotate

    from . import keylife

    after = keylife.instant(args.retire_previous_after) if args.retire_previous_after else None
    passphrase = read_passphrase(args)
    hub = open_hub_with(args, passphrase)
    try:
        previous = hub.identity.current.public
        rotated = rotate(hub.identity)
        save_identity(args.data_dir, rotated, Passphrase(passphrase), replace_existing=True)
        keylife.record_rotation(hub.store, hub.identity.public, rotated.public)
        if after:
            keylife.retire(hub.store, previous, after)
        audit_local(hub.store, "hub.rotate-keys", rotated.public.signing_key_id, previous=previous.signing_key_id,
                    retire_previous_after=str(after) if after else None)
    finally:
        hub.close()
    print(f"New hub keys: signing key id {rotated.public.signing_key_id}. Laboratories adopt them at their next "
          "sync (the old key endorsed them); laboratories working by stick import “labnet-hub keys --out FILE”.")
    if after:
        print(f"Bundles sealed to the previous key ({previous.encryption_key_id[:16]}…) are refused from {after} on.")
    else:
        print("Bundles sealed to the old keys still open (retire them with --retire-previous-after next time, or "
              "revoke them with “labnet-hub revoke-key”).")
    print("A running “labnet-hub serve” keeps the keys it started with: restart it.")
    return EXIT_OK


def run_revoke_key(args: argparse.Namespace) -> int:
    from . import keylife

    hub = open_hub(args)
    try:
        event = keylife.revoke(hub.store, hub.identity, args.key_id, args.reason)
        audit_local(hub.store, "hub.revoke-key", event.signing_key_id, reason=args.reason)
    finally:
        hub.close()
    print(f"Revoked the hub key set signing {event.signing_key_id[:16]}… / encryption {event.encryption_key_id[:16]}… "
          f"at {event.at}: bundles sealed to it are refused from now on. Laboratories learn it at their next sync; "
          "give laboratories working by stick the file of “labnet-hub keys --out FILE”.")
    return EXIT_OK


def run_keys(args: argparse.Namespace) -> int:
    from . import keylife

    hub = open_hub(args)
    try:
        rows = keylife.listing(hub.identity, hub.store)
        if args.out:
            from labnet.protocol.keyfile import write_file_atomically

            write_file_atomically(args.out, keylife.document(hub.identity, hub.store))
    finally:
        hub.close()
    if args.json:
        print(json.dumps(rows, indent=2, ensure_ascii=False))
    else:
        for row in rows:
            print(f"{row['created_at']}  signing {row['signing_key_id']}  encryption {row['encryption_key_id']}  "
                  f"{row['state']}")
    if args.out:
        print(f"Hub key document written to {args.out}; laboratories import it with “labnet hub-key import "
              f"{args.out.name}”.", file=sys.stderr if args.json else sys.stdout)
    return EXIT_OK


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
