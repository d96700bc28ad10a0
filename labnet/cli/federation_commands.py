"""``labnet federation hits|follow-ups|ask|answer``: a laboratory's part in cross-network searches (issue 20).

The hub tells the laboratory of each cross-network hit in a ``federation-hit`` bulletin (``labnet sync``); these
commands ask the hub directly (signed in as at a sync): ``hits`` lists them, ``ask`` asks the peer network for the
details of one (the request goes to the peer hub, which asks the owning laboratory), ``follow-ups`` lists the
follow-ups asked by and of this laboratory, ``answer`` approves one (naming the fields of its record to release)
or declines it.  Each ``ask`` and ``answer`` is an entry of the catalogue's audit trail.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from labnet.cli.network_commands import _online
from labnet.cli.sync_commands import _passphrase_option, unlock
from labnet.common import cli_args
from labnet.common.messages import Message, Number

EXAMPLES: dict[str, tuple[str | None, str]] = {
    "": (None, """\
        labnet federation hits
        labnet federation ask h:5e0c… --question "Same tablet logo in our seizure; may we compare case notes?\""""),
    "hits": (None, """\
        labnet federation hits
        labnet federation hits --json"""),
    "follow-ups": (None, """\
        labnet federation follow-ups
        labnet federation follow-ups --json"""),
    "ask": (None, """\
        labnet federation ask h:5e0c… --question "Same tablet logo in our seizure; may we compare case notes?\""""),
    "answer": (None, """\
        labnet federation answer 3f2a… --approve --release seizure_date,seizure_region,form
        labnet federation answer 3f2a… --decline --note "an open investigation\""""),
}


def register(subparsers: argparse._SubParsersAction) -> None:
    fed = subparsers.add_parser("federation", help="cross-network hits and their follow-ups",
                                description="Cross-network hit/no-hit searches between the hub and its peer "
                                            "networks: list the hits, ask for the details of one, answer the "
                                            "follow-ups asked of this laboratory.")
    actions = fed.add_subparsers(dest="federation_command", metavar="COMMAND", required=True)
    hits = actions.add_parser("hits", help="list this laboratory's cross-network hits",
                              description="List this laboratory's cross-network hits: its profiles found in a peer "
                                          "network (asked) and a peer's query that found its profiles (answered).")
    hits.add_argument("--json", action="store_true", help="print JSON")
    follow = actions.add_parser("follow-ups", help="list the follow-ups asked by and of this laboratory",
                                description="List the follow-ups this laboratory asked and those asked of it, with "
                                            "their state (asked, approved, declined) and what was released.")
    follow.add_argument("--json", action="store_true", help="print JSON")
    ask = actions.add_parser("ask", help="ask the peer network for the details of one hit",
                             description="Ask the peer network for the details of one of this laboratory's hits; "
                                         "the owning laboratory approves or declines.")
    ask.add_argument("hit", metavar="HIT_REF", help="the hit's reference (h:…)")
    ask.add_argument("--query", default="", metavar="QUERY_REF", help="the query's reference, if the hit has several")
    ask.add_argument("--question", default="", metavar="TEXT", help="what you would like to know, and why")
    answer = actions.add_parser("answer", help="approve or decline a follow-up asked of this laboratory",
                                description="Approve a follow-up asked of this laboratory (naming the fields of "
                                            "its record to release) or decline it.")
    answer.add_argument("request", metavar="REQUEST_ID", help="the follow-up's id")
    choice = answer.add_mutually_exclusive_group(required=True)
    choice.add_argument("--approve", action="store_true", help="release the fields named by --release")
    choice.add_argument("--decline", action="store_true", help="release nothing")
    answer.add_argument("--release", default="", metavar="FIELD,…", help="the fields to release, comma-separated")
    answer.add_argument("--note", default="", metavar="TEXT", help="a note for the asking laboratory")
    for sub in (hits, follow, ask, answer):
        _passphrase_option(sub)
    cli_args.apply_help(fed, EXAMPLES)
    hits.set_defaults(handler=run_hits)
    follow.set_defaults(handler=run_followups)
    ask.set_defaults(handler=run_ask)
    answer.set_defaults(handler=run_answer)


def _call(args: argparse.Namespace, method: str, path: str, body: dict[str, Any] | None = None):
    """One request in a signed-in session; the hub's answer (JSON), or the exit status of a refusal."""
    from labnet.sync.client import signed_in

    identity = unlock(args)

    def go():
        _, client, _ = signed_in(args.data_dir, identity)
        response = client.request(method, path, auth=True, retry=False, json=body) if body is not None else \
            client.request(method, path, auth=True)
        if response.status_code != 200:
            print(f"labnet: {client.refusal(response)} ({client.code(response)})", file=sys.stderr)
            return 2
        return response.json()
    return _online(go)


def _audit(args: argparse.Namespace, action: str, detail: dict[str, Any]) -> None:
    """The step in the catalogue's own audit trail."""
    from labnet.catalogue import audit
    from labnet.catalogue.store import utc_now
    from labnet.cli.common import open_catalogue
    from labnet.common.sqlite import transaction

    with open_catalogue(args) as cat, transaction(cat.conn):
        audit.append(cat.conn, [audit.AuditEvent(utc_now(), cat.actor.username, f"federation-{action}", None, None,
                                                 detail)])


def hit_line(h: dict[str, Any]) -> Message:
    """One hit of ``federation hits`` as a sentence; its score and LR are numbers (issue 22), so said in Arabic
    they are in Arabic digits, while their text is the one written before ("0.9132", "1.23e+03")."""
    lr = h["likelihood_ratio"]
    return Message("{side} · peer {peer} · {method}: record {record} ~ {hit} (query {query}), score {score}, LR "
                   "{lr}", side=h["side"], peer=h["peer"], method=h["method"], record=h["record_id"],
                   hit=h["hit_ref"], query=h["query_ref"], score=Number(h["score"], ".4f"),
                   lr="-" if lr is None else Number(lr, ".3g"))


def run_hits(args: argparse.Namespace) -> int:
    answer = _call(args, "GET", "/v1/federation/hits")
    if isinstance(answer, int):
        return answer
    if args.json:
        print(json.dumps(answer["hits"], indent=2, ensure_ascii=False))
        return 0
    for h in answer["hits"]:
        print(hit_line(h))
    if not answer["hits"]:
        print(Message("No cross-network hit yet."))
    return 0


def run_followups(args: argparse.Namespace) -> int:
    answer = _call(args, "GET", "/v1/federation/followups")
    if isinstance(answer, int):
        return answer
    if args.json:
        print(json.dumps(answer["followups"], indent=2, ensure_ascii=False))
        return 0
    for f in answer["followups"]:
        print(Message("{id} · {side} · peer {peer} · record {record}: {state}{released}", id=f["request_id"],
                      side=f["side"], peer=f["peer"], record=f["record_id"], state=f["state"],
                      released=f" {json.dumps(f['released'], ensure_ascii=False)}" if f["released"] else ""))
    if not answer["followups"]:
        print(Message("No follow-up yet."))
    return 0


def run_ask(args: argparse.Namespace) -> int:
    answer = _call(args, "POST", "/v1/federation/followups",
                   {"hit_ref": args.hit, "query_ref": args.query, "question": args.question})
    if isinstance(answer, int):
        return answer
    _audit(args, "ask", {"request": answer["request_id"], "hit": args.hit, "peer": answer["peer"]})
    print(Message("Follow-up {id} asked of peer network {peer}; the answer comes as a bulletin.",
                  id=answer["request_id"], peer=answer["peer"]))
    return 0


def run_answer(args: argparse.Namespace) -> int:
    release = [f.strip() for f in args.release.split(",") if f.strip()]
    answer = _call(args, "POST", f"/v1/federation/followups/{args.request}/decision",
                   {"approve": bool(args.approve), "release": release if args.approve else [], "note": args.note})
    if isinstance(answer, int):
        return answer
    _audit(args, answer["state"], {"request": args.request, "released": sorted(answer.get("released") or {})})
    print(Message("Follow-up {id} {state}.", id=args.request, state=answer["state"]))
    return 0
