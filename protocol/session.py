"""The signed statement that opens a session at the hub, and the two messages around it.

A laboratory signs, with its enrolled Ed25519 key, a statement naming the hub's key id, its lab id and key id,
the time and a fresh nonce (``session_statement``: these bytes never change, ``tests/vectors`` holds them);
it posts ``SessionRequest`` to ``/v1/session`` and gets a ``Session`` back.  Both sides import this module:
the laboratory to sign (``labnet.sync.client``), the hub to check (``labnet.hub.auth``); nothing here knows HTTP or a store.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import secrets
from dataclasses import dataclass

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from labnet.common import clock

from .wire import field_text, wire_object

SESSION_CONTEXT = b"labnet-hub-session-v1"


def session_statement(hub_key_id: str, lab_id: str, key_id: str, when: str, nonce: str) -> bytes:
    """The exact bytes a lab signs to open a session (fields may not contain a newline)."""
    fields = (hub_key_id, lab_id, key_id, when, nonce)
    if any("\n" in f for f in fields):
        raise ValueError("a session field contains a newline")  # internal: callers check the fields first
    return SESSION_CONTEXT + b"\n" + "\n".join(fields).encode("utf-8")


@dataclass(frozen=True)
class SessionRequest:
    """The body of ``POST /v1/session``: who signs, for which hub, when, and the signature."""

    hub_key_id: str
    lab_id: str
    key_id: str
    time: str          # ISO 8601 with its offset, to the second: the form that is signed
    nonce: str
    signature: bytes   # Ed25519 over session_statement(...)

    def statement(self) -> bytes:
        return session_statement(self.hub_key_id, self.lab_id, self.key_id, self.time, self.nonce)

    def to_json(self) -> dict[str, str]:
        return {"hub_key_id": self.hub_key_id, "lab_id": self.lab_id, "key_id": self.key_id, "time": self.time,
                "nonce": self.nonce, "signature": base64.b64encode(self.signature).decode("ascii")}

    @classmethod
    def from_json(cls, doc: object) -> SessionRequest:
        """The request as posted; WireError when a field is missing, not text, or the signature not base64."""
        doc = wire_object(doc, "session request")
        hub_key_id, lab_id, key_id, time, nonce, encoded = (
            field_text(doc, name, "session request")
            for name in ("hub_key_id", "lab_id", "key_id", "time", "nonce", "signature"))
        try:
            signature = base64.b64decode(encoded, validate=True)
        except (binascii.Error, ValueError):
            signature = None
        if signature is None:
            from labnet.common.messages import Message

            from .wire import WireError
            raise WireError(Message("the session request's signature is not base64"))
        return cls(hub_key_id, lab_id, key_id, time, nonce, signature)

    @classmethod
    def sign(cls, signing_key: Ed25519PrivateKey, *, hub_key_id: str, lab_id: str, key_id: str,
             when: dt.datetime | None = None) -> SessionRequest:
        """A fresh request (lab side): a new nonce each time, since the hub refuses a replayed one."""
        stamp = (when or clock.now()).replace(microsecond=0).isoformat()   # the signed statement's form: never changed
        nonce = secrets.token_urlsafe(18)
        signature = signing_key.sign(session_statement(hub_key_id, lab_id, key_id, stamp, nonce))
        return cls(hub_key_id, lab_id, key_id, stamp, nonce, signature)


def sign_session_request(signing_key: Ed25519PrivateKey, *, hub_key_id: str, lab_id: str, key_id: str,
                         when: dt.datetime | None = None) -> dict[str, str]:
    """The JSON body a lab posts to ``/v1/session`` (lab side)."""
    return SessionRequest.sign(signing_key, hub_key_id=hub_key_id, lab_id=lab_id, key_id=key_id,
                               when=when).to_json()


@dataclass(frozen=True)
class Session:
    """The hub's answer: a bearer token and when it expires."""

    token: str
    expires_at: str

    def to_json(self) -> dict[str, str]:
        return {"token": self.token, "expires_at": self.expires_at}

    @classmethod
    def from_json(cls, doc: object) -> Session:
        doc = wire_object(doc, "session")
        return cls(field_text(doc, "token", "session"), field_text(doc, "expires_at", "session"))
