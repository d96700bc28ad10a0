"""``labnet-hub peer …`` and ``labnet-hub peers``: federation with other hubs (issue 20; ``labnet.hub.federation``).

Every action unlocks the hub's keys (the passphrase as for ``notice``): invitations, replies and searches are
signed by the hub.  Peering by file::

    A$ labnet-hub peer invite --data-dir A --name accra --out invite.json      # prints the one-time code too
    B$ labnet-hub peer accept --data-dir B invite.json --out reply.json
    A$ labnet-hub peer import --data-dir A reply.json

or online, with the code A printed: ``B$ labnet-hub peer add --data-dir B LNP1-…``.  Then ``peer search NAME``
queues the searches the policy (``federation/NAME.toml``) allows and sends them; ``peer deliver`` sends again
what an unreachable peer has not answered; ``peer export``, ``peer respond`` and ``peer receive`` carry the same
messages on a stick.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from labnet.common.cli_args import apply_help
from labnet.common.messages import Message

HUB = "--data-dir /var/lib/labnet-hub"
PEER_HELP_TEXTS: dict[str, tuple[str | None, str]] = {
    "": (None, f"""\
        labnet-hub peer invite {HUB} --name accra --out /media/usb/invite.json
        labnet-hub peer search {HUB} accra"""),
    "invite": (None, f"""\
        labnet-hub peer invite {HUB} --name accra --out /media/usb/invite.json"""),
    "accept": (None, f"""\
        labnet-hub peer accept {HUB} /media/usb/invite.json --out /media/usb/reply.json"""),
    "import": (None, f"""\
        labnet-hub peer import {HUB} /media/usb/reply.json"""),
    "add": (None, f"""\
        labnet-hub peer add {HUB} LNP1-eyJ2IjoxLCJodWIiOi4uLn0 --name nairobi"""),
    "revoke": (None, f"""\
        labnet-hub peer revoke {HUB} accra --reason "the agreement ended\""""),
    "search": (None, f"""\
        labnet-hub peer search {HUB} accra"""),
    "deliver": (None, f"""\
        labnet-hub peer deliver {HUB}
        labnet-hub peer deliver {HUB} accra"""),
    "export": (None, f"""\
        labnet-hub peer export {HUB} accra --out-dir /media/usb/to-accra"""),
    "respond": (None, f"""\
        labnet-hub peer respond {HUB} /media/usb/to-accra/3f2a….lnf --out /media/usb/answer.lnf"""),
    "receive": (None, f"""\
        labnet-hub peer receive {HUB} /media/usb/answer.lnf"""),
    "hits": (None, f"""\
        labnet-hub peer hits {HUB}
        labnet-hub peer hits {HUB} --json"""),
}
PEERS_EXAMPLES = f"""\
        labnet-hub peers {HUB}
        labnet-hub peers {HUB} --json"""


def add_peer_commands(commands, passphrase_option) -> None:
    """The ``peers`` and ``peer`` commands, added to ``labnet-hub``'s sub-commands."""
    peers = commands.add_parser("peers", help="list the peer hubs: state, last contact, methods in common",
                                description="List the peer hubs this hub federates with: state, last contact, "
                                            "the harmonised methods both hold, messages waiting to be delivered.")
    peers.add_argument("--data-dir", type=Path, required=True, metavar="DIR", help="the hub's folder")
    peers.add_argument("--json", action="store_true", help="print JSON")
    passphrase_option(peers)
    peers.set_defaults(handler=run_peers)
    apply_help(peers, {"": (None, PEERS_EXAMPLES)})

    peer = commands.add_parser("peer", help="federate with another hub: peer, search, follow up",
                               description="Federate with another regional hub: peer by file or online, revoke, "
                                           "send hit/no-hit searches, carry messages on a stick.")
    actions = peer.add_subparsers(dest="peer_command", metavar="ACTION", required=True)

    def action(name: str, help: str, handler) -> argparse.ArgumentParser:
        sub = actions.add_parser(name, help=help, description=help[0].upper() + help[1:] + ".")
        sub.add_argument("--data-dir", type=Path, required=True, metavar="DIR", help="the hub's folder")
        passphrase_option(sub)
        sub.set_defaults(handler=handler)
        return sub

    invite = action("invite", "make a one-time invitation for another hub (a file, and a code for the online way)",
                    run_invite)
    invite.add_argument("--name", required=True, metavar="NAME", help="what this hub will call the peer")
    invite.add_argument("--out", type=Path, required=True, metavar="FILE", help="where to write the invitation")
    accept = action("accept", "accept another hub's invitation file: pin it and write the reply to carry back",
                    run_accept)
    accept.add_argument("file", type=Path, metavar="FILE", help="the invitation")
    accept.add_argument("--out", type=Path, required=True, metavar="FILE", help="where to write the reply")
    accept.add_argument("--name", metavar="NAME", help="what this hub will call the peer (default: its hub's name)")
    accept.add_argument("--url", metavar="URL", help="this hub's address for the peer (default: public_url)")
    imp = action("import", "import the reply to one of this hub's invitations: the peer is pinned", run_import)
    imp.add_argument("file", type=Path, metavar="FILE", help="the reply")
    add = action("add", "peer online with the code another hub's invitation printed", run_add)
    add.add_argument("code", metavar="CODE", help="the peering code (LNP1-…)")
    add.add_argument("--name", metavar="NAME", help="what this hub will call the peer (default: its hub's name)")
    add.add_argument("--url", metavar="URL", help="this hub's address for the peer (default: public_url)")
    revoke = action("revoke", "revoke a peer: its messages are refused from now on", run_revoke)
    revoke.add_argument("name", metavar="NAME", help="the peer")
    revoke.add_argument("--reason", default="", metavar="TEXT", help="why (kept in the audit trail)")
    search = action("search", "search a peer's network with the profiles this network's policy allows, and send",
                    run_search)
    search.add_argument("name", metavar="NAME", help="the peer")
    deliver = action("deliver", "send again the messages a peer has not answered yet", run_deliver)
    deliver.add_argument("name", nargs="?", metavar="NAME", help="only this peer's")
    export = action("export", "write a peer's waiting messages to files, to carry on a stick", run_export)
    export.add_argument("name", metavar="NAME", help="the peer")
    export.add_argument("--out-dir", type=Path, required=True, metavar="DIR", help="where to write them")
    respond = action("respond", "answer a message a peer sent on a stick, into a file to carry back", run_respond)
    respond.add_argument("file", type=Path, metavar="FILE", help="the peer's message")
    respond.add_argument("--out", type=Path, required=True, metavar="FILE", help="where to write the answer")
    receive = action("receive", "apply a peer's answer that came on a stick", run_receive)
    receive.add_argument("file", type=Path, metavar="FILE", help="the answer")
    hits = action("hits", "list the cross-network hits, both ways", run_hits)
    hits.add_argument("--json", action="store_true", help="print JSON")
    apply_help(peer, PEER_HELP_TEXTS)


def _hub(args: argparse.Namespace, url: str | None = None):
    from dataclasses import replace

    from .cli_common import open_hub

    hub = open_hub(args)
    if url:
        hub.settings = replace(hub.settings, public_url=url)
    return hub


def _read(path: Path) -> bytes:
    from .cli_common import UsageError

    try:
        return path.read_bytes()
    except OSError as exc:
        raise UsageError(f"{path} cannot be read ({exc.strerror})") from None


def run_peers(args: argparse.Namespace) -> int:
    from . import federation

    hub = _hub(args)
    try:
        peers = federation.describe(hub)
    finally:
        hub.close()
    if args.json:
        print(json.dumps(peers, indent=2, ensure_ascii=False))
        return 0
    if not peers:
        print("No peer hub yet: “labnet-hub peer invite --name NAME --out FILE” makes an invitation.")
    for p in peers:
        print(f"{p['name']}: {p['hub']} ({p['state']}{', ' + p['revoked_reason'] if p['revoked_reason'] else ''}), "
              f"key {p['key_id'][:16]}…, {p['url']}, last contact {p['last_contact'] or 'never'}, "
              f"methods in common: {', '.join(p['common_methods']) or 'none'}, waiting: {p['waiting']}")
        if p["waiting"]:
            print(f"  last attempt {p['last_attempt'] or 'none yet'}"
                  f"{' (' + p['last_error'] + ')' if p['last_error'] else ''}, "
                  f"next attempt {p['next_attempt'] or 'at once'}")
    return 0


def run_invite(args: argparse.Namespace) -> int:
    from . import federation
    from .admins import local_actor

    hub = _hub(args)
    try:
        document, code, expires = federation.invite(hub, args.name, local_actor())
    finally:
        hub.close()
    args.out.write_bytes(document)
    print(f"Invitation for peer {args.name} written to {args.out} (valid until {expires}).")
    print(f"Or, online, the other hub runs: labnet-hub peer add --data-dir DIR {code}")
    return 0


def run_accept(args: argparse.Namespace) -> int:
    from . import federation
    from .admins import local_actor

    data = _read(args.file)
    hub = _hub(args, args.url)
    try:
        reply, name = federation.accept(hub, data, local_actor(), args.name)
    finally:
        hub.close()
    args.out.write_bytes(reply)
    print(f"Peer {name} pinned; carry {args.out} back to it (“labnet-hub peer import”).")
    return 0


def run_import(args: argparse.Namespace) -> int:
    from . import federation
    from .admins import local_actor

    data = _read(args.file)
    hub = _hub(args)
    try:
        done = federation.register_reply(hub, data, local_actor(), "file")
    finally:
        hub.close()
    print(f"Peer {done['name']} pinned.")
    return 0


def run_add(args: argparse.Namespace) -> int:
    from . import federation
    from .admins import local_actor

    hub = _hub(args, args.url)
    try:
        name = federation.add_online(hub, args.code, local_actor(), args.name)
    finally:
        hub.close()
    print(f"Peer {name} pinned; it pinned this hub too.")
    return 0


def run_revoke(args: argparse.Namespace) -> int:
    from . import federation
    from .admins import local_actor

    hub = _hub(args)
    try:
        federation.revoke(hub, args.name, args.reason, local_actor())
    finally:
        hub.close()
    print(f"Peer {args.name} revoked: its messages are refused from now on.")
    return 0


def run_search(args: argparse.Namespace) -> int:
    from . import federation_search
    from .admins import local_actor

    hub = _hub(args)
    try:
        ids = federation_search.build(hub, args.name, local_actor())
        done = federation_search.deliver(hub, args.name) if ids else {"answered": 0, "waiting": 0}
    finally:
        hub.close()
    if not ids:
        print(f"Nothing to search at {args.name}: no method in common that the policy lists, or no laboratory "
              "lets its profiles be searched beyond the network.")
        return 0
    print(f"{len(ids)} search(es) for {args.name}: {done['answered']} answered, {done['waiting']} waiting "
          "(the hub sends them again by itself; “labnet-hub peer deliver” at once).")
    return 0


def run_deliver(args: argparse.Namespace) -> int:
    from . import federation_search

    hub = _hub(args)
    try:
        done = federation_search.deliver(hub, args.name)
    finally:
        hub.close()
    print(f"{done['answered']} answered, {done['waiting']} still waiting.")
    return 0 if not done["waiting"] else 3


def run_export(args: argparse.Namespace) -> int:
    from . import federation, federation_search

    hub = _hub(args)
    try:
        waiting = federation.store(hub).waiting(args.name)
        args.out_dir.mkdir(parents=True, exist_ok=True)
        for row in waiting:
            (args.out_dir / f"{row['message_id']}.lnf").write_bytes(federation_search.export(hub, row["message_id"]))
    finally:
        hub.close()
    print(Message.plural("{n:,} message for {peer} written to {out}.", "{n:,} messages for {peer} written to {out}.",
                         len(waiting), peer=args.name, out=args.out_dir))
    return 0


def run_respond(args: argparse.Namespace) -> int:
    from . import federation_search
    from .admins import local_actor

    data = _read(args.file)
    hub = _hub(args)
    try:
        answer = federation_search.receive(hub, data, local_actor())
    finally:
        hub.close()
    args.out.write_bytes(answer)
    print(f"Answer written to {args.out}; carry it back to the peer (“labnet-hub peer receive”).")
    return 0


def run_receive(args: argparse.Namespace) -> int:
    from . import federation_search
    from .admins import local_actor

    data = _read(args.file)
    hub = _hub(args)
    try:
        done = federation_search.receive_reply(hub, data, local_actor())
    finally:
        hub.close()
    print(json.dumps(done, ensure_ascii=False))
    return 0


def run_hits(args: argparse.Namespace) -> int:
    from . import federation

    hub = _hub(args)
    try:
        hits = federation.store(hub).hits()
    finally:
        hub.close()
    if args.json:
        print(json.dumps(hits, indent=2, ensure_ascii=False))
        return 0
    for h in hits:
        print(f"{h['side']} {h['peer']} {h['method']}: {h['lab_id']}/{h['record_id']} ~ {h['hit_ref']} "
              f"score {h['score']:.4f}, LR {h['likelihood_ratio'] if h['likelihood_ratio'] is not None else '-'}")
    if not hits:
        print("No cross-network hit yet.")
    return 0
