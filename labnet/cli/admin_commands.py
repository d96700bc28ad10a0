"""Commands that look after the catalogue itself: audit and what needs attention
(user accounts: account_commands; backup and restore: backup_commands)."""

from __future__ import annotations

import argparse
import json

from labnet.cli.common import open_catalogue


def register(subparsers: argparse._SubParsersAction) -> None:
    audit = subparsers.add_parser("audit", help="check the audit trail")
    audit_sub = audit.add_subparsers(dest="audit_command", metavar="COMMAND")
    verify = audit_sub.add_parser("verify", help="recompute the hash chain and report any edited or deleted entry")
    verify.add_argument("--json", action="store_true", help="print one JSON object")
    verify.set_defaults(handler=audit_verify)

    attention = subparsers.add_parser("attention", help="standards expiring or low, requalifications due")
    attention.add_argument("--days", type=int, default=30, help="look this many days ahead (default 30)")
    attention.add_argument("--json", action="store_true", help="print one JSON object")
    attention.set_defaults(handler=show_attention)


def audit_verify(args: argparse.Namespace) -> int:
    with open_catalogue(args) as cat:
        report = cat.verify_audit()
    if args.json:
        print(json.dumps({"ok": report.ok, "entries": report.entries, "first_bad_entry": report.first_bad_seq,
                          "problems": report.problems}))
    elif report.ok:
        entries = "1 entry" if report.entries == 1 else f"{report.entries} entries"
        print(f"The audit trail is intact: {entries}, each chained to the one before.")
    else:
        print(f"The audit trail has been tampered with ({report.entries} entries checked):")
        for problem in report.problems:
            print(f"  - {problem}")
        print("Keep this catalogue as it is for investigation and tell your quality manager.")
    return 0 if report.ok else 3


def show_attention(args: argparse.Namespace) -> int:
    from catalogue import queries

    with open_catalogue(args) as cat:
        att = queries.attention(cat, args.days)
    if args.json:
        print(json.dumps({k: getattr(att, k) for k in ("expired", "expiring", "low_stock", "requalifications_due")},
                         default=str))
        return 0
    def line(rec, extra):
        return f"  {rec['inventory_code']:<16} {rec['substance']:<36} {extra}"
    print(f"Expired standards still on the shelf: {len(att.expired)}")
    for r in att.expired:
        print(line(r, f"expired {r['expiry_on']} ({-r['days_left']} days ago)"))
    print(f"Expiring within {args.days} days: {len(att.expiring)}")
    for r in att.expiring:
        print(line(r, f"expires {r['expiry_on']} (in {r['days_left']} days)"))
    print(f"Low stock: {len(att.low_stock)}")
    for r in att.low_stock:
        print(line(r, f"{r['remaining_quantity']:g} of {r['quantity']:g} {r['unit']} left"))
    print(f"Requalifications due within {args.days} days: {len(att.requalifications_due)}")
    for r in att.requalifications_due:
        print(f"  {r['staff_member']:<24} {r['competence_area']:<40} due {r['requalification_due']}")
    return 0
