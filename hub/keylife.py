"""The hub's older key sets: retired from a date, or revoked (hub side of ``labnet.protocol.keystatus``).

The events are kept in the store's ``meta`` table (``hub_key_events``, canonical JSON), so that a backup of
``hub.db`` carries them; the private keys stay in the key file, which still opens bundles sealed to a key
that is merely retiring.  Every bundle the hub opens is checked against them (``Ingestor``), and every
laboratory reads them in the hub key document, signed by the current key, at its next sync or from a stick.
"""

from __future__ import annotations

import datetime as dt

from labnet.protocol import canonical
from labnet.protocol.errors import SyncError, WrongRecipient
from labnet.protocol.keys import Identity, PublicKeys, utc_stamp
from labnet.protocol.keystatus import KeyEvent, hub_keys_document, parse_instant, refusal

from .store import Conflict, HubError, HubStore, NotFound

EVENTS_META = "hub_key_events"


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


def document(hub: Identity, store: HubStore) -> bytes:
    """The hub key document laboratories read (``GET /v1/hub/keys``, ``labnet-hub keys --out``)."""
    return hub_keys_document(hub, key_events(store), issued_at=utc_stamp(store.clock()))


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
