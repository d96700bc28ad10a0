"""Following a hub through several key rotations: the chain of its endorsed identity documents.

Every ``labnet-hub rotate-keys`` makes an identity document whose new keys the previous signing key endorsed
(``labnet.protocol.keys.rotate``).  The hub keeps those documents and serves the ones older than its current
identity as the ``chain`` of its hub key document (``labnet.protocol.keystatus``), oldest first.  A laboratory
pinned at any key of that chain walks it from its pinned *current* key to the hub's current keys: each link
must be the same hub, endorsed by the link before it (the first by the pinned current key) with a valid
signature, and endorsed by no key the laboratory knows to be revoked (from what it pinned, or from the
document it reads) — except its own pinned current key, whose endorsement of its successor it followed
before this chain too (a hub revokes a key only once it is no longer current, i.e. after it endorsed its
successor).  A laboratory cannot tell *when* a signature was made, so a revoked key in the middle of the
chain ends the walk whatever the dates: that laboratory enrols again.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace

from labnet.common.messages import Message

from .errors import IdentityError
from .keys import PublicIdentity, check_rotation, endorser_of, endorses
from .keystatus import KeyEvent

LAB_AGAIN, PEER_AGAIN = "laboratory", "peer"   # who follows the chain: the remedy a refusal gives


def follow_chain(pinned: PublicIdentity, new: PublicIdentity, links: Sequence[PublicIdentity] = (),
                 revoked: Mapping[str, KeyEvent] | None = None, *, again: str = LAB_AGAIN) -> PublicIdentity:
    """Accept ``new`` if a chain of endorsements leads to it from ``pinned``'s current signing key.

    ``links`` are the hub's identity documents older than ``new`` (oldest first, as the hub serves them);
    those up to the pinned one are skipped.  ``revoked`` maps signing key ids to their revocations.  Returns
    ``new`` carrying the pinned keys and the chain's intermediate keys as its previous keys.  ``again``: whose
    remedy a refusal gives — a laboratory enrols again (``LAB_AGAIN``), a peer hub is invited again
    (``PEER_AGAIN``: the one following is a hub, the chain its peer's).
    """
    revoked = revoked or {}
    if new.keys == pinned.keys:
        return check_rotation(pinned, new)
    start = max((i + 1 for i, link in enumerate(links) if link.keys == pinned.keys), default=0)
    steps = [link for link in links[start:] if link.keys != new.keys] + [new]
    if len(steps) == 1:
        return check_rotation(pinned, new)    # one rotation: the check (and its refusal) as before chains
    current, passed = pinned, []
    for position, link in enumerate(steps, 1):
        where = {"name": pinned.name, "position": position, "count": len(steps), "key": link.signing_key_id[:16],
                 "endorser": endorser_of(link)[:16] or "—", "expected": current.signing_key_id[:16]}
        if link.identity_id != pinned.identity_id or link.role != pinned.role:
            raise IdentityError(Message("The chain of key rotations of {name} breaks at link {position} of {count} "
                                        "(key {key}…): it is another identity's document. Nothing was changed.",
                                        **where))
        event = revoked.get(endorser_of(link))
        if event is not None and event.status == "revoked" and endorser_of(link) != pinned.signing_key_id:
            if again == PEER_AGAIN:
                raise IdentityError(Message("The new keys of {name} are not endorsed by the keys pinned here: the "
                                            "chain of its key rotations breaks at link {position} of {count} (key "
                                            "{key}…): it is endorsed by key {endorser}…, which the peer revoked on "
                                            "{at} ({reason}); a revoked key may be in other hands, so nothing it "
                                            "endorsed is followed. Ask the peer's administrator to invite this hub "
                                            "again. Nothing was changed.", at=event.at, reason=event.reason, **where))
            raise IdentityError(Message("The new keys of {name} are not endorsed by the keys pinned here: the chain "
                                        "of its key rotations breaks at link {position} of {count} (key {key}…): it "
                                        "is endorsed by key {endorser}…, which the hub revoked on "
                                        "{at} ({reason}); a revoked key may be in other hands, so nothing it "
                                        "endorsed is followed. Enrol this laboratory again. Nothing was changed.",
                                        at=event.at, reason=event.reason, **where))
        if endorser_of(link) != current.signing_key_id:
            if again == PEER_AGAIN:
                raise IdentityError(Message("The new keys of {name} are not endorsed by the keys pinned here: the "
                                            "chain of its key rotations breaks at link {position} of {count} (key "
                                            "{key}…), endorsed by key {endorser}… instead of {expected}…. Check the "
                                            "announcement's origin with the peer's administrator, or ask to be "
                                            "invited again. Nothing was changed.", **where))
            raise IdentityError(Message("The new keys of {name} are not endorsed by the keys pinned here: the chain "
                                        "of its key rotations breaks at link {position} of {count} (key {key}…), "
                                        "endorsed by key {endorser}… instead of {expected}…. Check the file's "
                                        "origin with the hub's administrator, or enrol again. Nothing was "
                                        "changed.", **where))
        if not endorses(current.keys, link):
            raise IdentityError(Message("The new keys of {name} are not endorsed by the keys pinned here: at link "
                                        "{position} of {count} (key {key}…) the signature of key {expected}… is "
                                        "not valid; the chain was altered or forged. Nothing was changed.",
                                        **where))
        if link is not new:
            passed.append(link.keys)
        current = link
    return replace(new, previous=(*reversed(passed), *pinned.all_keys()))
