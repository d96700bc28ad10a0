"""Commands that look after the catalogue itself: audit and what needs attention
(user accounts: account_commands; backup and restore: backup_commands)."""

from __future__ import annotations

import argparse
import json

from labnet.cli.common import PercentLine, open_catalogue
from labnet.common.cli_args import positive_int
from labnet.common.messages import Message


def register(subparsers: argparse._SubParsersAction) -> None:
    audit = subparsers.add_parser("audit", help="check the audit trail")
    audit_sub = audit.add_subparsers(dest="audit_command", metavar="COMMAND")
    verify = audit_sub.add_parser(
        "verify", help="recompute the hash chain and every record's, account's and attached file's digest; name "
                       "what was changed outside LabNet (exit 3)")
    verify.add_argument("--json", action="store_true", help="print one JSON object")
    verify.set_defaults(handler=audit_verify)

    attention = subparsers.add_parser("attention", help="standards expiring or low, requalifications due")
    attention.add_argument("--days", type=positive_int, default=30, help="look this many days ahead (default 30)")
    attention.add_argument("--json", action="store_true", help="print one JSON object")
    attention.set_defaults(handler=show_attention)


def audit_verify(args: argparse.Namespace) -> int:
    from labnet.catalogue import integrity
    from labnet.catalogue.attachments import attachment_dir
    from labnet.catalogue.report_data import AUDIT_SCOPE  # what the check proves and cannot (also printed)

    progress = PercentLine("Verifying", unit="rows", shown_after=1.0)
    try:
        with open_catalogue(args) as cat:
            report = integrity.verify(cat.conn, attachment_dir(cat), progress)
    finally:
        progress.close()
    if args.json:
        print(json.dumps(report.to_json(), ensure_ascii=False))
        return 0 if report.ok else 3
    if report.ok:
        print(f"Everything matches the audit trail: {_entries(report.entries)} chained one to the "
              f"next; {_records(report.records)}, "
              f"{Message.plural('{n:,} deletion', '{n:,} deletions', report.deleted)}, "
              f"{Message.plural('{n:,} account', '{n:,} accounts', report.accounts)} and "
              f"{Message.plural('{n:,} attached file', '{n:,} attached files', report.attachments)} as the trail "
              f"last recorded them.")
    else:
        findings = Message.plural("{n:,} finding", "{n:,} findings", len(report.problems))
        print(f"The catalogue does not match its audit trail: {findings} "
              f"({_entries(report.entries)}, {_records(report.records)} checked):")
        for problem in report.problems:
            print(f"  - {problem[:1].upper()}{problem[1:]}")
        print("Keep this catalogue as it is for investigation and tell your quality manager.")
    for note in report.notes:
        print(note)
    print(AUDIT_SCOPE)
    return 0 if report.ok else 3


def _entries(count: int) -> Message:
    return Message.plural("{n:,} entry", "{n:,} entries", count)


def _records(count: int) -> Message:
    return Message.plural("{n:,} record", "{n:,} records", count)


def _days(count: int) -> Message:
    return Message.plural("{n} day", "{n} days", count)


def show_attention(args: argparse.Namespace) -> int:
    from labnet.catalogue import queries

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
        print(line(r, f"expired {r['expiry_on']} ({Message.plural('{n} day ago', '{n} days ago', -r['days_left'])})"))
    print(f"Expiring within {_days(args.days)}: {len(att.expiring)}")
    for r in att.expiring:
        print(line(r, f"expires {r['expiry_on']} (in {_days(r['days_left'])})"))
    print(f"Low stock: {len(att.low_stock)}")
    for r in att.low_stock:
        print(line(r, f"{r['remaining_quantity']:g} of {r['quantity']:g} {r['unit']} left"))
    print(f"Requalifications due within {_days(args.days)}: {len(att.requalifications_due)}")
    for r in att.requalifications_due:
        print(f"  {r['staff_member']:<24} {r['competence_area']:<40} due {r['requalification_due']}")
    return 0
