"""Hit/no-hit searches between peer hubs (issue 20), modelled on Prüm: a network learns *that* a match exists
and with whom to follow up, and more only when the owner agrees.

Hub A (``build``): for each method A and its peer both hold and A's policy for that peer lists, the profiles of
A's network whose laboratories allow their profiling results beyond the network (their ceiling, carried in
their bundles' manifests), pretreated under the method, each under a random reference only A can tie to its
record; sealed to B, signed by A, kept in ``fed_sent`` until answered (``deliver`` retries; the same message
by file with ``export``/``import``).

Hub B (``answer``): the sender must be a pinned, unrevoked peer and the signature its key's; a search already
answered gets the very answer it got (exactly once: nothing compared or announced twice); otherwise B compares
the queries with its own network's profiles under the same method (same fingerprint, listed in B's policy for
A, laboratories that allow it), with the profiling engine the linker uses (``links_against``), and answers,
sealed and signed: per query no hit, or hits with B's opaque reference, score, likelihood ratio (the method's
calibration and bounds) and the fields B's policy releases (none by default).  Each side's laboratories
concerned get a ``federation-hit`` bulletin; every step is in the hub's audit trail.
"""

from __future__ import annotations

import hmac
import json
import logging
import secrets
from collections import defaultdict
from typing import Any

from labnet.profiling.linkage import TooManyLinks, links_against
from labnet.profiling.method import ComparisonMethod
from labnet.profiling.metrics import metric
from labnet.protocol.federation import Answer, Hit, MethodKey, Search, method_fingerprint
from labnet.protocol.federation_seal import FederationError, open_message, read_header, seal
from labnet.protocol.keys import PublicIdentity, utc_stamp

from . import federation, federation_physical, federation_policy, federation_profiles
from .bulletins import publish_in
from .errors import HubError
from .federation import audit, common_methods, peer_from, store
from .federation_profiles import NetworkProfiles
from .linking import _lr_fields
from .service import Hub
from .store_federation import Raced

log = logging.getLogger("labnet.hub.federation")
KIND = federation_policy.KIND
MEDIA_TYPE = "application/vnd.labnet.federation"
ANSWER = 600   # seconds a peer may take to answer a search
SEARCH_PROFILES = 50_000   # query profiles in one search (~9 MB sealed; a peer reads at most MAX_QUERIES)


def _method(hub: Hub, key: MethodKey) -> ComparisonMethod | None:
    held = hub.store.links.method(key.name, key.version)
    if held is None or method_fingerprint(json.loads(held["definition"])) != key.fingerprint:
        return None
    return ComparisonMethod.from_json(json.loads(held["definition"]))


def network_profiles(hub: Hub, method: ComparisonMethod, fingerprint: str) -> NetworkProfiles:
    """The pretreated profiles of the laboratories that allow their results beyond the network, as of now:
    held between searches and brought forward by the changes since (``labnet.hub.federation_profiles``)."""
    return federation_profiles.current(hub, method, fingerprint)


def warm(hub: Hub) -> None:
    """Read and pretreat the network's profiles under each method a peer's policy lists, so that the first
    search after the hub starts does not pay for it (run on a thread of its own by the routes)."""
    for peer in federation.store(hub).peers():
        if peer["revoked_at"]:
            continue
        policy = federation_policy.load(hub.folder, peer["name"])
        for key in common_methods(hub, peer):
            method = _method(hub, key)
            if method is not None and policy.allows(key.label):
                network_profiles(hub, method, key.fingerprint)


# -- hub A: building and delivering searches ------------------------------------------------------------------------
def build(hub: Hub, peer_name: str, actor: str) -> list[str]:
    """Queue one search per method shared with ``peer_name`` (see the module); returns the search ids (none when
    the policy lists no method in common or no laboratory allows its profiles beyond the network)."""
    fed = store(hub)
    peer = fed.peer(peer_name)
    if peer is None:
        raise HubError(f"no peer is called “{peer_name}”", code="peer-not-found")
    if peer["revoked_at"]:
        raise HubError(f"peer “{peer_name}” is revoked", code="peer-revoked")
    policy = federation_policy.load(hub.folder, peer_name)
    identity = PublicIdentity.from_json(peer["identity"])
    ids = []
    for key in common_methods(hub, peer):
        method = _method(hub, key)
        if method is None or not policy.allows(key.label):
            continue
        profiles = network_profiles(hub, method, key.fingerprint)
        for start in range(0, len(profiles.keys), SEARCH_PROFILES):   # a search holds at most SEARCH_PROFILES
            keys = profiles.keys[start:start + SEARCH_PROFILES]
            search_id = secrets.token_hex(16)
            refs = [f"q:{secrets.token_hex(16)}" for _ in keys]
            now = utc_stamp(hub.store.clock())
            content = Search(search_id, key, tuple(refs), profiles.treated[start:start + SEARCH_PROFILES]).to_json()
            document = seal(hub.identity, identity.keys, identity.identity_id, kind="search",
                            message_id=search_id, created_at=now, content=content)
            with hub.store.transaction() as conn:
                fed.queue(conn, search_id, peer_name, "search", now, document)
                fed.add_queries(conn, search_id, [(ref, lab, record) for ref, (lab, record) in zip(refs, keys)])
                audit(hub, conn, actor, "federation.search", peer_name, search=search_id, method=key.label,
                      profiles=len(refs))
            ids.append(search_id)
    return ids


def deliver(hub: Hub, peer_name: str | None = None) -> dict[str, int]:
    """Send every message still waiting (to ``peer_name``, or to every peer), oldest first, whatever its back-off
    (``labnet-hub peer deliver``; the hub's loop sends those due: ``labnet.hub.federation_delivery``). Returns how
    many were answered and how many wait still."""
    from .federation_delivery import send
    done = [send(hub, row) for row in store(hub).waiting(peer_name)]
    return {"answered": sum(done), "waiting": len(done) - sum(done)}


def export(hub: Hub, message_id: str) -> bytes:
    """A waiting message's bytes, to carry to a peer without a link (the same bytes ``deliver`` posts)."""
    row = store(hub).sent(message_id)
    if row is None:
        raise HubError(f"no message {message_id} was sent", code="not-found")
    return bytes(row["document"])


def receive_reply(hub: Hub, data: bytes, actor: str) -> dict[str, Any]:
    """A's side: apply a peer's answer to one of our messages, exactly once (a second copy changes nothing)."""
    header, opened_content, peer = _open(hub, data)
    if header["type"] == "answer":
        return _apply_answer(hub, peer, Answer.from_json(opened_content), actor)
    from .federation_followup import apply_decision  # the follow-up's answer comes back the same way
    return apply_decision(hub, peer, header, opened_content, actor)


def _open(hub: Hub, data: bytes) -> tuple[dict[str, Any], Any, dict[str, Any]]:
    try:
        header = read_header(data)
    except FederationError as exc:
        raise HubError(exc.user_message, code="federation-message-invalid") from None
    peer, identity = peer_from(hub, header["from_hub"])
    try:
        opened = open_message(data, hub.identity, identity)
    except FederationError as exc:
        raise HubError(exc.user_message, code="federation-message-invalid") from None
    return opened.header, opened.content, peer


def _apply_answer(hub: Hub, peer: dict[str, Any], answer: Answer, actor: str) -> dict[str, Any]:
    fed = store(hub)
    queries = fed.queries(answer.search_id)
    sent = fed.sent(answer.search_id)
    if sent is None or sent["peer"] != peer["name"]:
        raise HubError("this answer is for no search of ours to that peer", code="federation-message-invalid")
    now = utc_stamp(hub.store.clock())
    rows: list[tuple] = []
    per_lab: dict[str, list[dict[str, Any]]] = defaultdict(list)
    found: list[tuple[str, str, str, Hit]] = []
    for query_ref, hits in answer.results.items():
        if query_ref not in queries:
            raise HubError("the answer names a query the search did not hold", code="federation-message-invalid")
        found.extend((query_ref, *queries[query_ref], hit) for hit in hits)
    # Tablets: physical agreement with what the peer released, as the local linkage weighs it (federation_physical).
    method = _method(hub, answer.method)
    physical = federation_physical.verdicts(hub, method, [(lab, record, hit.fields) for _, lab, record, hit in found])
    set_aside = 0
    for (query_ref, lab_id, record_id, hit), weighed in zip(found, physical, strict=True):
        if federation_physical.set_aside(method, weighed):
            set_aside += 1
            continue
        rows.append((answer.search_id, query_ref, hit.ref, peer["name"], lab_id, record_id, answer.method.label,
                     hit.score, hit.likelihood_ratio, json.dumps(hit.fields, sort_keys=True), now,
                     json.dumps(weighed, sort_keys=True) if weighed else None))
        per_lab[lab_id].append({"record_id": record_id, "query_ref": query_ref, "hit_ref": hit.ref,
                                "score": hit.score, "likelihood_ratio": hit.likelihood_ratio,
                                "fields": hit.fields, "physical": weighed})
    with hub.store.transaction() as conn:
        if not fed.mark_answered(conn, answer.search_id, now):
            return {"search_id": answer.search_id, "hits": 0, "already": True}
        fed.add_hits(conn, "asked", rows)
        fed.touch_peer(conn, peer["name"], now)
        for lab_id, told in sorted(per_lab.items()):
            publish_in(conn, hub, to=lab_id, kind="federation-hit", content=_hit_notice(
                peer, answer.search_id, answer.method, answer.calibration, "asked", told))
        audit(hub, conn, actor, "federation.answer-received", peer["name"], search=answer.search_id,
                                hits=len(rows), queries=len(answer.results), refused=answer.refused,
                                physically_disagreeing=set_aside)
    return {"search_id": answer.search_id, "hits": len(rows), "queries": len(answer.results),
            "refused": answer.refused, "already": False, "physically_disagreeing": set_aside}


def _hit_notice(peer: dict[str, Any], search_id: str, method: MethodKey, calibration: dict[str, Any], side: str,
                hits: list[dict[str, Any]]) -> dict[str, Any]:
    identity = PublicIdentity.from_json(peer["identity"])
    return {"peer": peer["name"], "peer_hub": identity.name, "peer_country": identity.country, "side": side,
            "search_id": search_id, "method": method.to_json(), "calibration": calibration, "hits": hits}


# -- hub B: answering ------------------------------------------------------------------------------------------------
def receive(hub: Hub, data: bytes, actor: str) -> bytes:
    """A message from a peer (a search, a follow-up or its answer, an announcement); returns what to answer with
    (bytes; none for an answer or an announcement, which the receipt acknowledges)."""
    try:
        announcement = read_header(data)["type"] == "announce"
    except FederationError:
        announcement = False   # refused by _open with its reason
    if announcement:   # checked against the keys the pinned key endorsed, not the pinned key alone
        from .federation_delivery import receive_announcement
        return receive_announcement(hub, data, actor)
    header, content, peer = _open(hub, data)
    if header["type"] in ("answer", "follow-up-answer"):
        receive_reply(hub, data, actor)
        return b""
    fed = store(hub)
    held = fed.answered(header["message_id"])
    if held is not None:
        if held["peer"] != peer["name"]:
            raise HubError("another peer used this message id", code="federation-message-invalid")
        return bytes(held["answer"])
    if header["type"] == "follow-up":
        from .federation_followup import receive_request
        return receive_request(hub, peer, header, content, actor)
    return _answer_search(hub, peer, Search.from_json(content), actor)


def _answer_search(hub: Hub, peer: dict[str, Any], search: Search, actor: str) -> bytes:
    fed = store(hub)
    policy = federation_policy.load(hub.folder, peer["name"])
    method = _method(hub, search.method)
    results: dict[str, tuple[Hit, ...]] = {ref: () for ref in search.refs}
    refused = ""
    hits_rows, per_lab = [], defaultdict(list)
    calibration: dict[str, Any] = {}
    if method is None:
        refused = f"this network holds no method {search.method.label} with those parameters"
    elif not policy.allows(search.method.label):
        refused = f"this network's policy for you does not let {search.method.label} be searched"
    elif search.values.shape[1] != len(method.targets) and len(search.refs):
        refused = "the profiles have another number of targets than the method"
    if method is not None and not refused and len(search.refs):
        calibration = _lr_fields(method)
        profiles = network_profiles(hub, method, search.method.fingerprint)
        try:
            found = links_against(search.values, profiles.treated, method.metric, method.threshold,
                                  comparator=profiles.comparator) if profiles.keys else None
        except TooManyLinks:
            found, refused = None, "the method links more pairs than the engine keeps; nothing was compared"
        if found is not None and len(found):
            results, hits_rows, per_lab = _hits(hub, peer, search, method, profiles, found, policy)
    now = utc_stamp(hub.store.clock())
    answer = Answer(search.search_id, search.method, results, calibration, refused)
    identity = PublicIdentity.from_json(peer["identity"])
    document = seal(hub.identity, identity.keys, identity.identity_id, kind="answer", message_id=search.search_id,
                    created_at=now, content=answer.to_json())
    try:
        with hub.store.transaction() as conn:
            fed.keep_answer(conn, search.search_id, peer["name"], "search", now, document)
            fed.add_hits(conn, "answered", [(search.search_id, *row, now) for row in hits_rows])
            fed.touch_peer(conn, peer["name"], now)
            for lab_id, hits in sorted(per_lab.items()):
                publish_in(conn, hub, to=lab_id, kind="federation-hit", content=_hit_notice(
                    peer, search.search_id, search.method, calibration, "answered", hits))
            audit(hub, conn, actor, "federation.search-answered", peer["name"], search=search.search_id,
                                    method=search.method.label, queries=len(search.refs), hits=len(hits_rows),
                                    refused=refused)
    except Raced:   # a copy of this search answered meanwhile: its answer, and nothing announced twice
        return bytes((fed.answered(search.search_id) or {})["answer"])
    return document


def hit_ref(hub: Hub, peer_name: str, lab_id: str, record_id: str) -> str:
    """B's opaque reference for one of its records, for one peer: the same at every search of that peer (so a
    follow-up can name it), another for another peer, and nothing without this hub's secret."""
    mac = hmac.digest(hub.identity.pseudonym_secret, b"labnet federation hit\x00" + "\x00".join(
        (peer_name, lab_id, record_id)).encode(), "sha256")
    return "h:" + mac.hex()[:32]


def _hits(hub, peer, search, method, profiles, found, policy):
    release = policy.releaser(hub.identity.pseudonym_secret, peer["name"])
    ratio = method.likelihood_ratio
    lrs = ratio.at(found.scores).tolist() if ratio is not None and not ratio.legacy else [None] * len(found)
    keys = {profiles.keys[j] for j in found.j.tolist()}
    # Read now, live only: a record withdrawn (or a laboratory's ceiling lowered) while the search ran is no hit.
    records = {k: json.loads(v) for k, v in hub.store.received.profile_records(keys).items()}
    beyond = store(hub).labs_beyond(KIND)
    results: dict[str, list[Hit]] = {ref: [] for ref in search.refs}
    rows, per_lab = [], defaultdict(list)
    # Each query's hits best first, then by reference: the same answer whatever order the profiles are held in.
    best = -1.0 if metric(method.metric).higher_is_similar else 1.0
    order = sorted(range(len(found)), key=lambda n: (int(found.i[n]), best * float(found.scores[n]),
                                                     hit_ref(hub, peer["name"], *profiles.keys[int(found.j[n])])))
    for n in order:
        i, j, score, lr = int(found.i[n]), int(found.j[n]), found.scores[n], lrs[n]
        lab_id, record_id = profiles.keys[j]
        if (lab_id, record_id) not in records or lab_id not in beyond:
            continue
        query_ref = search.refs[i]
        ref = hit_ref(hub, peer["name"], lab_id, record_id)
        fields = release(records.get((lab_id, record_id), {}))
        score = round(float(score), 6)
        results[query_ref].append(Hit(ref, score, lr, fields))
        rows.append((query_ref, ref, peer["name"], lab_id, record_id, search.method.label, score, lr,
                     json.dumps(fields, sort_keys=True)))
        per_lab[lab_id].append({"record_id": record_id, "query_ref": query_ref, "hit_ref": ref, "score": score,
                                "likelihood_ratio": lr, "fields": fields})
    return {q: tuple(h) for q, h in results.items()}, rows, per_lab
