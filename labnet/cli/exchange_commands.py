"""``labnet exchange …``: reference standards and seizure samples between the network's laboratories (issue 21).

Offers (``offer``, ``offer-profiling``, ``withdraw``, ``offers``), requests (``request``, ``submit-sample``,
``requests``, ``show``) and the steps of an exchange (``accept``, ``decline``, ``dispatch``, ``receive``,
``refuse``, ``lost``, ``cancel``, ``report``), each a signed message to the hub (docs/exchange.md).  Exit status:
0 done, 2 refused (by the hub, with its problem code, or by the laboratory's own check), 3 the hub cannot be
reached now.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from typing import Any

from labnet.cli.common import open_catalogue
from labnet.cli.network_commands import _online
from labnet.cli.sync_commands import _passphrase_option, unlock
from labnet.common import cli_args
from labnet.common.messages import Message

EXCHANGE = "EXCHANGE"

# command: (help, description, examples)
_TEXTS: dict[str, tuple[str, str, tuple[str, ...]]] = {
    "offer": ("offer a reference standard to the network",
              "Offer a reference standard of the catalogue to the network's laboratories. What leaves is what the "
              "sharing policy lets leave of it (by default the substance, its form, purity, the month of its dates "
              "and its quantity as a range; never its lot or storage location), with the amount it can spare.",
              ("labnet exchange offer RS-0042 --amount 10 --unit mg",)),
    "offer-profiling": ("offer to profile seizure samples of a drug type",
                        "Offer to profile seizure samples of a drug type for the network's laboratories.",
                        ("labnet exchange offer-profiling heroin",)),
    "withdraw": ("withdraw an offer", "Withdraw an offer this laboratory made: no new request reaches it.",
                 ("labnet exchange withdraw offer-3f2a9c1d0b7e4a55",)),
    "offers": ("list the network's open offers",
               "List the network's open offers (reference standards with their shared fields, and profiling), and "
               "this laboratory's own.", ("labnet exchange offers", "labnet exchange offers --json")),
    "request": ("ask the network for a reference standard",
                "Ask the network for a reference standard: the hub routes the request to the laboratories that "
                "offer the substance, and one of them accepts it.",
                ('labnet exchange request cocaine --amount 10 --unit mg --purpose "method validation" '
                 "--needed-by 2027-01-15",)),
    "submit-sample": ("ask a laboratory that offers profiling to profile a seizure sample",
                      "Ask a laboratory that offers profiling of the sample's drug type to profile it; its result "
                      "comes back as the profiling result of this sample number, naming that laboratory.",
                      ("labnet exchange submit-sample S-2026-0113 --drug-type heroin --purpose linkage",)),
    "requests": ("list this laboratory's exchanges, as the hub says now",
                 "List the exchanges this laboratory asked for, provides or was offered, with their states, "
                 "custody entries and the steps it may take now (refreshed from the hub first).",
                 ("labnet exchange requests", "labnet exchange requests --json")),
    "show": ("show one exchange with its custody entries",
             "Show one exchange: its state, both laboratories, its custody entries and the steps allowed now.",
             ("labnet exchange show ex-5c1e0a2b9d8f7e61",)),
    "accept": ("accept a request routed to this laboratory",
               "Accept a request the hub routed to this laboratory (it offers the substance or profiling).",
               ("labnet exchange accept ex-5c1e0a2b9d8f7e61",)),
    "decline": ("decline a request routed to this laboratory",
                "Decline a request the hub routed to this laboratory; when every offering laboratory declined, "
                "the request ends as declined.", ('labnet exchange decline ex-5c1e0a2b9d8f7e61 --note "none left"',)),
    "dispatch": ("record that the standard (or the sample) left",
                 "Record the dispatch as a custody entry (who, when, condition, courier reference). For a "
                 "standard, the amount is withdrawn from its stock and its shared record (and certificate, when "
                 "the policy shares it) goes to the receiver.",
                 ('labnet exchange dispatch ex-5c1e0a2b9d8f7e61 --sample RS-0042 --amount 10 --unit mg '
                  '--courier DHL-7781 --condition "sealed, 4 °C"',)),
    "receive": ("record the receipt; a standard becomes a record here",
                "Record the receipt as a custody entry. A standard becomes a reference standard of this "
                "catalogue (quarantined), made from the sender's shared record, its certificate attached when it "
                "came, linked to the exchange.",
                ('labnet exchange receive ex-5c1e0a2b9d8f7e61 --code RS-0107 --condition "intact, cold"',)),
    "refuse": ("refuse the delivery", "Refuse the delivery (damaged, unsealed…): the exchange ends as refused.",
               ('labnet exchange refuse ex-5c1e0a2b9d8f7e61 --condition "seal broken"',)),
    "lost": ("declare the shipment lost", "Declare the shipment lost: the exchange ends as lost.",
             ('labnet exchange lost ex-5c1e0a2b9d8f7e61 --courier DHL-7781 --condition "not delivered"',)),
    "cancel": ("cancel the exchange before dispatch", "Cancel a request or an accepted exchange before dispatch.",
               ('labnet exchange cancel ex-5c1e0a2b9d8f7e61 --note "bought one"',)),
    "report": ("send a submitted sample's profiling result back",
               "Send the analysis of the profiling result recorded here for a submitted sample back to the "
               "laboratory that submitted it (composition, chemical profile, tablet, method; not the analyst, "
               "the case number, the place or this laboratory's sample number).",
               ("labnet exchange report ex-5c1e0a2b9d8f7e61 --profile P-2026-0508",)),
}


def _parser(actions: argparse._SubParsersAction, name: str) -> argparse.ArgumentParser:
    help_text, description, _ = _TEXTS[name]
    parser = actions.add_parser(name, help=help_text, description=description)
    _passphrase_option(parser)
    return parser


def _custody_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--by", metavar="NAME", help="who handled it (default: the acting user)")
    parser.add_argument("--condition", metavar="TEXT", help="the condition it was in")
    parser.add_argument("--courier", metavar="REFERENCE", help="the courier's reference")


def register(subparsers: argparse._SubParsersAction) -> None:
    exchange = subparsers.add_parser(
        "exchange", help="reference standards and seizure samples between the network's laboratories",
        description="Offer reference standards and profiling to the network, ask for them, and record each step "
                    "of an exchange (docs/exchange.md).")
    actions = exchange.add_subparsers(dest="exchange_command", metavar="COMMAND", required=True)
    p = _parser(actions, "offer")
    p.add_argument("code", metavar="CODE", help="the standard's inventory code")
    p.add_argument("--amount", help="how much the laboratory can spare")
    p.add_argument("--unit", help="the amount's unit (mg, g, mL…)")
    p.set_defaults(handler=lambda a: _run(a, lambda cat, ident: _x().offer_standard(
        cat, a.data_dir, ident, a.code, amount=a.amount, unit=a.unit)))
    p = _parser(actions, "offer-profiling")
    p.add_argument("drug_type", metavar="DRUG_TYPE", help="the drug type (heroin, cocaine…)")
    p.set_defaults(handler=lambda a: _run(a, lambda cat, ident: _x().offer_profiling(cat, a.data_dir, ident,
                                                                                      a.drug_type)))
    p = _parser(actions, "withdraw")
    p.add_argument("offer", metavar="OFFER", help="the offer's id, as 'labnet exchange offers' lists it")
    p.set_defaults(handler=lambda a: _run(a, lambda cat, ident: _x().withdraw_offer(cat, a.data_dir, ident,
                                                                                     a.offer)))
    p = _parser(actions, "offers")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(handler=run_offers)
    p = _parser(actions, "request")
    p.add_argument("substance", metavar="SUBSTANCE", help="the substance asked for")
    p.add_argument("--amount", help="how much is needed")
    p.add_argument("--unit", help="the amount's unit")
    p.add_argument("--purpose", help="what it is for")
    p.add_argument("--needed-by", metavar="DATE", help="when it is needed (YYYY-MM-DD)")
    p.set_defaults(handler=lambda a: _run(a, lambda cat, ident: _x().request_standard(
        cat, a.data_dir, ident, a.substance, amount=a.amount, unit=a.unit, purpose=a.purpose,
        needed_by=a.needed_by)))
    p = _parser(actions, "submit-sample")
    p.add_argument("sample", metavar="SAMPLE_NUMBER", help="the sample's number in this laboratory")
    p.add_argument("--drug-type", help="its drug type (default: its profiling result's, when there is one)")
    p.add_argument("--to", metavar="LAB", help="only this laboratory (its id), among those offering profiling")
    p.add_argument("--purpose", help="what the profile is for")
    p.add_argument("--needed-by", metavar="DATE", help="when the result is needed (YYYY-MM-DD)")
    p.set_defaults(handler=lambda a: _run(a, lambda cat, ident: _x().submit_sample(
        cat, a.data_dir, ident, a.sample, drug_type=a.drug_type, to=a.to, purpose=a.purpose,
        needed_by=a.needed_by)))
    p = _parser(actions, "requests")
    p.add_argument("--json", action="store_true", help="print JSON")
    p.set_defaults(handler=run_requests)
    p = _parser(actions, "show")
    p.add_argument("exchange", metavar=EXCHANGE)
    p.set_defaults(handler=run_show)
    for name in ("accept", "decline", "cancel"):
        p = _parser(actions, name)
        p.add_argument("exchange", metavar=EXCHANGE)
        p.add_argument("--note", help="a word for the other laboratory")
        p.set_defaults(handler=_stepper(name))
    for name in ("dispatch", "receive", "refuse", "lost"):
        p = _parser(actions, name)
        p.add_argument("exchange", metavar=EXCHANGE)
        _custody_options(p)
        if name == "dispatch":
            p.add_argument("--sample", metavar="CODE", help="the inventory code of the standard sent")
            p.add_argument("--amount", help="the amount sent (default: what was asked)")
            p.add_argument("--unit", help="the amount's unit")
        if name == "receive":
            p.add_argument("--code", metavar="CODE", help="the inventory code the standard gets here")
        p.set_defaults(handler=_stepper(name))
    p = _parser(actions, "report")
    p.add_argument("exchange", metavar=EXCHANGE)
    p.add_argument("--profile", required=True, metavar="SAMPLE_NUMBER",
                   help="the sample number of the profiling result recorded here")
    p.set_defaults(handler=_stepper("report"))
    # each command's examples, as labnet.cli.help_texts gives the others' (paths from "exchange")
    cli_args.apply_help(exchange, {"": (None, "labnet exchange offers\nlabnet exchange request cocaine --amount 10 "
                                              "--unit mg"),
                                   **{name: (None, "\n".join(examples)) for name, (_, _, examples) in _TEXTS.items()}})


def _x():
    from labnet.sync import exchange

    return exchange


def _run(args: argparse.Namespace, action: Callable[[Any, Any], Any]) -> int:
    """Unlock the keys, open the catalogue, run ``action(cat, identity)`` online; print what it answered."""
    identity = unlock(args)
    with open_catalogue(args) as cat:
        try:
            answer = _online(lambda: action(cat, identity))
        except _x().RefusedExchange as exc:
            print(f"labnet: {exc.user_message} ({exc.code})", file=sys.stderr)
            return 2
    if isinstance(answer, int):
        return answer
    if isinstance(answer, dict) and "exchange" in answer:
        print(_line(answer))
    elif isinstance(answer, dict) and "offer" in answer:
        print(Message("Offer {offer}: {substance} ({kind}).", offer=answer["offer"],
                      substance=answer.get("substance", ""), kind=answer.get("kind", "")) if "kind" in answer
              else Message("Offer {offer} withdrawn.", offer=answer["offer"]))
    elif answer is None:
        print(Message("Done."))
    return 0


def _stepper(action: str) -> Callable[[argparse.Namespace], int]:
    def run(args: argparse.Namespace) -> int:
        return _run(args, lambda cat, ident: _x().step(
            cat, args.data_dir, ident, args.exchange, action, note=getattr(args, "note", None),
            by=getattr(args, "by", None), condition=getattr(args, "condition", None),
            courier_reference=getattr(args, "courier", None), sample=getattr(args, "sample", None),
            amount=getattr(args, "amount", None), unit=getattr(args, "unit", None),
            inventory_code=getattr(args, "code", None), profile=getattr(args, "profile", None)))
    return run


def _line(ex: dict[str, Any]) -> str:
    amount = f" {ex['amount']:g} {ex.get('unit') or ''}".rstrip() if ex.get("amount") else ""
    other = ex.get("provider_name") or ex.get("provider") or "—"
    allowed = ", ".join(ex.get("allowed") or []) or "—"
    return str(Message("{exchange}  {kind} {substance}{amount}: {state} (from {requester} to {provider}; you: "
                       "{role}; next: {allowed})", exchange=ex["exchange"], kind=ex["kind"],
                       substance=ex["substance"], amount=amount, state=ex["state"],
                       requester=ex.get("requester_name") or ex.get("requester"), provider=other,
                       role=ex.get("role") or "—", allowed=allowed))


def run_offers(args: argparse.Namespace) -> int:
    identity = unlock(args)
    found = _online(lambda: _x().network_offers(args.data_dir, identity))
    if isinstance(found, int):
        return found
    if args.json:
        print(json.dumps(found, indent=2, ensure_ascii=False))
        return 0
    if not found:
        print(Message("No laboratory offers anything to the network yet."))
    for o in found:
        amount = f", {o['amount']:g} {o.get('unit') or ''}" if o.get("amount") else ""
        fields = ", ".join(f"{k}={v}" for k, v in sorted((o.get("record") or {}).items()))
        print(Message("{offer}  {lab}: {kind} {substance}{amount}  {fields}", offer=o["offer"],
                      lab=o.get("lab_name") or o["lab"], kind=o["kind"], substance=o["substance"], amount=amount,
                      fields=fields))
    return 0


def _refreshed(args: argparse.Namespace) -> tuple[list[dict[str, Any]], int]:
    """The exchanges refreshed from the hub (as last seen, with status 3, when it cannot be reached)."""
    identity = unlock(args)
    with open_catalogue(args) as cat:
        status = _online(lambda: _x().refresh(cat, args.data_dir, identity) and None) or 0
        if status:
            print(Message("labnet: the exchanges as last seen from the hub:"), file=sys.stderr)
        return _x().exchanges(cat), status


def run_requests(args: argparse.Namespace) -> int:
    found, status = _refreshed(args)
    if args.json:
        print(json.dumps(found, indent=2, ensure_ascii=False))
        return status
    if not found:
        print(Message("No exchange yet."))
    for ex in found:
        print(_line({**ex, "exchange": ex["exchange_id"]}))
    return status


def run_show(args: argparse.Namespace) -> int:
    found, status = _refreshed(args)
    ex = next((e for e in found if e["exchange_id"] == args.exchange), None)
    if ex is None:
        print(Message("labnet: there is no exchange {exchange} for this laboratory.", exchange=args.exchange),
              file=sys.stderr)
        return 2
    print(_line({**ex, "exchange": ex["exchange_id"]}))
    for e in ex["custody"]:
        print(Message("  {step}. {action} by {by} at {at} (laboratory {lab}); condition: {condition}; courier: "
                      "{courier}", step=e["step"], action=e["action"], by=e["by_person"], at=e["at"],
                      lab=e["lab_id"], condition=e["condition"] or "—", courier=e["courier_reference"] or "—"))
    return status

