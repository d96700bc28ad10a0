"""Enrolment: how a laboratory and its hub come to know each other's keys.

Online, the hub administrator hands the lab an *enrolment code*: one line of
text (also a QR code) naming the hub's address, a one-time token and the
hub's key id.  The lab fetches the hub's identity document, checks its key id
against the code (so a hub address that answers with another key is
refused), and posts its own identity document with a *proof*: its signing
key's signature over the token and the hub's key id.  The hub checks the
lab's self-signed identity and the proof, uses up the token, registers the
lab and answers with its identity, which the lab pins.

Without a network, the code travels as an *enrolment file* (the hub's
identity and the token, signed by the hub); the lab answers with a
*registration file* (its identity and the proof) that goes back on the
stick and is imported at the hub.  Both paths end in ``register``.

This module holds both sides' pure functions: no HTTP, no files.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
from dataclasses import dataclass
from typing import Any

from protocol import canonical
from protocol.errors import SyncError
from protocol.keys import Identity, PublicIdentity, b64, unb64

from .store import Forbidden, HubError, HubStore, Unauthenticated

CODE_PREFIX = "LN1-"
PROOF_CONTEXT = b"LabNet enrolment v1\x00"
FILE_CONTEXT = b"LabNet enrolment file v1\x00"
ENROLMENT_FORMAT = "labnet-enrolment"
REGISTRATION_FORMAT = "labnet-registration"


class EnrolmentError(HubError):
    """An enrolment code, file or request that cannot be used; the message says why."""

    code = "registration-invalid"


@dataclass(frozen=True)
class EnrolmentCode:
    hub_url: str
    token: str
    hub_key_id: str

    def text(self) -> str:
        doc = canonical.dumps({"v": 1, "hub": self.hub_url, "token": self.token, "hub_key_id": self.hub_key_id})
        return CODE_PREFIX + base64.urlsafe_b64encode(doc).decode("ascii").rstrip("=")

    @classmethod
    def parse(cls, text: str) -> "EnrolmentCode":
        text = "".join(text.split())  # a code copied across lines or with spaces still reads
        if not text.startswith(CODE_PREFIX):
            raise EnrolmentError(f"an enrolment code starts with “{CODE_PREFIX}”; check that it was copied whole")
        body = text[len(CODE_PREFIX):]
        try:
            doc = canonical.loads(base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)))
            code = cls(str(doc["hub"]), str(doc["token"]), str(doc["hub_key_id"]))
        except (binascii.Error, ValueError, KeyError, TypeError):
            raise EnrolmentError("this enrolment code is damaged or incomplete; copy it again") from None
        if not code.hub_url.startswith(("http://", "https://")):
            raise EnrolmentError("the enrolment code's hub address is not an http(s) address")
        return code


def enrolment_proof(lab: Identity, hub_key_id: str, token: str) -> str:
    """The lab's signature binding its identity to this token at this hub (lab side)."""
    return b64(lab.sign(PROOF_CONTEXT + f"{hub_key_id}\n{token}".encode("utf-8")))


def enrolment_request(lab: Identity, hub_key_id: str, token: str) -> dict[str, Any]:
    """The body of ``POST /v1/enrol``, and the content of a registration file (lab side)."""
    return {"format": REGISTRATION_FORMAT, "version": 1, "hub_key_id": hub_key_id, "token": token,
            "identity": canonical.loads(lab.public.to_json()), "proof": enrolment_proof(lab, hub_key_id, token)}


def register(store: HubStore, hub_key_id: str, request: Any) -> dict[str, str]:
    """Check an enrolment request and register the laboratory (hub side); all or nothing."""
    if not isinstance(request, dict) or request.get("format") != REGISTRATION_FORMAT or request.get("version") != 1:
        raise EnrolmentError("this is not a LabNet registration (version 1)")
    if request.get("hub_key_id") != hub_key_id:
        raise Unauthenticated("the registration was made for another hub's key; use this hub's enrolment code",
                              code="wrong-hub")
    if "identity" in request and not isinstance(request["identity"], dict):
        raise EnrolmentError("the registration's identity is not an identity document (a JSON object)")
    try:
        identity = PublicIdentity.from_json(request["identity"])
        proof = unb64(request["proof"], "enrolment proof")
        token = str(request["token"])
    except KeyError as exc:
        raise EnrolmentError(f"the registration lacks its {exc.args[0]}") from None
    except SyncError as exc:
        raise EnrolmentError(exc.user_message) from None
    if identity.role != "lab":
        raise EnrolmentError("only a laboratory's identity can be enrolled")
    if not identity.keys.verify(proof, PROOF_CONTEXT + f"{hub_key_id}\n{token}".encode("utf-8")):
        raise Unauthenticated("the enrolment proof is not signed by the key in the laboratory's identity",
                              code="enrolment-proof-invalid")
    keys = [(k.signing_key_id, "signing", k.signing) for k in identity.all_keys()]
    keys += [(k.encryption_key_id, "encryption", k.encryption) for k in identity.all_keys()]
    with store.transaction() as conn:
        code = store.claim_enrolment_code(conn, token)
        store.add_lab(conn, lab_id=identity.identity_id, name=code["lab_name"], country=code["country"],
                      identity=identity.to_json().decode("utf-8"), signing_key_id=identity.signing_key_id, keys=keys)
        conn.execute("UPDATE enrolment_codes SET lab_id = ? WHERE token_sha256 = ?",
                     (identity.identity_id, code["token_sha256"]))
    return {"lab_id": identity.identity_id, "name": code["lab_name"], "country": code["country"]}


def enrolment_file(hub: Identity, hub_url: str, token: str, lab_name: str, country: str,
                   expires_at: dt.datetime) -> bytes:
    """The file a hub administrator puts on a stick for a lab with no network (hub side)."""
    body = {"format": ENROLMENT_FORMAT, "version": 1, "hub_url": hub_url, "token": token, "lab_name": lab_name,
            "country": country, "expires_at": expires_at.isoformat(),
            "hub_identity": canonical.loads(hub.public.to_json())}
    return canonical.dumps({**body, "signature": b64(hub.sign(FILE_CONTEXT + canonical.dumps(body)))})


@dataclass(frozen=True)
class EnrolmentFile:
    hub: PublicIdentity
    hub_url: str
    token: str
    lab_name: str
    country: str
    expires_at: str


def read_enrolment_file(data: bytes) -> EnrolmentFile:
    """Check an enrolment file's hub identity and signature (lab side)."""
    try:
        doc = canonical.loads(data)
        if not isinstance(doc, dict) or doc.get("format") != ENROLMENT_FORMAT or doc.get("version") != 1:
            raise EnrolmentError("this is not a LabNet enrolment file (version 1)")
        signature = unb64(doc.pop("signature"), "signature")
        hub = PublicIdentity.from_json(doc["hub_identity"])
        result = EnrolmentFile(hub, str(doc["hub_url"]), str(doc["token"]), str(doc["lab_name"]),
                               str(doc["country"]), str(doc["expires_at"]))
    except (canonical.CanonicalError, UnicodeDecodeError):
        raise EnrolmentError("this file is not a LabNet enrolment file (it is not JSON)") from None
    except KeyError as exc:
        raise EnrolmentError(f"the enrolment file lacks its {exc.args[0]}; ask for a new one") from None
    except SyncError as exc:
        raise EnrolmentError(exc.user_message) from None
    if hub.role != "hub":
        raise EnrolmentError("the enrolment file's identity is not a hub's")
    if not hub.keys.verify(signature, FILE_CONTEXT + canonical.dumps(doc)):
        raise EnrolmentError("the enrolment file's signature is not valid; it was altered after the hub made it")
    return result


def rotate_lab_keys(store: HubStore, document: Any) -> dict[str, str]:
    """Accept a laboratory's new identity document if its current registered key endorsed it (hub side)."""
    from protocol.keys import check_rotation

    try:
        new = PublicIdentity.from_json(document)
    except SyncError as exc:
        raise EnrolmentError(exc.user_message) from None
    lab = store.lab(new.identity_id)
    if not lab.active:
        raise Forbidden(f"this laboratory's enrolment was revoked ({lab.revoked_reason})", code="lab-revoked")
    try:
        accepted = check_rotation(PublicIdentity.from_json(lab.identity), new)
    except SyncError as exc:
        raise Unauthenticated(exc.user_message, code="rotation-refused") from None
    keys = [(accepted.keys.signing_key_id, "signing", accepted.keys.signing),
            (accepted.keys.encryption_key_id, "encryption", accepted.keys.encryption)]
    store.replace_identity(new.identity_id, new.to_json().decode("utf-8"), new.signing_key_id, keys)
    return {"lab_id": new.identity_id, "signing_key_id": new.signing_key_id}
