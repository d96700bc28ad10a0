"""``labnet enrol`` and ``labnet sync``: joining the regional hub and sharing with it.

``labnet enrol CODE`` enrols online with the code from the hub's
administrator; ``labnet enrol FILE --out REGISTRATION`` answers an enrolment
file that came on a USB stick with a registration file to take back.
``labnet sync`` sends what the sharing policy lets leave, resuming an
interrupted upload, and applies the hub's signed receipts.

Exit status: 0 done, 2 a mistake or a refusal the laboratory can act on (the
message says which), 3 the hub cannot be reached or cannot answer now: the link
broke or timed out, an answer arrived cut short, the hub is down, busy,
rate-limiting or failing (any 5xx). Nothing is lost; run it again later.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from labnet.cli.common import open_catalogue
from labnet.cli.sync_commands import _passphrase_option, unlock
from labnet.common.messages import Message

EXIT_UNREACHABLE = 3


def register(subparsers: argparse._SubParsersAction) -> None:
    enrol = subparsers.add_parser(
        "enrol", help="enrol this laboratory with its regional hub",
        description="Enrol with the regional hub: give the enrolment code from the hub's administrator (online), "
                    "or the enrolment file that came on a USB stick together with --out, which writes the "
                    "registration file to take back to the hub.")
    enrol.add_argument("code", metavar="CODE_OR_FILE", help="the enrolment code (LN1-…) or an enrolment file")
    enrol.add_argument("--out", type=Path, metavar="FILE", help="with an enrolment file: where to write the registration")
    _passphrase_option(enrol)
    enrol.set_defaults(handler=run_enrol)

    sync = subparsers.add_parser(
        "sync", help="send what the sharing policy shares to the hub and apply its receipts",
        description="Send the pending changes the sharing policy lets leave, as sealed bundles, to the hub "
                    "(resuming an interrupted upload), and apply the hub's signed receipts.")
    sync.add_argument("--enrol", metavar="CODE", help="enrol first with this code (the first time)")
    sync.add_argument("--reconcile", action="store_true",
                      help="first ask the hub what it holds of this laboratory's records, and send whatever "
                           "differs from what the policy shares (missing, stale, or to withdraw)")
    sync.add_argument("--json", action="store_true", help="print the report as JSON")
    _passphrase_option(sync)
    sync.set_defaults(handler=run_sync)

    shown = subparsers.add_parser("bulletins", help="list the bulletins received from the hub",
                                  description="List the signed bulletins received from the hub: links between "
                                              "this laboratory's seizures and other laboratories', harmonised "
                                              "methods, notices.")
    shown.add_argument("--json", action="store_true", help="print JSON")
    shown.set_defaults(handler=run_bulletins)

    bimp = subparsers.add_parser("bulletin", help="bulletins that came on a USB stick")
    bsub = bimp.add_subparsers(dest="bulletin_command", metavar="COMMAND", required=True)
    bfile = bsub.add_parser("import", help="check and keep the bulletins of a bulletin file from the hub",
                            description="Check every bulletin of a file the hub's administrator wrote with "
                                        "“labnet-hub bulletins” against the pinned hub key, and keep them.")
    bfile.add_argument("file", type=Path, metavar="FILE")
    bfile.set_defaults(handler=run_bulletin_import)


def run_enrol(args: argparse.Namespace) -> int:
    from labnet.protocol.keyfile import write_file_atomically
    from labnet.protocol.keys import short_key_id
    from labnet.sync.enrolment import enrol_online, enrol_with_file

    identity = unlock(args)
    path = Path(args.code)
    if not args.code.startswith("LN1-") and path.exists():
        if not args.out:
            print("labnet: with an enrolment file, say where to write the registration file (--out FILE).",
                  file=sys.stderr)
            return 2
        hub, registration = enrol_with_file(args.data_dir, identity, path.read_bytes())
        write_file_atomically(args.out, registration)
        print(f"Pinned the hub {hub.name} (key {short_key_id(hub.signing_key_id)}). Take {args.out} back to the "
              "hub's administrator, who imports it with “labnet-hub import”.")
        return 0
    hub = _online(lambda: enrol_online(args.data_dir, identity, args.code))
    if isinstance(hub, int):
        return hub
    print(f"Enrolled with {hub.name} (key {short_key_id(hub.signing_key_id)}); “labnet sync” shares from now on.")
    return 0


def run_sync(args: argparse.Namespace) -> int:
    from labnet.sync.client import sync_once
    from labnet.sync.enrolment import enrol_online
    from labnet.sync.policy import load_policy

    identity = unlock(args)
    if args.enrol:
        outcome = _online(lambda: enrol_online(args.data_dir, identity, args.enrol))
        if isinstance(outcome, int):
            return outcome
    policy = load_policy(args.data_dir)
    with open_catalogue(args) as cat:
        report = _online(lambda: sync_once(args.data_dir, cat, identity, policy, reconcile=args.reconcile))
    if isinstance(report, int):
        return report
    refused = _refused(report)
    if args.json:
        print(json.dumps({"bundles": report.bundles, "records": report.records, "bytes_sent": report.bytes_sent,
                          "bytes_sealed": report.bytes_sealed,
                          "bulletins": [_bulletin_json(b) for b in report.bulletins],
                          "methods_adopted": report.methods, "held_by_hub": report.held}, indent=2))
        return 2 if refused else 0
    if report.held is not None:
        print(f"The hub holds {report.held} of this laboratory's records (live or withdrawn); what differs "
              "from the sharing policy is sent below.")
    if not report.bundles:
        print("Nothing to send: every change is delivered or stays in the laboratory under the policy.")
    for bundle in report.bundles:
        counts = bundle["counts"]
        line = (f"Bundle {bundle['bundle_id']}: {counts.get('accepted', 0)} accepted, "
                f"{counts.get('duplicate', 0)} duplicate, {counts.get('rejected', 0)} rejected"
                + (f", {counts['outdated']} outdated (the hub already held a later version)"
                   if counts.get("outdated") else ""))
        print(line + (f" — rejected whole: {bundle['reason']}" if bundle["status"] == "rejected" else "."))
        for kind, record_id, reason in bundle["rejected"]:
            print(f"  {kind} {record_id}: {reason}")
    for bulletin in report.bulletins:
        print(f"New bulletin #{bulletin.seq} ({bulletin.kind}): {_summary(bulletin)}")
    for label in report.methods:
        print(f"Adopted the network's comparison method {label} (see “labnet profiles methods”).")
    if refused:
        print(f"labnet: {refused}", file=sys.stderr)
        return 2
    return 0


def _refused(report) -> str | None:
    """What the hub refused in this sync, as one sentence (a refusal is not a success: exit 2)."""
    records = report.records["rejected"]
    whole = sum(1 for b in report.bundles if b["status"] == "rejected")
    if not records and not whole:
        return None
    if whole:
        return str(Message.plural(
            "the hub refused {n:,} bundle whole (the reason above); it is sealed and sent again at the next sync.",
            "the hub refused {n:,} bundles whole (reasons above); they are sealed and sent again at the next sync.",
            whole))
    return str(Message.plural(
        "the hub refused {n:,} record (listed above with the reason); correct it in the catalogue and sync again.",
        "the hub refused {n:,} records (listed above with the reason); correct them in the catalogue and sync again.",
        records))


def run_bulletins(args: argparse.Namespace) -> int:
    from labnet.sync.inbox import stored_bulletins

    bulletins = stored_bulletins(args.data_dir)
    if args.json:
        print(json.dumps([_bulletin_json(b) for b in bulletins], indent=2, ensure_ascii=False))
        return 0
    if not bulletins:
        print("No bulletin from the hub yet.")
    for bulletin in bulletins:
        print(f"#{bulletin.seq}  {bulletin.created_at}  {bulletin.kind:<7} {_summary(bulletin)}")
    return 0


def run_bulletin_import(args: argparse.Namespace) -> int:
    from labnet.sync.sticks import import_bulletins

    try:
        data = args.file.read_bytes()
    except OSError as exc:
        print(f"labnet: {args.file} cannot be read ({exc.strerror}).", file=sys.stderr)
        return 2
    with open_catalogue(args) as cat:
        done = import_bulletins(args.data_dir, cat, data)
    print(Message.plural("{n:,} bulletin checked, {new:,} new kept.", "{n:,} bulletins checked, {new:,} new kept.",
                         len(done.bulletins), new=done.new_bulletins))
    for label in done.methods:
        print(f"Adopted the network's comparison method {label}.")
    return 0


def _summary(bulletin) -> str:
    content = bulletin.content
    if bulletin.kind == "notice":
        return str(content.get("text", ""))
    if bulletin.kind == "link":
        from labnet.protocol.errors import SyncError
        from labnet.protocol.notices import LinkNotice

        links = content.get("links") or []
        try:   # the method's version is method_version, or version in a bulletin from an older hub
            named = LinkNotice.from_json(content).method
            method = f"{named.name} v{named.method_version}"
        except SyncError:
            method = "? v?"
        labs = sorted({f"{link.get('other_lab', '?')} ({link.get('other_lab_country', '?')})" for link in links})
        mine = sorted({str(link.get("record_id")) for link in links})
        return (f"{Message.plural('{n:,} link', '{n:,} links', len(links))} between this laboratory's profiles "
                f"({', '.join(mine[:3])}"
                f"{', …' if len(mine) > 3 else ''}) and seizures of {', '.join(labs) or '?'} "
                f"(method {method})")
    if bulletin.kind == "method":
        return (f"harmonised method {content.get('name', '?')} v{content.get('method_version', '?')} for "
                f"{content.get('drug_type', '?')} ({content.get('pretreatment', '?')}, {content.get('metric', '?')})")
    if bulletin.kind.startswith("pt-"):
        return _pt_summary(bulletin.kind, content)
    if bulletin.kind == "exchange":   # issue 21: docs/exchange.md
        return str(Message("exchange {exchange} ({substance}): {action} by {lab}, now {state}",
                           exchange=content.get("exchange", "?"), substance=content.get("substance", "?"),
                           action=content.get("action", "?"), lab=content.get("by_name") or content.get("by", "?"),
                           state=content.get("state", "?")))
    return json.dumps(content, ensure_ascii=False)


def _pt_summary(kind: str, content: dict) -> str:
    """A proficiency-test bulletin in a line (``labnet pt`` and docs/proficiency-testing.md)."""
    name = content.get("round", "?")
    if kind == "pt-round":
        return Message.plural("proficiency test {name}: {n} result to send by {deadline} (“labnet pt submit "
                              "--round {name} FILE”), as participant {code}",
                              "proficiency test {name}: {n} results to send by {deadline} (“labnet pt submit "
                              "--round {name} FILE”), as participant {code}",
                              len(content.get("items") or []), name=name, deadline=content.get("deadline", "?"),
                              code=content.get("code", "?"))
    if kind == "pt-result":
        scores = [f"{r.get('analyte', '?')} in {r.get('material', '?')}: {r.get('kind', 'z')} = {r['z']:+.2f} "
                  f"({r.get('outcome', '?')})" for r in content.get("results") or []
                  if isinstance(r, dict) and isinstance(r.get("z"), int | float)]
        return f"proficiency test {name}, your scores: {'; '.join(scores) or 'none (no assigned value)'}"
    participants = content.get("participants")
    if not isinstance(participants, int):
        return Message("proficiency test {name} closed: the round's summary", name=name)
    return Message.plural("proficiency test {name} closed: the round's summary ({n} participant)",
                          "proficiency test {name} closed: the round's summary ({n} participants)",
                          participants, name=name)


def _bulletin_json(bulletin) -> dict:
    return {"seq": bulletin.seq, "kind": bulletin.kind, "created_at": bulletin.created_at, "to": bulletin.to,
            "content": bulletin.content}


def _online(action):
    """Run ``action``; an unreachable hub is exit 3 with a sentence (other refusals go to main as usual)."""
    from labnet.sync.client import HubUnreachable

    try:
        return action()
    except HubUnreachable as exc:
        print(f"labnet: {exc.user_message}", file=sys.stderr)
        return EXIT_UNREACHABLE
