"""Sharing with the hub from the command line: identity, policy, bundles, receipts.

- ``labnet init --lab NAME --country CC`` creates the laboratory's identity and keys;
- ``labnet identity show|export|rotate``; ``labnet hub-key import FILE`` pins the hub;
- ``labnet share preview|check``: exactly what the next bundle would carry;
- ``labnet bundle export --out FILE`` / ``bundle inspect FILE`` / ``bundle status``;
- ``labnet receipt import FILE``.

Passphrases come from ``--passphrase-file`` (first line), else the
``LABNET_PASSPHRASE`` environment variable, else a prompt (asked twice when
a new one is chosen). They are never printed or logged.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from pathlib import Path

from labnet.cli.common import open_catalogue
from labnet.common.cli_args import positive_int
from labnet.common.messages import Message

SUITE_CODES = ("mlkem768-x25519", "x25519")
KINDS = ("reference-samples", "training", "profiles")


def register(subparsers: argparse._SubParsersAction) -> None:
    init = subparsers.add_parser(
        "init", help="create this laboratory's identity and keys",
        description="Create the laboratory's identity: a signing key and an encryption key, protected by a "
                    "passphrase (or the system keyring), and a default sharing policy. Refuses to replace "
                    "an identity that exists.")
    init.add_argument("--lab", required=True, metavar="NAME", help="the laboratory's name")
    init.add_argument("--country", required=True, metavar="CC", help="two-letter ISO 3166 country code")
    init.add_argument("--suite", choices=SUITE_CODES, default="mlkem768-x25519",
                      help="encryption: hybrid post-quantum (default) or classical X25519")
    init.add_argument("--keyring", action="store_true", help="protect the keys with the system keyring instead")
    _passphrase_option(init)
    init.set_defaults(handler=run_init)

    identity = subparsers.add_parser("identity", help="show, export or rotate this laboratory's identity")
    isub = identity.add_subparsers(dest="identity_command", metavar="COMMAND")
    show = isub.add_parser("show", help="the laboratory's id, name and key fingerprints")
    show.add_argument("--json", action="store_true", help="print the identity document")
    show.set_defaults(handler=run_identity_show)
    export = isub.add_parser("export", help="write the public identity document (for the hub)")
    export.add_argument("file", type=Path, metavar="FILE")
    export.set_defaults(handler=run_identity_export)
    rot = isub.add_parser("rotate", help="new keys, endorsed by the current ones (old keys are kept)")
    rot.add_argument("--suite", choices=SUITE_CODES, help="encryption suite of the new keys (default: as now)")
    _passphrase_option(rot)
    rot.set_defaults(handler=run_identity_rotate)

    hub = subparsers.add_parser("hub-key", help="pin the hub's public identity")
    hsub = hub.add_subparsers(dest="hub_command", metavar="COMMAND")
    imp = hsub.add_parser("import", help="pin the hub identity or hub key document FILE (or follow its key "
                                         "rotation, retired and revoked keys)")
    imp.add_argument("file", type=Path, metavar="FILE")
    imp.set_defaults(handler=run_hub_import)

    share = subparsers.add_parser("share", help="what the sharing policy lets leave the laboratory")
    ssub = share.add_subparsers(dest="share_command", metavar="COMMAND")
    preview = ssub.add_parser("preview", help="print exactly the records the next bundle would carry")
    preview.add_argument("--kind", choices=KINDS, help="only this record type")
    preview.add_argument("--json", action="store_true", help="print JSON")
    _passphrase_option(preview)
    preview.set_defaults(handler=run_share_preview)
    check = ssub.add_parser("check", help="check the sharing policy file")
    check.set_defaults(handler=run_share_check)

    bundle = subparsers.add_parser("bundle", help="sealed bundles for the hub (files for a USB stick)")
    bsub = bundle.add_subparsers(dest="bundle_command", metavar="COMMAND")
    bexp = bsub.add_parser("export", help="write the next sealed bundle to a file")
    bexp.add_argument("--out", required=True, type=Path, metavar="FILE",
                      help="file to write (a folder: files named after the bundle)")
    bexp.add_argument("--max-part-bytes", type=positive_int, default=8 * 1024 * 1024, metavar="N",
                      help="split into parts of at most N bytes (default 8 MiB)")
    _passphrase_option(bexp)
    bexp.set_defaults(handler=run_bundle_export)
    insp = bsub.add_parser("inspect", help="show a bundle's header and check its signature (no decryption)")
    insp.add_argument("file", type=Path, metavar="FILE")
    insp.add_argument("--json", action="store_true")
    insp.set_defaults(handler=run_bundle_inspect)
    status = bsub.add_parser("status", help="bundles made and what their receipts said")
    status.add_argument("--json", action="store_true")
    status.set_defaults(handler=run_bundle_status)

    receipt = subparsers.add_parser("receipt", help="receipts from the hub")
    rsub = receipt.add_subparsers(dest="receipt_command", metavar="COMMAND")
    rimp = rsub.add_parser("import", help="verify a receipt FILE and mark what it confirms as delivered")
    rimp.add_argument("file", type=Path, metavar="FILE")
    rimp.set_defaults(handler=run_receipt_import)


def _passphrase_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--passphrase-file", type=Path, metavar="FILE",
                        help="read the passphrase from the first line of FILE (else $LABNET_PASSPHRASE, else a prompt)")


# -- passphrases and unlocking ----------------------------------------------------------
def read_passphrase(args: argparse.Namespace, *, confirm: bool = False) -> str:
    from labnet.protocol.errors import IdentityError
    from labnet.protocol.keyfile import PASSPHRASE_ENV

    if getattr(args, "passphrase_file", None):
        try:
            lines = args.passphrase_file.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError) as exc:
            raise IdentityError(f"The passphrase file {args.passphrase_file} cannot be read ({exc}).") from None
        if not lines or not lines[0]:
            raise IdentityError(f"The passphrase file {args.passphrase_file} is empty; put the passphrase on its "
                                "first line.")
        return lines[0]
    if os.environ.get(PASSPHRASE_ENV):
        return os.environ[PASSPHRASE_ENV]
    if not sys.stdin.isatty():
        raise IdentityError(f"A passphrase is needed: give --passphrase-file FILE or set {PASSPHRASE_ENV} "
                            "(no terminal to ask at).")
    first = getpass.getpass("Passphrase for the laboratory's keys: ")
    if confirm and getpass.getpass("The same passphrase again: ") != first:
        raise IdentityError("The two passphrases differ; nothing was created. Try again.")
    return first


def unlock(args: argparse.Namespace):
    from labnet.protocol.keyfile import load_identity, protection_of

    if protection_of(args.data_dir) == "keyring":
        return load_identity(args.data_dir)
    return load_identity(args.data_dir, read_passphrase(args))


# -- identity -------------------------------------------------------------------------
def run_init(args: argparse.Namespace) -> int:
    from labnet.protocol.keyfile import Keyring, Passphrase
    from labnet.protocol.keys import short_key_id
    from labnet.sync.setup import check_no_identity, create_laboratory

    check_no_identity(args.data_dir)
    protector = Keyring() if args.keyring else Passphrase(read_passphrase(args, confirm=True))
    identity, policy = create_laboratory(args.data_dir, args.lab, args.country, protector, suite_code=args.suite)
    public = identity.public
    print(f"Created the identity of {public.name} ({public.country}), laboratory id {public.identity_id}.")
    print(f"  signing key     {short_key_id(public.signing_key_id)}  (ed25519)")
    print(f"  encryption key  {short_key_id(public.encryption_key_id)}  ({public.keys.suite.code})")
    print(f"  protected by    {'the system keyring' if args.keyring else 'your passphrase (Argon2id)'}")
    print(f"Sharing policy: {policy} (conservative default; check it with “labnet share preview”).")
    return 0


def run_identity_show(args: argparse.Namespace) -> int:
    from labnet.protocol.keyfile import load_public_identity
    from labnet.protocol.keys import short_key_id

    public = load_public_identity(args.data_dir)
    if args.json:
        print(public.to_json().decode("utf-8"))
        return 0
    print(f"{public.name} ({public.country}) — {public.role} {public.identity_id}")
    print(f"signing key     {public.signing_key_id}  ({short_key_id(public.signing_key_id)})")
    print(f"encryption key  {public.encryption_key_id}  ({public.keys.suite.name})")
    return 0


def run_identity_export(args: argparse.Namespace) -> int:
    from labnet.protocol.keyfile import load_public_identity, write_file_atomically

    public = load_public_identity(args.data_dir)
    write_file_atomically(args.file, public.to_json())
    print(f"Wrote the public identity of {public.name} to {args.file} (no private key is in it).")
    return 0


def run_identity_rotate(args: argparse.Namespace) -> int:
    from labnet.protocol.keyfile import Keyring, Passphrase, load_identity, protection_of, save_identity
    from labnet.protocol.keys import rotate, short_key_id

    keyring = protection_of(args.data_dir) == "keyring"
    passphrase = None if keyring else read_passphrase(args)
    identity = load_identity(args.data_dir, passphrase)
    rotated = rotate(identity, suite_code=args.suite)
    save_identity(args.data_dir, rotated, Keyring() if keyring else Passphrase(passphrase), replace_existing=True)
    print(f"New keys for {rotated.public.name}: signing {short_key_id(rotated.public.signing_key_id)}, encryption "
          f"{short_key_id(rotated.public.encryption_key_id)}; {Message.plural('{n} older key set kept', '{n} older key sets kept', len(rotated.key_sets) - 1)}. "
          "The hub learns them at the next sync; without a network, take the file of “labnet identity export "
          "FILE” to the hub (“labnet-hub import FILE”) before the next bundle.")
    return 0


def run_hub_import(args: argparse.Namespace) -> int:
    from labnet.protocol.errors import IdentityError
    from labnet.protocol.keys import short_key_id
    from labnet.protocol.pinning import load_key_events, pin_hub

    try:
        document = args.file.read_bytes()
    except OSError as exc:
        raise IdentityError(f"{args.file} cannot be read ({exc.strerror}).") from None
    hub, what = pin_hub(args.data_dir, document)
    verb = {"pinned": "Pinned", "unchanged": "Already pinned:", "rotated": "Followed the key rotation of"}[what]
    print(f"{verb} hub {hub.name} ({hub.identity_id}); encryption key {short_key_id(hub.encryption_key_id)}, "
          f"signing key {short_key_id(hub.signing_key_id)}. Bundles are sealed to this key.")
    for event in load_key_events(args.data_dir):
        if event.status == "revoked":
            print(f"  hub key {short_key_id(event.signing_key_id)} revoked {event.at} ({event.reason}): nothing it "
                  "signed is trusted here any more")
        else:
            print(f"  hub key {short_key_id(event.signing_key_id)} retired: bundles sealed to it are refused from "
                  f"{event.at}")
    return 0


# -- policy -----------------------------------------------------------------------------
def run_share_check(args: argparse.Namespace) -> int:
    from labnet.sync.policy import load_policy, policy_path

    policy = load_policy(args.data_dir)
    path = policy_path(args.data_dir)
    where = str(path) if path.exists() else "no policy file: the conservative default applies"
    print(f"The sharing policy is valid ({where}); digest {policy.digest[:16]}.")
    for kind, p in policy.kinds.items():
        kept = ", ".join(f"{n} ({r.treatment})" for n, r in sorted(p.fields.items()) if r.treatment != "drop")
        print(f"  {kind}: {'not shared' if not p.share else kept or 'no fields'}")
    return 0


def run_share_preview(args: argparse.Namespace) -> int:
    from labnet.catalogue.records import record_type
    from labnet.sync.outbox import Outbox
    from labnet.sync.policy import load_policy

    policy = load_policy(args.data_dir)
    identity = unlock(args)
    with open_catalogue(args) as cat:
        pending = Outbox(cat).pending(policy, identity.pseudonym_secret)
    kind = record_type(args.kind).kind if args.kind else None
    entries = [e for e in pending.entries if kind is None or e["kind"] == kind]
    if args.json:
        print(json.dumps({"policy_sha256": policy.digest, "seq_from": pending.seq_from, "seq_to": pending.seq_to,
                          "entries": entries, "withheld": len(pending.withheld)}, ensure_ascii=False, indent=1))
        return 0
    carried = Message.plural("{n:,} record", "{n:,} records", len(entries))
    withheld = Message.plural("{n:,} changed record stays", "{n:,} changed records stay", len(pending.withheld))
    print(f"The next bundle would carry {carried} (changes {pending.seq_from}–{pending.seq_to}); "
          f"{withheld} in the laboratory under the policy.")
    for e in entries:
        shown = json.dumps(e.get("record"), ensure_ascii=False, sort_keys=True) if e["op"] == "upsert" else "(tombstone)"
        print(f"{e['op']:6} {e['kind']} {e['id']} v{e['version']} {shown}")
    return 0


# -- bundles and receipts -------------------------------------------------------------------
def run_bundle_export(args: argparse.Namespace) -> int:
    from labnet.protocol.errors import OutboxError
    from labnet.protocol.pinning import load_pinned_hub
    from labnet.sync.policy import load_policy
    from labnet.sync.sticks import export_to

    if args.max_part_bytes < 64 * 1024:
        raise OutboxError("--max-part-bytes must be at least 65536 (64 KiB).")
    hub = load_pinned_hub(args.data_dir)
    policy = load_policy(args.data_dir)
    identity = unlock(args)
    with open_catalogue(args) as cat:
        written = export_to(args.out, cat, identity, hub, policy, max_part_bytes=args.max_part_bytes)
    if not written:
        print("Nothing to send: every change is delivered or stays in the laboratory under the policy.")
        return 0
    for path, header in written:
        print(f"Wrote {path}: part {header.part_index} of {header.part_count}, {_records(header.records)}, "
              f"{path.stat().st_size:,} bytes, bundle {header.bundle_id}.")
    return 0


def run_bundle_inspect(args: argparse.Namespace) -> int:
    from labnet.protocol.errors import BundleFormatError
    from labnet.protocol.keyfile import has_identity, load_public_identity
    from labnet.protocol.opening import inspect_bundle

    try:
        data = args.file.read_bytes()
    except OSError as exc:
        raise BundleFormatError(f"{args.file} cannot be read ({exc.strerror}).") from None
    from labnet.protocol.pinning import hub_path, load_pinned_hub

    known = [load_public_identity(args.data_dir)] if has_identity(args.data_dir) else []
    hub = load_pinned_hub(args.data_dir) if hub_path(args.data_dir).exists() else None
    found = inspect_bundle(data, known, hub)
    verdict = {True: f"valid (signed by {found.signer})", False: "NOT VALID: the file was altered or forged",
               None: "not checked (the signer is not this laboratory)"}[found.signature_ok]
    if found.unknown_key:
        verdict = (f"NOT VALID: it claims to come from {found.signer} under a signing key this laboratory never "
                   "had (forged, or made by a copy of the laboratory's identity)")
    recipient = {True: f"the pinned hub {hub.name if hub else ''}", None: "not checked (no hub is pinned here)",
                 False: (f"NOT the pinned hub {hub.name if hub else ''}: it is sealed to another hub key, which "
                         "this laboratory's hub cannot open; export it again for this hub")}[found.recipient_ok]
    if args.json:
        print(json.dumps({"header": found.header.to_json(), "size": found.size, "signature_ok": found.signature_ok,
                          "unknown_key": found.unknown_key, "recipient_ok": found.recipient_ok}, indent=1))
    else:
        h = found.header
        print(f"Bundle {h.bundle_id} (part {h.part_index} of {h.part_count}, batch {h.batch_id})")
        print(f"  from laboratory {h.lab_id}, key {h.lab_key_id[:16]}…, made {h.created_at}")
        print(f"  sealed to hub key {h.hub_key_id[:16]}… with {h.suite}")
        print(f"  changes {h.seq_from}–{h.seq_to}, {_records(h.records)}, {h.payload_size:,} bytes of payload, "
              f"{found.size:,} bytes in all")
        print(f"  signature: {verdict}")
        print(f"  recipient: {recipient}")
    # 3: this file should not be sent as it is (altered, forged, or for another hub); 0: nothing found wrong.
    return 3 if found.signature_ok is False or found.recipient_ok is False else 0


def run_bundle_status(args: argparse.Namespace) -> int:
    from labnet.sync.outbox import Outbox

    with open_catalogue(args) as cat:
        outbox = Outbox(cat)
        bundles, settled = outbox.sent_bundles(), outbox.settled_counts()
    if args.json:
        print(json.dumps({"bundles": bundles, "settled": settled}, indent=1))
        return 0
    for b in bundles:
        state = f"receipt {b['receipt_status']} {b['receipt_at']}" if b["receipt_at"] else "no receipt yet"
        print(f"{b['created_at']}  {b['bundle_id']}  part {b['part_index']}/{b['part_count']}  "
              f"{_records(b['records'])}  {state}")
    print("Records settled: " + (", ".join(f"{n:,} {s}" for s, n in sorted(settled.items())) or "none yet"))
    return 0


def run_receipt_import(args: argparse.Namespace) -> int:
    from labnet.protocol.errors import ReceiptError
    from labnet.sync.sticks import import_receipt

    try:
        data = args.file.read_bytes()
    except OSError as exc:
        raise ReceiptError(f"{args.file} cannot be read ({exc.strerror}).") from None
    with open_catalogue(args) as cat:  # no passphrase: a receipt is public, verified by the hub's key
        outcome = import_receipt(args.data_dir, cat, data).receipt
    if outcome.already_applied:
        print(f"The receipt for bundle {outcome.bundle_id} was already applied; nothing changed.")
    elif outcome.status == "rejected":
        print(f"The hub refused bundle {outcome.bundle_id} whole: {outcome.reason}. Its records stay pending.")
    else:
        c = outcome.counts
        print(f"Receipt for bundle {outcome.bundle_id} applied: {c['accepted']:,} accepted, {c['duplicate']:,} "
              f"duplicate, {c['rejected']:,} rejected"
              + (f", {c['outdated']:,} outdated (the hub already held a later version)." if c.get("outdated") else "."))
        for kind, record_id, reason in outcome.rejected:
            print(f"  rejected: {kind} {record_id}: {reason}")
    return 0


def _records(count: int) -> Message:
    return Message.plural("{n:,} record", "{n:,} records", count)
