"""The hub's own keys: ``labnet-hub rotate-keys``, ``revoke-key`` and ``keys`` (the lifecycle itself is
``hub/keylife.py``).
"""

from __future__ import annotations

import argparse
import json
import sys

from .cli_common import EXIT_OK, audit_local, open_hub, open_hub_with, read_passphrase


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
          "give laboratories working by stick the file of “labnet-hub keys --out FILE”. The serving hub announces it "
          "to its peer hubs at once (federation delivery), and they refuse what the key signs from then on.")
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
