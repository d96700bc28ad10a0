"""How a laboratory proves who it is to the hub: a signed challenge, then a short-lived session.

A lab signs, with its enrolled Ed25519 key, a statement naming the hub's key
id, its lab id and key id, the time and a fresh nonce.  The hub checks the
lab is enrolled and not revoked, the key is the lab's current signing key,
the time is within a few minutes of its own, the statement names *this* hub
(so it cannot be replayed at another), the signature, and that the nonce was
never seen.  It answers with a random session token, valid for an hour, that
the lab sends as ``Authorization: Bearer …`` — so standard clients (a tus
uploader) work unchanged.  Only the token's digest is stored, and every
request re-checks that the lab is still active, so a revocation takes effect
at once.
"""

from __future__ import annotations

import datetime as dt

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

from labnet.protocol.errors import SyncError
from labnet.protocol.session import SessionRequest, session_statement

from .store import Forbidden, HubError, HubStore, Unauthenticated

CLOCK_SKEW = dt.timedelta(minutes=5)
SESSION_LIFETIME = dt.timedelta(hours=1)


def open_session(store: HubStore, hub_key_id: str, request: dict) -> dict[str, str]:
    """Check a signed session request (hub side); returns ``{"token", "expires_at"}`` or raises HubError."""
    try:
        parsed = SessionRequest.from_json(request)
    except SyncError:
        raise HubError("a session request names hub_key_id, lab_id, key_id, time, nonce and a base64 "
                       "signature", code="session-request-invalid") from None
    named_hub, lab_id, key_id, stamp, nonce = parsed.hub_key_id, parsed.lab_id, parsed.key_id, parsed.time, parsed.nonce
    if named_hub != hub_key_id:
        raise Unauthenticated("the request is signed for another hub's key; check the enrolment code",
                              code="wrong-hub")
    try:
        lab = store.lab(lab_id)
    except HubError:
        raise Unauthenticated("this laboratory is not enrolled with the hub", code="lab-not-enrolled") from None
    if not lab.active:
        raise Forbidden(f"this laboratory's enrolment was revoked ({lab.revoked_reason}); "
                        "contact the hub's administrator", code="lab-revoked")
    if key_id != lab.signing_key_id:
        raise Unauthenticated("the request is signed with a key that is not the laboratory's current signing key",
                              code="key-not-current")
    try:
        when = dt.datetime.fromisoformat(stamp)
    except ValueError:
        raise HubError("the session request's time is not an ISO 8601 timestamp",
                       code="session-request-invalid") from None
    if when.tzinfo is None:
        raise HubError("the session request's time has no time zone", code="session-request-invalid")
    now = store.clock()
    if abs(now - when) > CLOCK_SKEW:
        raise Unauthenticated("the laboratory's clock differs from the hub's by more than five minutes; "
                              "set the computer's date and time", code="clock-skew")
    if not 16 <= len(nonce) <= 64:
        raise HubError("the session request's nonce must be 16 to 64 characters", code="session-request-invalid")
    try:
        public = Ed25519PublicKey.from_public_bytes(store.lab_key(key_id, lab_id))
        public.verify(parsed.signature, session_statement(hub_key_id, lab_id, key_id, stamp, nonce))
    except (InvalidSignature, ValueError):
        raise Unauthenticated("the session request's signature does not verify with the laboratory's key",
                              code="session-signature-invalid") from None
    with store.transaction() as conn:
        store.use_nonce(conn, f"{lab_id}:{nonce}", when + CLOCK_SKEW)
        token, expires = store.new_session(conn, lab_id, SESSION_LIFETIME)
        store.touch(lab_id, conn)
    return {"token": token, "expires_at": expires}


def lab_for_token(store: HubStore, authorization: str | None) -> str:
    """The lab an ``Authorization: Bearer`` header speaks for, if it is still active."""
    scheme, _, token = (authorization or "").partition(" ")
    if scheme.lower() != "bearer" or not token.strip():
        raise Unauthenticated("sign in first: send Authorization: Bearer <session token>", code="sign-in-required")
    lab_id = store.session_lab(token.strip())
    lab = store.lab(lab_id)
    if not lab.active:
        raise Forbidden(f"this laboratory's enrolment was revoked ({lab.revoked_reason})", code="lab-revoked")
    return lab_id
