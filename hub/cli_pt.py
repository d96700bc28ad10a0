"""``labnet-hub pt create|list|close``: proficiency-test rounds (the rules are in ``labnet.hub.proficiency``).

``create`` and ``close`` sign bulletins, so they unlock the hub's keys (the passphrase as for ``notice``);
``list`` reads ``hub.db`` only.  A round is described on the command line (every material × every analyte) or
in a TOML file, which can also give an item a reference value, its uncertainty and σ_pt::

    name = "PT-2026-1"
    deadline = "2026-12-20T18:00:00+00:00"
    labs = ["7c0e2d4a-…", "0b9f…"]
    [[items]]
    material = "PT-A"
    analyte = "cocaine"
    unit = "%"
    reference = 31.2            # optional: else the assigned value is Algorithm A's robust mean
    reference_uncertainty = 0.2
    sigma = 1.5                 # optional: else σ_pt is Algorithm A's robust SD
"""

from __future__ import annotations

import argparse
import json
import tomllib
from pathlib import Path
from typing import Any

from labnet.common.messages import Message


def add_pt_commands(commands, passphrase_option) -> None:
    """The ``pt`` command and its actions, added to ``labnet-hub``'s sub-commands."""
    pt = commands.add_parser("pt", help="run proficiency-test rounds: create, list, close",
                             description="Run proficiency-test rounds among the network's laboratories: create a "
                                         "round, list the rounds, close a round after its deadline.")
    actions = pt.add_subparsers(dest="pt_command", metavar="ACTION", required=True)

    def action(name: str, help: str, handler) -> argparse.ArgumentParser:
        sub = actions.add_parser(name, help=help, description=help[0].upper() + help[1:] + ".")
        sub.add_argument("--data-dir", type=Path, required=True, metavar="DIR", help="the hub's folder")
        sub.set_defaults(handler=handler)
        return sub

    create = action("create", "create a round and send each participating laboratory its signed bulletin",
                    run_create)
    create.add_argument("--file", type=Path, metavar="TOML", help="the round described in a TOML file")
    create.add_argument("--name", metavar="ROUND", help="the round's name, e.g. PT-2026-1")
    create.add_argument("--materials", metavar="A,B", help="the test materials, comma-separated")
    create.add_argument("--analytes", nargs="+", metavar="ANALYTE:UNIT",
                        help="the analytes measured in every material, each with its unit (cocaine:%%)")
    create.add_argument("--deadline", metavar="TIME", help="results are taken until TIME (ISO 8601 with its zone)")
    create.add_argument("--labs", metavar="LAB_ID,…", help="the participating laboratories, comma-separated")
    passphrase_option(create)
    listing = action("list", "list the rounds: deadline, participants, results received, closed or not", run_list)
    listing.add_argument("--json", action="store_true", help="print JSON")
    close = action("close", "close a round after its deadline: assigned values, z-scores, each laboratory its "
                            "report and everyone the summary", run_close)
    close.add_argument("round", metavar="ROUND", help="the round's name")
    close.add_argument("--json", action="store_true", help="print the round's summary as JSON")
    passphrase_option(close)


def _split(text: str | None) -> list[str]:
    return [part.strip() for part in (text or "").split(",") if part.strip()]


def round_description(args: argparse.Namespace) -> dict[str, Any]:
    """The round as ``labnet.hub.proficiency.create`` takes it, from ``--file`` or the options."""
    from .cli_common import UsageError

    given = [o for o in ("name", "materials", "analytes", "deadline", "labs") if getattr(args, o)]
    if args.file:
        if given:
            raise UsageError(f"give the round in --file or with options, not both (--{given[0]} too)")
        try:
            doc = tomllib.loads(args.file.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
            raise UsageError(f"{args.file} cannot be read as TOML: {exc}") from None
        unknown = set(doc) - {"name", "deadline", "labs", "items"}
        if unknown:
            raise UsageError(str(Message.plural("{file}: {n} unknown key, {keys}", "{file}: {n} unknown keys, {keys}",
                                                len(unknown), file=args.file, keys=", ".join(sorted(unknown)))))
        if not isinstance(doc.get("items"), list) or not all(isinstance(i, dict) for i in doc["items"]):
            raise UsageError(f"{args.file}: the round's items are [[items]] tables")
        if not isinstance(doc.get("labs"), list):
            raise UsageError(f"{args.file}: labs is a list of laboratory ids")
        return {"round_id": str(doc.get("name", "")), "deadline": str(doc.get("deadline", "")),
                "items": doc["items"], "labs": [str(lab) for lab in doc["labs"]]}
    missing = [o for o in ("name", "materials", "analytes", "deadline", "labs") if not getattr(args, o)]
    if missing:
        raise UsageError(f"give --file, or --{' --'.join(missing)}")
    items = []
    for material in _split(args.materials):
        for entry in args.analytes:
            analyte, sep, unit = entry.partition(":")
            if not (sep and analyte.strip() and unit.strip()):
                raise UsageError(f"an analyte is given as ANALYTE:UNIT (cocaine:%), not “{entry}”")
            items.append({"material": material, "analyte": analyte.strip(), "unit": unit.strip()})
    return {"round_id": args.name, "deadline": args.deadline, "items": items, "labs": _split(args.labs)}


def run_create(args: argparse.Namespace) -> int:
    from . import proficiency
    from .admins import local_actor
    from .cli_common import EXIT_OK, open_hub

    description = round_description(args)
    hub = open_hub(args)
    try:
        created = proficiency.create(hub, local_actor(), **description)
    finally:
        hub.close()
    print(f"Round {created.round_id} created for {_labs(len(set(description['labs'])))}, "
          f"{_items(len(description['items']))}, results until {created.deadline}; each laboratory has its bulletin.")
    return EXIT_OK


def run_list(args: argparse.Namespace) -> int:
    from .cli_admins import open_store
    from .cli_common import EXIT_OK
    from .proficiency import describe

    store = open_store(args)
    try:
        rounds = describe(store)
    finally:
        store.close()
    if args.json:
        print(json.dumps(rounds, indent=2, ensure_ascii=False))
        return EXIT_OK
    if not rounds:
        print("No proficiency-test round yet.")
    for r in rounds:
        state = f"closed {r['closed_at']}" if r["closed_at"] else f"open until {r['deadline']}"
        print(f"{r['round']}  {state}  {_labs(r['labs'])}, {_items(len(r['items']))}, "
              f"{_results(r['results'])} received")
    return EXIT_OK


def run_close(args: argparse.Namespace) -> int:
    from . import proficiency
    from .admins import local_actor
    from .cli_common import EXIT_OK, open_hub

    hub = open_hub(args)
    try:
        summary = proficiency.close(hub, local_actor(), args.round)
    finally:
        hub.close()
    if args.json:
        print(json.dumps(summary, indent=2, ensure_ascii=False))
        return EXIT_OK
    print(f"Round {args.round} closed; each laboratory has its results and everyone the summary.")
    for item in summary["items"]:
        head = f"{item['material']} × {item['analyte']} ({item['unit']})"
        if item["error"]:
            print(f"  {head}: no assigned value: {item['error']}")
            continue
        print(f"  {head}: assigned {item['assigned']:.4g} ({item['method']}), σ_pt {item['sigma_pt']:.3g}, "
              f"u {item['uncertainty']:.2g}, {_results(len(item['results']))}")
        for r in item["results"]:
            print(f"    {r['code']}  {r['value']:.4g}  {r['kind']} = {r['z']:+.2f}  {r['outcome']}")
    return EXIT_OK


def _labs(count: int) -> Message:
    return Message.plural("{n:,} laboratory", "{n:,} laboratories", count)


def _items(count: int) -> Message:
    return Message.plural("{n:,} item", "{n:,} items", count)


def _results(count: int) -> Message:
    return Message.plural("{n:,} result", "{n:,} results", count)
