"""The laboratories' commands of ``labnet-hub``: ``enroll``, ``labs``, ``revoke``, ``import`` (a registration
file, a rotated identity or a bundle from a USB stick), ``notice``, ``bulletins``, ``publish-method`` and
``links``.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from labnet.common.messages import Message

from .cli_common import EXIT_OK, EXIT_USER_ERROR, UsageError, audit_local, open_hub


def run_enroll(args: argparse.Namespace) -> int:
    import datetime as dt

    from labnet.protocol.enrolment import enrolment_file

    from .admin_routes import issue_code

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
