"""The hub's older key sets: retired from a date, or revoked (hub side of ``labnet.protocol.keystatus``).

The events are kept in the store's ``meta`` table (``hub_key_events``, canonical JSON), so that a backup of
``hub.db`` carries them; the private keys stay in the key file, which still opens bundles sealed to a key
that is merely retiring.  Every bundle the hub opens is checked against them (``Ingestor``), and every
laboratory reads them in the hub key document, signed by the current key, at its next sync or from a stick.
The identity documents each rotation made (``hub_key_chain``) are kept there too: the document carries the
older ones, so a laboratory that missed several rotations walks from its pinned key to the current one.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

from labnet.protocol import canonical
from labnet.protocol.errors import SyncError, WrongRecipient
from labnet.protocol.keys import Identity, PublicIdentity, PublicKeys, utc_stamp
from labnet.protocol.keystatus import KeyEvent, hub_keys_document, parse_instant, refusal

from .store import Conflict, HubError, HubStore, NotFound

EVENTS_META = "hub_key_events"
CHAIN_META = "hub_key_chain"     # the identity documents rotate-keys made (labnet.protocol.keychain)


def key_events(store: HubStore) -> list[KeyEvent]:
    stored = store.get_meta(EVENTS_META)
    return [KeyEvent.from_json(e) for e in canonical.loads(stored)] if stored else []


def _record(store: HubStore, event: KeyEvent) -> KeyEvent:
    """Add or replace the event of ``event``'s key set; a revocation is never undone or turned into a retirement."""
    events = {e.signing_key_id: e for e in key_events(store)}
    held = events.get(event.signing_key_id)
    if held is not None and held.status == "revoked":
        raise Conflict(f"the key {event.signing_key_id[:16]}… was revoked on {held.at}; a revocation is final")
    events[event.signing_key_id] = event
    store.set_meta(EVENTS_META, canonical.dumps([e.to_json() for e in events.values()]).decode("utf-8"))
    return event


def instant(text: str) -> str:
    """``text`` (a date, or a date-time with its zone) as the UTC stamp the events keep; HubError if it is not one."""
    try:
        return utc_stamp(parse_instant(text))
    except SyncError as exc:
        raise HubError(exc.user_message) from None


def retire(store: HubStore, keys: PublicKeys, after: str) -> KeyEvent:
    """Bundles sealed to ``keys`` are refused from ``after`` (a UTC stamp) on."""
    return _record(store, KeyEvent(keys.signing_key_id, keys.encryption_key_id, "retired", after))


def revoke(store: HubStore, hub: Identity, key_id: str, reason: str) -> KeyEvent:
    """Revoke the older key set one of whose key ids is ``key_id`` (its signing or its encryption key)."""
    key_id, reason = key_id.strip().lower(), reason.strip()
    if not reason:
        raise HubError("say why the key is revoked (--reason); laboratories are told")
    current = hub.current.public
    if key_id in (current.signing_key_id, current.encryption_key_id):
        raise HubError("this is the hub's current key: give the hub new keys first (labnet-hub rotate-keys), "
                       "then revoke this one")
    keys = next((k.public for k in hub.key_sets if key_id in (k.public.signing_key_id, k.public.encryption_key_id)),
                None)
    if keys is None:
        raise NotFound(f"the hub never had a key {key_id!r}; `labnet-hub keys` lists its keys")
    return _record(store, KeyEvent(keys.signing_key_id, keys.encryption_key_id, "revoked",
                                   utc_stamp(store.clock()), reason))


def bundle_refusal(store: HubStore, encryption_key_id: str) -> WrongRecipient | None:
    """``RetiredKey`` or ``RevokedKey`` for a bundle sealed to ``encryption_key_id`` now (None: it may open)."""
    return refusal(key_events(store), encryption_key_id, store.clock().astimezone(dt.UTC))


def key_chain(store: HubStore) -> list[PublicIdentity]:
    """The hub's endorsed identity documents, oldest first, as ``rotate-keys`` made them."""
    stored = store.get_meta(CHAIN_META)
    return [PublicIdentity.from_json(link) for link in canonical.loads(stored)] if stored else []


def record_rotation(store: HubStore, before: PublicIdentity, after: PublicIdentity) -> None:
    """Keep ``after`` (endorsed by ``before``'s key) as a link of the chain; ``before`` too if it was endorsed
    and is not kept yet (a hub that rotated once before chains were kept).  The endorsements cannot be made
    again later without signing with retired or revoked keys, so they are kept when they are made."""
    chain = key_chain(store)
    held = {link.signing_key_id for link in chain}
    for link in (before, after):
        if link.endorsement and link.signing_key_id not in held:
            chain.append(replace(link, previous=()))
            held.add(link.signing_key_id)
    store.set_meta(CHAIN_META, canonical.dumps([canonical.loads(link.to_json()) for link in chain]).decode("utf-8"))


def document(hub: Identity, store: HubStore) -> bytes:
    """The hub key document laboratories read (``GET /v1/hub/keys``, ``labnet-hub keys --out``), with the chain
    of the hub's older identity documents whose keys are still in its key file (``labnet.protocol.keychain``)."""
    own = {keys.public.signing_key_id for keys in hub.key_sets}
    chain = [link for link in key_chain(store) if link.signing_key_id in own and link.keys != hub.public.keys]
    return hub_keys_document(hub, key_events(store), issued_at=utc_stamp(store.clock()), chain=chain)


def listing(hub: Identity, store: HubStore) -> list[dict[str, str]]:
    """Every key set of the hub, current first, with its state (for ``labnet-hub keys``)."""
    events = {e.signing_key_id: e for e in key_events(store)}
    now = store.clock().astimezone(dt.UTC)
    rows = []
    for index, keys in enumerate(hub.key_sets):
        public = keys.public
        event = events.get(public.signing_key_id)
        if index == 0:
            state = "current"
        elif event is None:
            state = "previous (bundles sealed to it still open)"
        elif event.status == "revoked":
            state = f"revoked {event.at} ({event.reason})"
        elif now >= parse_instant(event.at):
            state = f"retired since {event.at}"
        else:
            state = f"retiring: bundles sealed to it open until {event.at}"
        rows.append({"created_at": keys.created_at, "signing_key_id": public.signing_key_id,
                     "encryption_key_id": public.encryption_key_id, "encryption_form": keys.encryption_form,
                     "state": state})
    return rows
