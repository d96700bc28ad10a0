"""``labnet pt submit|record``: a laboratory's part in the network's proficiency-test rounds (issue 21).

``labnet pt submit FILE --round ROUND`` signs the results of a CSV or TOML file (material, analyte, value, unit)
with the laboratory's key, seals them to the hub's key and sends them, and the hub refuses them whole, with its
reason, when they are late, in a wrong unit, for an analyte not in the round, or from a laboratory outside it
(exit 2).
``labnet pt record --staff NAME`` turns the scores the hub sent (``pt-result`` bulletins, fetched by
``labnet sync``) into proficiency-test entries of the training records, once each.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from labnet.cli.common import open_catalogue
from labnet.cli.network_commands import _online
from labnet.cli.sync_commands import _passphrase_option, unlock
from labnet.common.messages import Message


def register(subparsers: argparse._SubParsersAction) -> None:
    pt = subparsers.add_parser("pt", help="take part in the network's proficiency tests",
                               description="Take part in the network's proficiency-test rounds: send the results, "
                                           "record the scores the hub sent in the training records.")
    actions = pt.add_subparsers(dest="pt_command", metavar="COMMAND", required=True)
    submit = actions.add_parser("submit", help="send a round's results, signed, to the hub",
                                description="Send the results of a CSV or TOML file (material, analyte, value, "
                                            "unit), signed with the laboratory's key, to the hub.")
    submit.add_argument("file", type=Path, metavar="FILE", help="the results (.csv or .toml)")
    submit.add_argument("--round", required=True, metavar="ROUND", help="the round, as its bulletin names it")
    _passphrase_option(submit)
    submit.set_defaults(handler=run_submit)
    record = actions.add_parser("record", help="record the scores the hub sent in the training records",
                                description="Record each score of the hub's pt-result bulletins as a "
                                            "proficiency-test entry of the training records (once each).")
    record.add_argument("--staff", required=True, metavar="NAME",
                        help="the staff member whose competence the round tested")
    record.set_defaults(handler=run_record)


def run_submit(args: argparse.Namespace) -> int:
    from labnet.sync.proficiency import RefusedResults, read_results, submit

    results = read_results(args.file)
    identity = unlock(args)
    try:
        answer = _online(lambda: submit(args.data_dir, identity, args.round, results))
    except RefusedResults as exc:
        print(f"labnet: {exc.user_message} ({exc.code})", file=sys.stderr)
        return 2
    if isinstance(answer, int):
        return answer
    print(Message.plural("The hub kept {n:,} result for round {round} at {at}.",
                         "The hub kept {n:,} results for round {round} at {at}.",
                         answer["accepted"], round=answer["round"], at=answer["received_at"]))
    return 0


def run_record(args: argparse.Namespace) -> int:
    from labnet.sync.inbox import stored_bulletins
    from labnet.sync.proficiency import record_scores

    with open_catalogue(args) as cat:
        added = record_scores(cat, stored_bulletins(args.data_dir), args.staff)
    print(Message.plural("{n:,} proficiency-test entry added to the training records.",
                         "{n:,} proficiency-test entries added to the training records.", added))
    return 0
