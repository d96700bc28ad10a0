"""``labnet demo-data``: create the demo catalogue without opening the window.

The demo lives in the ``demo`` folder of the data folder, the same one
``labnet --demo`` opens, so a laboratory's real catalogue is never touched.
"""

from __future__ import annotations

import argparse

from labnet import paths
from labnet.common.cli_args import non_negative_int
from labnet.common.messages import Message


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "demo-data",
        help="create a demo catalogue with invented data (never touches your real catalogue)",
        description=(
            "Create a demo catalogue with invented reference standards, training records and "
            f"profiling results, in the '{paths.DEMO_SUBDIR}' folder of the data folder (the one "
            "'labnet --demo' opens). A demo that already exists is left as it is; delete that "
            "folder to build it again."
        ),
    )
    parser.add_argument("--data-dir", metavar="DIR", default=argparse.SUPPRESS,
                        help="data folder; the demo goes into its 'demo' folder")
    parser.add_argument("--profiles", metavar="N", type=_count, default=600,
                        help="number of profiling results to invent (default: 600)")
    parser.add_argument("--seed", metavar="N", type=int, default=2026,  # any whole number seeds the demo
                        help="random seed; the same seed on the same day gives the same demo (default: 2026)")
    parser.set_defaults(handler=run_demo_data)


def _count(text: str) -> int:
    value = non_negative_int(text)   # none is a demo without profiles
    if value > 100_000:
        raise argparse.ArgumentTypeError("give a number of profiles between 0 and 100,000")
    return value


def run_demo_data(args: argparse.Namespace) -> int:
    from labnet.catalogue import queries
    from labnet.catalogue.demo import DEMO_PASSWORD, DEMO_USERS, create_demo_catalogue
    from labnet.catalogue.record_reads import RecordReads
    from labnet.catalogue.store import CATALOGUE_FILE, Catalogue

    # --data-dir given after the command arrives here as text, not yet resolved.
    data_dir = paths.data_dir(args.data_dir) if isinstance(args.data_dir, str) else args.data_dir
    demo_dir = paths.demo_data_dir(data_dir)
    existed = (demo_dir / CATALOGUE_FILE).exists()
    path = create_demo_catalogue(demo_dir, profiles=args.profiles, seed=args.seed)
    with Catalogue.open(path, user=DEMO_USERS[0].username) as cat:
        counts = {kind: cat.count(kind) for kind in ("reference_sample", "training_record", "profiling_result")}
        usage = RecordReads(cat).withdrawals()
        attention = queries.attention(cat)
    print(f"{'The demo catalogue was already there; it was left as it is' if existed else 'Demo catalogue created'}:"
          f" {path}")
    standards = Message.plural("{n:,} reference standard", "{n:,} reference standards", counts["reference_sample"])
    withdrawals = Message.plural("{n:,} withdrawal", "{n:,} withdrawals", usage)
    training = Message.plural("{n:,} training record", "{n:,} training records", counts["training_record"])
    results = Message.plural("{n:,} profiling result", "{n:,} profiling results", counts["profiling_result"])
    print(f"  {standards} ({withdrawals} in their chains of custody), {training}, {results}")
    expiring = Message.plural("{n:,} standard expiring", "{n:,} standards expiring", len(attention.expiring))
    due = Message.plural("{n:,} requalification due", "{n:,} requalifications due",
                         len(attention.requalifications_due))
    print(f"  needing attention: {expiring} within 30 days, {len(attention.expired)} past expiry, "
          f"{len(attention.low_stock)} low in stock, {due}")
    print(f"Accounts (password for all: {DEMO_PASSWORD}):")
    for user in DEMO_USERS:
        print(f"  {user.username:<9} {user.full_name} ({user.role.replace('_', ' ')})")
    print(f"Open it with: labnet --data-dir \"{data_dir}\" --demo")
    print(f"Use it on the command line with: labnet --data-dir \"{demo_dir}\" --user cokafor COMMAND")
    return 0
